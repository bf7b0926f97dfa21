"""Plans and leefgebieden of one team in a period, the doorlooptijden that need the plan,
and the overdue evaluations and actions of the teamleider overview (DESIGN §2.5)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from wijkteam_desk.reports.figures import (
    DURATION_LABELS,
    GOAL_LABELS,
    Duration,
    Item,
    LeefgebiedChange,
    Overdue,
    Period,
    Plannen,
    describe,
)
from wijkteam_desk.services.report_trajecten import _bounds, _local, chunks, running_households
from wijkteam_desk.store.models import (
    Contact,
    Household,
    Leefgebied,
    Plan,
    PlanAction,
    PlanStatusColumn,
    PlanVersion,
    User,
)

GOAL_RESULTS = dict(zip(("behaald", "deels", "niet", "vervallen"), GOAL_LABELS, strict=True))
OPEN_ACTIONS = ("open", "bezig")


def _team_plans(team_id: int):  # type: ignore[no-untyped-def]
    return select(Plan.id).join(Household, Household.id == Plan.household_id).where(
        Household.team_id == team_id)


def _months(period: Period) -> list[str]:
    months, day = [], period.start.replace(day=1)
    while day <= period.end:
        months.append(f"{day.year}-{day.month:02d}")
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return months


def evaluated_plans(session: Session, period: Period, team_id: int) -> list[dict[str, Any]]:
    """The plan documents of the team with an evaluation held in the period. The database
    first narrows them down (saved since the period began, the evaluation month in the
    stored JSON as the plan service writes it), so only those few are parsed."""
    key = ("reports.evaluated_plans", period, team_id)
    if key not in session.info:
        months = or_(*(Plan.document.like(f'%"held_on": "{m}%') for m in _months(period)))
        start, _end = _bounds(period)
        documents = session.scalars(select(Plan.document).where(
            Plan.id.in_(_team_plans(team_id)), Plan.updated_at >= start, months))
        found = []
        for document in documents:
            plan = json.loads(document)
            if any(period.start <= date.fromisoformat(e["held_on"]) <= period.end
                   for e in plan.get("evaluations", ())):
                found.append(plan)
        session.info[key] = found
    return session.info[key]  # type: ignore[no-any-return]


def _evaluations(session: Session, period: Period, team_id: int) -> tuple[int, Counter[str]]:
    """Evaluations held in the period and the results per doel."""
    held = 0
    results: Counter[str] = Counter()
    for plan in evaluated_plans(session, period, team_id):
        for evaluation in plan.get("evaluations", ()):
            if period.start <= date.fromisoformat(evaluation["held_on"]) <= period.end:
                held += 1
                results.update(r["result"] for r in evaluation.get("results", ())
                               if r["result"] in GOAL_RESULTS)
    return held, results


def _score_changes(session: Session, period: Period,
                   team_id: int) -> tuple[LeefgebiedChange, ...]:
    """Per leefgebied, plans evaluated in the period: first score against the latest one
    up to the end of the period, where that latest one was measured in the period."""
    pairs: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for plan in evaluated_plans(session, period, team_id):
        for domain in plan.get("domains", ()):
            scores = sorted((date.fromisoformat(s["measured_on"]), s["score"])
                            for s in domain.get("scores", ()))
            scores = [s for s in scores if s[0] <= period.end]
            if len(scores) >= 2 and scores[-1][0] >= period.start:
                pairs[domain["leefgebied_id"]].append((scores[0][1], scores[-1][1]))
    rows = []
    for lg_id, name in session.execute(select(Leefgebied.id, Leefgebied.name)
                                       .where(Leefgebied.retired.is_(False))
                                       .order_by(Leefgebied.position, Leefgebied.id)):
        found = pairs.get(lg_id, [])
        n = len(found)
        rows.append(LeefgebiedChange(
            name, n,
            round(sum(f for f, _l in found) / n, 2) if n else None,
            round(sum(la for _f, la in found) / n, 2) if n else None,
            sum(1 for f, la in found if la > f), sum(1 for f, la in found if la == f),
            sum(1 for f, la in found if la < f)))
    return tuple(rows)


def plannen(session: Session, period: Period, team_id: int) -> Plannen:
    running = running_households(session, period, team_id)
    with_plan = 0
    for ids in chunks(running):
        with_plan += session.scalar(select(func.count(Plan.id)).where(
            Plan.household_id.in_(ids), Plan.agreed_on.is_not(None),
            Plan.agreed_on <= period.end)) or 0
    vastgesteld = session.scalar(select(func.count(PlanVersion.id)).where(
        PlanVersion.plan_id.in_(_team_plans(team_id)), PlanVersion.agreed_on >= period.start,
        PlanVersion.agreed_on <= period.end)) or 0
    held, results = _evaluations(session, period, team_id)
    return Plannen(
        active_households=len(running), with_vastgesteld_plan=with_plan,
        plans_vastgesteld=vastgesteld, evaluations=held,
        goal_results=tuple(Item(label, results[key]) for key, label in GOAL_RESULTS.items()),
        leefgebieden=_score_changes(session, period, team_id))


def plan_durations(session: Session, period: Period, team_id: int,
                   closed: list[tuple[int, date, str]]) -> tuple[Duration, Duration]:
    """First contact to plan vastgesteld (first vaststelling in the period), and plan
    vastgesteld to afsluiting (closings in the period of households with a plan)."""
    agreed = dict(session.execute(
        select(Plan.household_id, Plan.agreed_on)
        .join(Household, Household.id == Plan.household_id)
        .where(Household.team_id == team_id, Plan.agreed_on >= period.start,
               Plan.agreed_on <= period.end)).all())
    first: dict[int, datetime] = {}
    for ids in chunks(agreed):
        first.update(session.execute(select(Contact.household_id, func.min(Contact.at))
                                     .where(Contact.household_id.in_(ids))
                                     .group_by(Contact.household_id)).all())
    to_plan = [(agreed[h] - _local(at)).days for h, at in first.items()
               if agreed[h] >= _local(at)]
    plan_day: dict[int, date] = {}
    for ids in chunks({h for h, _d, _r in closed}):
        plan_day.update(session.execute(select(Plan.household_id, Plan.agreed_on).where(
            Plan.household_id.in_(ids), Plan.agreed_on.is_not(None))).all())
    to_close = [(day - plan_day[h]).days for h, day, _r in closed
                if h in plan_day and day >= plan_day[h]]
    return (Duration(DURATION_LABELS[1], describe(to_plan)),
            Duration(DURATION_LABELS[2], describe(to_close)))


def overdue(session: Session, team_id: int, today: date) -> tuple[tuple[Overdue, ...],
                                                                   tuple[Overdue, ...]]:
    """Evaluations and open actions past their date, for the teamleider (internal)."""
    evaluations = tuple(
        Overdue(worker or "geen regievoerder", number, "Evaluatie van het plan", due,
                (today - due).days)
        for worker, number, due in session.execute(
            select(User.full_name, Household.number, Plan.next_evaluation)
            .join(Household, Household.id == Plan.household_id)
            .outerjoin(User, User.id == Household.regievoerder_id)
            .where(Household.team_id == team_id, Plan.status == PlanStatusColumn.VASTGESTELD,
                   Plan.next_evaluation < today)))
    actions = tuple(
        Overdue(worker or "geen regievoerder", number,
                "Actie: " + (what if len(what) <= 60 else what[:57] + "…"), due,
                (today - due).days)
        for worker, number, what, due in session.execute(
            select(User.full_name, Household.number, PlanAction.what, PlanAction.deadline)
            .join(Plan, Plan.id == PlanAction.plan_id)
            .join(Household, Household.id == Plan.household_id)
            .outerjoin(User, User.id == Household.regievoerder_id)
            .where(Household.team_id == team_id, PlanAction.status.in_(OPEN_ACTIONS),
                   or_(Plan.status == PlanStatusColumn.VASTGESTELD,
                       Plan.status == PlanStatusColumn.CONCEPT),
                   PlanAction.deadline < today)))
    return evaluations, actions
