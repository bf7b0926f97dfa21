"""Inloop benchmarks; prints ``name: value unit`` lines.

    PYTHONPATH=. python tests/bench/inloop.py [--households 15000]

- queue board refresh with 60 visitors waiting, on an office-scale demo database
  (encrypted SQLite): the service call, and service + Qt model reset
- refresh latency between two PostgreSQL connections: register on one program, until the
  other's change feed reports it (LISTEN/NOTIFY), plus the page's poll interval
- registering a visitor in the GUI by keyboard alone, driven with QTest: keystrokes and
  seconds (machine time; and an estimate at 2 keystrokes per second for a slow typist)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import create_engine, text  # noqa: E402

from tests.pgserver import PostgresServer, find_pg_bin  # noqa: E402
from wijkteam_desk.services.demo import fill_demo  # noqa: E402
from wijkteam_desk.services.inloop_types import LEEFGEBIEDEN, VisitInput  # noqa: E402
from wijkteam_desk.store import migrations  # noqa: E402
from wijkteam_desk.store.engine import Database  # noqa: E402
from wijkteam_desk.wiring import Services, build_services  # noqa: E402

FEED_INTERVAL_S = 0.5  # ui/inloop/page.py FEED_INTERVAL_MS


def report(name: str, value: float, unit: str) -> None:
    print(f"{name}: {value:.1f} {unit}" if isinstance(value, float) else
          f"{name}: {value} {unit}", flush=True)


def office_database(households: int) -> Services:
    path = Path(tempfile.mkdtemp()) / "bench.db"
    db = Database.open_sqlite(path, "bench", create=True)
    migrations.upgrade(db)
    services = build_services(db)
    started = time.perf_counter()
    fill_demo(services, seed=1, households=households)
    report("demo fill (inloop history included)", time.perf_counter() - started, "s")
    return services


def bench_board(services: Services) -> None:
    from PySide6.QtWidgets import QApplication

    from wijkteam_desk.store.base import utcnow
    from wijkteam_desk.ui.inloop.queue_model import QueueModel

    _app = QApplication.instance() or QApplication([])
    actor = services.accounts.authenticate("vrijwilliger", "welkom-demo")
    location = services.accounts.list_locations(actor)[0].id
    services.inloop.open_session(actor, location)
    for i in range(60):
        services.inloop.register(actor, location, VisitInput(
            LEEFGEBIEDEN[i % 13], f"vraag nummer {i}", f"Naam{i}", spoed=i % 17 == 0))
    model = QueueModel()
    service_ms, total_ms = [], []
    for _ in range(40):
        t0 = time.perf_counter()
        board = services.inloop.board(actor, location)
        t1 = time.perf_counter()
        model.set_rows(board.rows, utcnow())
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                model.data(model.index(r, c))
        t2 = time.perf_counter()
        service_ms.append((t1 - t0) * 1000)
        total_ms.append((t2 - t0) * 1000)
    assert len(board.waiting) == 60
    report("queue board refresh, 60 waiting, service (median)",
           statistics.median(service_ms), "ms")
    report("queue board refresh, 60 waiting, service + model (median)",
           statistics.median(total_ms), "ms")
    report("queue board refresh, 60 waiting, service + model (max)", max(total_ms), "ms")
    t0 = time.perf_counter()
    for _ in range(100):
        model.tick(utcnow())
    report("waiting-time tick, 60 rows (no database)", (time.perf_counter() - t0) * 10000, "µs")


def bench_postgres_latency() -> None:
    given = os.environ.get("WIJKTEAM_TEST_PG_URL")
    server = None
    if given:
        base = given.rstrip("/")
    else:
        bindir = find_pg_bin()
        if bindir is None:
            print("postgresql latency: skipped (no PostgreSQL server programs)")
            return
        server = PostgresServer(bindir)
        server.start()
        base = server.url
    name = "bench_" + uuid.uuid4().hex[:8]
    admin = create_engine(base + "/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        one = Database.open_url(f"{base}/{name}")
        migrations.upgrade(one)
        pc1 = build_services(one)
        fill_demo(pc1, seed=1, households=0)
        pc2 = build_services(Database.open_url(f"{base}/{name}"))
        actor = pc1.accounts.authenticate("vrijwilliger", "welkom-demo")
        other = pc2.accounts.authenticate("sociaalwerker", "welkom-demo")
        location = pc1.accounts.list_locations(actor)[0].id
        pc1.inloop.open_session(actor, location)
        feed = pc2.inloop.change_feed()
        feed.poll()
        latencies = []
        for i in range(20):
            t0 = time.perf_counter()
            pc1.inloop.register(actor, location, VisitInput("Financiën", f"vraag {i}"))
            while location not in feed.poll():
                time.sleep(0.001)
            pc2.inloop.board(other, location)
            latencies.append((time.perf_counter() - t0) * 1000)
        report("postgresql refresh latency, register -> other PC's board (median)",
               statistics.median(latencies), "ms")
        report("postgresql refresh latency, register -> other PC's board (max)",
               max(latencies), "ms")
        report("postgresql refresh latency incl. page poll interval (worst case)",
               max(latencies) + FEED_INTERVAL_S * 1000, "ms")
        report("postgresql feed uses LISTEN/NOTIFY", int(feed.listening), "(1 = yes)")
        for i in range(40):
            pc1.inloop.register(actor, location, VisitInput("Huisvesting", f"vraag {i}"))
        timings = []
        for _ in range(40):
            t0 = time.perf_counter()
            board = pc2.inloop.board(other, location)
            timings.append((time.perf_counter() - t0) * 1000)
        assert len(board.waiting) == 60
        report("queue board refresh, 60 waiting, postgresql service (median)",
               statistics.median(timings), "ms")
        feed.close()
        pc1.close()
        pc2.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        if server is not None:
            server.stop()


def bench_keyboard_registration() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from wijkteam_desk.ui.inloop.page import InloopPage

    app = QApplication.instance() or QApplication([])
    path = Path(tempfile.mkdtemp()) / "gui.db"
    db = Database.open_sqlite(path, "bench", create=True)
    migrations.upgrade(db)
    services = build_services(db)
    fill_demo(services, seed=1, households=0)
    actor = services.accounts.authenticate("vrijwilliger", "welkom-demo")
    services.inloop.open_session(actor, services.accounts.list_locations(actor)[0].id)
    page = InloopPage(services, actor)
    page.show()
    page.activateWindow()
    QTest.qWaitForWindowExposed(page)
    keys = 0

    def type_(text_: str) -> None:
        nonlocal keys
        QTest.keyClicks(QApplication.focusWidget(), text_)
        keys += len(text_)

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
              ) -> None:
        nonlocal keys
        QTest.keyClick(QApplication.focusWidget(), key, modifier)
        keys += 1

    for label, steps in (
            ("named, with question and spoed", [
                lambda: press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
                lambda: type_("Anna"), lambda: press(Qt.Key.Key_Tab),
                lambda: type_("fin"), lambda: press(Qt.Key.Key_Tab),
                lambda: type_("brief belasting"), lambda: press(Qt.Key.Key_Tab),
                lambda: press(Qt.Key.Key_Space), lambda: press(Qt.Key.Key_Return)]),
            ("anonymous, topic only", [
                lambda: press(Qt.Key.Key_Tab), lambda: type_("huisv"),
                lambda: press(Qt.Key.Key_Return)])):
        keys = 0
        before = page.model.rowCount()
        t0 = time.perf_counter()
        for step in steps:
            step()
        app.processEvents()
        seconds = time.perf_counter() - t0
        assert page.model.rowCount() == before + 1, "registration failed"
        report(f"GUI registration keystrokes ({label})", keys, "keys")
        report(f"GUI registration machine time ({label})", seconds * 1000, "ms")
        report(f"GUI registration at 2 keys/s ({label})", keys / 2, "s")
    page.close()
    services.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=15000)
    args = parser.parse_args()
    services = office_database(args.households)
    bench_board(services)
    services.close()
    bench_postgres_latency()
    bench_keyboard_registration()


if __name__ == "__main__":
    main()
