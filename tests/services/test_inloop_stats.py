"""Inloop statistics on a known synthetic day, and the day overview PDF read back."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from tests.conftest import ActorFactory
from wijkteam_desk.errors import PermissionDenied
from wijkteam_desk.services.accounts import LocationInput
from wijkteam_desk.services.inloop_stats import median, p90
from wijkteam_desk.services.inloop_types import Outcome, VisitInput
from wijkteam_desk.store.models import LocationKind, Role, VisitOutcome
from wijkteam_desk.wiring import Services

DAY = date(2026, 3, 2)
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # 09:00 in Leeuwarden (CET)
WAITS_MIN = [2, 5, 7, 10, 12, 15, 20, 30, 45, 60]
SERVICE_MIN = [3, 4, 5, 6, 8, 10, 12, 15, 20, 40]


def test_median_and_nearest_rank_p90() -> None:
    assert median([]) is None and p90([]) is None
    assert median([5]) == 5 and p90([5]) == 5
    assert median([1, 3, 2]) == 2 and median([1, 2, 3, 10]) == 2.5
    # n=10: rank ceil(9.0)=9; n=11: rank ceil(9.9)=10; n=20: rank 18
    assert p90(list(range(1, 11))) == 9
    assert p90(list(range(1, 12))) == 10
    assert p90(list(range(1, 21))) == 18


@pytest.fixture
def synthetic_day(services: Services, make_actor: ActorFactory) -> tuple[int, Role]:
    location = services.accounts.create_location(
        make_actor.admin, LocationInput("Buurtkamer Stat", LocationKind.BUURTKAMER,
                                        make_actor.team.id, "", "S")).id
    now = {"t": START}
    services.inloop._clock = lambda: now["t"]
    vera = make_actor(Role.VRIJWILLIGER)
    services.inloop.open_session(vera, location)
    desk = services.inloop.list_desks(vera, location)[0]
    topics = ["Financiën"] * 6 + ["Huisvesting"] * 3 + ["Justitie"]
    visits = []
    for i, topic in enumerate(topics):
        # six in the morning, four after 12:00 local time
        now["t"] = START + timedelta(minutes=20 * i) + (timedelta(hours=2) if i >= 6
                                                         else timedelta())
        visits.append(services.inloop.register(vera, location, VisitInput(topic)))
    outcomes = [VisitOutcome.DIRECT_BEANTWOORD] * 5 + [VisitOutcome.AFSPRAAK] * 3 + [
        VisitOutcome.TERUGKOMEN, VisitOutcome.OVERGEDRAGEN]
    for visit, wait, serve, outcome in zip(visits, WAITS_MIN, SERVICE_MIN, outcomes,
                                           strict=True):
        now["t"] = visit.arrived_at + timedelta(minutes=wait)
        services.inloop.call(vera, visit.visit_id, desk.id)
        services.inloop.start(vera, visit.visit_id)
        now["t"] += timedelta(minutes=serve)
        services.inloop.finish(vera, visit.visit_id, Outcome(outcome))
    now["t"] = START + timedelta(hours=9)  # 18:00: an evening visitor who leaves
    gone = services.inloop.register(vera, location, VisitInput("Sociaal netwerk"))
    services.inloop.no_show(vera, gone.visit_id)
    return location, Role.TEAMLEIDER


def test_statistics_of_a_known_day(services: Services, make_actor: ActorFactory,
                                   synthetic_day: tuple[int, Role]) -> None:
    location, _ = synthetic_day
    leader = make_actor(Role.TEAMLEIDER)
    stats = services.inloop_stats.stats(leader, DAY, DAY, location)
    assert stats.visits == 11 and stats.no_shows == 1
    # waits 2..60 min: median (12+15)/2 = 13.5 min; p90 = 9th of 10 = 45 min
    assert stats.waiting.count == 10
    assert stats.waiting.median_s == 13.5 * 60
    assert stats.waiting.p90_s == 45 * 60
    # service 3..40 min: median (8+10)/2 = 9 min; p90 = 20 min
    assert stats.service.median_s == 9 * 60
    assert stats.service.p90_s == 20 * 60
    assert dict(stats.per_daypart) == {"ochtend": 6, "middag": 4, "avond": 1}
    assert dict(stats.per_topic) == {"Financiën": 6, "Huisvesting": 3, "Justitie": 1,
                                     "Sociaal netwerk": 1}
    assert dict(stats.outcomes)["Afspraak gemaakt"] == 3
    assert dict(stats.outcomes)["Overgedragen aan het wijkteam"] == 1
    assert dict(stats.outcomes)["Doorverwezen"] == 0
    assert dict(stats.per_location) == {"Buurtkamer Stat": 11}
    # a period around the day gives the same; the day before gives nothing
    assert services.inloop_stats.stats(leader, DAY - timedelta(days=7), DAY).visits == 11
    assert services.inloop_stats.stats(leader, DAY - timedelta(days=1),
                                       DAY - timedelta(days=1)).visits == 0


def test_the_day_overview_pdf(services: Services, make_actor: ActorFactory,
                              synthetic_day: tuple[int, Role]) -> None:
    location, _ = synthetic_day
    vera = make_actor(Role.VRIJWILLIGER)
    pdf = services.inloop_stats.day_report(vera, location, DAY)
    text = " ".join(" ".join(page.extract_text() for page in
                             PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Dagoverzicht inloopspreekuur – Buurtkamer Stat" in text
    assert "2 maart 2026" in text
    assert "Wachttijd 10 14 min 45 min" in text  # 13.5 min rounds to 14
    assert "S-001" in text and "S-011" in text
    with pytest.raises(PermissionDenied):
        services.inloop_stats.stats(vera, DAY, DAY)
    with pytest.raises(PermissionDenied):
        services.inloop_stats.day_report(make_actor.admin, location, DAY)
