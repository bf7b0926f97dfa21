"""Sociale kaart benchmark: search latency at 1,500 and 15,000 services and the import
time of a 1,500-service HSDS package, on encrypted SQLite and on PostgreSQL.

Run: PYTHONPATH=. python tests/bench/socialmap.py [--no-pg]
Prints ``name: value unit`` lines. The reference is a hand-written indexed query: a
single-column LIKE over ``sm_service.search_text`` with a LIMIT (the plain limit).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import create_engine, text

from tests.conftest import _services
from tests.pgserver import PostgresServer, find_pg_bin
from wijkteam_desk.services import demo_socialmap
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.socialmap_terms import LEEFGEBIED_IDS
from wijkteam_desk.services.socialmap_types import SearchFilter
from wijkteam_desk.store import migrations
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import Role, ServiceKind

ACTOR = Actor(0, "bench", "Bench", frozenset({Role.BEHEERDER}))
TYPED = ["t", "ta", "taa", "taal", "s", "sc", "sch", "schu", "schuld", "v", "vo", "voe",
         "voedsel", "b", "bu", "buurt", "buurtrest", "m", "ma", "mantel", "mantelzorg",
         "jongeren", "digi", "formulier", "sport vrijheid", "taal bilgaard"]
FILTERS = [
    SearchFilter(),
    SearchFilter(area="Vrijheidswijk"),
    SearchFilter(leefgebied_id=LEEFGEBIED_IDS["financien"], area="Wirdum", age=70),
    SearchFilter(text="taal", cost="free", kind=ServiceKind.VOORLIGGEND),
    SearchFilter(open_now=True),
    SearchFilter(text="hulp", open_now=True, age=30, cost="free"),
]


def _pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]


def _time(call: Callable[[], object], rounds: int = 3) -> list[float]:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def bench(db: Database, backend: str, size: int) -> None:
    services = _services(db)
    kaart = services.socialmap
    kaart._clock = lambda: datetime(2026, 11, 23, 9, 15, tzinfo=UTC)  # a Monday morning
    with db.begin() as session:
        demo_socialmap.fill(session, random.Random(size), count=size, today=date(2026, 11, 1))
    kaart.search(ACTOR, SearchFilter(text="warm"))
    typed: list[float] = []
    for query in TYPED:
        typed += _time(lambda q=query: kaart.search(ACTOR, SearchFilter(text=q, limit=200)))
    filtered: list[float] = []
    for criteria in FILTERS:
        filtered += _time(lambda c=criteria: kaart.search(ACTOR, c))
    plain: list[float] = []
    for query in TYPED:
        like = f"%{query.split()[0]}%"

        def raw(like: str = like) -> None:
            with db.engine.connect() as conn:
                conn.execute(text("SELECT id, name FROM sm_service WHERE search_text LIKE :q "
                                  "ORDER BY name LIMIT 200"), {"q": like}).all()
        plain += _time(raw)
    detail_ids = [r.id for r in kaart.search(ACTOR, SearchFilter(limit=50))]
    details = [t for sid in detail_ids for t in _time(lambda s=sid: kaart.get_service(ACTOR, s), 1)]
    prefix = f"socialmap_{backend}_{size}"
    print(f"{prefix}_typeahead_p50: {statistics.median(typed):.1f} ms")
    print(f"{prefix}_typeahead_p95: {_pct(typed, 0.95):.1f} ms")
    print(f"{prefix}_filters_p50: {statistics.median(filtered):.1f} ms")
    print(f"{prefix}_filters_p95: {_pct(filtered, 0.95):.1f} ms")
    print(f"{prefix}_plain_like_p95: {_pct(plain, 0.95):.1f} ms")
    print(f"{prefix}_typeahead_p95_vs_plain: {_pct(typed, 0.95) / _pct(plain, 0.95):.2f} x")
    print(f"{prefix}_detail_p95: {_pct(details, 0.95):.1f} ms")
    if size == 1500:
        with tempfile.TemporaryDirectory() as tmp:
            out = kaart.export_hsds(ACTOR, Path(tmp) / "kaart.zip")
            fresh = _fresh(backend)
            start = time.perf_counter()
            report = _services(fresh).socialmap.import_hsds(ACTOR, out)
            elapsed = time.perf_counter() - start
            assert report.created["service"] == size
            print(f"socialmap_{backend}_import_1500_services: {elapsed:.2f} s")
            start = time.perf_counter()
            _services(fresh).socialmap.import_hsds(ACTOR, out)
            print(f"socialmap_{backend}_reimport_1500_unchanged: "
                  f"{time.perf_counter() - start:.2f} s")
            start = time.perf_counter()
            kaart.export_hsds(ACTOR, Path(tmp) / "again.zip")
            print(f"socialmap_{backend}_export_1500_services: "
                  f"{time.perf_counter() - start:.2f} s")
            fresh.dispose()


PG_BASE: list[str] = []


def _fresh(backend: str) -> Database:
    if backend == "sqlite":
        db = Database.open_sqlite(Path(tempfile.mkdtemp()) / "bench.db", "bench", create=True)
    else:
        name = "b_" + uuid.uuid4().hex[:10]
        admin = create_engine(PG_BASE[0] + "/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        db = Database.open_url(f"{PG_BASE[0]}/{name}")
    migrations.upgrade(db)
    return db


def main() -> None:
    backends = ["sqlite"]
    server = None
    if "--no-pg" not in sys.argv and find_pg_bin() is not None:
        server = PostgresServer(find_pg_bin())  # type: ignore[arg-type]
        server.start()
        PG_BASE.append(server.url)
        backends.append("postgresql")
    try:
        for backend in backends:
            for size in (1500, 15000):
                db = _fresh(backend)
                try:
                    bench(db, backend, size)
                finally:
                    db.dispose()
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
