"""The dossier window's prints: the huishoudoverzicht and the inzage-export write their files
where the user chose, with the household number in the suggested name, and say so in
Dutch; a refusal or a bad folder gives a calm message and writes nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.ui.conftest import message_boxes
from tests.ui.households.conftest import Team
from wijkteam_desk.ui.households.dossier_window import DossierWindow
from wijkteam_desk.ui.households.reason_dialog import ReasonDialog


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder


def _window(qtbot: QtBot, team: Team, household_id: int, actor=None,  # type: ignore[no-untyped-def]
            reason: str = "") -> DossierWindow:
    actor = actor or team.worker
    households = team.services.households
    dossier = (households.open_with_reason(actor, household_id, reason) if reason
               else households.open(actor, household_id))
    window = DossierWindow(team.services, actor, dossier)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def test_summary_action_writes_the_pdf(qtbot: QtBot, team: Team, out: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, team, team.hoekstra.id)
    suggested: list[str] = []

    def save_name(_parent, _title, suggestion, _filter):  # type: ignore[no-untyped-def]
        suggested.append(suggestion)
        return str(out / "overzicht"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    assert window.prints.summary_action in window.prints.menu.actions()
    with qtbot.waitSignal(window.prints.finished, timeout=30000) as done:
        window.prints.summary_action.trigger()
    assert Path(suggested[0]).name.startswith(f"huishoudoverzicht-{team.hoekstra.number}-")
    assert "Hoekstra" not in Path(suggested[0]).name
    target = out / "overzicht.pdf"
    assert done.args[0].path == target
    text = _text(target)
    assert "Wiebe Hoekstra" in text and "******333" in text and "111222333" not in text
    [box] = message_boxes()
    assert "Het huishoudoverzicht is opgeslagen als" in box.text()
    assert window.prints.summary_action.isEnabled() and not window.prints.busy


def test_inzage_action_writes_pdf_and_json_in_the_chosen_folder(
        qtbot: QtBot, team: Team, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, team, team.bakker.id)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    with qtbot.waitSignal(window.prints.finished, timeout=30000):
        window.prints.inzage_action.trigger()
    pdfs, jsons = sorted(out.glob("*.pdf")), sorted(out.glob("*.json"))
    assert len(pdfs) == len(jsons) == 1
    assert pdfs[0].name.startswith(f"inzage-{team.bakker.number}-")
    assert "Gebeld over de post." in _text(pdfs[0])
    data = json.loads(jsons[0].read_text("utf-8"))
    assert [c["verslag"] for c in data["contactmomenten"]] == ["Gebeld over de post."]
    [box] = message_boxes()
    assert "De inzage is opgeslagen in" in box.text() and jsons[0].name in box.text()


def test_cancelled_dialog_writes_nothing(qtbot: QtBot, team: Team, out: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, team, team.hoekstra.id)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    window.prints.inzage_action.trigger()
    assert not window.prints.busy and list(out.iterdir()) == [] and message_boxes() == []


def test_unwritable_folder_gives_a_calm_message(qtbot: QtBot, team: Team, out: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, team, team.hoekstra.id)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *a, **k: str(out / "bestaat-niet"))
    with qtbot.waitSignal(window.prints.failed, timeout=30000):
        window.prints.inzage_action.trigger()
    [box] = message_boxes()
    assert "Kies een bestaande map" in box.text()
    assert list(out.iterdir()) == [] and window.prints.inzage_action.isEnabled()


def test_reasoned_reader_states_a_reason_first(qtbot: QtBot, team: Team, out: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, team, team.de_vries.id, team.worker,
                     reason="Vervanging van Pieter tijdens zijn verlof")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(out / "x.pdf"), ""))
    window.prints.summary_action.trigger()
    [dialog] = [w for w in window.findChildren(ReasonDialog) if w.isVisible()]
    dialog.reason.setPlainText("kort")
    assert not dialog.try_save() and list(out.iterdir()) == []
    dialog.reason.setPlainText("Bewoner vraagt om een overzicht voor de huisarts")
    with qtbot.waitSignal(window.prints.finished, timeout=30000):
        assert dialog.try_save()
    assert (out / "x.pdf").exists()
    reasons = team.services.households.list_reasoned_access(team.leader)
    assert any("huisarts" in r.reason for r in reasons)
