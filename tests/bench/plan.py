"""Benchmark of the one plan (DESIGN §5), printing ``name: value unit`` lines.

On the office-scale demo database (15,000 households, built once and cached in
/tmp/wijkteam-bench): time to fill the demo plans, to open and to save a plan with 13
leefgebieden and 10 goals, to make the resident PDF (target ≤ 300 ms), and in an offscreen
editor with a steady stream of edits the largest autosave interval (time a change stays
unsaved) and the slowest autosave.

    PYTHONPATH=. python tests/bench/plan.py [--households N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from wijkteam_desk.reports.plan_pdf import resident_pdf  # noqa: E402
from wijkteam_desk.services import plan_model as pm  # noqa: E402
from wijkteam_desk.services.demo import fill_demo  # noqa: E402
from wijkteam_desk.services.household_types import HouseholdInput, MemberInput  # noqa: E402
from wijkteam_desk.services.system import DEMO_PASSWORD  # noqa: E402
from wijkteam_desk.store import migrations  # noqa: E402
from wijkteam_desk.store.engine import Database  # noqa: E402
from wijkteam_desk.wiring import Services, build_services  # noqa: E402

CACHE = Path("/tmp/wijkteam-bench")
KEY = "bench-sleutel"
RUNS = 25


def build(households: int) -> tuple[Services, float | None]:
    path = CACHE / f"plans-{households}-v2.db"
    plan_seconds = None
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        tmp = path.with_suffix(".building")
        tmp.unlink(missing_ok=True)
        db = Database.open_sqlite(tmp, KEY, create=True)
        migrations.upgrade(db)
        marks: list[tuple[str, float]] = []
        fill_demo(build_services(db), households=households,
                  progress=lambda t: marks.append((t, time.perf_counter())))
        done = time.perf_counter()
        start = next(t for m, t in marks if "plannen" in m)
        later = [t for _m, t in marks if t > start]
        plan_seconds = (later[0] if later else done) - start
        db.dispose()
        tmp.rename(path)
    return build_services(Database.open_sqlite(path, KEY)), plan_seconds


def big_plan(services: Services, actor) -> pm.Plan:  # type: ignore[no-untyped-def]
    ids = [i.id for i in services.plan_config.list_leefgebieden(actor)]
    plan = pm.new_plan(ids, actor.full_name)
    rng = random.Random(1)
    for n, day in enumerate((date(2026, 1, 5), date(2026, 4, 5), date(2026, 7, 5))):
        for lid in ids:
            plan = pm.set_score(plan, lid, day, rng.randint(1, 5),
                                pm.Moment.INTAKE if n == 0 else pm.Moment.EVALUATIE)
            plan = pm.set_situation(plan, lid, "Een paar zinnen over de situatie. " * 3)
    for g in range(10):
        goal = pm.Goal(pm.new_id(), f"Doel {g + 1}: binnen drie maanden iets concreets bereikt",
                       ids[g], date(2026, 9, 1))
        plan = pm.put_goal(plan, goal)
        for a in range(3):
            plan = pm.put_action(plan, goal.id, pm.Action(
                pm.new_id(), f"Actie {a + 1} bij doel {g + 1}", list(pm.Who)[a],
                deadline=date(2026, 3, 1) + timedelta(days=7 * a)))
    for p in range(3):
        plan = pm.put_network(plan, pm.NetworkPerson(pm.new_id(), f"Persoon {p}", "buur",
                                                     "helpt"))
    return pm.set_regie(plan, pm.Regie(actor.full_name, (date(2026, 10, 1),)))


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.1f}"


def bench_service(services: Services) -> None:
    worker = services.accounts.authenticate("sociaalwerker", DEMO_PASSWORD)
    household = services.households.create(
        worker, HouseholdInput(street="Benchstraat", house_number="1", postcode="8924AB",
                               city="Leeuwarden"), [MemberInput("Bench", "Ben")])
    plan = big_plan(services, worker)
    version = services.plans.save(worker, household.id, plan, None)
    opens, saves, prints = [], [], []
    for i in range(RUNS):
        t = time.perf_counter()
        record = services.plans.open(worker, household.id)
        opens.append(time.perf_counter() - t)
        changed = pm.set_text(record.plan, "goes_well", f"versie {i}")
        t = time.perf_counter()
        version = services.plans.save(worker, household.id, changed, version)
        saves.append(time.perf_counter() - t)
        t = time.perf_counter()
        services.plans.print(worker, household.id)
        prints.append(time.perf_counter() - t)
    print(f"plan_open_13_leefgebieden_10_doelen_median: {ms(opens)} ms")
    print(f"plan_save_13_leefgebieden_10_doelen_median: {ms(saves)} ms")
    print(f"plan_resident_pdf_via_service_median: {ms(prints)} ms")
    from tests.reports.plan_sample import document

    doc = document(record.plan)
    pdfs = []
    for _ in range(RUNS):
        t = time.perf_counter()
        resident_pdf(doc)
        pdfs.append(time.perf_counter() - t)
    print(f"plan_resident_pdf_reportlab_median: {ms(pdfs)} ms")
    print(f"plan_resident_pdf_reportlab_max: {max(pdfs) * 1000:.1f} ms")
    bench_autosave(services, worker, record.plan)


def bench_autosave(services: Services, worker, plan: pm.Plan, seconds: float = 15) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from wijkteam_desk.ui.plan.autosave import DraftStore
    from wijkteam_desk.ui.plan.plan_editor import PlanEditor

    _app = QApplication.instance() or QApplication([])  # kept alive while editing
    leefgebieden = services.plan_config.list_leefgebieden(worker, include_retired=True)
    store = DraftStore(services.drafts, worker)
    durations: list[float] = []
    original_save = store.save

    def timed_save(key, data):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        original_save(key, data)
        durations.append(time.perf_counter() - t)

    store.save = timed_save  # type: ignore[method-assign]
    editor = PlanEditor(plan, leefgebieden, store, "plan/bench")
    editor.show()
    changes: list[float] = []
    saves: list[float] = []
    editor.autosaver.saved.connect(lambda _t: saves.append(time.monotonic()))
    rng = random.Random(2)
    end = time.monotonic() + seconds

    def edit() -> None:
        if time.monotonic() > end:
            QTimer.singleShot(2500, loop.quit)  # let the last change be saved
            return
        changes.append(time.monotonic())  # before: a change may be saved at once
        kind = rng.random()
        if kind < 0.6:
            editor.goes_well_edit.insertPlainText(rng.choice("abcdefgh "))
        elif kind < 0.8:
            editor.set_score(rng.choice([i.id for i in leefgebieden]), rng.randint(1, 5))
        else:
            editor.add_network_person()
        QTimer.singleShot(rng.randint(80, 400), edit)

    loop = QEventLoop()
    QTimer.singleShot(0, edit)
    loop.exec()
    unsaved = [min((s for s in saves if s >= c), default=float("inf")) - c for c in changes]
    print(f"plan_autosave_edits: {len(changes)} count")
    print(f"plan_autosave_largest_interval: {max(unsaved) * 1000:.0f} ms")
    print(f"plan_autosave_median_interval: {ms(unsaved)} ms")
    print(f"plan_autosave_slowest_save: {max(durations) * 1000:.1f} ms")
    editor.autosaver.discard()
    editor.stack.setClean()
    editor.close()
    QCoreApplication.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=15000)
    args = parser.parse_args()
    t = time.perf_counter()
    services, plan_seconds = build(args.households)
    if plan_seconds is not None:
        print(f"demo_build_{args.households}_households: {time.perf_counter() - t:.1f} s")
        print(f"demo_plans_fill: {plan_seconds:.1f} s")
    from sqlalchemy import func, select

    from wijkteam_desk.store.models import Plan, PlanScore

    with services.db.begin() as session:
        print(f"demo_plans: {session.scalar(select(func.count(Plan.id)))} count")
        print(f"demo_plan_scores: {session.scalar(select(func.count(PlanScore.id)))} count")
    bench_service(services)


if __name__ == "__main__":
    main()
