"""Langer bewaren: the teamleider keeps one closed dossier off the vernietigingslijst
until a date, for a stated reason (e.g. a lopende klacht of procedure)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError, ValidationError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.retention import RetentionRow
from wijkteam_desk.ui.forms import error_label
from wijkteam_desk.ui.messages import error_text

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class HoldDialog(QDialog):
    """``saved`` is emitted after the hold was stored."""

    saved = Signal()

    def __init__(self, services: Services, actor: Actor, row: RetentionRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.row = row
        self.setWindowTitle(self.tr("Langer bewaren – {0}").format(row.number))
        intro = QLabel(self.tr(
            "Huishouden {0} ({1}) blijft tot de gekozen datum bewaard en staat tot dan niet op "
            "de vernietigingslijst. Schrijf op waarom, bijvoorbeeld een lopende klacht of "
            "procedure.").format(row.number, row.area or self.tr("geen wijk")))
        intro.setWordWrap(True)
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("d-M-yyyy")
        start = row.hold_until or date.today() + timedelta(days=365)
        self.until.setDate(QDate(start.year, start.month, start.day))
        self.until.setAccessibleName(self.tr("Bewaren tot"))
        self.reason = QPlainTextEdit(row.hold_reason)
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reden"))
        self.reason.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Bewaren &tot"), self.until)
        form.addRow(self.tr("&Reden"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.reason.setFocus()
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    def save(self) -> None:
        until = self.until.date().toPython()
        try:
            self.services.retention.hold(self.actor, self.row.household_id, until,
                                         self.reason.toPlainText())
        except ValidationError as error:
            self.error.setText(error_text(error))
            self.error.show()
            (self.until if error.field == "until" else self.reason).setFocus()
            return
        except KnownError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.saved.emit()
        self.accept()
