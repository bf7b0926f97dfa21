"""Benchmark of the household search and dossier (DESIGN §5).

Builds the office-scale (15,000 households) and city-scale (100,000) demo databases once,
encrypted, cached in /tmp/wijkteam-bench, and prints one ``name: value unit`` per line:
type-ahead search p50/p95 for typical prefixes (as teamleider and as sociaal werker),
the same query hand-written against the index through the raw DB-API connection, their
ratio, and opening a dossier with 200 contact moments.

    PYTHONPATH=. python tests/bench/households.py [--office-only] [--city-contacts N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from wijkteam_desk.services.demo import fill_demo
from wijkteam_desk.services.system import DEMO_PASSWORD
from wijkteam_desk.store import migrations
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import Contact, ContactKind, Household
from wijkteam_desk.wiring import Services, build_services

CACHE = Path("/tmp/wijkteam-bench")
KEY = "bench-sleutel"
TAG = "v1"
QUERIES = ("hoekstra", "van der meer", "jan de v", "sietske dijk", "tuinstraat 12",
           "fiskerstrjitte", "8921", "8932 ab", "0612", "h-000123", "bakker stiens", "wâlde")
RAW_SQL = (  # the same question, hand-written, through the bare DB-API cursor
    "SELECT h.id, h.number, h.name, h.postcode, u.full_name, h.regievoerder_id, h.street, "
    "h.house_number, h.house_number_addition, h.city, h.phone, h.status, "
    "EXISTS (SELECT 1 FROM household_colleague c WHERE c.household_id = h.id "
    "AND c.user_id = ?) FROM household h "
    "LEFT JOIN user_account u ON u.id = h.regievoerder_id WHERE h.id IN (SELECT rowid FROM "
    "household_fts WHERE household_fts MATCH ? LIMIT 2000) AND +h.team_id = ? LIMIT 50")


def build(households: int, contacts: int) -> Path:
    path = CACHE / f"households-{households}-{contacts}-{TAG}.db"
    if path.exists():
        return path
    CACHE.mkdir(exist_ok=True)
    tmp = path.with_suffix(".building")
    for leftover in CACHE.glob(tmp.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    db = Database.open_sqlite(tmp, KEY, create=True)
    migrations.upgrade(db)
    services = build_services(db)
    import wijkteam_desk.services.demo_households as dh

    saved = dh.CONTACTS_PER_HOUSEHOLD
    dh.CONTACTS_PER_HOUSEHOLD = contacts
    try:
        fill_demo(services, seed=1, households=households,
                  progress=lambda t: print("#", t, file=sys.stderr, flush=True))
    finally:
        dh.CONTACTS_PER_HOUSEHOLD = saved
    db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    tmp.rename(path)
    print(f"build_{households}: {time.perf_counter() - started:.0f} s", flush=True)
    return path


PG_RAW_SQL = (  # the same on PostgreSQL: the GIN full-text index
    "SELECT h.id, h.number, h.name, h.postcode, u.full_name, h.regievoerder_id, h.street, "
    "h.house_number, h.house_number_addition, h.city, h.phone, h.status, "
    "EXISTS (SELECT 1 FROM household_colleague c WHERE c.household_id = h.id "
    "AND c.user_id = %s) FROM household h "
    "LEFT JOIN user_account u ON u.id = h.regievoerder_id WHERE "
    "to_tsvector('simple'::regconfig, h.search_text) @@ to_tsquery('simple'::regconfig, %s) "
    "AND +h.team_id = %s LIMIT 50")


def build_postgresql(households: int) -> tuple[Database, object]:
    """A throwaway PostgreSQL server (tests/pgserver.py) filled with the demo data."""
    from tests.pgserver import PostgresServer, find_pg_bin

    bindir = find_pg_bin()
    if bindir is None:
        raise SystemExit("PostgreSQL-serverprogramma's niet gevonden")
    server = PostgresServer(bindir)
    server.start()
    started = time.perf_counter()
    db = Database.open_url(server.url + "/postgres")
    migrations.upgrade(db)
    fill_demo(build_services(db), seed=1, households=households,
              progress=lambda t: print("#", t, file=sys.stderr, flush=True))
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    print(f"build_pg_{households}: {time.perf_counter() - started:.0f} s", flush=True)
    return db, server


def typed(query: str) -> list[str]:
    """What a type-ahead sends while the user types: every prefix from 2 characters."""
    return [query[:i] for i in range(2, len(query) + 1) if not query[:i].endswith(" ")]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def measure(name: str, services: Services, rounds: int = 3) -> None:
    from wijkteam_desk.services import search_index

    lead = services.accounts.authenticate("teamleider", DEMO_PASSWORD)
    worker = services.accounts.authenticate("sociaalwerker", DEMO_PASSWORD)
    prefixes = [p for q in QUERIES for p in typed(q)]
    for p in prefixes:  # warm the cache once, as a running program has
        services.households.search(lead, p)
    timings: dict[str, list[float]] = {"lead": [], "worker": [], "raw": []}
    raw = services.db.engine.raw_connection()
    cursor = raw.cursor()
    for _ in range(rounds):
        for p in prefixes:
            words = search_index.terms(p)
            if services.db.is_sqlite:
                sql, match = RAW_SQL, " ".join(f'"{w}"*' for w in words)
            else:
                sql, match = PG_RAW_SQL, " & ".join(f"{w}:*" for w in words)
            t0 = time.perf_counter()
            cursor.execute(sql, (worker.user_id, match, lead.team_id))
            cursor.fetchall()
            t1 = time.perf_counter()
            services.households.search(lead, p)
            t2 = time.perf_counter()
            services.households.search(worker, p)
            t3 = time.perf_counter()
            timings["raw"].append((t1 - t0) * 1000)
            timings["lead"].append((t2 - t1) * 1000)
            timings["worker"].append((t3 - t2) * 1000)
    raw.close()
    for who in ("lead", "worker", "raw"):
        label = {"lead": "search_teamleider", "worker": "search_sociaalwerker",
                 "raw": "search_raw_sql"}[who]
        print(f"{name}_{label}_p50: {pct(timings[who], 50):.2f} ms")
        print(f"{name}_{label}_p95: {pct(timings[who], 95):.2f} ms")
    ratio = [s / r for s, r in zip(timings["worker"], timings["raw"], strict=True) if r > 0]
    print(f"{name}_search_ratio_to_raw_median_per_call: {statistics.median(ratio):.2f} x")
    for who in ("worker", "lead"):
        for p in (50, 95):
            print(f"{name}_search_{'sociaalwerker' if who == 'worker' else 'teamleider'}"
                  f"_ratio_to_raw_p{p}: {pct(timings[who], p) / pct(timings['raw'], p):.2f} x")
    print(f"{name}_search_calls: {len(timings['raw'])} n")
    dossier(name, services, worker)


def dossier(name: str, services: Services, worker) -> None:  # type: ignore[no-untyped-def]
    with services.db.begin() as session:
        hid = session.scalar(select(Household.id).where(
            Household.regievoerder_id == worker.user_id).order_by(Household.id).limit(1))
        have = session.scalar(select(func.count(Contact.id)).where(
            Contact.household_id == hid)) or 0
        now = datetime.now(UTC)
        if have < 200:
            session.execute(insert(Contact), [dict(
                household_id=hid, kind=ContactKind.TELEFOON, at=now - timedelta(days=i),
                worker_id=worker.user_id, duration_minutes=15, leefgebieden="|Financiën|",
                report="Telefonisch gesproken over de voortgang.", created_at=now)
                for i in range(200 - have)])
    times = []
    for _ in range(30):
        t0 = time.perf_counter()
        d = services.households.open(worker, hid)
        times.append((time.perf_counter() - t0) * 1000)
    assert len(d.contacts) >= 200
    print(f"{name}_dossier_open_200_contacts_p50: {pct(times, 50):.1f} ms")
    print(f"{name}_dossier_open_200_contacts_p95: {pct(times, 95):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--office-only", action="store_true")
    parser.add_argument("--city-only", action="store_true")
    parser.add_argument("--postgresql", action="store_true",
                        help="also measure office scale on a throwaway PostgreSQL server")
    parser.add_argument("--city-contacts", type=int, default=27,
                        help="contacts per household at city scale (27 = proportional)")
    args = parser.parse_args()
    scales = [] if args.city_only else [("office", 15_000, 27)]
    if not args.office_only:
        scales.append(("city", 100_000, args.city_contacts))
    for name, households, contacts in scales:
        path = build(households, contacts)
        db = Database.open_sqlite(path, KEY)
        try:
            measure(name, build_services(db))
        finally:
            db.dispose()
    if args.postgresql:
        pg, server = build_postgresql(15_000)
        try:
            measure("office_pg", build_services(pg))
        finally:
            pg.dispose()
            server.stop()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
