"""Run by test_plan_crash: an editor that makes an edit, reports the autosave and waits to
be killed. Usage: python -m tests.ui.plan.editor_child DB USER PASSWORD MARKER"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.conftest import TEST_KEY  # noqa: E402
from tests.reports.plan_sample import plan as sample_plan  # noqa: E402
from wijkteam_desk.store.engine import Database  # noqa: E402
from wijkteam_desk.ui.plan.autosave import DraftStore  # noqa: E402
from wijkteam_desk.ui.plan.plan_editor import PlanEditor  # noqa: E402
from wijkteam_desk.wiring import build_services  # noqa: E402


def main() -> None:
    db_path, username, password, marker = sys.argv[1:5]
    app = QApplication([])
    services = build_services(Database.open_sqlite(Path(db_path), TEST_KEY))
    actor = services.accounts.authenticate(username, password)
    leefgebieden = services.plan_config.list_leefgebieden(actor, include_retired=True)
    editor = PlanEditor(sample_plan(), leefgebieden, DraftStore(services.drafts, actor),
                        "plan/1")
    editor.show()

    def report(_when: float) -> None:
        if marker in editor.plan.goes_well:
            print("AUTOSAVED", flush=True)

    editor.autosaver.saved.connect(report)

    def edit() -> None:
        editor.add_goal("Eerste wijziging")          # saved at once
        editor.goes_well_edit.setFocus()
        editor.goes_well_edit.setPlainText(marker)  # within a second: saved by the timer
        print("EDITED", flush=True)

    QTimer.singleShot(100, edit)
    app.exec()


if __name__ == "__main__":
    main()
