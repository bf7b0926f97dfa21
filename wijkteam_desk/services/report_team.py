"""The teamleider overview: caseload per regievoerder, open signals and their age, inloop
per week. Internal; worker names and household and signal numbers, never residents."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wijkteam_desk.reports.figures import (
    CEILING_HOURS_PER_MONTH,
    Caseload,
    Item,
    OpenSignal,
    QuarterlyFigures,
    TeamOverview,
)
from wijkteam_desk.services.report_plans import overdue
from wijkteam_desk.services.report_trajecten import contact_hours, period_contacts
from wijkteam_desk.services.settings_access import SIGNAL_FLAG_DAYS, int_setting
from wijkteam_desk.store.models import (
    Household,
    HouseholdStatus,
    InloopVisit,
    Location,
    Role,
    Signal,
    SignalStatus,
    User,
    UserRole,
)

NOT_RECORDED: frozenset[str] = frozenset()


def _caseload(session: Session, quarterly: QuarterlyFigures, team_id: int) -> tuple[Caseload, ...]:
    period = quarterly.meta.period
    workers = dict(session.execute(
        select(User.id, User.full_name).join(UserRole, UserRole.user_id == User.id)
        .where(User.team_id == team_id, User.active.is_(True),
               UserRole.role == Role.SOCIAAL_WERKER)).all())
    counts = session.execute(
        select(Household.regievoerder_id, Household.status, func.count(Household.id))
        .where(Household.team_id == team_id, Household.regievoerder_id.is_not(None),
               Household.status.in_((HouseholdStatus.AANGEMELD, HouseholdStatus.ACTIEF,
                                     HouseholdStatus.HEROPEND)))
        .group_by(Household.regievoerder_id, Household.status)).all()
    active: Counter[int] = Counter()
    aangemeld: Counter[int] = Counter()
    for worker, status, n in counts:
        workers.setdefault(worker, "")
        (aangemeld if status is HouseholdStatus.AANGEMELD else active)[worker] += n
    minutes: Counter[int] = Counter()
    for _household, _at, worker, second, duration, _lg in period_contacts(session, period,
                                                                         team_id):
        minutes[worker] += duration
        if second:
            minutes[second] += duration
    regie = dict(session.execute(select(Household.id, Household.regievoerder_id).where(
        Household.team_id == team_id, Household.regievoerder_id.is_not(None))).all())
    above: Counter[int] = Counter()
    for household_id, hours in contact_hours(session, period, team_id).items():
        if hours / period.months > CEILING_HOURS_PER_MONTH and household_id in regie:
            above[regie[household_id]] += 1
    missing_names = [w for w, name in workers.items() if not name]
    if missing_names:
        workers.update(session.execute(select(User.id, User.full_name)
                                       .where(User.id.in_(missing_names))).all())
    rows = [Caseload(name, active[w], aangemeld[w], round(minutes[w] / 60, 2), above[w])
            for w, name in workers.items()]
    return tuple(sorted(rows, key=lambda c: c.worker))


def _open_signals(session: Session, team_id: int, today: date) -> tuple[OpenSignal, ...]:
    from wijkteam_desk.services.report_queries import SOURCE_LABELS, UNKNOWN_AREA

    rows = session.execute(
        select(Signal.id, Signal.source, Signal.received_on, Household.area, User.full_name)
        .outerjoin(Household, Household.id == Signal.household_id)
        .outerjoin(User, User.id == Household.regievoerder_id)
        .where(Signal.team_id == team_id, Signal.status == SignalStatus.NIEUW)).all()
    return tuple(OpenSignal(f"S-{sid:06d}", SOURCE_LABELS[source], area or UNKNOWN_AREA,
                            received, (today - received).days, worker or "")
                 for sid, source, received, area, worker in rows)


def _inloop_by_week(session: Session, quarterly: QuarterlyFigures,
                    team_id: int) -> tuple[Item, ...]:
    period = quarterly.meta.period
    days = session.scalars(
        select(InloopVisit.day).join(Location, Location.id == InloopVisit.location_id)
        .where(Location.team_id == team_id, InloopVisit.day >= period.start,
               InloopVisit.day <= period.end)).all()
    per_week: dict[tuple[int, int], int] = defaultdict(int)
    for day in days:
        year, week, _weekday = day.isocalendar()
        per_week[(year, week)] += 1
    weeks = []
    day = period.start
    while day <= period.end:
        key = day.isocalendar()[:2]
        if key not in weeks:
            weeks.append(key)
        day += timedelta(days=1)
    return tuple(Item(f"week {w}", per_week[(y, w)]) for y, w in weeks)


def team_overview(session: Session, quarterly: QuarterlyFigures, team_id: int,
                  today: date) -> TeamOverview:
    evaluations, actions = overdue(session, team_id, today)
    return TeamOverview(
        quarterly=quarterly,
        caseload=_caseload(session, quarterly, team_id),
        open_signals=_open_signals(session, team_id, today),
        overdue_evaluations=evaluations,
        overdue_actions=actions,
        inloop_by_week=_inloop_by_week(session, quarterly, team_id),
        follow_up_days=int_setting(session, SIGNAL_FLAG_DAYS),
        missing=NOT_RECORDED,
    )
