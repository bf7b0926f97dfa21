"""Plain data of the inloopspreekuur: topics, rows handed to the UI, and its errors.

Nothing here is dossier data: a queue row carries what the front desk typed itself
(ticket, first name, topic, question) and at most *whether* a household matched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wijkteam_desk.errors import ConflictError, KnownError
from wijkteam_desk.i18n import msg
from wijkteam_desk.store.models import VisitOutcome, VisitStatus

# The 13 domains of the Zelfredzaamheid-Matrix (DESIGN §2.3). Fixed here until the
# beheerder can configure leefgebieden; stored by name on the visit.
LEEFGEBIEDEN: tuple[str, ...] = (
    "Financiën",
    "Werk & opleiding",
    "Tijdsbesteding",
    "Huisvesting",
    "Huiselijke relaties",
    "Geestelijke gezondheid",
    "Lichamelijke gezondheid",
    "Middelengebruik",
    "Basale ADL",
    "Instrumentele ADL",
    "Sociaal netwerk",
    "Maatschappelijke participatie",
    "Justitie",
)

STATUS_LABELS: dict[VisitStatus, str] = {
    VisitStatus.WACHTEND: msg("wachtend"),
    VisitStatus.GEROEPEN: msg("geroepen"),
    VisitStatus.IN_GESPREK: msg("in gesprek"),
    VisitStatus.AFGEROND: msg("afgerond"),
    VisitStatus.VERTROKKEN: msg("vertrokken"),
}

OUTCOME_LABELS: dict[VisitOutcome, str] = {
    VisitOutcome.DIRECT_BEANTWOORD: msg("Direct beantwoord / informatie"),
    VisitOutcome.DOORVERWEZEN: msg("Doorverwezen"),
    VisitOutcome.AFSPRAAK: msg("Afspraak gemaakt"),
    VisitOutcome.TERUGKOMEN: msg("Komt terug"),
    VisitOutcome.OVERGEDRAGEN: msg("Overgedragen aan het wijkteam"),
}

DAYPARTS: tuple[str, ...] = ("ochtend", "middag", "avond")

ACTIVE = (VisitStatus.WACHTEND, VisitStatus.GEROEPEN, VisitStatus.IN_GESPREK)


def _local_zone() -> tzinfo:
    try:
        return ZoneInfo("Europe/Amsterdam")
    except ZoneInfoNotFoundError:  # Windows without tzdata: the PC's own zone
        return datetime.now().astimezone().tzinfo or UTC


LOCAL = _local_zone()


def local_day(moment: datetime) -> date:
    return moment.astimezone(LOCAL).date()


def daypart(moment: datetime) -> str:
    """ochtend before 12:00, middag before 17:00, avond after (local time)."""
    hour = moment.astimezone(LOCAL).hour
    return "ochtend" if hour < 12 else "middag" if hour < 17 else "avond"


class VisitorTakenError(ConflictError):
    """Another desk called (or finished) this visitor first."""

    def __init__(self, ticket: str, desk: str = "", by: str = "") -> None:
        KnownError.__init__(
            self,
            msg("Bezoeker {ticket} is al geroepen door een andere balie ({desk}, {by}). "
                "Kies een andere bezoeker.").format(ticket=ticket, desk=desk or "?",
                                                    by=by or "?"),
        )
        self.ticket = ticket
        self.desk = desk


class VisitStateError(KnownError):
    """The action does not fit the visitor's current status (e.g. finishing a waiting one)."""

    def __init__(self, ticket: str, status: VisitStatus) -> None:
        super().__init__(
            msg("Dat kan niet: bezoeker {ticket} is nu '{status}'.").format(
                ticket=ticket, status=STATUS_LABELS[status]))
        self.status = status


class NoSessionError(KnownError):
    def __init__(self) -> None:
        super().__init__(msg("Er is geen geopend spreekuur op deze locatie. "
                             "Open eerst het spreekuur."))


@dataclass(frozen=True)
class DeskInfo:
    id: int
    location_id: int
    name: str


@dataclass(frozen=True)
class SessionInfo:
    id: int
    location_id: int
    location_name: str
    ticket_prefix: str
    day: date
    opened_at: datetime
    closed_at: datetime | None
    staff: tuple[str, ...]
    professionals_on_duty: tuple[str, ...]

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class VisitInput:
    topic: str
    question: str = ""
    first_name: str = ""
    spoed: bool = False


@dataclass(frozen=True)
class QueueRow:
    """One visitor on the board. ``waiting_seconds(now)`` needs no database."""

    visit_id: int
    ticket: str
    first_name: str
    topic: str
    question: str
    spoed: bool
    status: VisitStatus
    arrived_at: datetime
    called_at: datetime | None
    desk_name: str
    called_by_name: str
    call_count: int
    household_match: bool
    version: int

    def waiting_seconds(self, now: datetime) -> int:
        """Seconds since arrival until now (still waiting) or until first called."""
        end = now if self.status is VisitStatus.WACHTEND or self.called_at is None \
            else self.called_at
        return max(0, int((end - self.arrived_at).total_seconds()))


@dataclass(frozen=True)
class QueueBoard:
    location_id: int
    session: SessionInfo | None
    rows: tuple[QueueRow, ...]
    finished_today: int
    no_shows_today: int
    seq: int
    fetched_at: datetime

    @property
    def waiting(self) -> tuple[QueueRow, ...]:
        return tuple(r for r in self.rows if r.status is VisitStatus.WACHTEND)


@dataclass(frozen=True)
class CalledTicket:
    """What the waiting-room display shows: a number and a desk, never a name."""

    ticket: str
    desk_name: str
    called_at: datetime
    call_count: int


@dataclass(frozen=True)
class Outcome:
    kind: VisitOutcome
    topic: str = ""          # direct beantwoord: which leefgebied the answer was about
    note: str = ""
    service_id: str | None = None   # doorverwezen: the sociale-kaart service (HSDS id)


@dataclass(frozen=True)
class FinishResult:
    visit_id: int
    ticket: str
    outcome: VisitOutcome
    referral_id: int | None = None
    signal_id: int | None = None
    wegwijzer: bytes | None = field(default=None, repr=False)
