"""`wijkteam-desk export inzage` and `export household-summary`: acting as --user, audited,
refused for the beheerder with nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.cli.test_cli import KEY, run
from wijkteam_desk.store.engine import Database

AS_DEMO = {"WIJKTEAM_DESK_PASSWORD": "welkom-demo"}


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("klein")
    result = run(data, "demo", "--households", "12", "--seed", "3")
    assert result.returncode == 0, result.stderr
    return data


def _audit(data: Path, action: str) -> list[tuple[str, str]]:
    db = Database.open_sqlite(data / "wijkteam.db", KEY)
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT username, record_id FROM audit_entry WHERE action = "
                                 ":a ORDER BY seq"), {"a": action}).all()
    db.dispose()
    return [tuple(r) for r in rows]


def test_export_inzage_as_the_teamleider(tmp_path: Path, small_demo: Path) -> None:
    result = run(small_demo, "--user", "teamleider", "export", "inzage", "--household",
                 "h-000001", "--out", str(tmp_path), env=AS_DEMO)
    assert result.returncode == 0, result.stderr
    assert "Inzage opgeslagen" in result.stdout
    [pdf], [data] = list(tmp_path.glob("inzage-H-000001-*.pdf")), list(tmp_path.glob("*.json"))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert json.loads(data.read_text("utf-8"))["huishouden"]["nummer"] == "H-000001"
    assert _audit(small_demo, "households.export_inzage") == [("teamleider", "1")]


def test_household_summary_and_unknown_number(tmp_path: Path, small_demo: Path) -> None:
    out = tmp_path / "overzicht.pdf"
    result = run(small_demo, "--user", "teamleider", "export", "household-summary",
                 "--household", "H-000002", "--out", str(out), env=AS_DEMO)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    missing = run(small_demo, "--user", "teamleider", "export", "inzage", "--household",
                  "H-999999", "--out", str(tmp_path), env=AS_DEMO)
    assert missing.returncode != 0 and "H-999999 is niet gevonden" in missing.stderr


def test_export_inzage_refused_for_the_beheerder(tmp_path: Path, small_demo: Path) -> None:
    result = run(small_demo, "--user", "beheerder", "export", "inzage", "--household",
                 "H-000001", "--out", str(tmp_path), env=AS_DEMO)
    assert result.returncode == 2 and "geen toestemming" in result.stderr
    assert list(tmp_path.iterdir()) == []
