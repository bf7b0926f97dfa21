"""Trajecten of one team in a period: counts, contact intensity, doorlooptijden and
afsluitredenen (DESIGN §2.5)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from wijkteam_desk.reports.figures import (
    CEILING_HOURS_PER_MONTH,
    DURATION_LABELS,
    Duration,
    Item,
    Period,
    Stat,
    Trajecten,
    describe,
)
from wijkteam_desk.services.household_labels import CLOSING_CATEGORY
from wijkteam_desk.services.inloop_types import LOCAL
from wijkteam_desk.store.models import (
    ClosingCategory,
    Contact,
    Household,
    HouseholdStatus,
    HouseholdStatusChange,
    Signal,
)

# Reported by the label of the standard afsluitreden stored with each closing; the typed
# toelichting never reaches the gemeente: it might name a resident.
OTHER_REASON = CLOSING_CATEGORY[ClosingCategory.ANDERS]
# Closed because the resident declined or could not be reached (vroegsignalering).
DECLINED = frozenset({ClosingCategory.WIL_NIET, ClosingCategory.GEEN_CONTACT})
BANDS = ("minder dan 2", "2 tot 4", "4 tot en met 8", f"meer dan {CEILING_HOURS_PER_MONTH}")
ACTIVE = (HouseholdStatus.ACTIEF, HouseholdStatus.HEROPEND, HouseholdStatus.AFGESLOTEN)


def _bounds(period: Period) -> tuple[datetime, datetime]:
    start = datetime.combine(period.start, time(0), LOCAL).astimezone(UTC)
    end = datetime.combine(period.end + timedelta(days=1), time(0), LOCAL).astimezone(UTC)
    return start, end


def _local(moment: datetime) -> date:
    return moment.astimezone(LOCAL).date()


def category_label(category: ClosingCategory | None) -> str:
    """The report label of a stored category; none chosen counts as 'Andere reden'."""
    return CLOSING_CATEGORY[category] if category else OTHER_REASON


def band(hours_per_month: float) -> str:
    if hours_per_month < 2:
        return BANDS[0]
    if hours_per_month < 4:
        return BANDS[1]
    if hours_per_month <= CEILING_HOURS_PER_MONTH:
        return BANDS[2]
    return BANDS[3]


def period_contacts(session: Session, period: Period, team_id: int) -> list[Any]:
    """The team's contact moments in the period (household, at, worker, second worker,
    minutes, leefgebieden), read once per unit of work: several figures need them. The
    range on Contact.at lets the database use ix_contact_at."""
    key = ("reports.period_contacts", period, team_id)
    if key not in session.info:
        start, end = _bounds(period)
        session.info[key] = session.execute(
            select(Contact.household_id, Contact.at, Contact.worker_id,
                   Contact.second_worker_id, Contact.duration_minutes, Contact.leefgebieden)
            .join(Household, Household.id == Contact.household_id)
            .where(Household.team_id == team_id, Contact.at >= start, Contact.at < end)).all()
    return session.info[key]  # type: ignore[no-any-return]


def chunks(ids: Iterable[int], size: int = 5000) -> Iterator[list[int]]:
    """IN lists in pieces that every database accepts."""
    ordered = sorted(ids)
    for i in range(0, len(ordered), size):
        yield ordered[i:i + size]


def contact_hours(session: Session, period: Period, team_id: int) -> dict[int, float]:
    """Hours per household in the period; a contact with two workers counts twice."""
    hours: dict[int, float] = defaultdict(float)
    for household_id, _at, _worker, second, minutes, _lg in period_contacts(session, period,
                                                                            team_id):
        hours[household_id] += minutes * (2 if second else 1) / 60
    return hours


def running_households(session: Session, period: Period, team_id: int) -> set[int]:
    """Households whose traject ran on the last day of the period (see the Toelichting)."""
    key = ("reports.running", period, team_id)
    if key not in session.info:
        session.info[key] = set(session.scalars(select(Household.id).where(
            Household.team_id == team_id, Household.status.in_(ACTIVE),
            Household.start_date <= period.end,
            or_(Household.end_date.is_(None), Household.end_date > period.end))))
    return session.info[key]  # type: ignore[no-any-return]


def closures(session: Session, period: Period, team_id: int) -> list[tuple[int, date, str]]:
    """Households closed in the period (from the status history, so a later reopening
    does not erase it): household id, day of closing, afsluitreden label. The standard
    reason is the one stored with that closing in the history; history rows from before
    the standard reasons without a recognised reason count as "Andere reden"."""
    start, end = _bounds(period)
    rows = session.execute(
        select(HouseholdStatusChange.household_id, HouseholdStatusChange.at,
               HouseholdStatusChange.closing_category)
        .join(Household, Household.id == HouseholdStatusChange.household_id)
        .where(Household.team_id == team_id,
               HouseholdStatusChange.status == HouseholdStatus.AFGESLOTEN,
               HouseholdStatusChange.at >= start, HouseholdStatusChange.at < end)).all()
    return [(household_id, _local(at), category_label(category))
            for household_id, at, category in rows]


def _durations(session: Session, period: Period, team_id: int,
               closed: list[tuple[int, date, str]]) -> tuple[Duration, ...]:
    start, _end = _bounds(period)
    first_signal = (select(Signal.household_id, func.min(Signal.received_on).label("day"))
                    .where(Signal.household_id.is_not(None), Signal.team_id == team_id)
                    .group_by(Signal.household_id).subquery())
    # First contacts in the period: the earliest contact in the period of households
    # that had none before it (an indexed look-up per household, not a full scan).
    first: dict[int, datetime] = {}
    for household_id, at, *_rest in period_contacts(session, period, team_id):
        if household_id not in first or at < first[household_id]:
            first[household_id] = at
    for ids in chunks(first):
        for earlier in session.scalars(select(Contact.household_id).distinct().where(
                Contact.household_id.in_(ids), Contact.at < start)):
            first.pop(earlier, None)
    signal_day: dict[int, date] = {}
    for ids in chunks(set(first) | {c[0] for c in closed}):
        signal_day.update(session.execute(
            select(first_signal.c.household_id, first_signal.c.day)
            .where(first_signal.c.household_id.in_(ids))).all())
    to_contact = [(_local(at) - signal_day[h]).days for h, at in first.items()
                  if h in signal_day and _local(at) >= signal_day[h]]
    to_close = [(day - signal_day[h]).days for h, day, _r in closed
                if h in signal_day and day >= signal_day[h]]
    return (Duration(DURATION_LABELS[0], describe(to_contact)),
            Duration(DURATION_LABELS[1], Stat(0), recorded=False),
            Duration(DURATION_LABELS[2], Stat(0), recorded=False),
            Duration(DURATION_LABELS[3], describe(to_close)))


def trajecten(session: Session, period: Period, team_id: int) -> Trajecten:
    start, end = _bounds(period)
    team = Household.team_id == team_id
    running = len(running_households(session, period, team_id))
    started = session.scalar(select(func.count(Household.id)).where(
        team, Household.start_date >= period.start, Household.start_date <= period.end)) or 0
    closed = closures(session, period, team_id)
    reopened = session.scalar(
        select(func.count(func.distinct(HouseholdStatusChange.household_id)))
        .join(Household, Household.id == HouseholdStatusChange.household_id)
        .where(and_(team, HouseholdStatusChange.status == HouseholdStatus.HEROPEND,
                    HouseholdStatusChange.at >= start, HouseholdStatusChange.at < end))) or 0
    hours = contact_hours(session, period, team_id)
    per_month = {h: total / period.months for h, total in hours.items()}
    bands = Counter(band(v) for v in per_month.values())
    reasons = Counter(r for _h, _d, r in closed)
    return Trajecten(
        active_at_end=running, started=started, closed=len(closed), reopened=reopened,
        households_with_contact=len(hours), contact_hours=round(sum(hours.values()), 2),
        intensity_bands=tuple(Item(b, bands[b]) for b in BANDS),
        above_ceiling=bands[BANDS[3]],
        durations=_durations(session, period, team_id, closed),
        closure_reasons=tuple(Item(r, reasons[r]) for r in CLOSING_CATEGORY.values()))
