"""Beheer, tab Instellingen: the suppression threshold of the reports (counts below it
are shown as "<n" so nobody can be recognised) and the bewaartermijn (years after
afsluiting before a closed dossier goes on the teamleider's vernietigingslijst) and after
how many idle minutes every PC locks its screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.retention import MAX_YEARS, MIN_YEARS
from wijkteam_desk.services.system import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES
from wijkteam_desk.ui.messages import show_error, show_message

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class SettingsTab(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.threshold = QLineEdit()
        self.threshold.setMaximumWidth(80)
        self.threshold.setAccessibleName(self.tr("Drempel rapportages"))
        self.threshold.returnPressed.connect(self.save)
        self.save_button = QPushButton(self.tr("&Opslaan"))
        self.save_button.clicked.connect(self.save)
        explanation = QLabel(self.tr(
            "Aantallen onder de drempel staan in de rapportages als \u201c<drempel\u201d, zodat "
            "niemand herkenbaar is. De drempel is een heel getal van 2 of meer."))
        explanation.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.threshold)
        row.addWidget(self.save_button)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Drempel rapportages"), row)
        self.retention_years = QLineEdit()
        self.retention_years.setMaximumWidth(80)
        self.retention_years.setAccessibleName(self.tr("Bewaartermijn in jaren"))
        self.retention_years.returnPressed.connect(self.save_retention)
        self.retention_button = QPushButton(self.tr("Bewaartermijn o&pslaan"))
        self.retention_button.clicked.connect(self.save_retention)
        retention_row = QHBoxLayout()
        retention_row.addWidget(self.retention_years)
        retention_row.addWidget(QLabel(self.tr("jaar na de afsluiting")))
        retention_row.addWidget(self.retention_button)
        retention_row.addStretch(1)
        retention_explanation = QLabel(self.tr(
            "Na de bewaartermijn komt een afgesloten dossier op de vernietigingslijst van de "
            "teamleider; na diens goedkeuring wordt het geanonimiseerd. De bewaartermijn is "
            "een heel aantal jaren van 1 tot en met 30."))
        retention_explanation.setWordWrap(True)
        retention_form = QFormLayout()
        retention_form.addRow(self.tr("&Bewaartermijn"), retention_row)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addSpacing(self.fontMetrics().lineSpacing())
        layout.addWidget(retention_explanation)
        layout.addLayout(retention_form)
        layout.addSpacing(self.fontMetrics().lineSpacing())
        self.idle_minutes = QLineEdit()
        self.idle_minutes.setMaximumWidth(80)
        self.idle_minutes.setAccessibleName(self.tr("Schermvergrendeling in minuten"))
        self.idle_minutes.returnPressed.connect(self.save_idle)
        self.idle_button = QPushButton(self.tr("Vergrendeling op&slaan"))
        self.idle_button.clicked.connect(self.save_idle)
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle_minutes)
        idle_row.addWidget(QLabel(self.tr("minuten zonder muis of toetsenbord")))
        idle_row.addWidget(self.idle_button)
        idle_row.addStretch(1)
        idle_explanation = QLabel(self.tr(
            "Computers in de buurtkamers worden door meer mensen gebruikt. Na deze tijd "
            "zonder gebruik vergrendelt het scherm; dit geldt voor alle computers vanaf de "
            "volgende keer inloggen. Kies 1 tot en met 60 minuten."))
        idle_explanation.setWordWrap(True)
        idle_form = QFormLayout()
        idle_form.addRow(self.tr("Scherm &vergrendelen na"), idle_row)
        layout.addWidget(idle_explanation)
        layout.addLayout(idle_form)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.threshold.setText(str(self.services.reports.threshold()))
        try:
            self.retention_years.setText(str(self.services.retention.years(self.actor)))
            minutes = self.services.system.idle_lock_minutes(self.actor)
        except KnownError as error:
            show_error(self, error)
            return
        self.idle_minutes.setText("" if minutes is None else str(minutes))
        self.idle_minutes.setPlaceholderText("10")

    def save_idle(self) -> None:
        try:
            minutes = int(self.idle_minutes.text().strip())
        except ValueError:
            minutes = 0
        if not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
            show_message(self, self.tr("Vul een heel aantal minuten van 1 tot en met 60 in."),
                         warning=True)
            self.idle_minutes.setFocus()
            return
        try:
            self.services.system.set_idle_lock_minutes(self.actor, minutes)
        except KnownError as error:
            show_error(self, error)
            self.idle_minutes.setFocus()
            return
        self.refresh()
        show_message(self, self.tr("De schermvergrendeling is opgeslagen; ze geldt vanaf de "
                                   "volgende keer inloggen."))

    def save_retention(self) -> None:
        try:
            years = int(self.retention_years.text().strip())
        except ValueError:
            years = 0
        if not MIN_YEARS <= years <= MAX_YEARS:
            show_message(self, self.tr("Vul als bewaartermijn een heel aantal jaren van 1 tot "
                                       "en met 30 in."), warning=True)
            self.retention_years.setFocus()
            return
        try:
            self.services.retention.set_years(self.actor, years)
        except KnownError as error:
            show_error(self, error)
            self.retention_years.setFocus()
            return
        self.refresh()
        show_message(self, self.tr("De bewaartermijn is opgeslagen."))

    def save(self) -> None:
        text = self.threshold.text().strip()
        try:
            value = int(text)
        except ValueError:
            value = 0
        if value < 2:
            show_message(self, self.tr("Vul als drempel een heel getal van 2 of meer in."),
                         warning=True)
            self.threshold.setFocus()
            return
        try:
            self.services.reports.set_threshold(self.actor, value)
        except KnownError as error:
            show_error(self, error)
            self.threshold.setFocus()
            return
        self.refresh()
        show_message(self, self.tr("De drempel is opgeslagen."))
