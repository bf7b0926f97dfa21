"""Benchmark of the per-household prints (DESIGN §2.5, §5), printing ``name: value unit``.

On the office-scale demo database (15,000 households, built once and cached in
/tmp/wijkteam-bench): the huishoudoverzicht and the inzage export (PDF + JSON) of the
household with the most contact moments, as the teamleider, median of a few runs. For
comparison: the plan's resident PDF has a target of 300 ms.

    PYTHONPATH=. python tests/bench/household_prints.py [--households N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from wijkteam_desk.services.demo import fill_demo
from wijkteam_desk.services.system import DEMO_PASSWORD
from wijkteam_desk.store import migrations
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import Contact
from wijkteam_desk.wiring import Services, build_services

CACHE = Path("/tmp/wijkteam-bench")
KEY = "bench-sleutel"
RUNS = 5


def open_services(households: int) -> Services:
    path = CACHE / f"prints-{households}-v1.db"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        tmp = path.with_suffix(".building")
        tmp.unlink(missing_ok=True)
        db = Database.open_sqlite(tmp, KEY, create=True)
        migrations.upgrade(db)
        fill_demo(build_services(db), households=households)
        db.dispose()
        tmp.rename(path)
    return build_services(Database.open_sqlite(path, KEY))


def median_ms(work) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=15000)
    args = parser.parse_args()
    services = open_services(args.households)
    lead = services.accounts.authenticate("teamleider", DEMO_PASSWORD)
    with services.db.begin() as session:
        hid, contacts = session.execute(
            select(Contact.household_id, func.count()).group_by(Contact.household_id)
            .order_by(func.count().desc()).limit(1)).one()
    prints = services.household_prints
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        summary = median_ms(lambda: prints.print_summary(lead, hid, out / "overzicht.pdf"))
        result = prints.export_inzage(lead, hid, out)
        inzage = median_ms(lambda: prints.export_inzage(lead, hid, out))
        pdf_kb = result.pdf_path.stat().st_size / 1024
        json_kb = result.json_path.stat().st_size / 1024
    print(f"households: {args.households} count")
    print(f"contacts_of_household: {contacts} count")
    print(f"household_summary_pdf: {summary:.0f} ms")
    print(f"inzage_export_pdf_json: {inzage:.0f} ms")
    print(f"inzage_pdf_size: {pdf_kb:.0f} KiB")
    print(f"inzage_json_size: {json_kb:.0f} KiB")
    services.close()


if __name__ == "__main__":
    main()
