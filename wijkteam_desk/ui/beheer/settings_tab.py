"""Beheer, tab Instellingen: the suppression threshold of the reports (counts below it
are shown as "<n" so nobody can be recognised)."""

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
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.threshold.setText(str(self.services.reports.threshold()))

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
