"""``sys.excepthook`` for the GUI. Kept light: the crash dialog is imported only when a
bug actually happens, so installing the handler costs nothing at start-up."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from wijkteam_desk.errors import KnownError
from wijkteam_desk.ui.messages import show_error

if TYPE_CHECKING:
    from wijkteam_desk.ui.crash_dialog import CrashDialog


class CrashHandler:
    """``sys.excepthook``: known errors as a calm message, bugs in the crash dialog."""

    def __init__(self) -> None:
        self._previous = sys.excepthook
        self.last_dialog: CrashDialog | None = None

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        parent = QApplication.activeWindow()
        if parent is not None and not parent.isVisible():
            parent = None
        if isinstance(exc, KnownError):
            show_error(parent, exc)
            return
        from wijkteam_desk.ui.crash_dialog import CrashDialog, format_crash

        report = format_crash(exc_type, exc, tb)
        print(report, file=sys.stderr)
        self.last_dialog = CrashDialog(report, parent)
        self.last_dialog.open()
