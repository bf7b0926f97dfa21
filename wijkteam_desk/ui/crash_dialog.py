"""The crash dialog: a bug happened. Shows the traceback (no local variables, no SQL
parameters) so a beheerder can pass it on."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk import __version__


def format_crash(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> str:
    """The report text. ``format_exception`` never includes local variables; the engines
    use ``hide_parameters`` so SQL errors carry no values."""
    lines = traceback.format_exception(exc_type, exc, tb)
    return f"Wijkteam Desk {__version__}, Python {sys.version.split()[0]}\n\n" + "".join(lines)


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Er ging iets mis"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(720, 480)
        intro = QLabel(self.tr(
            "Er is een fout in Wijkteam Desk opgetreden. Wat u al had opgeslagen is bewaard. "
            "Kopieer het foutrapport hieronder en stuur het naar de beheerder. Het rapport "
            "bevat geen persoonsgegevens."))
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Foutrapport"))
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Kopiëren"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.copy_button.setFocus()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copy_button.setText(self.tr("Gekopieerd"))
