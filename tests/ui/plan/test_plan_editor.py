from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import ActorFactory
from tests.reports.plan_sample import plan as sample_plan
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.store.models import Role
from wijkteam_desk.ui.plan.autosave import DraftStore
from wijkteam_desk.ui.plan.plan_editor import PlanEditor
from wijkteam_desk.wiring import Services


@pytest.fixture
def editor(qtbot, sqlite_services: Services, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    factory = ActorFactory(sqlite_services)
    worker = factory(Role.SOCIAAL_WERKER)
    leefgebieden = sqlite_services.plan_config.list_leefgebieden(worker, include_retired=True)
    window = PlanEditor(sample_plan(), leefgebieden,
                        DraftStore(sqlite_services.drafts, worker), "plan/1",
                        title="Familie De Boer", service_names={"svc-17": "Schuldhulp"})
    window.show()
    yield window
    window.stack.setClean()  # close while the database is still open
    window.close()
    window.deleteLater()


def _edit_cell(editor: PlanEditor, view_name: str, row: int, column: int, value: object
               ) -> None:
    view = getattr(editor, view_name)
    view.model().setData(view.model().index(row, column), value, Qt.ItemDataRole.EditRole)


def select_goal(editor: PlanEditor, row: int) -> None:
    editor.goals_view.setCurrentIndex(editor.goal_model.index(row, 0))


EDITS: dict[str, Callable[[PlanEditor], None]] = {
    "wat gaat goed (typen)": lambda e: e.goes_well_edit.setPlainText("Het huis is netjes."),
    "werkaantekening": lambda e: e.notes_edit.setPlainText("Nieuwe notitie"),
    "netwerk toevoegen": lambda e: e.add_network_person(),
    "netwerk wijzigen": lambda e: _edit_cell(e, "network_view", 0, 1, "zus"),
    "netwerk verwijderen": lambda e: e.remove_network_person("n1"),
    "score": lambda e: e.set_score(1, 4),
    "score via tabel": lambda e: _edit_cell(e, "domain_view", 1, 2, 5),
    "doelscore": lambda e: _edit_cell(e, "domain_view", 0, 4, 5),
    "situatie": lambda e: _edit_cell(e, "domain_view", 0, 1, "Minder schulden"),
    "doel toevoegen": lambda e: e.add_goal("Elke week sporten"),
    "doel wijzigen": lambda e: _edit_cell(e, "goals_view", 0, 3, pm.GoalStatus.BEHAALD),
    "doel verwijderen": lambda e: e.remove_goal("g2"),
    "actie toevoegen": lambda e: e.add_action("g1", "Bellen met de bank"),
    "actie wijzigen": lambda e: (select_goal(e, 0),
                                 _edit_cell(e, "actions_view", 0, 3, date(2026, 5, 5))),
    "actie verwijderen": lambda e: e.remove_action("g1", "a2"),
    "regie": lambda e: e.set_regie(pm.Regie("Bauke", (date(2026, 9, 1),), "Bewindvoerder X")),
    "coördinator typen": lambda e: e.coordinator_edit.textEdited.emit("Tjeerd"),
    "participatieladder": lambda e: e.add_ladder_score("Jan", 3),
}


@pytest.mark.parametrize("kind", list(EDITS))
def test_undo_and_redo_restore_the_exact_state(editor: PlanEditor, kind: str) -> None:
    before = editor.plan
    EDITS[kind](editor)
    after = editor.plan
    assert after != before
    editor.stack.undo()
    assert editor.plan == before
    editor.stack.redo()
    assert editor.plan == after
    editor.undo_action.trigger()
    assert editor.plan == before


def test_typing_is_one_undo_step_and_ctrl_z_works_in_the_text_box(
        editor: PlanEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = editor.plan
    editor.goes_well_edit.setFocus()
    editor.goes_well_edit.moveCursor(editor.goes_well_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.goes_well_edit, " Ook de tuin.")
    assert editor.plan.goes_well.endswith("Ook de tuin.")
    assert editor.stack.count() == 1
    qtbot.keyClick(editor.goes_well_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.plan == before
    assert editor.goes_well_edit.toPlainText() == before.goes_well
    qtbot.keyClick(editor.goes_well_edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert editor.goes_well_edit.toPlainText().endswith("Ook de tuin.")


def test_widgets_follow_undo(editor: PlanEditor) -> None:
    editor.remove_goal("g1")
    assert editor.goal_model.rowCount() == 1
    editor.stack.undo()
    assert [g.text for g in editor.goal_model.rows][0].startswith("Over drie maanden")


def test_a_refused_edit_changes_nothing(editor: PlanEditor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    for i in range(pm.MAX_GOALS - 2):
        editor.add_goal(f"doel {i}")
    count, plan = editor.stack.count(), editor.plan
    assert editor.add_goal("te veel") == ""
    assert warnings and editor.stack.count() == count and editor.plan == plan


def test_retired_leefgebied_stays_visible_in_an_old_plan(editor: PlanEditor) -> None:
    names = [r.info.name for r in editor.domain_model.rows]
    assert "Financiën" in names
    plan = dataclasses.replace(editor.plan)
    assert plan.domain(14) is not None
