"""The inloop queue at service level, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import ActorFactory
from wijkteam_desk.errors import PermissionDenied, ValidationError
from wijkteam_desk.services.accounts import LocationInput
from wijkteam_desk.services.inloop_types import (
    NoSessionError,
    Outcome,
    QueueRow,
    VisitInput,
    VisitorTakenError,
    VisitStateError,
)
from wijkteam_desk.store.models import LocationKind, Role, VisitOutcome, VisitStatus
from wijkteam_desk.wiring import Services


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def location(services: Services, make_actor: ActorFactory) -> int:
    return services.accounts.create_location(
        make_actor.admin, LocationInput("Buurtkamer Test", LocationKind.BUURTKAMER,
                                        make_actor.team.id, "", "B")).id


@pytest.fixture
def clock(services: Services) -> Clock:
    c = Clock(datetime(2026, 3, 2, 8, 30, tzinfo=UTC))  # a Monday, 09:30 in Leeuwarden
    services.inloop._clock = c
    return c


def test_register_gives_day_tickets_and_the_board_shows_waiting_time(
        services: Services, make_actor: ActorFactory, location: int, clock: Clock) -> None:
    vera = make_actor(Role.VRIJWILLIGER)
    with pytest.raises(NoSessionError):
        services.inloop.register(vera, location, VisitInput("Financiën"))
    opened = services.inloop.open_session(vera, location)
    assert opened.is_open and opened.staff == (vera.full_name,)
    first = services.inloop.register(vera, location, VisitInput(
        "Financiën", "  brief van  de belasting ", "Anna"))
    clock.advance(minutes=4)
    second = services.inloop.register(vera, location, VisitInput("Huisvesting"))
    assert (first.ticket, second.ticket) == ("B-001", "B-002")
    assert first.question == "brief van de belasting" and second.first_name == ""
    clock.advance(minutes=6)
    board = services.inloop.board(vera, location)
    assert [r.ticket for r in board.waiting] == ["B-001", "B-002"]
    assert [r.waiting_seconds(clock.now) for r in board.rows] == [600, 360]
    # the next day numbering starts again
    clock.advance(days=1)
    services.inloop.open_session(vera, location)
    assert services.inloop.register(vera, location, VisitInput("Justitie")).ticket == "B-001"


def test_register_refuses_bad_input(services: Services, make_actor: ActorFactory,
                                    location: int, clock: Clock) -> None:
    vera = make_actor(Role.VRIJWILLIGER)
    services.inloop.open_session(vera, location)
    with pytest.raises(ValidationError) as info:
        services.inloop.register(vera, location, VisitInput("Geld"))
    assert info.value.field == "topic"
    with pytest.raises(ValidationError):
        services.inloop.register(vera, location, VisitInput("Financiën", "x" * 301))
    assert services.inloop.board(vera, location).rows == ()


def test_call_next_takes_spoed_first_then_the_longest_waiting(
        services: Services, make_actor: ActorFactory, location: int, clock: Clock) -> None:
    vera = make_actor(Role.VRIJWILLIGER)
    services.inloop.open_session(vera, location)
    desk = services.inloop.list_desks(vera, location)[0]
    assert desk.name == "Balie 1"
    for topic, spoed in (("Financiën", False), ("Huisvesting", False), ("Justitie", True)):
        services.inloop.register(vera, location, VisitInput(topic, spoed=spoed))
        clock.advance(minutes=1)
    order = []
    for _ in range(3):
        order.append(services.inloop.call_next(vera, location, desk.id))
        clock.advance(seconds=20)
    assert [r.ticket for r in order if r] == ["B-003", "B-001", "B-002"]
    assert all(r and r.status is VisitStatus.GEROEPEN and r.desk_name == "Balie 1"
               for r in order)
    assert services.inloop.call_next(vera, location, desk.id) is None
    shown = services.inloop.display(vera, location)
    assert [(c.ticket, c.desk_name) for c in shown] == [
        ("B-002", "Balie 1"), ("B-001", "Balie 1"), ("B-003", "Balie 1")]
    assert not any(hasattr(c, "first_name") for c in shown)


def test_a_visitor_called_by_one_desk_is_refused_to_the_other(
        services: Services, make_actor: ActorFactory, location: int, clock: Clock) -> None:
    vera = make_actor(Role.VRIJWILLIGER)
    sietske = make_actor(Role.SOCIAAL_WERKER)
    services.inloop.open_session(vera, location)
    one = services.inloop.list_desks(vera, location)[0]
    two = services.inloop.add_desk(make_actor.admin, location, "Spreekkamer")
    visit = services.inloop.register(vera, location, VisitInput("Financiën"))
    services.inloop.call(vera, visit.visit_id, one.id)
    with pytest.raises(VisitorTakenError) as info:
        services.inloop.call(sietske, visit.visit_id, two.id)
    assert "B-001" in info.value.message and "Balie 1" in info.value.message
    row = services.inloop.board(vera, location).rows[0]
    assert (row.desk_name, row.called_by_name) == ("Balie 1", vera.full_name)


def test_the_whole_visit_and_the_state_rules(
        services: Services, make_actor: ActorFactory, location: int, clock: Clock) -> None:
    vera = make_actor(Role.VRIJWILLIGER)
    services.inloop.open_session(vera, location)
    desk = services.inloop.list_desks(vera, location)[0]
    visit = services.inloop.register(vera, location, VisitInput("Financiën", "toeslag"))
    with pytest.raises(VisitStateError):
        services.inloop.finish(vera, visit.visit_id,
                               Outcome(VisitOutcome.DIRECT_BEANTWOORD))
    clock.advance(minutes=3)
    services.inloop.call(vera, visit.visit_id, desk.id)
    clock.advance(minutes=1)
    recalled = services.inloop.recall(vera, visit.visit_id)
    assert recalled.call_count == 2
    services.inloop.start(vera, visit.visit_id)
    with pytest.raises(ValidationError):
        services.inloop.finish(vera, visit.visit_id, Outcome(VisitOutcome.DOORVERWEZEN))
    clock.advance(minutes=10)
    done = services.inloop.finish(vera, visit.visit_id,
                                  Outcome(VisitOutcome.DIRECT_BEANTWOORD, note="uitgelegd"))
    assert done.outcome is VisitOutcome.DIRECT_BEANTWOORD
    board = services.inloop.board(vera, location)
    assert board.rows == () and board.finished_today == 1
    # a no-show who comes back after all is called again
    other = services.inloop.register(vera, location, VisitInput("Justitie"))
    services.inloop.call(vera, other.visit_id, desk.id)
    services.inloop.no_show(vera, other.visit_id)
    assert services.inloop.board(vera, location).no_shows_today == 1
    back = services.inloop.recall(vera, other.visit_id, desk.id)
    assert back.status is VisitStatus.GEROEPEN


def test_closing_the_session_sends_the_waiting_home(
        services: Services, make_actor: ActorFactory, location: int, clock: Clock) -> None:
    vera = make_actor(Role.VRIJWILLIGER)
    opened = services.inloop.open_session(vera, location)
    sietske = make_actor(Role.SOCIAAL_WERKER)
    joined = services.inloop.open_session(sietske, location)
    assert joined.id == opened.id
    assert joined.professionals_on_duty == (sietske.full_name,)
    services.inloop.register(vera, location, VisitInput("Financiën"))
    services.inloop.close_session(vera, opened.id)
    board = services.inloop.board(vera, location)
    assert board.session is None and board.no_shows_today == 1
    with pytest.raises(NoSessionError):
        services.inloop.register(vera, location, VisitInput("Financiën"))


def test_a_session_left_open_overnight_does_not_carry_over(
        services: Services, make_actor: ActorFactory, location: int, clock: Clock) -> None:
    vera = make_actor(Role.VRIJWILLIGER)
    yesterday = services.inloop.open_session(vera, location)
    services.inloop.register(vera, location, VisitInput("Financiën"))
    clock.advance(days=1)
    assert services.inloop.current_session(vera, location) is None
    with pytest.raises(NoSessionError):
        services.inloop.register(vera, location, VisitInput("Financiën"))
    today = services.inloop.open_session(vera, location)
    assert today.id != yesterday.id and today.day == yesterday.day + timedelta(days=1)
    assert services.inloop.register(vera, location, VisitInput("Justitie")).ticket == "B-001"
    leader = make_actor(Role.TEAMLEIDER)
    stats = services.inloop_stats.stats(leader, yesterday.day, yesterday.day, location)
    assert stats.no_shows == 1


DOSSIER_WORDS = ("household_id", "address", "postcode", "bsn", "phone", "email", "member",
                 "birth", "regievoerder", "dossier", "plan")


def _fields(value: object) -> set[str]:
    names: set[str] = set()
    if dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            names.add(f.name)
            names |= _fields(getattr(value, f.name))
    elif isinstance(value, list | tuple):
        for item in value:
            names |= _fields(item)
    return names


def test_no_queue_operation_returns_dossier_data(
        services: Services, make_actor: ActorFactory, location: int, clock: Clock) -> None:
    vera = make_actor(Role.VRIJWILLIGER)
    returned: list[object] = [services.inloop.open_session(vera, location)]
    desk = services.inloop.list_desks(vera, location)[0]
    visit = services.inloop.register(vera, location, VisitInput("Financiën", "vraag"))
    returned += [visit, services.inloop.board(vera, location),
                 services.inloop.call(vera, visit.visit_id, desk.id),
                 services.inloop.display(vera, location),
                 services.inloop.start(vera, visit.visit_id),
                 services.inloop.finish(vera, visit.visit_id, Outcome(VisitOutcome.AFSPRAAK)),
                 services.inloop.current_session(vera, location)]
    names = _fields(returned)
    assert {"ticket", "topic", "household_match"} <= names
    leaks = sorted(n for n in names for word in DOSSIER_WORDS if word in n)
    assert leaks == []
    assert set(f.name for f in dataclasses.fields(QueueRow)).isdisjoint({"household_id"})


def test_the_beheerder_sees_no_visitors(services: Services, make_actor: ActorFactory,
                                        location: int, clock: Clock) -> None:
    with pytest.raises(PermissionDenied):
        services.inloop.board(make_actor.admin, location)
    with pytest.raises(PermissionDenied):
        services.inloop.register(make_actor.admin, location, VisitInput("Financiën"))


def test_queue_changes_are_audited(services: Services, make_actor: ActorFactory,
                                   location: int, clock: Clock) -> None:
    vera = make_actor(Role.VRIJWILLIGER)
    services.inloop.open_session(vera, location)
    desk = services.inloop.list_desks(vera, location)[0]
    visit = services.inloop.register(vera, location, VisitInput("Financiën", spoed=True))
    services.inloop.call(vera, visit.visit_id, desk.id)
    services.inloop.no_show(vera, visit.visit_id)
    leader = make_actor(Role.TEAMLEIDER)
    entries = services.audit.list_entries(leader, action_prefix="inloop.")
    assert [(e.action, e.username) for e in reversed(entries)] == [
        ("inloop.open_session", vera.username), ("inloop.register", vera.username),
        ("inloop.call", vera.username), ("inloop.no_show", vera.username)]
    assert entries[2].reason == "spoed"


def test_waiting_seconds_without_the_database() -> None:
    arrived = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    row = QueueRow(1, "B-001", "", "Financiën", "", False, VisitStatus.WACHTEND, arrived,
                   None, "", "", 0, False, 1)
    assert row.waiting_seconds(arrived + timedelta(seconds=75)) == 75
    called = dataclasses.replace(row, status=VisitStatus.GEROEPEN,
                                 called_at=arrived + timedelta(seconds=30))
    assert called.waiting_seconds(arrived + timedelta(hours=1)) == 30


def test_queue_changes_bump_the_change_feed(services: Services, make_actor: ActorFactory,
                                            location: int, clock: Clock) -> None:
    import time

    def changes_within(seconds: float) -> set[int]:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            changed = feed.poll()
            if changed:
                return changed
            time.sleep(0.02)
        return set()

    vera = make_actor(Role.VRIJWILLIGER)
    feed = services.inloop.change_feed()
    services.inloop.open_session(vera, location)
    assert changes_within(2) == {location}
    assert changes_within(0.3) == set()
    visit = services.inloop.register(vera, location, VisitInput("Financiën"))
    services.inloop.no_show(vera, visit.visit_id)
    assert location in changes_within(2)
    feed.close()
