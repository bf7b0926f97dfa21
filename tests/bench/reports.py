"""Benchmark of the kwartaalrapportage and the teamoverzicht at office scale (DESIGN §5:
kwartaalrapportage xlsx <= 3 s).

Uses (or builds once, cached in /tmp/wijkteam-bench) the office-scale demo database with
15,000 households, or an existing encrypted demo database given with --database/--key.
Prints ``name: value unit`` lines: counting the figures, the full xlsx and PDF exports
(counting + building + atomic write + logboek) as the median of --repeat runs, the part
spent building the file, and the xlsx time as a ratio of the 3 s target.

    PYTHONPATH=. python tests/bench/reports.py [--households 15000] [--repeat 3]
    PYTHONPATH=. python tests/bench/reports.py --database /pad/wijkteam.db --key SLEUTEL
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from wijkteam_desk.reports.figures import Period
from wijkteam_desk.reports.quarterly_layout import quarterly_report
from wijkteam_desk.reports.quarterly_pdf import quarterly_pdf_bytes
from wijkteam_desk.reports.quarterly_xlsx import workbook_bytes
from wijkteam_desk.services.accounts import actor_for
from wijkteam_desk.services.demo import fill_demo
from wijkteam_desk.services.reports import ExportFormat, default_quarter
from wijkteam_desk.store import migrations
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import Contact, Household, InloopVisit, User
from wijkteam_desk.wiring import build_services

CACHE = Path("/tmp/wijkteam-bench")
KEY = "bench-sleutel"
TARGET_XLSX_S = 3.0


def build(households: int) -> Path:
    path = CACHE / f"reports-{households}-v1.db"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        tmp = path.with_suffix(".building")
        tmp.unlink(missing_ok=True)
        db = Database.open_sqlite(tmp, KEY, create=True)
        migrations.upgrade(db)
        fill_demo(build_services(db), households=households,
                  progress=lambda text: print(f"# {text}", flush=True))
        db.dispose()
        tmp.rename(path)
    return path


CPU: dict[str, float] = {}


def timed(func, repeat: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    """Median wall time of ``repeat`` runs; the median CPU time of this process is kept in
    CPU (less disturbed than wall time on a shared, busy machine)."""
    times, cpu, result = [], [], None
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = func()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    CPU["last"] = statistics.median(cpu)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=15000)
    parser.add_argument("--database", type=Path)
    parser.add_argument("--key", default=KEY)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = args.database or build(args.households)
    db = Database.open_sqlite(path, args.key)
    services = build_services(db)
    with db.begin() as session:
        leader = actor_for(session.execute(select(User).where(
            User.username == "teamleider")).scalar_one())
        households = session.scalar(select(func.count(Household.id)))
        contacts = session.scalar(select(func.count(Contact.id)))
        visits = session.scalar(select(func.count(InloopVisit.id)))
    print(f"households: {households} count")
    print(f"contacts: {contacts} count")
    print(f"inloop_visits: {visits} count")
    period = Period.quarter(*default_quarter(date.today()))
    team = leader.team_id
    out = Path(tempfile.mkdtemp(prefix="wijkteam-bench-"))

    figures_s, figures = timed(lambda: services.reports.quarterly_figures(leader, period, team),
                               args.repeat)
    print(f"quarterly_figures: {figures_s * 1000:.0f} ms")
    print(f"quarterly_figures_cpu: {CPU['last'] * 1000:.0f} ms")
    print(f"quarter_households_reached: {figures.reach.households} count")  # type: ignore[attr-defined]
    build_xlsx_s, _ = timed(lambda: workbook_bytes(quarterly_report(figures)), args.repeat)  # type: ignore[arg-type]
    print(f"quarterly_xlsx_build_only: {build_xlsx_s * 1000:.0f} ms")
    build_pdf_s, _ = timed(lambda: quarterly_pdf_bytes(figures), args.repeat)  # type: ignore[arg-type]
    print(f"quarterly_pdf_build_only: {build_pdf_s * 1000:.0f} ms")
    xlsx_s, _ = timed(lambda: services.reports.export_quarterly(
        leader, period, team, ExportFormat.XLSX, out / "k.xlsx"), args.repeat)
    print(f"quarterly_xlsx_export: {xlsx_s * 1000:.0f} ms")
    print(f"quarterly_xlsx_export_cpu: {CPU['last'] * 1000:.0f} ms")
    print(f"quarterly_xlsx_export_vs_3s_target: {xlsx_s / TARGET_XLSX_S:.2f} ratio")
    print(f"load_average_1min: {os.getloadavg()[0]:.1f} load")
    pdf_s, _ = timed(lambda: services.reports.export_quarterly(
        leader, period, team, ExportFormat.PDF, out / "k.pdf"), args.repeat)
    print(f"quarterly_pdf_export: {pdf_s * 1000:.0f} ms")
    print(f"quarterly_pdf_export_cpu: {CPU['last'] * 1000:.0f} ms")
    overview_s, _ = timed(lambda: services.reports.export_team_overview(
        leader, period, team, out / "t.pdf"), args.repeat)
    print(f"team_overview_pdf_export: {overview_s * 1000:.0f} ms")
    year_s, _ = timed(lambda: services.reports.export_quarterly(
        leader, Period.custom(date(period.start.year - 1, period.start.month, 1), period.end),
        team, ExportFormat.XLSX, out / "jaar.xlsx"), 1)
    print(f"five_quarter_xlsx_export: {year_s * 1000:.0f} ms")
    db.dispose()


if __name__ == "__main__":
    main()
