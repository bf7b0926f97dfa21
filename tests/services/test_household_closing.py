"""Closing a household records a standard afsluitreden (the category the gemeente sees)
with an optional toelichting; reopening clears both."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.conftest import ActorFactory
from wijkteam_desk.errors import ValidationError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.household_labels import (
    CLOSING_CATEGORY,
    closing_line,
)
from wijkteam_desk.services.household_types import HouseholdInfo, HouseholdInput, MemberInput
from wijkteam_desk.store.models import (
    AuditEntry,
    ClosingCategory,
    HouseholdStatus,
    HouseholdStatusChange,
    Role,
)
from wijkteam_desk.wiring import Services

C = ClosingCategory
CLOSED = HouseholdStatus.AFGESLOTEN


Setup = tuple[Services, Actor, HouseholdInfo]


@pytest.fixture
def setup(services: Services, make_actor: ActorFactory) -> Setup:
    lead = make_actor(Role.TEAMLEIDER, name="teamleider")
    worker = make_actor(Role.SOCIAAL_WERKER, name="sietske")
    h = services.households.create(lead, HouseholdInput(postcode="8921 AB"),
                                   [MemberInput(last_name="Bakker")],
                                   regievoerder_id=worker.user_id)
    h = services.households.set_status(worker, h.id, HouseholdStatus.ACTIEF, h.version)
    return services, worker, h


def _rows(services: Services) -> tuple[int, int]:
    with services.db.begin() as session:
        return (session.scalar(select(func.count(HouseholdStatusChange.id))) or 0,
                session.scalar(select(func.count(AuditEntry.seq))) or 0)


def _unchanged(services: Services, worker: Actor, before: HouseholdInfo,
               rows: tuple[int, int]) -> None:
    assert _rows(services) == rows  # no history line, no audit entry
    now = services.households.open(worker, before.id).household
    assert (now.status, now.version, now.closing_category, now.closing_reason,
            now.end_date) == (HouseholdStatus.ACTIEF, before.version, None, "", None)


def test_closing_without_a_category_is_refused_and_changes_nothing(setup: Setup) -> None:
    services, worker, h = setup
    rows = _rows(services)
    for category in (None, "", "weet niet"):
        with pytest.raises(ValidationError) as error:
            services.households.set_status(worker, h.id, CLOSED, h.version,
                                           "Vraag opgelost", category=category)
        assert error.value.field == "closing_category"
        assert error.value.message == "Kies een afsluitreden."
    _unchanged(services, worker, h, rows)


def test_andere_reden_needs_a_toelichting(setup: Setup) -> None:
    services, worker, h = setup
    rows = _rows(services)
    with pytest.raises(ValidationError) as error:
        services.households.set_status(worker, h.id, CLOSED, h.version, "   ",
                                       category=C.ANDERS)
    assert error.value.field == "closing_reason"
    assert "toelichting" in error.value.message
    _unchanged(services, worker, h, rows)
    closed = services.households.set_status(worker, h.id, CLOSED, h.version,
                                            " Opgenomen in een zorginstelling ",
                                            category=C.ANDERS)
    assert closed.closing_category is C.ANDERS
    assert closed.closing_reason == "Opgenomen in een zorginstelling"
    history = services.households.open(worker, h.id).status_history
    assert history[-1].reason == "Andere reden — Opgenomen in een zorginstelling"


def test_close_with_category_then_reopen_clears_it(setup: Setup) -> None:
    services, worker, h = setup
    closed = services.households.set_status(worker, h.id, CLOSED, h.version,
                                            "Schulden geregeld", category=C.DOELEN_BEHAALD)
    assert (closed.status, closed.closing_category, closed.closing_reason) == (
        CLOSED, C.DOELEN_BEHAALD, "Schulden geregeld")
    assert closed.end_date is not None
    dossier = services.households.open(worker, h.id)
    assert dossier.household.closing_category is C.DOELEN_BEHAALD
    assert dossier.status_history[-1].reason == "Doelen behaald — Schulden geregeld"
    reopened = services.households.set_status(worker, h.id, HouseholdStatus.HEROPEND,
                                              closed.version)
    assert (reopened.closing_category, reopened.closing_reason, reopened.end_date) == (
        None, "", None)
    # closed again without a toelichting: the history line is the label alone
    again = services.households.set_status(worker, h.id, CLOSED, reopened.version,
                                           category="verhuisd")  # the value, as a CLI passes it
    assert again.closing_category is C.VERHUISD and again.closing_reason == ""
    history = services.households.open(worker, h.id).status_history
    assert [(s.status, s.reason) for s in history[-3:]] == [
        (CLOSED, "Doelen behaald — Schulden geregeld"), (HouseholdStatus.HEROPEND, ""),
        (CLOSED, "Verhuisd buiten de wijk")]
    # the history row keeps the category, so the reports can still tell why it was
    # closed the first time, though it was reopened
    with services.db.begin() as session:
        stored = session.scalars(select(HouseholdStatusChange.closing_category).where(
            HouseholdStatusChange.household_id == h.id)
            .order_by(HouseholdStatusChange.id)).all()
    assert stored[-3:] == [C.DOELEN_BEHAALD, None, C.VERHUISD]


def test_every_category_has_the_agreed_dutch_label() -> None:
    assert CLOSING_CATEGORY == {
        C.DOELEN_BEHAALD: "Doelen behaald",
        C.VERHUISD: "Verhuisd buiten de wijk",
        C.MAATWERK: "Overgedragen aan maatwerk",
        C.VOORLIGGEND: "Overgedragen aan voorliggend veld",
        C.WIL_NIET: "Bewoner wil geen ondersteuning meer",
        C.GEEN_CONTACT: "Geen contact mogelijk",
        C.OVERLEDEN: "Overleden",
        C.ANDERS: "Andere reden",
    }


def test_the_history_line_is_the_label_and_the_toelichting() -> None:
    assert closing_line(C.MAATWERK, "Via Wmo-loket") == (
        "Overgedragen aan maatwerk — Via Wmo-loket")
    assert closing_line(C.OVERLEDEN) == "Overleden"
