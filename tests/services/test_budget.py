from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.services.test_plans import _goal, case  # noqa: F401 - the fixture
from wijkteam_desk.errors import ConflictError, PermissionDenied, ValidationError
from wijkteam_desk.services.budget import parse_amount
from wijkteam_desk.store.models import BudgetStatus


@pytest.mark.parametrize("text, cents", [("700", 70000), ("1.250,50", 125050),
                                         ("€ 35,5", 3550), (12, 1200)])
def test_amounts_as_typed(text, cents) -> None:  # type: ignore[no-untyped-def]
    assert parse_amount(text) == cents


@pytest.mark.parametrize("text", ["", "zeven", "0", "-5", "20000", "1,234"])
def test_bad_amounts_are_refused(text) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        parse_amount(text)


def test_request_approve_refuse_and_team_totals(case) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    services, hid, worker, colleague, other, lead = case
    plan = _goal(services.plans.open(worker, hid).plan, "Nieuwe naam op alle papieren")
    services.plans.save(worker, hid, plan, None)
    goal_key = plan.goals[0].id
    with pytest.raises(ValidationError):
        services.budget.request(worker, hid, "Naamswijziging", "700", "Omgekeerde toets",
                                "bestaat-niet")
    first = services.budget.request(worker, hid, "Naamswijziging", "700",
                                    "Zonder dit loopt alles vast; omgekeerde toets",
                                    goal_key)
    second = services.budget.request(colleague, hid, "Wasmachine", "250,00", "Kapot")
    with pytest.raises(PermissionDenied):
        services.budget.request(other, hid, "Fiets", "80", "Naar werk")
    assert [b.purpose for b in services.budget.list_pending(lead)] == [
        "Naamswijziging", "Wasmachine"]
    approved = services.budget.decide(lead, first.id, True, "Akkoord", first.version)
    assert approved.status is BudgetStatus.GOEDGEKEURD and approved.decided_by == "Tjeerd"
    with pytest.raises(ConflictError):
        services.budget.decide(lead, first.id, False, "Toch niet", first.version)
    with pytest.raises(ValidationError):
        services.budget.decide(lead, second.id, False, "", second.version)
    services.budget.decide(lead, second.id, False, "Eerst via de Kringloop", second.version)
    rows = services.budget.list_for_household(worker, hid)
    assert [(r.status, r.goal_key) for r in rows] == [
        (BudgetStatus.GOEDGEKEURD, goal_key), (BudgetStatus.AFGEWEZEN, "")]
    today = date.today()
    totals = services.budget.team_totals(lead, today - timedelta(days=90), today)
    assert (totals.requested, totals.requested_cents) == (2, 95000)
    assert (totals.approved, totals.approved_cents, totals.refused, totals.pending) == (
        1, 70000, 1, 0)
    earlier = services.budget.team_totals(lead, today - timedelta(days=90),
                                          today - timedelta(days=30))
    assert earlier.requested == 0
