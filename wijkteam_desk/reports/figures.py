"""The figures of the kwartaalrapportage and the teamleider overview, as plain data.

``services/reports.py`` computes these from the database; the builders in this package
lay them out. Every count here is the true, unsuppressed number: suppression of small
numbers happens in one place, :mod:`wijkteam_desk.reports.suppression`, when the figures
are laid out as tables.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from wijkteam_desk.errors import ValidationError
from wijkteam_desk.i18n import msg

FIRST_YEAR, LAST_YEAR = 2000, 2100
DEFAULT_THRESHOLD = 5
CEILING_HOURS_PER_MONTH = 8  # the ceiling of basisondersteuning (DESIGN §2.5)

# The four doorlooptijden, in this order, as Trajecten.durations labels them.
DURATION_LABELS = ("Signaal tot eerste contact", "Eerste contact tot plan vastgesteld",
                   "Plan vastgesteld tot afsluiting", "Signaal tot afsluiting")
GOAL_LABELS = ("Behaald", "Deels behaald", "Niet behaald", "Vervallen")
REFERRAL_KINDS = ("Voorliggend", "Basisondersteuning", "Maatwerk")


@dataclass(frozen=True)
class Period:
    """A reporting period; ``end`` is inclusive."""

    start: date
    end: date
    label: str

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
            raise ValidationError(msg("Kies een jaar tussen 2000 en 2100."), field="year")
        if quarter not in (1, 2, 3, 4):
            raise ValidationError(msg("Het kwartaal moet 1, 2, 3 of 4 zijn."), field="quarter")
        start = date(year, 3 * quarter - 2, 1)
        next_start = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
        return cls(start, next_start - timedelta(days=1), f"{year} kwartaal {quarter}")

    @classmethod
    def custom(cls, start: date, end: date) -> Period:
        if end < start:
            raise ValidationError(msg("De einddatum ligt vóór de begindatum."), field="end")
        if not (FIRST_YEAR <= start.year and end.year <= LAST_YEAR):
            raise ValidationError(msg("Kies data tussen 2000 en 2100."), field="start")
        label = f"{start.day}-{start.month}-{start.year} t/m {end.day}-{end.month}-{end.year}"
        return cls(start, end, label)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def months(self) -> float:
        """Length in months (a quarter is 3.0), used for hours per month."""
        return round(self.days / (365.25 / 12), 2) if not self.is_quarter else 3.0

    @property
    def is_quarter(self) -> bool:
        return (self.start.day == 1 and self.start.month in (1, 4, 7, 10)
                and self.end == Period.quarter(self.start.year,
                                               (self.start.month + 2) // 3).end)


@dataclass(frozen=True)
class ReportMeta:
    team_name: str
    period: Period
    generated_on: date
    threshold: int = DEFAULT_THRESHOLD


@dataclass(frozen=True)
class Item:
    """One category of a breakdown: a label and a count."""

    label: str
    count: int


@dataclass(frozen=True)
class Stat:
    """Median and 90th percentile of a group of ``n`` values (days, minutes)."""

    n: int
    median: float | None = None
    p90: float | None = None


def describe(values: Iterable[float]) -> Stat:
    """Median (the mean of the two middle values for an even count) and p90 by nearest
    rank: the ceil(0.9 n)-th smallest value, as on the inloop statistics screen."""
    data = sorted(values)
    if not data:
        return Stat(0)
    p90 = data[math.ceil(0.9 * len(data)) - 1]
    return Stat(len(data), float(statistics.median(data)), float(p90))


@dataclass(frozen=True)
class Duration:
    label: str
    stat: Stat
    recorded: bool = True  # False: a step this version does not register (yet)


@dataclass(frozen=True)
class Reach:
    households: int = 0
    persons: int = 0


@dataclass(frozen=True)
class Instroom:
    by_source: tuple[Item, ...] = ()
    by_area: tuple[Item, ...] = ()
    by_outcome: tuple[Item, ...] = ()

    @property
    def total(self) -> int:
        return sum(i.count for i in self.by_source)


@dataclass(frozen=True)
class Inloop:
    visits: int = 0
    by_location: tuple[Item, ...] = ()
    by_daypart: tuple[Item, ...] = ()
    by_topic: tuple[Item, ...] = ()
    by_outcome: tuple[Item, ...] = ()
    by_month: tuple[Item, ...] = ()
    waiting_minutes: Stat = Stat(0)
    service_minutes: Stat = Stat(0)


@dataclass(frozen=True)
class Trajecten:
    active_at_end: int = 0
    started: int = 0
    closed: int = 0
    reopened: int = 0
    households_with_contact: int = 0
    contact_hours: float = 0.0
    intensity_bands: tuple[Item, ...] = ()
    above_ceiling: int = 0
    durations: tuple[Duration, ...] = ()
    closure_reasons: tuple[Item, ...] = ()

    @property
    def hours_per_household(self) -> float | None:
        if not self.households_with_contact:
            return None
        return self.contact_hours / self.households_with_contact


@dataclass(frozen=True)
class ReferralKind:
    """Referrals made in the period to one kind of provision, by their current status."""

    label: str
    referrals: int = 0
    started: int = 0
    completed: int = 0
    rejected: int = 0
    not_started: int = 0


@dataclass(frozen=True)
class Verwijzingen:
    by_kind: tuple[ReferralKind, ...] = ()
    opschalen: int = 0
    afschalen: int = 0


@dataclass(frozen=True)
class LeefgebiedChange:
    """Households with at least two scores on one leefgebied: first and last score."""

    leefgebied: str
    n: int
    mean_first: float | None = None
    mean_last: float | None = None
    improved: int = 0
    same: int = 0
    worse: int = 0

    @property
    def mean_change(self) -> float | None:
        if self.mean_first is None or self.mean_last is None:
            return None
        return self.mean_last - self.mean_first


@dataclass(frozen=True)
class Plannen:
    active_households: int = 0
    with_vastgesteld_plan: int = 0
    plans_vastgesteld: int = 0
    evaluations: int = 0
    goal_results: tuple[Item, ...] = ()
    leefgebieden: tuple[LeefgebiedChange, ...] = ()

    @property
    def goals_evaluated(self) -> int:
        return sum(i.count for i in self.goal_results)

    @property
    def goals_achieved(self) -> int:
        return sum(i.count for i in self.goal_results if i.label == GOAL_LABELS[0])


@dataclass(frozen=True)
class Vroegsignalering:
    meldingen: int = 0
    contact: int = 0
    traject: int = 0
    afgewezen: int = 0


@dataclass(frozen=True)
class SubdomainFigures:
    """One subdomain in the period. ``contact_households``: the households whose contact
    hours make up ``contact_hours`` (the group the hours are computed over)."""

    label: str
    households: int = 0
    signals: int = 0
    referrals: int = 0
    maatwerk: int = 0
    contact_hours: float = 0.0
    contact_households: int = 0


@dataclass(frozen=True)
class Subdomeinen:
    """The four subdomains (jeugd, Wmo, participatie, schulden), and the new signals of the period
    without a subdomain (so the reader sees how complete the registration is)."""

    by_subdomain: tuple[SubdomainFigures, ...] = ()
    signals_not_recorded: int = 0

    @property
    def signals(self) -> int:
        return sum(d.signals for d in self.by_subdomain) + self.signals_not_recorded


@dataclass(frozen=True)
class Gap:
    area: str
    topic: str
    count: int


@dataclass(frozen=True)
class BudgetMonth:
    label: str
    grants: int
    amount: Decimal


@dataclass(frozen=True)
class Doorpakbudget:
    by_month: tuple[BudgetMonth, ...] = ()

    @property
    def grants(self) -> int:
        return sum(m.grants for m in self.by_month)

    @property
    def amount(self) -> Decimal:
        return sum((m.amount for m in self.by_month), Decimal("0"))


SECTIONS = ("bereik", "instroom", "inloop", "trajecten", "verwijzingen", "plannen",
            "vroegsignalering", "subdomeinen", "hiaten", "doorpakbudget")


@dataclass(frozen=True)
class QuarterlyFigures:
    meta: ReportMeta
    reach: Reach = Reach()
    instroom: Instroom = Instroom()
    inloop: Inloop = Inloop()
    trajecten: Trajecten = Trajecten()
    verwijzingen: Verwijzingen = Verwijzingen()
    plannen: Plannen = Plannen()
    vroegsignalering: Vroegsignalering = Vroegsignalering()
    subdomeinen: Subdomeinen = Subdomeinen()
    hiaten: tuple[Gap, ...] = ()
    doorpakbudget: Doorpakbudget = Doorpakbudget()
    # Sections whose source is not registered (yet) by this version of the program:
    # the report says so instead of showing zeros.
    missing: frozenset[str] = field(default_factory=frozenset)


# -- teamleider overview (internal, vertrouwelijk) --------------------------------------

@dataclass(frozen=True)
class Caseload:
    worker: str
    active: int = 0
    aangemeld: int = 0
    contact_hours: float = 0.0
    above_ceiling: int = 0


@dataclass(frozen=True)
class OpenSignal:
    reference: str
    source: str
    area: str
    received: date
    age_days: int
    assigned_to: str = ""


@dataclass(frozen=True)
class Overdue:
    """An evaluation or action past its date. ``reference`` is the household number."""

    worker: str
    reference: str
    what: str
    due: date
    days_overdue: int


@dataclass(frozen=True)
class TeamOverview:
    quarterly: QuarterlyFigures
    caseload: tuple[Caseload, ...] = ()
    open_signals: tuple[OpenSignal, ...] = ()
    overdue_evaluations: tuple[Overdue, ...] = ()
    overdue_actions: tuple[Overdue, ...] = ()
    inloop_by_week: tuple[Item, ...] = ()
    follow_up_days: int = 14
    missing: frozenset[str] = field(default_factory=frozenset)

    @property
    def meta(self) -> ReportMeta:
        return self.quarterly.meta
