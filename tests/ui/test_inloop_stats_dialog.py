"""The inloop statistics dialog on a small known dataset: exact medians in the tables, and
a long period counted in the background."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from pytestqt.qtbot import QtBot

from tests.conftest import ActorFactory
from wijkteam_desk.services.accounts import LocationInput
from wijkteam_desk.services.inloop_types import Outcome, VisitInput
from wijkteam_desk.store.models import LocationKind, Role, VisitOutcome
from wijkteam_desk.ui.inloop.page import InloopPage
from wijkteam_desk.ui.inloop.stats_dialog import InloopStatsDialog
from wijkteam_desk.wiring import Services

DAY = date(2026, 3, 2)
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # 09:00 local
WAITS_MIN = [4, 10, 7]  # median 7 minutes
SERVICE_MIN = [3, 6, 5]  # median 5 minutes


def _known_day(services: Services) -> tuple[ActorFactory, int]:
    factory = ActorFactory(services)
    location = services.accounts.create_location(
        factory.admin, LocationInput("Buurtkamer Heechterp", LocationKind.BUURTKAMER,
                                     factory.team.id, "", "B")).id
    now = {"t": START}
    services.inloop._clock = lambda: now["t"]
    vera = factory(Role.VRIJWILLIGER, name="vera")
    services.inloop.open_session(vera, location)
    desk = services.inloop.list_desks(vera, location)[0]
    for i, (wait, serve) in enumerate(zip(WAITS_MIN, SERVICE_MIN, strict=True)):
        now["t"] = START + timedelta(minutes=30 * i)
        visit = services.inloop.register(vera, location, VisitInput("Financiën"))
        now["t"] = visit.arrived_at + timedelta(minutes=wait)
        services.inloop.call(vera, visit.visit_id, desk.id)
        services.inloop.start(vera, visit.visit_id)
        now["t"] += timedelta(minutes=serve)
        services.inloop.finish(vera, visit.visit_id, Outcome(VisitOutcome.AFSPRAAK))
    now["t"] = START + timedelta(hours=5)
    gone = services.inloop.register(vera, location, VisitInput("Huisvesting"))
    services.inloop.no_show(vera, gone.visit_id)
    return factory, location


def _cells(model) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def test_the_dialog_shows_the_exact_median(qtbot: QtBot, sqlite_services: Services) -> None:
    factory, location = _known_day(sqlite_services)
    worker = factory(Role.SOCIAAL_WERKER, name="sietske")
    dialog = InloopStatsDialog(sqlite_services, worker, today=DAY)
    qtbot.addWidget(dialog)
    dialog.location.setCurrentIndex(dialog.location.findData(location))
    dialog.compute_button.click()
    assert _cells(dialog.durations) == [("Wachttijd", "3", "7:00", "10:00"),
                                        ("Gesprekstijd", "3", "5:00", "6:00")]
    assert ("Buurtkamer Heechterp", "4") in _cells(dialog.per_location)
    assert ("ochtend", "3") in _cells(dialog.per_daypart)
    assert ("middag", "1") in _cells(dialog.per_daypart)
    assert ("Financiën", "3") in _cells(dialog.per_topic)
    assert ("Afspraak gemaakt", "3") in _cells(dialog.outcomes)
    assert ("Vertrokken (niet verschenen)", "1") in _cells(dialog.outcomes)
    assert "4 bezoeken" in dialog.summary.text()


def test_a_long_period_is_counted_in_the_background(qtbot: QtBot,
                                                    sqlite_services: Services) -> None:
    factory, _location = _known_day(sqlite_services)
    leader = factory(Role.TEAMLEIDER, name="tjeerd")
    dialog = InloopStatsDialog(sqlite_services, leader, today=DAY)
    qtbot.addWidget(dialog)
    dialog.start.setDate(dialog.start.date().addDays(-200))  # all locations, long period
    dialog.compute_button.click()
    assert dialog.task is not None
    qtbot.waitUntil(lambda: dialog.durations.rowCount() == 2, timeout=10000)
    assert dialog.compute_button.isEnabled()
    assert _cells(dialog.durations)[0][2] == "7:00"


def test_only_professionals_see_the_statistics_button(qtbot: QtBot,
                                                      sqlite_services: Services) -> None:
    factory, _location = _known_day(sqlite_services)
    for role, visible in ((Role.VRIJWILLIGER, False), (Role.SOCIAAL_WERKER, True)):
        page = InloopPage(sqlite_services, factory(role))
        qtbot.addWidget(page)
        assert page.stats_button.isVisibleTo(page) is visible
