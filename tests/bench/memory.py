"""Memory with the office-scale database open (DESIGN §5: <= 300 MB RSS).

Starts the real main window the way a user works through a day: a teamleider logs in,
every section of the window is opened once, the busiest dossier is opened in its own
window, a household search runs, the sociale kaart is searched and the kwartaalrapportage
preview is counted and exported as xlsx and PDF. Prints the resident set size after each step and the peak, as
``name: value unit`` lines.

    WIJKTEAM_DESK_DB_KEY=... PYTHONPATH=. python tests/bench/memory.py DATA_DIR

DATA_DIR holds a database made with ``wijkteam-desk --data-dir DATA_DIR demo
--households 15000``. Linux only (reads /proc/self/status).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from wijkteam_desk.paths import Paths  # noqa: E402
from wijkteam_desk.reports.figures import Period  # noqa: E402
from wijkteam_desk.services.system import DEMO_PASSWORD  # noqa: E402
from wijkteam_desk.ui.households.dossier_window import DossierWindow  # noqa: E402
from wijkteam_desk.ui.main_window import MainWindow  # noqa: E402
from wijkteam_desk.wiring import build_services, open_database  # noqa: E402

LIMIT_MB = 300


def status_mb(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(field)


def report(step: str, app: QApplication) -> None:
    app.processEvents()
    print(f"rss_{step}: {status_mb('VmRSS'):.0f} MB")


def main() -> None:
    app = QApplication([sys.argv[0]])
    report("qt_started", app)
    services = build_services(open_database(Paths.default(sys.argv[1])))
    report("database_open", app)
    leader = services.accounts.authenticate("teamleider", DEMO_PASSWORD)
    window = MainWindow(services, leader, sys.argv[1])
    window.show()
    report("main_window", app)
    for row in range(len(window.sections)):
        window.show_section(row)
        app.processEvents()
    report("all_sections_opened", app)

    worker = services.accounts.authenticate("sociaalwerker", DEMO_PASSWORD)
    caseload = services.households.my_caseload(worker)
    busiest = max(caseload, key=lambda r: len(services.contacts.list(worker, r.household_id)))
    dossier = DossierWindow(services, worker, services.households.open(
        worker, busiest.household_id))
    dossier.show()
    report("dossier_open", app)
    for query in ("de", "jan", "hoek"):
        services.households.search(worker, query)
    report("after_searches", app)

    services.reports.quarterly_figures(leader, Period.quarter(2026, 3), leader.team_id)
    report("after_quarterly_figures", app)
    with tempfile.TemporaryDirectory() as folder:
        for fmt in ("xlsx", "pdf"):
            services.reports.export_quarterly(leader, Period.quarter(2026, 3), leader.team_id,
                                              fmt, Path(folder) / f"kwartaal.{fmt}")
            report(f"after_export_{fmt}", app)
    peak = status_mb("VmHWM")
    print(f"rss_peak: {peak:.0f} MB")
    print(f"rss_peak_ratio_to_limit: {peak / LIMIT_MB:.2f}")
    dossier.close()
    window.close()
    services.close()


if __name__ == "__main__":
    main()
