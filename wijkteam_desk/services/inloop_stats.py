"""Inloop statistics per day and period, and the printable day overview (DESIGN §2.2).

Definitions (also printed under the day overview):
- waiting time: from registration until the visitor was first called;
- service time: from the start of the conversation (or the call, if "in gesprek" was
  skipped) until afgerond; visitors who left (vertrokken) have none;
- median: the middle value of the sorted times, the mean of the two middle ones for an
  even count;
- p90 (nearest rank): the value at position ceil(0.9 x n) of the times sorted ascending
  (1-based), so at least 90% of visitors waited no longer than it.
Aggregated only: no names, questions or household links.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from wijkteam_desk.errors import NotFoundError, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.inloop_types import (
    DAYPARTS,
    LEEFGEBIEDEN,
    OUTCOME_LABELS,
    daypart,
)
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import InloopVisit, Location, VisitOutcome, VisitStatus


def median(values: Sequence[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[mid])
    return (ordered[mid - 1] + ordered[mid]) / 2


def p90(values: Sequence[float]) -> float | None:
    """Nearest-rank 90th percentile: the ceil(0.9 n)-th smallest value."""
    if not values:
        return None
    ordered = sorted(values)
    return float(ordered[math.ceil(0.9 * len(ordered)) - 1])


@dataclass(frozen=True)
class Durations:
    count: int
    median_s: float | None
    p90_s: float | None

    @classmethod
    def of(cls, seconds: Sequence[float]) -> Durations:
        return cls(len(seconds), median(seconds), p90(seconds))


@dataclass(frozen=True)
class TicketLine:
    """One line of the day overview: a ticket number, never a name."""

    ticket: str
    arrived_at: datetime
    topic: str
    spoed: bool
    waited_s: int | None
    served_s: int | None
    result: str


@dataclass(frozen=True)
class InloopStats:
    start: date
    end: date
    location_name: str
    visits: int
    spoed: int
    no_shows: int
    per_location: tuple[tuple[str, int], ...]
    per_daypart: tuple[tuple[str, int], ...]
    per_topic: tuple[tuple[str, int], ...]
    outcomes: tuple[tuple[str, int], ...]
    waiting: Durations
    service: Durations
    tickets: tuple[TicketLine, ...] = ()


class InloopStatsService:
    def __init__(self, db: Database, log: AuditLog,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._log = log
        self._clock = clock

    @operation("inloop.stats")
    def stats(self, actor: Actor, start: date, end: date,
              location_id: int | None = None) -> InloopStats:
        """Sociaal werker and teamleider: figures for the days start..end (inclusive),
        one location or all. Aggregated; no personal data."""
        return self._stats(start, end, location_id, with_tickets=False)

    @operation("inloop.day_report")
    def day_report(self, actor: Actor, location_id: int, day: date) -> bytes:
        """The day overview of one location as PDF (ticket numbers, no names). Audited
        as a print."""
        from wijkteam_desk.reports.inloop_day import build_day_pdf

        figures = self._stats(day, day, location_id, with_tickets=True)
        pdf = build_day_pdf(figures, self._clock())
        with self._db.begin() as session:
            self._log.append(session, actor, "inloop.day_report", "location", location_id,
                             day.isoformat())
        return pdf

    def _stats(self, start: date, end: date, location_id: int | None, *,
               with_tickets: bool) -> InloopStats:
        if end < start:
            raise ValidationError(msg("De einddatum ligt voor de begindatum."), field="end")
        with self._db.begin() as session:
            names = dict(session.execute(select(Location.id, Location.name)).all())
            if location_id is not None and location_id not in names:
                raise NotFoundError()
            query = select(
                InloopVisit.location_id, InloopVisit.ticket, InloopVisit.arrived_at,
                InloopVisit.first_called_at, InloopVisit.started_at,
                InloopVisit.finished_at, InloopVisit.topic, InloopVisit.status,
                InloopVisit.outcome, InloopVisit.spoed,
            ).where(InloopVisit.day >= start, InloopVisit.day <= end)
            if location_id is not None:
                query = query.where(InloopVisit.location_id == location_id)
            rows = session.execute(query.order_by(InloopVisit.arrived_at,
                                                  InloopVisit.id)).all()
        per_location: Counter[str] = Counter()
        per_daypart: Counter[str] = Counter()
        per_topic: Counter[str] = Counter()
        outcomes: Counter[VisitOutcome] = Counter()
        waited: list[float] = []
        served: list[float] = []
        tickets: list[TicketLine] = []
        no_shows = spoed = 0
        for loc, ticket, arrived, called, started, finished, topic, status, outcome, urgent \
                in rows:
            per_location[names.get(loc, "?")] += 1
            per_daypart[daypart(arrived)] += 1
            per_topic[topic] += 1
            spoed += bool(urgent)
            wait = (called - arrived).total_seconds() if called else None
            serve = None
            if wait is not None:
                waited.append(wait)
            if status is VisitStatus.VERTROKKEN:
                no_shows += 1
            if status is VisitStatus.AFGEROND and finished is not None:
                serve = (finished - (started or called or finished)).total_seconds()
                served.append(serve)
            if outcome is not None:
                outcomes[outcome] += 1
            if with_tickets:
                result = (OUTCOME_LABELS[outcome] if outcome is not None
                          else msg("vertrokken") if status is VisitStatus.VERTROKKEN
                          else msg("nog bezig"))
                tickets.append(TicketLine(
                    ticket, arrived, topic, bool(urgent),
                    None if wait is None else int(wait),
                    None if serve is None else int(serve), result))
        topic_order = {t: i for i, t in enumerate(LEEFGEBIEDEN)}
        return InloopStats(
            start=start, end=end,
            location_name=names[location_id] if location_id is not None
            else msg("alle locaties"),
            visits=len(rows), spoed=spoed, no_shows=no_shows,
            per_location=tuple(sorted(per_location.items())),
            per_daypart=tuple((d, per_daypart[d]) for d in DAYPARTS),
            per_topic=tuple(sorted(per_topic.items(),
                                   key=lambda kv: topic_order.get(kv[0], 99))),
            outcomes=tuple((OUTCOME_LABELS[o], outcomes[o]) for o in VisitOutcome),
            waiting=Durations.of(waited), service=Durations.of(served),
            tickets=tuple(tickets),
        )
