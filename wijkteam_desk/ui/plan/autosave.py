"""Automatic saving of the plan being edited as a draft, so a crash loses seconds at most.

Drafts go through the drafts service into the (encrypted) database rather than to a plain
file: a plan is personal data and must stay encrypted at rest.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.drafts import DraftService

INTERVAL_MS = 2000  # the timer; a command also saves at once when none saved for a second
MIN_GAP_S = 1.0


class DraftStore:
    """The acting user's drafts, through the drafts service."""

    def __init__(self, drafts: DraftService, actor: Actor) -> None:
        self._drafts = drafts
        self._actor = actor

    def save(self, key: str, data: dict[str, Any]) -> None:
        self._drafts.save(self._actor, key, data)

    def take(self, key: str) -> dict[str, Any] | None:
        return self._drafts.take(self._actor, key)


class AutoSaver(QObject):
    """Saves ``snapshot()`` under ``key`` when something changed: at once after a change if
    the last save is a second old, otherwise on the next tick of a 2-second timer."""

    saved = Signal(float)  # time.monotonic() of the save
    failed = Signal(str)

    def __init__(self, store: DraftStore, key: str, snapshot: Callable[[], dict[str, Any]],
                 parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._store, self._key, self._snapshot = store, key, snapshot
        self._dirty = False
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.save_if_dirty)
        self._timer.start()

    def changed(self) -> None:
        self._dirty = True
        if time.monotonic() - self._last >= MIN_GAP_S:
            self.save_if_dirty()

    def save_if_dirty(self) -> None:
        if not self._dirty:
            return
        try:
            self._store.save(self._key, self._snapshot())
        except Exception as exc:  # noqa: BLE001 - keep editing; the window shows the problem
            self.failed.emit(str(exc))
            return
        self._dirty = False
        self._last = time.monotonic()
        self.saved.emit(self._last)

    def take_draft(self) -> dict[str, Any] | None:
        return self._store.take(self._key)

    def discard(self) -> None:
        """The plan was saved or thrown away: the draft is no longer needed."""
        self._dirty = False
        self._store.take(self._key)

    def stop(self) -> None:
        self._timer.stop()
