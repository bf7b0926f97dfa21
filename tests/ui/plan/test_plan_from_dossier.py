"""The plan is reached from the household's dossier window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import ActorFactory
from wijkteam_desk.services.household_types import HouseholdInput, MemberInput
from wijkteam_desk.store.models import Role
from wijkteam_desk.ui.households.dossier_window import DossierWindow
from wijkteam_desk.ui.plan.plan_editor import PlanEditor
from wijkteam_desk.wiring import Services


def test_plan_button_opens_the_households_plan(qtbot, sqlite_services: Services,  # type: ignore[no-untyped-def]
                                               monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    worker = ActorFactory(sqlite_services)(Role.SOCIAAL_WERKER, name="sietske")
    household = sqlite_services.households.create(
        worker, HouseholdInput(street="Teststraat", house_number="1"), [MemberInput("Boer")])
    window = DossierWindow(sqlite_services, worker,
                           sqlite_services.households.open(worker, household.id))
    window.show()
    qtbot.mouseClick(window.plan_button, Qt.MouseButton.LeftButton)
    editor = window.plan_editor
    assert isinstance(editor, PlanEditor) and editor.isVisible()
    assert len(editor.domain_model.rows) == 13
    assert editor.save_action.isEnabled()
    editor.close()
    window.close()
