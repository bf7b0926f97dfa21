"""Live across PCs: two programs (two Database objects, two connection pools) on the same
PostgreSQL database, and two windows on one SQLite file."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from tests.conftest import TEST_KEY, ActorFactory, _services
from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.accounts import LocationInput
from wijkteam_desk.services.inloop_feed import ChangeFeed
from wijkteam_desk.services.inloop_types import VisitInput, VisitorTakenError
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import LocationKind, Role
from wijkteam_desk.wiring import Services


def _second_program(db: Database) -> Services:
    if db.is_sqlite:
        assert db.path is not None
        return _services(Database.open_sqlite(Path(db.path), TEST_KEY))
    return _services(Database.open_url(db.engine.url))


def _wait_for(feed: ChangeFeed, location: int, seconds: float) -> float | None:
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if location in feed.poll():
            return time.monotonic() - start
        time.sleep(0.02)
    return None


@pytest.mark.parametrize("database", [pytest.param("postgresql", marks=pytest.mark.postgresql),
                                      "sqlite"], indirect=True)
def test_a_visitor_registered_on_one_pc_appears_on_the_other(
        services: Services, make_actor: ActorFactory) -> None:
    location = services.accounts.create_location(
        make_actor.admin, LocationInput("Dorpskamer Test", LocationKind.DORPSKAMER,
                                        make_actor.team.id, "", "D")).id
    vera = make_actor(Role.VRIJWILLIGER)
    sietske = make_actor(Role.SOCIAAL_WERKER)
    other = _second_program(services.db)
    try:
        feed = other.inloop.change_feed()
        assert feed.listening is (not services.db.is_sqlite)
        assert feed.poll() == set()
        services.inloop.open_session(vera, location)
        assert _wait_for(feed, location, 2.0) is not None
        visit = services.inloop.register(vera, location, VisitInput("Financiën", "huur"))
        latency = _wait_for(feed, location, 2.0)
        assert latency is not None, "the other PC did not see the new visitor within 2 s"
        rows = other.inloop.board(sietske, location).rows
        assert [r.ticket for r in rows] == ["D-001"]
        assert feed.poll() == set()
        # both desks call the same visitor from the board they both show
        desk = other.inloop.list_desks(sietske, location)[0]
        second_desk = other.inloop.add_desk(make_actor.admin, location, "Spreekkamer")
        other.inloop.call(sietske, visit.visit_id, second_desk.id)
        with pytest.raises(VisitorTakenError) as info:
            services.inloop.call(vera, visit.visit_id, desk.id)
        assert "al geroepen" in info.value.message and "Spreekkamer" in info.value.message
        feed.poll()
        # without LISTEN (connection gone) the feed falls back to comparing sequences
        feed.close()
        assert not feed.listening
        services.inloop.register(vera, location, VisitInput("Huisvesting"))
        assert _wait_for(feed, location, 2.0) is not None
    finally:
        other.close()


@pytest.mark.postgresql
@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_two_desks_calling_at_the_same_moment_one_wins(
        services: Services, make_actor: ActorFactory) -> None:
    location = services.accounts.create_location(
        make_actor.admin, LocationInput("Buurtkamer Race", LocationKind.BUURTKAMER,
                                        make_actor.team.id, "", "R")).id
    vera = make_actor(Role.VRIJWILLIGER)
    sietske = make_actor(Role.SOCIAAL_WERKER)
    services.inloop.open_session(vera, location)
    one = services.inloop.list_desks(vera, location)[0]
    two = services.inloop.add_desk(make_actor.admin, location, "Balie 2")
    other = _second_program(services.db)
    try:
        for _round in range(5):
            visit = services.inloop.register(vera, location, VisitInput("Huisvesting"))
            barrier = threading.Barrier(2)
            outcomes: list[str] = []

            def call(svc: Services, actor: object, desk: int, visit: object = visit,
                     barrier: threading.Barrier = barrier,
                     outcomes: list[str] = outcomes) -> None:
                barrier.wait()
                try:
                    svc.inloop.call(actor, visit.visit_id, desk)
                    outcomes.append("won")
                except KnownError as error:
                    assert isinstance(error, VisitorTakenError)
                    outcomes.append("refused")

            threads = [threading.Thread(target=call, args=(services, vera, one.id)),
                       threading.Thread(target=call, args=(other, sietske, two.id))]
            for t in threads:
                t.start()
            for t in threads:
                t.join(10)
            assert sorted(outcomes) == ["refused", "won"]
    finally:
        other.close()
