"""Bugs go to the crash dialog with a traceback; known errors get a calm message."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import message_boxes
from wijkteam_desk.errors import DiskFullError
from wijkteam_desk.ui.crash import CrashHandler
from wijkteam_desk.ui.crash_dialog import CrashDialog


def _raise_in_action(secret: str) -> None:
    raise RuntimeError("onverwachte toestand")


def test_bug_shows_traceback_without_local_values(qtbot: QtBot) -> None:
    handler = CrashHandler()
    try:
        secret = "Jansen, BSN " + str(123456782)
        _raise_in_action(secret)
    except RuntimeError:
        handler.handle(*sys.exc_info())  # type: ignore[arg-type]
    dialog = handler.last_dialog
    assert isinstance(dialog, CrashDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    report = dialog.report.toPlainText()
    assert "Traceback" in report and "RuntimeError: onverwachte toestand" in report
    assert "_raise_in_action" in report
    assert "123456782" not in report  # local values are not in the report
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report


def test_known_error_shows_calm_message(qtbot: QtBot) -> None:
    handler = CrashHandler()
    handler.handle(DiskFullError, DiskFullError(), None)
    assert handler.last_dialog is None
    boxes = message_boxes()
    assert len(boxes) == 1 and boxes[0].text().startswith("De schijf is vol.")


def test_install_and_uninstall_the_hook() -> None:
    previous = sys.excepthook
    handler = CrashHandler()
    handler.install()
    try:
        assert sys.excepthook == handler.handle
    finally:
        handler.uninstall()
    assert sys.excepthook is previous

