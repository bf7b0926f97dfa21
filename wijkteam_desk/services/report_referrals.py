"""Verwijzingen (by kind of provision, op- en afschalen), hiaten and the doorpakbudget of
one team in a period (DESIGN §2.5). Categories only; never a question, note or purpose."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from wijkteam_desk.reports.figures import (
    REFERRAL_KINDS,
    BudgetMonth,
    Doorpakbudget,
    Gap,
    Period,
    ReferralKind,
    Verwijzingen,
)
from wijkteam_desk.services.report_trajecten import _bounds
from wijkteam_desk.store.models import (
    BudgetRequest,
    BudgetStatus,
    Household,
    InloopVisit,
    Location,
    Referral,
    ReferralOrigin,
    ReferralStatus,
    ServiceKind,
    SmService,
    SmTaxonomyTerm,
    User,
)
from wijkteam_desk.store.models import Gap as GapRow

KIND_LABELS = dict(zip(ServiceKind, REFERRAL_KINDS, strict=True))
UNKNOWN_AREA = "Onbekend"
OTHER_TOPIC = "Ander onderwerp"
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
STARTED = (ReferralStatus.GESTART, ReferralStatus.AFGEROND)


def _team_referrals(team_id: int):  # type: ignore[no-untyped-def]
    """Referrals of the team: through the household, or through the visit's location for
    a referral straight from the inloop without a household."""
    visit_of_team = select(InloopVisit.id).join(
        Location, Location.id == InloopVisit.location_id).where(Location.team_id == team_id)
    return or_(Household.team_id == team_id,
               (Referral.household_id.is_(None)) & (Referral.origin == ReferralOrigin.VISIT)
               & Referral.origin_id.in_(visit_of_team))


def referral_rows(session: Session, period: Period, team_id: int) -> list[tuple]:  # type: ignore[type-arg]
    """The team's referrals proposed in the period (id, household, day, status, kind of
    provision, service), read once per unit of work."""
    key = ("reports.referrals", period, team_id)
    if key not in session.info:
        session.info[key] = session.execute(
            select(Referral.id, Referral.household_id, Referral.proposed_on, Referral.status,
                   SmService.x_kind, Referral.service_id)
            .join(SmService, SmService.id == Referral.service_id)
            .outerjoin(Household, Household.id == Referral.household_id)
            .where(_team_referrals(team_id), Referral.proposed_on >= period.start,
                   Referral.proposed_on <= period.end)).all()
    return session.info[key]  # type: ignore[no-any-return]


def verwijzingen(session: Session, period: Period, team_id: int) -> Verwijzingen:
    rows = referral_rows(session, period, team_id)
    made: Counter[ServiceKind] = Counter()
    status: dict[ServiceKind, Counter[ReferralStatus]] = defaultdict(Counter)
    for _id, _household, _day, state, kind, _service in rows:
        made[kind] += 1
        status[kind][state] += 1
    by_kind = tuple(ReferralKind(
        KIND_LABELS[k], made[k], sum(status[k][s] for s in STARTED),
        status[k][ReferralStatus.AFGEROND], status[k][ReferralStatus.AFGEWEZEN],
        status[k][ReferralStatus.NIET_GESTART]) for k in ServiceKind)
    # Afschalen: to voorliggend or basisondersteuning after an earlier maatwerk referral.
    households = {h for _i, h, _d, _s, k, _sv in rows
                  if h is not None and k is not ServiceKind.MAATWERK}
    earliest_maatwerk: dict[int, date] = {}
    for household_id, day in session.execute(
            select(Referral.household_id, Referral.proposed_on)
            .join(SmService, SmService.id == Referral.service_id)
            .where(SmService.x_kind == ServiceKind.MAATWERK,
                   Referral.household_id.in_(sorted(households) or [-1]),
                   Referral.status.not_in((ReferralStatus.AFGEWEZEN,
                                           ReferralStatus.NIET_GESTART)))):
        if household_id not in earliest_maatwerk or day < earliest_maatwerk[household_id]:
            earliest_maatwerk[household_id] = day
    afschalen = sum(1 for _i, h, day, _s, k, _sv in rows
                    if k is not ServiceKind.MAATWERK and h in earliest_maatwerk
                    and earliest_maatwerk[h] < day)
    return Verwijzingen(by_kind, opschalen=made[ServiceKind.MAATWERK], afschalen=afschalen)


def hiaten(session: Session, period: Period, team_id: int) -> tuple[Gap, ...]:
    """Per wijk/dorp and topic. The topic is the sociale-kaart term; a freely typed topic
    counts as 'Ander onderwerp' so that no typed text reaches the gemeente."""
    rows = session.execute(
        select(GapRow.area, SmTaxonomyTerm.name)
        .outerjoin(SmTaxonomyTerm, SmTaxonomyTerm.id == GapRow.topic_id)
        .outerjoin(Household, Household.id == GapRow.household_id)
        .join(User, User.id == GapRow.recorded_by_id)
        .where(or_(Household.team_id == team_id,
                   (GapRow.household_id.is_(None)) & (User.team_id == team_id)),
               GapRow.recorded_on >= period.start, GapRow.recorded_on <= period.end)).all()
    counts = Counter((area.strip() or UNKNOWN_AREA, topic or OTHER_TOPIC)
                     for area, topic in rows)
    return tuple(Gap(area, topic, n) for (area, topic), n in sorted(counts.items()))


def doorpakbudget(session: Session, period: Period, team_id: int) -> Doorpakbudget:
    start, end = _bounds(period)
    from wijkteam_desk.services.report_trajecten import _local

    rows = session.execute(
        select(BudgetRequest.decided_at, BudgetRequest.amount_cents)
        .where(BudgetRequest.team_id == team_id,
               BudgetRequest.status == BudgetStatus.GOEDGEKEURD,
               BudgetRequest.decided_at >= start, BudgetRequest.decided_at < end)).all()
    grants: Counter[tuple[int, int]] = Counter()
    cents: Counter[tuple[int, int]] = Counter()
    for decided, amount in rows:
        day = _local(decided)
        grants[(day.year, day.month)] += 1
        cents[(day.year, day.month)] += amount
    months = []
    day = period.start.replace(day=1)
    while day <= period.end:
        months.append((day.year, day.month))
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    several_years = period.start.year != period.end.year
    return Doorpakbudget(tuple(
        BudgetMonth(f"{MONTHS[m - 1]} {y}" if several_years else MONTHS[m - 1],
                    grants[(y, m)], Decimal(cents[(y, m)]) / 100) for y, m in months))
