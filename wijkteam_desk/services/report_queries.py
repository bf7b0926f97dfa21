"""The queries behind the reports: counting figures from the day-to-day tables.

Each section has its own function; all are scoped to one team (households, signals and
locations carry a team). A section whose source is not registered in this version of the
program is reported as missing, never as zeros. Labels only: no names, addresses, dates
of birth or free text of residents leave this module.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wijkteam_desk.reports.figures import (
    Inloop,
    Instroom,
    Item,
    Period,
    QuarterlyFigures,
    Reach,
    ReportMeta,
    TeamOverview,
    Vroegsignalering,
    describe,
)
from wijkteam_desk.services.inloop_types import DAYPARTS, LEEFGEBIEDEN, LOCAL, OUTCOME_LABELS
from wijkteam_desk.services.inloop_types import daypart as visit_daypart
from wijkteam_desk.services.report_plans import plan_durations, plannen
from wijkteam_desk.services.report_referrals import doorpakbudget, hiaten, verwijzingen
from wijkteam_desk.services.report_subdomains import subdomeinen
from wijkteam_desk.services.report_trajecten import (
    DECLINED,
    chunks,
    closures,
    period_contacts,
    trajecten,
)
from wijkteam_desk.store.models import (
    Contact,
    Household,
    HouseholdStatus,
    InloopVisit,
    Location,
    Member,
    Signal,
    SignalSource,
    SignalStatus,
    VisitOutcome,
    VisitStatus,
)

# Sections whose source is not registered in this version (none since subdomains are
# recorded on signals and leefgebieden).
NOT_RECORDED: frozenset[str] = frozenset()
UNKNOWN_AREA = "Onbekend (nog geen huishouden)"
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")

SOURCE_LABELS: dict[SignalSource, str] = {
    SignalSource.INLOOP: "Inloop",
    SignalSource.EIGEN_WAARNEMING: "Eigen waarneming",
    SignalSource.ZELFMELDER: "Zelfmelder",
    SignalSource.WONINGCORPORATIE: "Woningcorporatie",
    SignalSource.HUISARTS: "Huisarts",
    SignalSource.WIJKAGENT: "Wijkagent",
    SignalSource.SCHOOL: "School",
    SignalSource.GEMEENTE: "Gemeente",
    SignalSource.VROEGSIGNALERING_SCHULDEN: "Vroegsignalering schulden",
    SignalSource.LAATSIGNALERING_ENERGIE: "Laatsignalering gas/stroom",
    SignalSource.OUTREACH: "Outreach (eropaf)",
}
TRIAGE_LABELS: dict[SignalStatus, str] = {
    SignalStatus.AFGEHANDELD: "Advies/afgehandeld",
    SignalStatus.VERWEZEN: "Voorliggende voorziening",
    SignalStatus.GEKOPPELD: "Huishouden (nieuw of bestaand)",
    SignalStatus.NIEUW: "Nog niet afgehandeld",
}


def bounds(period: Period) -> tuple[datetime, datetime]:
    """The period as UTC moments: local midnight of the first day up to (not including)
    local midnight after the last day."""
    start = datetime.combine(period.start, time(0), LOCAL).astimezone(UTC)
    end = datetime.combine(period.end + timedelta(days=1), time(0), LOCAL).astimezone(UTC)
    return start, end


def local_date(moment: datetime) -> date:
    return moment.astimezone(LOCAL).date()


def _area_items(counter: Counter[str]) -> tuple[Item, ...]:
    known = sorted(a for a in counter if a != UNKNOWN_AREA)
    order = known + ([UNKNOWN_AREA] if UNKNOWN_AREA in counter else [])
    return tuple(Item(a, counter[a]) for a in order)


def reach(session: Session, period: Period, team_id: int) -> Reach:
    reached = {row[0] for row in period_contacts(session, period, team_id)}
    reached |= set(session.scalars(select(Signal.household_id).where(
        Signal.team_id == team_id, Signal.household_id.is_not(None),
        Signal.received_on >= period.start, Signal.received_on <= period.end)))
    persons = 0
    for ids in chunks(reached):
        persons += session.scalar(select(func.count(Member.id)).where(
            Member.household_id.in_(ids))) or 0
    return Reach(len(reached), persons)


def instroom(session: Session, period: Period, team_id: int) -> Instroom:
    rows = session.execute(
        select(Signal.source, Signal.status, Household.area)
        .outerjoin(Household, Household.id == Signal.household_id)
        .where(Signal.team_id == team_id, Signal.received_on >= period.start,
               Signal.received_on <= period.end)).all()
    sources = Counter(r[0] for r in rows)
    statuses = Counter(r[1] for r in rows)
    areas = Counter((r[2] or UNKNOWN_AREA) if r[2] is not None else UNKNOWN_AREA
                    for r in rows)
    return Instroom(
        by_source=tuple(Item(label, sources[s]) for s, label in SOURCE_LABELS.items()),
        by_area=_area_items(areas),
        by_outcome=tuple(Item(label, statuses[s]) for s, label in TRIAGE_LABELS.items()))


def inloop(session: Session, period: Period, team_id: int) -> Inloop:
    names = dict(session.execute(select(Location.id, Location.name)
                                 .where(Location.team_id == team_id)).all())
    rows = session.execute(
        select(InloopVisit.location_id, InloopVisit.arrived_at, InloopVisit.first_called_at,
               InloopVisit.started_at, InloopVisit.finished_at, InloopVisit.topic,
               InloopVisit.status, InloopVisit.outcome, InloopVisit.day)
        .where(InloopVisit.location_id.in_(list(names) or [-1]),
               InloopVisit.day >= period.start, InloopVisit.day <= period.end)).all()
    locations: Counter[str] = Counter()
    dayparts: Counter[str] = Counter()
    topics: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    months: Counter[tuple[int, int]] = Counter()
    waited: list[float] = []
    served: list[float] = []
    for loc, arrived, called, started, finished, topic, status, outcome, day in rows:
        locations[names[loc]] += 1
        dayparts[visit_daypart(arrived)] += 1
        topics[topic] += 1
        months[(day.year, day.month)] += 1
        if outcome is not None:
            outcomes[OUTCOME_LABELS[outcome]] += 1
        elif status is VisitStatus.VERTROKKEN:
            outcomes["Vertrokken zonder gesprek"] += 1
        else:
            outcomes["Geen uitkomst vastgelegd"] += 1
        if called is not None:
            waited.append((called - arrived).total_seconds() / 60)
        if status is VisitStatus.AFGEROND and finished is not None:
            served.append((finished - (started or called or finished)).total_seconds() / 60)
    topic_order = {t: i for i, t in enumerate(LEEFGEBIEDEN)}
    outcome_order = [OUTCOME_LABELS[o] for o in VisitOutcome] + [
        "Vertrokken zonder gesprek", "Geen uitkomst vastgelegd"]
    month_keys = []
    day = period.start.replace(day=1)
    while day <= period.end:
        month_keys.append((day.year, day.month))
        day = (day + timedelta(days=32)).replace(day=1)
    several_years = period.start.year != period.end.year
    return Inloop(
        visits=len(rows),
        by_location=tuple(Item(n, locations[n]) for n in sorted(names.values())),
        by_daypart=tuple(Item(d, dayparts[d]) for d in DAYPARTS),
        by_topic=tuple(Item(t, n) for t, n in sorted(
            topics.items(), key=lambda kv: (topic_order.get(kv[0], 99), kv[0]))),
        by_outcome=tuple(Item(o, outcomes[o]) for o in outcome_order
                         if outcomes[o] or o in OUTCOME_LABELS.values()),
        by_month=tuple(Item(f"{MONTHS[m - 1]} {y}" if several_years else MONTHS[m - 1],
                            months[(y, m)]) for y, m in month_keys),
        waiting_minutes=describe(round(w, 2) for w in waited),
        service_minutes=describe(round(s, 2) for s in served))


def vroegsignalering(session: Session, period: Period, team_id: int) -> Vroegsignalering:
    rows = session.execute(
        select(Signal.id, Signal.received_on, Signal.status, Household.id, Household.status,
               Household.closing_category)
        .outerjoin(Household, Household.id == Signal.household_id)
        .where(Signal.team_id == team_id,
               Signal.source == SignalSource.VROEGSIGNALERING_SCHULDEN,
               Signal.received_on >= period.start, Signal.received_on <= period.end)).all()
    contact = traject = declined = 0
    for _sid, received, status, household_id, h_status, category in rows:
        if household_id is None:
            declined += status is SignalStatus.AFGEHANDELD
            continue
        since = datetime.combine(received, time(0), LOCAL).astimezone(UTC)
        had_contact = session.scalar(select(func.count(Contact.id)).where(
            Contact.household_id == household_id, Contact.at >= since)) or 0
        contact += had_contact > 0
        traject += h_status is not HouseholdStatus.AANGEMELD and had_contact > 0
        declined += h_status is HouseholdStatus.AFGESLOTEN and category in DECLINED
    return Vroegsignalering(len(rows), contact, traject, declined)


def quarterly(session: Session, meta: ReportMeta, team_id: int) -> QuarterlyFigures:
    period = meta.period
    traject = trajecten(session, period, team_id)
    to_plan, plan_to_close = plan_durations(session, period, team_id,
                                            closures(session, period, team_id))
    traject = replace(traject, durations=(traject.durations[0], to_plan, plan_to_close,
                                          traject.durations[3]))
    return QuarterlyFigures(
        meta=meta,
        reach=reach(session, period, team_id),
        instroom=instroom(session, period, team_id),
        inloop=inloop(session, period, team_id),
        trajecten=traject,
        verwijzingen=verwijzingen(session, period, team_id),
        plannen=plannen(session, period, team_id),
        vroegsignalering=vroegsignalering(session, period, team_id),
        subdomeinen=subdomeinen(session, period, team_id),
        hiaten=hiaten(session, period, team_id),
        doorpakbudget=doorpakbudget(session, period, team_id),
        missing=NOT_RECORDED,
    )


def team_overview(session: Session, quarterly: QuarterlyFigures, team_id: int,
                  today: date) -> TeamOverview:
    from wijkteam_desk.services.report_team import team_overview as build

    return build(session, quarterly, team_id, today)
