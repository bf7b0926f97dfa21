"""Doorpakbudget: a worker asks for it from the dossier, the teamleider decides in the
Doorpakbudget section and sees the team total."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.conftest import ActorFactory
from wijkteam_desk.services.household_types import HouseholdInput, MemberInput
from wijkteam_desk.store.models import BudgetStatus, MemberRole, Role
from wijkteam_desk.ui.budget.budget_section import BudgetSection
from wijkteam_desk.ui.budget.models import euros
from wijkteam_desk.ui.form_dialog import FormDialog
from wijkteam_desk.ui.households.dossier_window import DossierWindow
from wijkteam_desk.wiring import Services


@pytest.fixture
def world(sqlite_services: Services):  # type: ignore[no-untyped-def]
    actors = ActorFactory(sqlite_services)
    lead = actors(Role.TEAMLEIDER, name="tjeerd")
    worker = actors(Role.SOCIAAL_WERKER, name="sietske")
    household = sqlite_services.households.create(
        lead, HouseholdInput(street="Tuinstraat", house_number="3", postcode="8921ab",
                             city="Leeuwarden", area="Vrijheidswijk"),
        [MemberInput(first_name="Ans", last_name="Bos", role=MemberRole.HOOFDBEWONER)],
        regievoerder_id=worker.user_id)
    return sqlite_services, lead, worker, household


def _save(dialog: FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _cells(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _request_from_dossier(qtbot: QtBot, services: Services, worker, household,  # type: ignore[no-untyped-def]
                          purpose: str, amount: str) -> DossierWindow:
    window = DossierWindow(services, worker, services.households.open(worker, household.id))
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.tabText(window.tabs.indexOf(window.budget)) == "Doorpakbudg&et"
    window.tabs.setCurrentWidget(window.budget)
    dialog = window.budget.new_request()
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.purpose, purpose)
    qtbot.keyClicks(dialog.amount, "12x")  # the validator refuses the letter
    assert dialog.amount.text() == "12"
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, amount)
    _save(dialog)  # no justification yet
    assert dialog.isVisible()
    assert dialog.errors.text("justification") == "Leg kort uit waarom dit nodig is."
    dialog.justification.setPlainText("Oude machine kapot, drie kinderen.")
    _save(dialog)
    assert not dialog.isVisible()
    return window


def test_worker_requests_and_teamleider_approves(qtbot: QtBot, world) -> None:  # type: ignore[no-untyped-def]
    services, lead, worker, household = world
    window = _request_from_dossier(qtbot, services, worker, household, "Wasmachine",
                                   "1.250,50")
    rows = _cells(window.budget.model)
    assert len(rows) == 1
    assert rows[0][1:5] == ["Wasmachine", "€ 1.250,50", "aangevraagd", "Sietske"]

    section = BudgetSection(services, lead)
    qtbot.addWidget(section)
    section.show()
    assert _cells(section.model)[0][2:5] == ["Wasmachine", "€ 1.250,50", "Sietske"]
    assert section.totals.text() == ("Aangevraagd: 1 (€ 1.250,50) · goedgekeurd: 0 (€ 0,00) "
                                     "· afgewezen: 0 · nog open: 1")
    dialog = section.decide(True)
    assert dialog is not None
    dialog.note.setPlainText("Akkoord, via de witgoedwinkel.")
    _save(dialog)
    assert not dialog.isVisible()
    assert section.model.rowCount() == 0
    assert section.totals.text() == ("Aangevraagd: 1 (€ 1.250,50) · goedgekeurd: 1 "
                                     "(€ 1.250,50) · afgewezen: 0 · nog open: 0")
    # a period without requests
    section.start.setDate(section.start.date().addYears(-2))
    section.end.setDate(section.start.date().addDays(10))
    assert section.totals.text().startswith("Aangevraagd: 0 (€ 0,00)")
    section.end.setDate(section.start.date().addDays(-1))
    assert section.totals_error.text() == "De einddatum ligt voor de begindatum."

    window.reload()
    assert _cells(window.budget.model)[0][3] == "goedgekeurd"
    assert "Akkoord, via de witgoedwinkel." in _cells(window.budget.model)[0][5]


def test_refusing_without_a_note_changes_nothing(qtbot: QtBot, world) -> None:  # type: ignore[no-untyped-def]
    services, lead, worker, household = world
    _request_from_dossier(qtbot, services, worker, household, "Borg", "350")
    section = BudgetSection(services, lead)
    qtbot.addWidget(section)
    section.show()
    section.refuse_button.click()
    dialog = next(d for d in section.findChildren(FormDialog) if d.isVisible())
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.errors.text("note") == "Schrijf erbij waarom u het afwijst."
    (pending,) = services.budget.list_pending(lead)
    assert pending.status is BudgetStatus.AANGEVRAAGD
    assert section.model.rowCount() == 1
    dialog.note.setPlainText("Past bij de bijzondere bijstand.")
    _save(dialog)
    assert not dialog.isVisible()
    assert services.budget.list_pending(lead) == []
    (row,) = services.budget.list_for_household(worker, household.id)
    assert row.status is BudgetStatus.AFGEWEZEN
    today = date.today()
    totals = services.budget.team_totals(lead, today.replace(month=1, day=1), today)
    assert (totals.refused, totals.approved_cents) == (1, 0)


def test_euros_in_dutch_notation() -> None:
    assert [euros(c) for c in (5, 35050, 125050, 100000000)] == [
        "€ 0,05", "€ 350,50", "€ 1.250,50", "€ 1.000.000,00"]


def test_request_for_a_doel_of_the_plan(qtbot: QtBot, world) -> None:  # type: ignore[no-untyped-def]
    from wijkteam_desk.services import plan_model as pm
    from wijkteam_desk.ui.budget.request_dialog import BudgetRequestDialog

    services, _lead, worker, household = world
    record = services.plans.open(worker, household.id)
    plan = pm.put_goal(record.plan, pm.Goal("g1", "Wasgoed zelf op orde", None))
    services.plans.save(worker, household.id, plan, record.version)
    dialog = BudgetRequestDialog(services, worker, household.id)
    qtbot.addWidget(dialog)
    assert [dialog.goal.itemText(i) for i in range(dialog.goal.count())] == [
        "(geen doel)", "Wasgoed zelf op orde"]
    dialog.goal.setCurrentIndex(1)
    dialog.purpose.setText("Wasmachine")
    dialog.amount.setText("€ 400")
    dialog.justification.setPlainText("Kapot.")
    assert dialog.try_save()
    (row,) = services.budget.list_for_household(worker, household.id)
    assert (row.goal_key, row.amount_cents) == ("g1", 40000)
