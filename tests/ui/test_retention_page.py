"""Section "Bewaartermijn": the teamleider sees the vernietigingslijst, keeps one dossier
longer, approves the rest after a confirmation that states the count, prints the list for
the archive; the anonymised dossier opens read only. The beheerder sets the term."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from tests.conftest import TEST_PASSWORD
from tests.ui.conftest import message_boxes
from wijkteam_desk.services.accounts import UserInput
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.household_types import HouseholdInput, MemberInput
from wijkteam_desk.store.models import ClosingCategory, Household, HouseholdStatus, Role
from wijkteam_desk.ui.households.dossier_window import DossierWindow
from wijkteam_desk.ui.retention.retention_page import RetentionPage
from wijkteam_desk.wiring import Services


def _user(services: Services, admin: Actor, username: str, role: Role, team: int) -> Actor:
    services.accounts.create_user(admin, UserInput(username, username.title(),
                                                   frozenset({role}), team), TEST_PASSWORD)
    return services.accounts.authenticate(username, TEST_PASSWORD)


@pytest.fixture
def lead(gui_services: Services, admin: Actor) -> Actor:
    team = gui_services.accounts.create_team(admin, "Wijkteam Oost").id
    worker = _user(gui_services, admin, "sietske", Role.SOCIAAL_WERKER, team)
    leader = _user(gui_services, admin, "tjeerd", Role.TEAMLEIDER, team)
    for name, years_ago in (("Jansen", 20), ("De Vries", 16), ("Bakker", 3)):
        h = gui_services.households.create(worker, HouseholdInput(area="Heechterp"),
                                           [MemberInput(name, "Anne")])
        gui_services.households.set_status(worker, h.id, HouseholdStatus.AFGESLOTEN,
                                           h.version, category=ClosingCategory.DOELEN_BEHAALD)
        with gui_services.db.begin() as session:
            session.execute(update(Household).where(Household.id == h.id).values(
                end_date=date.today() - timedelta(days=365 * years_ago + 5)))
    return leader


def _answer(button: QMessageBox.StandardButton) -> str:
    (box,) = message_boxes()
    text = box.text()
    box.button(button).click()
    return text


def test_hold_approve_and_print(qtbot: QtBot, gui_services: Services, lead: Actor,
                                monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    page = RetentionPage(gui_services, lead)
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    assert page.due_model.rowCount() == 2 and page.held_model.rowCount() == 0
    assert page.due_label.text() == "Op de vernietigingslijst: 2"
    assert "15 jaar" in page.explanation.text()
    numbers = [r.number for r in page.due_model.rows()]

    # Keep the first (oldest) one longer because of a complaint.
    page.due_table.selectRow(0)
    dialog = page.hold()
    assert dialog is not None
    dialog.save_button.click()
    assert dialog.error.isVisible() and "waarom" in dialog.error.text()
    dialog.reason.setPlainText("Lopende klacht bij de ombudsman")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert page.due_model.rowCount() == 1 and page.held_model.rowCount() == 1
    assert page.held_model.rows()[0].hold_reason == "Lopende klacht bij de ombudsman"
    assert page.held_label.text() == "Langer bewaard: 1"

    # Approving asks first, with the count and that it cannot be undone; "Nee" keeps all.
    page.approve_button.click()
    question = _answer(QMessageBox.StandardButton.No)
    assert "1 dossier wordt geanonimiseerd" in question and "niet ongedaan" in question
    assert page.due_model.rowCount() == 1
    page.approve_button.click()
    _answer(QMessageBox.StandardButton.Yes)
    # anonymising runs in the background; the buttons wait for it
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=10_000)
    assert _answer(QMessageBox.StandardButton.Ok) == "1 dossier is geanonimiseerd."
    assert not page.busy.isVisible() and page.refresh_button.isEnabled()
    assert page.due_model.rowCount() == 0 and not page.approve_button.isEnabled()
    assert [r.number for r in page.held_model.rows()] == [numbers[0]]
    assert not page.grab().isNull()

    # The archive print: the household number, no names.
    target = tmp_path / "lijst.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    assert page.print_button.isEnabled()
    page.print_button.click()
    _answer(QMessageBox.StandardButton.Ok)
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert numbers[1] in text and numbers[0] not in text and "Vries" not in text

    # The anonymised dossier opens read only and says so.
    hid = gui_services.households.search(lead, numbers[1])[0].household_id
    window = DossierWindow(gui_services, lead, gui_services.households.open(lead, hid))
    qtbot.addWidget(window)
    assert window.heading.text().startswith(
        f"Geanonimiseerd op {date.today().strftime('%d-%m-%Y')}  ·  {numbers[1]}")
    assert "alleen nog worden ingezien" in window.access.text() and not window.can_edit
    assert not gui_services.households.search(lead, "Vries")


def test_the_beheerder_sets_the_bewaartermijn(qtbot: QtBot, gui_services: Services,
                                              admin: Actor) -> None:
    from wijkteam_desk.ui.beheer.settings_tab import SettingsTab

    tab = SettingsTab(gui_services, admin)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.retention_years.text() == "15"
    for bad in ("0", "31", "twintig"):
        tab.retention_years.setText(bad)
        tab.retention_button.click()
        assert "1 tot en met 30" in _answer(QMessageBox.StandardButton.Ok)
        assert gui_services.retention.years(admin) == 15
    tab.retention_years.setText("20")
    tab.retention_button.click()
    assert _answer(QMessageBox.StandardButton.Ok) == "De bewaartermijn is opgeslagen."
    assert gui_services.retention.years(admin) == 20 and tab.retention_years.text() == "20"
