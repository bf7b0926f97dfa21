"""Demo inloop history: ten years of spreekuren at the demo locations, about 17 visits
per demo household (DESIGN §4: ~250,000 visits for 15,000 households), with realistic
daily patterns: fixed opening hours per location, busier mornings and Mondays, a slow
summer, growth over the years, short waits and the occasional spoed or no-show.
Written in bulk straight to the store (see services/demo.py)."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from wijkteam_desk.services.inloop_types import LEEFGEBIEDEN, LOCAL
from wijkteam_desk.store.models import (
    InloopDesk,
    InloopSession,
    InloopVisit,
    Location,
    LocationKind,
    VisitOutcome,
    VisitStatus,
)

VISITS_PER_HOUSEHOLD = 17
YEARS = 10
CHUNK = 5000

# weekday (0 = Monday) -> spreekuur blocks (start hour, end hour), per kind of location
HOURS: dict[LocationKind, dict[int, tuple[tuple[int, int], ...]]] = {
    LocationKind.BUURTKAMER: {0: ((9, 12), (13, 16)), 1: ((9, 12),), 2: ((9, 12), (13, 16)),
                              3: ((9, 12), (18, 20)), 4: ((9, 12),)},
    LocationKind.DORPSKAMER: {1: ((9, 12),), 3: ((13, 16),)},
    LocationKind.KANTOOR: {0: ((9, 12),), 2: ((9, 12),), 3: ((18, 20),), 4: ((9, 12),)},
}
TOPIC_WEIGHTS = (30, 8, 4, 18, 7, 8, 5, 3, 2, 4, 6, 3, 2)
FIRST_NAMES = ("Anna", "Sietske", "Jan", "Pieter", "Fatima", "Mohamed", "Baukje", "Klaas",
               "Aukje", "Hendrik", "Ayşe", "Tjitske", "Sjoerd", "Nadia", "Wietske", "Douwe",
               "Marije", "Ahmed", "Gerrit", "Lisa", "Jelle", "Femke", "Yusuf", "Rixt")
QUESTIONS = {
    "Financiën": ("brief van de belastingdienst", "huurtoeslag aanvragen",
                  "achterstand energierekening", "hulp bij formulieren", "schulden"),
    "Huisvesting": ("lekkage, verhuurder reageert niet", "urgentie aanvragen",
                    "dreigende huisuitzetting", "woning te klein"),
    "Werk & opleiding": ("cv maken", "vraag over uitkering", "taalcursus zoeken"),
    "Huiselijke relaties": ("ruzie thuis", "zorgen om kind", "scheiding"),
}
OUTCOMES = ((VisitOutcome.DIRECT_BEANTWOORD, 45), (VisitOutcome.DOORVERWEZEN, 20),
            (VisitOutcome.AFSPRAAK, 12), (VisitOutcome.TERUGKOMEN, 10),
            (VisitOutcome.OVERGEDRAGEN, 13))


@dataclass(frozen=True)
class _Block:
    location_id: int
    prefix: str
    day: date
    start: int
    end: int
    weight: float


def _blocks(locations: list[Location], first: date, last: date) -> list[_Block]:
    blocks = []
    span = max((last - first).days, 1)
    day = first
    while day <= last:
        growth = 0.6 + 0.4 * (day - first).days / span
        summer = 0.6 if day.month in (7, 8) else 1.0
        monday = 1.4 if day.weekday() == 0 else 1.0
        for loc in locations:
            for start, end in HOURS[loc.kind].get(day.weekday(), ()):
                part = 1.3 if start < 12 else 0.7 if start >= 17 else 1.0
                blocks.append(_Block(loc.id, loc.ticket_prefix or "A", day, start, end,
                                     (end - start) * growth * summer * monday * part))
        day += timedelta(days=1)
    return blocks


def _poisson(rng: random.Random, mean: float) -> int:
    if mean > 30:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def fill(session: Session, rng: random.Random, *, households: int, staff: list[int],
         household_ids: Sequence[int] = (), today: date | None = None, years: int = YEARS,
         progress: Callable[[str], None] = lambda _t: None) -> int:
    """Insert the history up to yesterday; returns the number of visits. About a third
    of the visitors are linked to one of ``household_ids`` (a known household)."""
    locations = list(session.scalars(select(Location).order_by(Location.id)))
    if not locations or households <= 0:
        return 0
    today = today or datetime.now(LOCAL).date()
    target = VISITS_PER_HOUSEHOLD * households
    blocks = _blocks(locations, today.replace(year=today.year - years), today
                     - timedelta(days=1))
    per_weight = target / sum(b.weight for b in blocks)
    desks: dict[int, list[int]] = {}
    for loc in locations:
        ids = []
        for name in ("Balie 1", "Balie 2"):
            desk = InloopDesk(location_id=loc.id, name=name)
            session.add(desk)
            session.flush()
            ids.append(desk.id)
        desks[loc.id] = ids
    progress(f"Inloopgeschiedenis aanmaken (ongeveer {target} bezoeken)…")
    session_rows = []
    for b in blocks:
        opened = datetime.combine(b.day, time(b.start), LOCAL).astimezone(UTC)
        session_rows.append({"location_id": b.location_id, "day": b.day, "opened_at": opened,
                             "opened_by": rng.choice(staff),
                             "closed_at": opened + timedelta(hours=b.end - b.start),
                             "closed_by": rng.choice(staff), "version": 1})
    session_ids: list[int] = []
    for i in range(0, len(session_rows), CHUNK):
        session_ids += list(session.scalars(
            insert(InloopSession).returning(InloopSession.id, sort_by_parameter_order=True),
            session_rows[i:i + CHUNK]))
    numbers: dict[tuple[int, date], int] = {}
    visits: list[dict[str, object]] = []
    total = 0
    topics = list(LEEFGEBIEDEN)
    kinds, kind_weights = zip(*OUTCOMES, strict=True)
    for b, session_id in zip(blocks, session_ids, strict=True):
        count = _poisson(rng, b.weight * per_weight)
        minutes = (b.end - b.start) * 60
        # busier at the start of a block: arrivals skewed towards the opening hour
        arrivals = sorted(int(minutes * rng.random() ** 1.4) for _ in range(count))
        opened = datetime.combine(b.day, time(b.start), LOCAL).astimezone(UTC)
        for offset in arrivals:
            key = (b.location_id, b.day)
            numbers[key] = numbers.get(key, 0) + 1
            arrived = opened + timedelta(minutes=offset, seconds=rng.randrange(60))
            topic = rng.choices(topics, TOPIC_WEIGHTS)[0]
            spoed = rng.random() < 0.03
            wait = timedelta(seconds=int(rng.expovariate(1 / (120 if spoed else 540))))
            called = arrived + wait
            gone = rng.random() < 0.06
            never_called = gone and rng.random() < 0.5
            served = timedelta(seconds=int(rng.lognormvariate(math.log(720), 0.5)))
            outcome = None if gone else rng.choices(kinds, kind_weights)[0]
            visits.append({
                "session_id": session_id, "location_id": b.location_id, "day": b.day,
                "number": numbers[key], "ticket": f"{b.prefix}-{numbers[key]:03d}",
                "first_name": rng.choice(FIRST_NAMES) if rng.random() < 0.7 else "",
                "topic": topic, "question": rng.choice(QUESTIONS.get(topic, ("",))),
                "spoed": spoed, "arrived_at": arrived, "registered_by": rng.choice(staff),
                "first_called_at": None if never_called else called,
                "called_at": None if never_called else called,
                "called_by": None if never_called else rng.choice(staff),
                "desk_id": None if never_called else rng.choice(desks[b.location_id]),
                "call_count": 0 if never_called else 2 if gone else 1,
                "started_at": None if gone else called + timedelta(seconds=30),
                "finished_at": called + (timedelta(minutes=5) if gone else served),
                "finished_by": rng.choice(staff),
                "status": VisitStatus.VERTROKKEN if gone else VisitStatus.AFGEROND,
                "outcome": outcome,
                "outcome_topic": topic if outcome is VisitOutcome.DIRECT_BEANTWOORD else "",
                "outcome_note": "", "version": 1,
                "household_id": rng.choice(household_ids)
                if household_ids and rng.random() < 0.35 else None,
            })
            if len(visits) >= CHUNK:
                session.execute(insert(InloopVisit), visits)
                total += len(visits)
                visits = []
    if visits:
        session.execute(insert(InloopVisit), visits)
        total += len(visits)
    return total
