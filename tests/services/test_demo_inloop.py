"""Demo inloop history: volume and daily patterns, on SQLite and PostgreSQL."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date

from sqlalchemy import func, select

from tests.conftest import ActorFactory
from wijkteam_desk.services import demo_inloop
from wijkteam_desk.services.accounts import LocationInput
from wijkteam_desk.services.inloop_types import LOCAL
from wijkteam_desk.store.models import InloopVisit, LocationKind, Role
from wijkteam_desk.wiring import Services


def test_demo_history_has_the_volume_and_the_rhythm_of_a_real_inloop(
        services: Services, make_actor: ActorFactory) -> None:
    for name, kind, prefix in (("Buurtkamer A", LocationKind.BUURTKAMER, "A"),
                               ("Dorpskamer B", LocationKind.DORPSKAMER, "D")):
        services.accounts.create_location(make_actor.admin, LocationInput(
            name, kind, make_actor.team.id, "", prefix))
    staff = [make_actor(Role.VRIJWILLIGER).user_id]
    with services.db.begin() as session:
        made = demo_inloop.fill(session, random.Random(3), households=200, staff=staff,
                                today=date(2026, 3, 2), years=2)
    assert 0.9 * 17 * 200 < made < 1.1 * 17 * 200
    with services.db.begin() as session:
        visits = session.execute(select(InloopVisit.arrived_at, InloopVisit.number,
                                        InloopVisit.ticket, InloopVisit.status)).all()
        days = session.scalar(select(func.count(func.distinct(InloopVisit.day))))
    assert len(visits) == made and days > 150
    local = [arrived.astimezone(LOCAL) for arrived, *_ in visits]
    weekdays = Counter(t.weekday() for t in local)
    assert weekdays[0] > weekdays[4] and 5 not in weekdays and 6 not in weekdays
    hours = Counter(t.hour for t in local)
    assert all(9 <= h < 20 for h in hours)
    assert sum(n for h, n in hours.items() if h < 12) > sum(n for h, n in hours.items()
                                                             if h >= 12)
    assert all(ticket.endswith(f"{number:03d}") for _a, number, ticket, _s in visits)
    assert Counter(s for *_r, s in visits)["vertrokken"] > 0
