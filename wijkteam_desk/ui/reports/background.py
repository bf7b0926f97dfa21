"""Runs slow work on the global QThreadPool and hands the outcome back to the GUI thread.

The work function never touches widgets; it may report progress through the callback it
is given, which emits a queued signal. Results and errors arrive as signals, delivered in
the thread of the receiving QObject (the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)


class BackgroundTask(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, str], None]], Any]) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self._work = work
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread as is
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


def run_in_background(work: Callable[[Callable[[int, str], None]], Any],
                      on_finished: Callable[[Any], None],
                      on_failed: Callable[[BaseException], None],
                      on_progress: Callable[[int, str], None] | None = None,
                      *, pool: QThreadPool | None = None) -> BackgroundTask:
    """Start ``work(progress)`` off the GUI thread. The callbacks run in the GUI thread."""
    task = BackgroundTask(work)
    task.signals.finished.connect(on_finished)
    task.signals.failed.connect(on_failed)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    (pool or QThreadPool.globalInstance()).start(task)
    return task
