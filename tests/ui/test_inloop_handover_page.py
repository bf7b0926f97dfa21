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


def test_register_by_keyboard_call_and_refer_with_wegwijzer(
        qtbot: QtBot, sqlite_services: Services) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from wijkteam_desk.services.socialmap_types import OrganizationInput, ServiceInput

    factory = ActorFactory(sqlite_services)
    sqlite_services.accounts.create_location(
        factory.admin, LocationInput("Buurtkamer Heechterp", LocationKind.BUURTKAMER,
                                     factory.team.id, "", "B"))
    org = sqlite_services.socialmap.save_organization(factory.admin, OrganizationInput(
        "Humanitas Oost", phone="058 111 2222"))
    service = sqlite_services.socialmap.save_service(
        factory.admin, ServiceInput(org.id, "Thuisadministratie Oost"))
    vera = factory(Role.VRIJWILLIGER, name="vera")
    page = InloopPage(sqlite_services, vera)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.session_button.click()
    assert QApplication.focusWidget() is page.form.name
    for key in ("Anna", Qt.Key.Key_Tab, "fin", Qt.Key.Key_Tab, "post", Qt.Key.Key_Return,
                Qt.Key.Key_F5):
        if isinstance(key, str):
            qtbot.keyClicks(QApplication.focusWidget(), key)
        else:
            qtbot.keyClick(QApplication.focusWidget(), key)
    row = page.model.row_at(0)
    assert row is not None and row.ticket == "B-001" and row.desk_name == "Balie 1"
    printed: list[tuple[bytes, str]] = []
    page.open_pdf = lambda data, name: printed.append((data, name))  # type: ignore[method-assign]

    def refer(dialog: QDialog) -> int:
        assert isinstance(dialog, OutcomeDialog)
        dialog.buttons[VisitOutcome.DOORVERWEZEN].setChecked(True)
        dialog.service.setCurrentText("Thuisadministratie Oost – Humanitas Oost")
        dialog._accept()
        return dialog.result()

    page.ask = refer  # type: ignore[method-assign]
    page.table.clearSelection()
    page.finish()
    assert page.model.rowCount() == 0 and "afgerond vandaag: 1" in page.counts.text()
    assert len(printed) == 1 and printed[0][0].startswith(b"%PDF")
    assert printed[0][1] == "wegwijzer-B-001.pdf"
    leader = factory(Role.TEAMLEIDER, name="tjeerd")
    stats = sqlite_services.inloop_stats.stats(leader, row.arrived_at.date(),
                                               row.arrived_at.date())
    assert dict(stats.outcomes)["Doorverwezen"] == 1
    from sqlalchemy import select

    from wijkteam_desk.store.models import Referral

    with sqlite_services.db.begin() as session:
        referrals = session.scalars(select(Referral)).all()
        assert [(r.service_id, r.origin_id) for r in referrals] == [(service.id, row.visit_id)]
