"""From the editor: vaststellen, evaluate, compare versions and print, on the real service."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import ActorFactory
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services.household_types import HouseholdInput, MemberInput
from wijkteam_desk.store.models import Role
from wijkteam_desk.ui.plan.lifecycle_dialogs import AgreementDialog, EvaluationDialog
from wijkteam_desk.ui.plan.open_plan import plan_editor_for
from wijkteam_desk.ui.plan.versions_dialog import VersionsDialog
from wijkteam_desk.wiring import Services


@pytest.fixture
def opened(qtbot, sqlite_services: Services, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    worker = ActorFactory(sqlite_services)(Role.SOCIAAL_WERKER, name="sietske")
    household = sqlite_services.households.create(
        worker, HouseholdInput(street="Teststraat", house_number="1"), [MemberInput("Boer")])
    editor = plan_editor_for(sqlite_services, worker, household.id)
    yield sqlite_services, worker, household.id, editor
    editor.stack.setClean()
    editor.close()
    editor.deleteLater()


def test_participatieladder_when_switched_on(qtbot, sqlite_services: Services,  # type: ignore[no-untyped-def]
                                            monkeypatch) -> None:
    from wijkteam_desk.services.plan_config import PlanSettings

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    factory = ActorFactory(sqlite_services)
    worker = factory(Role.SOCIAAL_WERKER, name="sietske")
    household = sqlite_services.households.create(
        worker, HouseholdInput(street="Teststraat", house_number="1"), [MemberInput("Boer")])
    off = plan_editor_for(sqlite_services, worker, household.id)
    assert off.ladder_view.isHidden()
    sqlite_services.plan_config.update_settings(factory.admin, PlanSettings(True, 6))
    on = plan_editor_for(sqlite_services, worker, household.id)
    assert not on.ladder_view.isHidden()
    on.ladder_member.setText("Jan")
    on.ladder_step.setCurrentIndex(2)
    qtbot.mouseClick(on.ladder_add, Qt.MouseButton.LeftButton)
    assert [(x.member, x.step) for x in on.plan.ladder] == [("Jan", 3)]
    for editor in (off, on):
        editor.stack.setClean()
        editor.close()
        editor.deleteLater()


def test_vaststellen_evaluate_compare_and_print(opened, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services, worker, hid, editor = opened
    goal_id = editor.add_goal("Schulden op orde")
    editor.add_action(goal_id, "Brieven sorteren")
    editor.set_score(1, 2)
    dialog = AgreementDialog(editor)
    dialog.how_edit.setText("getekend")
    editor.ask_agreement = lambda _parent: dialog.agreement()
    assert editor.vaststellen()
    assert editor.plan.status is pm.PlanStatus.VASTGESTELD
    assert editor.stack.count() == 0 and editor.stack.isClean()
    evaluation = EvaluationDialog(editor.plan, services.plan_config.list_leefgebieden(worker),
                                  editor)
    evaluation.results[goal_id].setCurrentIndex(1)  # deels
    evaluation.scores[1].setCurrentIndex(3)
    editor.ask_evaluation = lambda *_a: evaluation.evaluation()
    assert editor.evaluate()
    assert editor.plan.goal(goal_id).status is pm.GoalStatus.DEELS
    assert [s.score for s in editor.plan.domain(1).scores][-1] == 3
    editor.add_goal("Elke week sporten")
    assert editor.vaststellen()
    versions = services.plans.open(worker, hid).versions
    compare = VersionsDialog(versions, lambda a, b: services.plans.compare(worker, hid, a, b),
                             editor)
    compare.old_combo.setCurrentIndex(0)
    compare.new_combo.setCurrentIndex(1)
    compare.show_changes()
    texts = {compare.model.index(r, 3).data() for r in range(compare.model.rowCount())}
    assert "Elke week sporten" in texts
    target = tmp_path / "plan.pdf"
    editor.ask_pdf_path = lambda _kind: str(target)
    editor.add_network_person()  # unsaved: printing saves first
    assert editor.print_plan("")
    assert editor.stack.isClean()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Schulden op orde" in text and "Brieven sorteren" in text
