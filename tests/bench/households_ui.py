"""Benchmark of the households screens on a demo database: building the dossier window
for the household with the most contact moments, a type-ahead round trip in the
"Mijn huishoudens" page (service call plus model reset), and loading the caseload.
Prints one ``name: value unit`` per line.

    WIJKTEAM_DESK_DB_KEY=... PYTHONPATH=. python tests/bench/households_ui.py DATA_DIR

DATA_DIR holds a database made with ``wijkteam-desk --data-dir DATA_DIR demo``.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from wijkteam_desk.paths import Paths  # noqa: E402
from wijkteam_desk.services.system import DEMO_PASSWORD  # noqa: E402
from wijkteam_desk.ui.households.dossier_window import DossierWindow  # noqa: E402
from wijkteam_desk.ui.households.households_page import HouseholdsPage  # noqa: E402
from wijkteam_desk.wiring import build_services, open_database  # noqa: E402


def timed(func, repeat: int = 20) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    app = QApplication([sys.argv[0]])
    services = build_services(open_database(Paths.default(sys.argv[1])))
    worker = services.accounts.authenticate("sociaalwerker", DEMO_PASSWORD)
    page = HouseholdsPage(services, worker)
    caseload = services.households.my_caseload(worker)
    busiest = max(caseload, key=lambda r: len(services.contacts.list(worker, r.household_id)))
    dossier = services.households.open(worker, busiest.household_id)

    def open_window() -> None:
        window = DossierWindow(services, worker, services.households.open(
            worker, busiest.household_id))
        window.deleteLater()

    p50, p95 = timed(open_window)
    print(f"dossier_window_contacts: {len(dossier.contacts)} contacts")
    print(f"dossier_window_open_p50: {p50:.1f} ms")
    print(f"dossier_window_open_p95: {p95:.1f} ms")
    for query in ("de", "hoek", "89"):
        page.search.setText(query)
        p50, p95 = timed(page.run_search)
        print(f"search_roundtrip_{query}_p50: {p50:.1f} ms")
        print(f"search_roundtrip_{query}_p95: {p95:.1f} ms")
    p50, p95 = timed(page.refresh, 10)
    print(f"caseload_refresh_p50: {p50:.1f} ms ({page.caseload_model.rowCount()} rows)")
    services.close()
    app.quit()


if __name__ == "__main__":
    main()
