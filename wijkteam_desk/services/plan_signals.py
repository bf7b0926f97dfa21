"""What needs attention in the plans of "Mijn huishoudens" (or of the whole team)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from wijkteam_desk.i18n import msg
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.store.models import (
    Household,
    HouseholdColleague,
    HouseholdStatus,
    PlanAction,
    PlanStatusColumn,
)
from wijkteam_desk.store.models import Plan as PlanRow

EVALUATION_OVERDUE = "evaluatie_te_laat"
ACTION_OVERDUE = "actie_te_laat"
NO_PLAN = "geen_vastgesteld_plan"
KIND_NAMES = {
    EVALUATION_OVERDUE: msg("Evaluatie te laat"),
    ACTION_OVERDUE: msg("Actie over de deadline"),
    NO_PLAN: msg("Nog geen vastgesteld plan"),
}


@dataclass(frozen=True)
class PlanSignal:
    household_id: int
    household_number: str
    household_name: str
    kind: str
    detail: str
    since: date  # the date it became due


def caseload_scope(actor: Actor, team: bool):  # type: ignore[no-untyped-def]
    """The households of the actor's caseload (regievoerder or betrokken), or of the
    whole team."""
    if team:
        return Household.team_id == actor.team_id
    colleague_of = select(HouseholdColleague.household_id).where(
        HouseholdColleague.user_id == actor.user_id)
    return or_(Household.regievoerder_id == actor.user_id, Household.id.in_(colleague_of))


def plan_signals(session: Session, actor: Actor, today: date, weeks: int,
                 team: bool) -> list[PlanSignal]:
    scope = caseload_scope(actor, team)
    found: list[PlanSignal] = []
    rows = session.execute(
        select(Household.id, Household.number, Household.name, PlanRow.next_evaluation)
        .join(PlanRow, PlanRow.household_id == Household.id)
        .where(scope, PlanRow.status == PlanStatusColumn.VASTGESTELD,
               PlanRow.next_evaluation < today))
    found += [PlanSignal(r[0], r[1], r[2], EVALUATION_OVERDUE,
                         msg("Evaluatie gepland op {date}").format(date=f"{r[3]:%d-%m-%Y}"),
                         r[3]) for r in rows]
    rows = session.execute(
        select(Household.id, Household.number, Household.name, PlanAction.what,
               PlanAction.deadline)
        .join(PlanRow, PlanRow.household_id == Household.id)
        .join(PlanAction, PlanAction.plan_id == PlanRow.id)
        .where(scope, PlanRow.status != PlanStatusColumn.AFGESLOTEN,
               PlanAction.deadline < today, PlanAction.status.in_(["open", "bezig"])))
    found += [PlanSignal(r[0], r[1], r[2], ACTION_OVERDUE, r[3], r[4]) for r in rows]
    cutoff = today - timedelta(weeks=weeks)
    rows = session.execute(
        select(Household.id, Household.number, Household.name, Household.start_date)
        .outerjoin(PlanRow, PlanRow.household_id == Household.id)
        .where(scope, Household.status != HouseholdStatus.AFGESLOTEN,
               Household.start_date < cutoff,
               or_(PlanRow.id.is_(None), and_(PlanRow.agreed_on.is_(None),
                                              PlanRow.status == PlanStatusColumn.CONCEPT))))
    found += [PlanSignal(r[0], r[1], r[2], NO_PLAN,
                         msg("Gestart op {date}").format(date=f"{r[3]:%d-%m-%Y}"),
                         r[3] + timedelta(weeks=weeks)) for r in rows]
    found.sort(key=lambda s: (s.since, s.household_name))
    return found
