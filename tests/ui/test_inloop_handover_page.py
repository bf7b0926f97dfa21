"""The queue page with the dossier side wired: yes/no match and the warm handover."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.conftest import ActorFactory
from wijkteam_desk.services.accounts import LocationInput
from wijkteam_desk.services.household_types import HouseholdInput, MemberInput
from wijkteam_desk.services.inloop_types import VisitInput
from wijkteam_desk.store.models import LocationKind, MemberRole, Role, VisitOutcome
from wijkteam_desk.ui.inloop.match_dialog import MatchDialog
from wijkteam_desk.ui.inloop.outcome_dialog import OutcomeDialog
from wijkteam_desk.ui.inloop.page import InloopPage
from wijkteam_desk.ui.inloop.queue_model import QueueModel
from wijkteam_desk.wiring import Services


def test_match_then_hand_over_from_the_page(qtbot: QtBot, sqlite_services: Services) -> None:
    factory = ActorFactory(sqlite_services)
    location = sqlite_services.accounts.create_location(
        factory.admin, LocationInput("Buurtkamer Heechterp", LocationKind.BUURTKAMER,
                                     factory.team.id, "", "B")).id
    vera = factory(Role.VRIJWILLIGER, name="vera")
    worker = factory(Role.SOCIAAL_WERKER, name="sietske")
    leader = factory(Role.TEAMLEIDER, name="tjeerd")
    sqlite_services.households.create(worker, HouseholdInput(postcode="8921 AB"), [
        MemberInput("Bakker", "Jan", role=MemberRole.HOOFDBEWONER)])
    page = InloopPage(sqlite_services, vera)
    qtbot.addWidget(page)
    page.session_button.click()
    visit = sqlite_services.inloop.register(vera, location, VisitInput(
        "Huisvesting", "lekkage, verhuurder reageert niet", "Jan"))
    page.reload()
    page.select_visit(visit.visit_id)

    def fill(dialog: QDialog) -> int:
        if isinstance(dialog, MatchDialog):
            dialog.name.setText("Bakker")
            dialog.postcode.setText("8921ab")
        if isinstance(dialog, OutcomeDialog):
            dialog.buttons[VisitOutcome.OVERGEDRAGEN].setChecked(True)
        return QDialog.DialogCode.Accepted

    page.ask = fill  # type: ignore[method-assign]
    page.match_household()
    assert page.message.text().startswith("Ja:")
    assert page.model.data(page.model.index(0, QueueModel.MATCH)) == "ja"
    page.call_selected()
    page.finish()
    assert "overgedragen aan het wijkteam" in page.message.text()
    signals = sqlite_services.signals.list_new(leader)
    assert len(signals) == 1 and "lekkage" in signals[0].description
    assert signals[0].name == "Jan"
