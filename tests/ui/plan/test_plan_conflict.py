"""Two workers edit the same plan in their editors: the second save is a conflict, the
worker sees the differences and chooses; both changes stay available."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import ActorFactory
from wijkteam_desk.services.household_types import HouseholdInput, MemberInput
from wijkteam_desk.store.models import Role
from wijkteam_desk.ui.plan.conflict_dialog import Choice, ConflictDialog
from wijkteam_desk.ui.plan.open_plan import plan_editor_for
from wijkteam_desk.wiring import Services


@pytest.fixture
def two_editors(qtbot, sqlite_services: Services, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    factory = ActorFactory(sqlite_services)
    worker = factory(Role.SOCIAAL_WERKER, name="sietske")
    colleague = factory(Role.SOCIAAL_WERKER, name="jelle")
    household = sqlite_services.households.create(
        worker, HouseholdInput(street="Teststraat", house_number="1"), [MemberInput("Boer")])
    sqlite_services.households.add_colleague(worker, household.id, colleague.user_id)
    first = plan_editor_for(sqlite_services, worker, household.id)
    assert first.save_plan()
    a = plan_editor_for(sqlite_services, worker, household.id)
    b = plan_editor_for(sqlite_services, colleague, household.id)
    yield sqlite_services, worker, household.id, a, b
    for editor in (first, a, b):  # while the database is still open
        editor.stack.setClean()
        editor.close()
        editor.deleteLater()


def test_second_save_shows_the_differences_and_loading_theirs_keeps_mine(
        two_editors, qtbot) -> None:  # type: ignore[no-untyped-def]
    services, worker, hid, a, b = two_editors
    a.add_goal("Schulden op orde")
    assert a.save_plan()
    b.edit_text("goes_well", "De tuin is mooi.")
    shown = []

    def choose(conflict, _parent):  # type: ignore[no-untyped-def]
        shown.append(conflict)
        return Choice.TAKE_THEIRS

    b.ask_conflict = choose
    assert not b.save_plan()
    assert {c.section for c in shown[0].changes} == {"Wat gaat goed", "Doelen"}
    assert [g.text for g in b.plan.goals] == ["Schulden op orde"]  # theirs loaded
    b.stack.undo()
    assert b.plan.goes_well == "De tuin is mooi."  # mine one undo step away
    stored = services.plans.open(worker, hid).plan
    assert stored.goes_well == "" and [g.text for g in stored.goals] == ["Schulden op orde"]
    dialog = ConflictDialog(shown[0], b)  # closed and deleted with the editor
    model = dialog.model
    cells = {model.index(r, c).data() for r in range(model.rowCount()) for c in range(4)}
    assert {"De tuin is mooi.", "Schulden op orde", "Wat gaat goed"} <= cells


def test_keeping_mine_is_a_deliberate_choice(two_editors) -> None:  # type: ignore[no-untyped-def]
    services, worker, hid, a, b = two_editors
    a.add_goal("Schulden op orde")
    assert a.save_plan()
    b.edit_text("goes_well", "Mijn tekst")
    b.ask_conflict = lambda _c, _p: Choice.CANCEL
    assert not b.save_plan()
    assert services.plans.open(worker, hid).plan.goes_well == ""
    b.ask_conflict = lambda _c, _p: Choice.KEEP_MINE
    assert b.save_plan()
    stored = services.plans.open(worker, hid).plan
    assert stored.goes_well == "Mijn tekst" and stored.goals == ()
