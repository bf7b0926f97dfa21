"""Start-up benchmark (DESIGN §5): process start to login window, against a bare PySide6
window on the same machine. Offscreen; median of several runs, interleaved.

    PYTHONPATH=. python tests/bench/startup.py [--runs 7]

Prints ``startup_login``, ``startup_login_ready`` (the database open and the login button
enabled), ``startup_bare_qt`` and the ratios.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Runs in the child: reports when the window first paints, then quits.
_COMMON = r"""
import sys, time
START = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication.instance() or QApplication([sys.argv[0]])
class Spy(QObject):
    def __init__(self, cls_name):
        super().__init__()
        self.cls_name = cls_name
        self.done = False
    def eventFilter(self, obj, event):
        if (not self.done and event.type() == QEvent.Type.Paint
                and type(obj).__name__ == self.cls_name):
            self.done = True
            print(f"shown {(time.time() - START) * 1000:.1f}", flush=True)
            on_shown()
        return False
"""

BARE = _COMMON + r"""
from PySide6.QtWidgets import QWidget
def on_shown():
    QTimer.singleShot(0, app.quit)
spy = Spy("QWidget")
app.installEventFilter(spy)
w = QWidget()
w.resize(440, 360)
w.show()
app.exec()
"""

LOGIN = _COMMON + r"""
def on_shown():
    pass
spy = Spy("LoginWindow")
app.installEventFilter(spy)
from wijkteam_desk.ui import login_window
original = login_window.LoginWindow.attach
def attach(self, services):
    original(self, services)
    print(f"ready {(time.time() - START) * 1000:.1f}", flush=True)
    QTimer.singleShot(0, app.quit)
login_window.LoginWindow.attach = attach
from wijkteam_desk.cli import main
main(["--data-dir", sys.argv[2]])
"""


def _run(code: str, *args: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, str(start), *args], env=env,
                         capture_output=True, text=True, timeout=60, check=True).stdout
    values = {}
    for line in out.splitlines():
        name, _, value = line.partition(" ")
        if name in ("shown", "ready"):
            values[name] = float(value)
    return values


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "data")
        os.environ["WIJKTEAM_DESK_DB_KEY"] = "bench-sleutel"
        subprocess.run([sys.executable, "-m", "wijkteam_desk", "--data-dir", data, "demo"],
                       env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True,
                       capture_output=True)
        _run(LOGIN, data)  # warm the file cache and the daily backup
        _run(BARE)
        bare, shown, ready = [], [], []
        for _ in range(options.runs):
            bare.append(_run(BARE)["shown"])
            login = _run(LOGIN, data)
            shown.append(login["shown"])
            ready.append(login["ready"])
    b, s, r = statistics.median(bare), statistics.median(shown), statistics.median(ready)
    print(f"startup_login: {s:.0f} ms")
    print(f"startup_login_ready: {r:.0f} ms")
    print(f"startup_bare_qt: {b:.0f} ms")
    print(f"startup_ratio: {s / b:.2f}")
    print(f"startup_ready_ratio: {r / b:.2f}")


if __name__ == "__main__":
    main()
