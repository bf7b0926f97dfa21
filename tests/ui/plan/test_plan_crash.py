"""Kill -9 while editing: on restart the draft is offered with the last change."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.conftest import TEST_PASSWORD, ActorFactory
from tests.reports.plan_sample import plan as sample_plan
from wijkteam_desk.store.models import Role
from wijkteam_desk.ui.plan.autosave import DraftStore
from wijkteam_desk.ui.plan.plan_editor import PlanEditor
from wijkteam_desk.wiring import Services

ROOT = Path(__file__).resolve().parents[3]


def test_a_killed_editor_offers_its_draft_back(qtbot, sqlite_services: Services,  # type: ignore[no-untyped-def]
                                               monkeypatch) -> None:
    factory = ActorFactory(sqlite_services)
    worker = factory(Role.SOCIAAL_WERKER, name="sietske")
    marker = "Laatste wijziging vlak voor de crash"
    db_path = sqlite_services.db.path
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.plan.editor_child", str(db_path), "sietske",
         TEST_PASSWORD, marker], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = child.stdout.readline()  # type: ignore[union-attr]
            if not line:
                break
            lines.append(line.strip())
            if line.strip() == "AUTOSAVED":
                break
        assert lines[-1:] == ["AUTOSAVED"], lines
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        child.stdout.close()  # type: ignore[union-attr]
    assert child.returncode == -signal.SIGKILL

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    leefgebieden = sqlite_services.plan_config.list_leefgebieden(worker, include_retired=True)
    editor = PlanEditor(sample_plan(), leefgebieden, DraftStore(sqlite_services.drafts, worker),
                        "plan/1")
    assert editor.offer_draft()
    assert asked and "niet-opgeslagen" in asked[0]
    assert editor.plan.goes_well == marker
    assert "Eerste wijziging" in [g.text for g in editor.plan.goals]
    assert editor.goes_well_edit.toPlainText() == marker
    editor.stack.undo()  # restoring the draft is itself undoable
    assert editor.plan == sample_plan()
    editor.stack.setClean()
    editor.close()
    editor.deleteLater()
