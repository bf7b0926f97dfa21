"""Demo plans: about 8,000 per 15,000 households, with evaluations and score histories,
readable through the plan service and giving "Mijn huishoudens" signals."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from tests.conftest import TEST_KEY
from wijkteam_desk.services.demo import fill_demo
from wijkteam_desk.services.system import DEMO_PASSWORD
from wijkteam_desk.store import migrations
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import (
    BudgetRequest,
    BudgetStatus,
    Household,
    Plan,
    PlanScore,
    PlanVersion,
)
from wijkteam_desk.wiring import build_services


def _fill(path: Path, seed: int):  # type: ignore[no-untyped-def]
    db = Database.open_sqlite(path, TEST_KEY, create=True)
    migrations.upgrade(db)
    services = build_services(db)
    fill_demo(services, seed=seed, households=600)
    return services


def test_demo_plans_at_the_design_ratio_and_deterministic(tmp_path: Path) -> None:
    services = _fill(tmp_path / "a.db", 5)
    again = _fill(tmp_path / "b.db", 5)
    with services.db.begin() as session:
        households = session.scalar(select(func.count(Household.id))) or 0
        plans = session.scalar(select(func.count(Plan.id))) or 0
        documents = list(session.scalars(select(Plan.document).order_by(Plan.id)))
        evaluated = session.scalar(select(func.count(func.distinct(PlanScore.plan_id))).where(
            PlanScore.moment == "evaluatie")) or 0
        statuses = dict(session.execute(select(Plan.status, func.count(Plan.id))
                                        .group_by(Plan.status)).all())
        versions = session.scalar(select(func.count(PlanVersion.id))) or 0
        budgets = dict(session.execute(select(BudgetRequest.status, func.count(
            BudgetRequest.id)).group_by(BudgetRequest.status)).all())
        spending = session.scalars(select(BudgetRequest.amount_cents).where(
            BudgetRequest.status == BudgetStatus.GOEDGEKEURD).order_by(BudgetRequest.id)).all()
        household_id = session.scalar(select(Plan.household_id).where(
            Plan.status == "vastgesteld").order_by(Plan.id))
    with again.db.begin() as session:
        assert documents == list(session.scalars(select(Plan.document).order_by(Plan.id)))
    assert 0.45 < plans / households < 0.62
    assert evaluated > plans / 3
    assert set(statuses) == {"concept", "vastgesteld", "afgesloten"}
    assert versions >= statuses["vastgesteld"] + statuses["afgesloten"]
    worker = services.accounts.authenticate("sociaalwerker", DEMO_PASSWORD)
    lead = services.accounts.authenticate("teamleider", DEMO_PASSWORD)
    record = services.plans.open(lead, household_id)
    assert record.plan.goals and record.versions
    assert services.plans.print(lead, household_id)[:4] == b"%PDF"
    kinds = {s.kind for s in services.plans.signals(lead, team=True)}
    assert kinds >= {"actie_te_laat", "evaluatie_te_laat"}
    assert services.plans.signals(worker) != []
    # the doorpakbudget screens and the report have approved spending to show
    with again.db.begin() as session:
        assert spending == session.scalars(select(BudgetRequest.amount_cents).where(
            BudgetRequest.status == BudgetStatus.GOEDGEKEURD).order_by(BudgetRequest.id)).all()
    assert budgets.get(BudgetStatus.GOEDGEKEURD, 0) >= 5
    assert all(2_500 <= cents <= 75_000 for cents in spending)
