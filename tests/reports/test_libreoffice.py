"""LibreOffice opens the workbook: headless conversion to PDF must succeed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.reports.sample import sample_figures
from wijkteam_desk.reports.quarterly_layout import quarterly_report
from wijkteam_desk.reports.quarterly_xlsx import write_quarterly_xlsx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is niet geïnstalleerd; "
                    "installeer libreoffice-calc-nogui om deze test te draaien")
def test_libreoffice_converts_the_workbook(tmp_path: Path) -> None:
    source = tmp_path / "kwartaal.xlsx"
    write_quarterly_xlsx(quarterly_report(sample_figures()), source)
    profile = (tmp_path / "profiel").as_uri()
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "uit"), str(source)],
        capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    converted = tmp_path / "uit" / "kwartaal.pdf"
    assert converted.exists(), result.stdout + result.stderr
    text = "\n".join(p.extract_text() for p in PdfReader(converted).pages)
    assert "Kerncijfers" in text and "Toelichting" in text and "Vroegsignalering" in text
