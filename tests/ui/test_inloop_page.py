"""The front-desk queue page, driven by keyboard as a volunteer would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.conftest import ActorFactory
from wijkteam_desk.services.accounts import LocationInput
from wijkteam_desk.services.inloop_types import CalledTicket, VisitInput
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.models import LocationKind, Role, VisitOutcome, VisitStatus
from wijkteam_desk.ui.inloop import outcome_dialog
from wijkteam_desk.ui.inloop.display_window import WaitingRoomDisplay
from wijkteam_desk.ui.inloop.page import InloopPage
from wijkteam_desk.ui.inloop.queue_model import QueueModel, format_wait
from wijkteam_desk.ui.inloop.quick_form import resolve_topic
from wijkteam_desk.wiring import Services


@pytest.fixture
def page(qtbot: QtBot, sqlite_services: Services) -> InloopPage:
    factory = ActorFactory(sqlite_services)
    sqlite_services.accounts.create_location(
        factory.admin, LocationInput("Buurtkamer Heechterp", LocationKind.BUURTKAMER,
                                     factory.team.id, "", "B"))
    vera = factory(Role.VRIJWILLIGER, name="vera")
    widget = InloopPage(sqlite_services, vera)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def type_keys(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier =
          Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_topics_resolve_from_their_first_letters() -> None:
    assert resolve_topic("fin") == "Financiën"
    assert resolve_topic("HUISV") == "Huisvesting"
    assert resolve_topic("hu") is None  # Huisvesting or Huiselijke relaties
    assert resolve_topic("") is None
    assert format_wait(75) == "1:15" and format_wait(3725) == "1:02:05"


def test_register_call_and_finish_by_keyboard(qtbot: QtBot, page: InloopPage,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    assert page.session_button.text() == "Spreekuur openen"
    assert not page.form.isEnabled()
    page.session_button.click()
    assert page.form.isEnabled() and page.desk.currentText() == "Balie 1"
    # Ctrl+N, name Tab topic Tab question Tab spoed(space) Enter
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.form.name
    type_keys(qtbot, "Anna")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "fin")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "brief belasting")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    row = page.model.row_at(0)
    assert row is not None
    assert (row.ticket, row.first_name, row.topic, row.question, row.spoed) == (
        "B-001", "Anna", "Financiën", "brief belasting", True)
    assert "volgnummer B-001" in page.message.text()
    assert page.spoed_banner.isVisible() and "B-001" in page.spoed_banner.text()
    # the form is empty and ready for the next visitor; anonymous works too
    assert QApplication.focusWidget() is page.form.name and page.form.name.text() == ""
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "huisv")
    press(qtbot, Qt.Key.Key_Return)
    assert page.model.rowCount() == 2
    assert page.model.data(page.model.index(1, QueueModel.NAME)) == "(anoniem)"
    # F5 calls the spoed visitor to my desk; the display shows the number, not the name
    press(qtbot, Qt.Key.Key_F5)
    called = page.model.row_at(0)
    assert called is not None and called.status is VisitStatus.GEROEPEN
    assert called.desk_name == "Balie 1"
    page.open_display()
    assert page.display is not None
    assert page.display.current_ticket.text() == "B-001"
    assert "Anna" not in page.display.current_desk.text()
    press(qtbot, Qt.Key.Key_F7)
    assert page.model.row_at(0).status is VisitStatus.IN_GESPREK  # type: ignore[union-attr]

    def choose(dialog: outcome_dialog.OutcomeDialog) -> int:
        dialog.buttons[VisitOutcome.AFSPRAAK].setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(outcome_dialog.OutcomeDialog, "exec", choose)
    page.table.clearSelection()
    press(qtbot, Qt.Key.Key_F8)
    assert [page.model.row_at(i).ticket for i in range(page.model.rowCount())] == ["B-002"]
    assert "afgerond vandaag: 1" in page.counts.text()
    page.display.close()
    printed: list[tuple[bytes, str]] = []
    page.open_pdf = lambda data, name: printed.append((data, name))
    page.day_button.click()
    assert printed and printed[0][0].startswith(b"%PDF")
    assert printed[0][1].startswith("dagoverzicht-inloop-")


def test_a_change_on_another_pc_shows_up_without_a_click(
        qtbot: QtBot, page: InloopPage) -> None:
    page.session_button.click()
    other = page.services.inloop  # same database, as a second window would use it
    other.register(page.actor, page.location_id, VisitInput("Justitie", "boete"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)


def test_calling_a_visitor_taken_by_another_desk_says_so(
        qtbot: QtBot, page: InloopPage) -> None:
    page.session_button.click()
    visit = page.services.inloop.register(page.actor, page.location_id,
                                          VisitInput("Justitie"))
    page.reload()
    page.select_visit(visit.visit_id)
    page.services.inloop.call(page.actor, visit.visit_id, page.desk_id)  # the other desk
    page.call_selected()
    assert "al geroepen" in page.message.text()


def test_the_waiting_time_ticks_without_reloading(qtbot: QtBot, page: InloopPage) -> None:
    page.session_button.click()
    page.services.inloop.register(page.actor, page.location_id, VisitInput("Justitie"))
    page.reload()
    first = page.model.data(page.model.index(0, QueueModel.WAIT))
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, QueueModel.WAIT)) != first,
                    timeout=2500)


def test_the_display_shows_numbers_large(qtbot: QtBot) -> None:
    display = WaitingRoomDisplay("Buurtkamer Heechterp", chime=False)
    qtbot.addWidget(display)
    display.set_tickets([CalledTicket("B-014", "Balie 2", utcnow(), 1),
                         CalledTicket("B-013", "Balie 1", utcnow(), 1)])
    assert display.current_ticket.text() == "B-014"
    assert display.current_desk.text() == "naar Balie 2"
    assert display.earlier[0][0].text() == "B-013"
    assert display.current_ticket.font().pixelSize() >= 100


def test_the_queue_model_is_a_proper_qt_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from wijkteam_desk.services.inloop_types import QueueRow

    now = utcnow()
    model = QueueModel()
    model.set_rows([QueueRow(i, f"B-00{i}", "", "Financiën", "vraag", i == 2,
                             VisitStatus.WACHTEND, now - timedelta(minutes=i), None, "", "",
                             0, False, 1) for i in range(1, 4)], now)
    qtmodeltester.check(model)
    assert model.data(model.index(1, QueueModel.TICKET)) == "B-002 SPOED"
    assert model.data(model.index(2, QueueModel.WAIT)) == "3:00"


def test_a_spoed_visitor_alerts_the_professional_on_duty(
        qtbot: QtBot, sqlite_services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    factory = ActorFactory(sqlite_services)
    location = sqlite_services.accounts.create_location(
        factory.admin, LocationInput("Dorpskamer Wirdum", LocationKind.DORPSKAMER,
                                     factory.team.id, "", "W")).id
    vera = factory(Role.VRIJWILLIGER, name="vera")
    sietske = factory(Role.SOCIAAL_WERKER, name="sietske")
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    professional = InloopPage(sqlite_services, sietske)
    volunteer = InloopPage(sqlite_services, vera)
    for widget in (professional, volunteer):
        qtbot.addWidget(widget)
    sqlite_services.inloop.open_session(sietske, location)
    sqlite_services.inloop.register(vera, location, VisitInput("Justitie", spoed=False))
    professional.reload()
    volunteer.reload()
    assert beeps == [] and not professional.spoed_banner.isVisibleTo(professional)
    sqlite_services.inloop.register(vera, location, VisitInput("Huiselijke relaties",
                                                               "onveilig thuis", spoed=True))
    qtbot.waitUntil(lambda: not professional.spoed_banner.isHidden(), timeout=2000)
    qtbot.waitUntil(lambda: not volunteer.spoed_banner.isHidden(), timeout=2000)
    assert "W-002 (Huiselijke relaties)" in professional.spoed_banner.text()
    assert beeps == [1]  # only the professional's page alerts, and only once
    professional.reload()
    assert beeps == [1]
