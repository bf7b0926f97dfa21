"""Benchmark of the bewaartermijn at office scale (DESIGN §2.6, §5).

Works on a copy of the office-scale demo database of tests/bench/plan.py (built there
first if missing), moves the closing date of ``--due`` closed households back 16 years and
prints ``name: value unit`` lines: building the vernietigingslijst, and approving it
(anonymising every household on it in one unit of work), per household.

    PYTHONPATH=. python tests/bench/retention.py [--due 300]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import select, update

from tests.bench.plan import build
from wijkteam_desk.services.retention import years_before
from wijkteam_desk.services.system import DEMO_PASSWORD
from wijkteam_desk.store import migrations
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import Household, HouseholdStatus
from wijkteam_desk.wiring import build_services

KEY = "bench-sleutel"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--due", type=int, default=300)
    args = parser.parse_args()
    cached, _seconds = build(15000)
    source = Path(str(cached.db.engine.url.database))
    cached.close()
    work = Path(tempfile.mkdtemp()) / "retention.db"
    shutil.copy(source, work)
    db = Database.open_sqlite(work, KEY)
    migrations.upgrade(db)
    services = build_services(db)
    long_ago = years_before(date.today(), 16)
    with db.begin() as session:
        ids = list(session.scalars(select(Household.id).where(
            Household.status == HouseholdStatus.AFGESLOTEN, Household.anonymised_at.is_(None))
            .order_by(Household.id).limit(args.due)))
        session.execute(update(Household).where(Household.id.in_(ids))
                        .values(end_date=long_ago))
    lead = services.accounts.authenticate("teamleider", DEMO_PASSWORD)
    start = time.perf_counter()
    listed = services.retention.destruction_list(lead)
    list_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    approval = services.retention.approve(lead, [r.household_id for r in listed.due],
                                          len(listed.due))
    approve_s = time.perf_counter() - start
    print(f"retention_list_rows: {len(listed.due)} households")
    print(f"retention_list: {list_ms:.0f} ms")
    print(f"retention_approve: {approve_s:.2f} s")
    print(f"retention_approve_per_household: {approve_s * 1000 / approval.count:.1f} ms")
    services.close()
    shutil.rmtree(work.parent)


if __name__ == "__main__":
    main()
