""""Nieuwe aanmelding": a worker registers a signal for the teamleider to triage."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.household_types import SignalInput
from wijkteam_desk.store.models import SignalSource, Urgency
from wijkteam_desk.ui.form_dialog import FormDialog
from wijkteam_desk.ui.households import texts
from wijkteam_desk.ui.households.widgets import enum_of, fill_enum, select_enum

TEXT_FIELDS = ("name", "phone", "email", "street", "house_number", "house_number_addition",
               "postcode", "city")


class SignalDialog(FormDialog):
    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Huishoudens", "Nieuwe aanmelding"),
                         parent)
        self.services = services
        self.actor = actor
        self.source = QComboBox()
        fill_enum(self.source, texts.source_names())
        select_enum(self.source, SignalSource.EIGEN_WAARNEMING)
        self.urgency = QComboBox()
        fill_enum(self.urgency, texts.urgency_names())
        self.received = QDateEdit(QDate.currentDate())
        self.received.setDisplayFormat("dd-MM-yyyy")
        self.received.setCalendarPopup(True)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4 + 12)
        labels = {"name": self.tr("&Naam bewoner:"), "phone": self.tr("&Telefoon:"),
                  "email": self.tr("&E-mail:"), "street": self.tr("&Straat:"),
                  "house_number": self.tr("&Huisnummer:"),
                  "house_number_addition": self.tr("T&oevoeging:"),
                  "postcode": self.tr("&Postcode:"), "city": self.tr("&Woonplaats:")}
        self.add_row(self.tr("&Bron:"), "source", self.source)
        self.add_row(self.tr("&Urgentie:"), "urgency", self.urgency)
        self.add_row(self.tr("&Ontvangen op:"), "received_on", self.received)
        self.add_row(self.tr("&Omschrijving:"), "description", self.description)
        self.edits: dict[str, QLineEdit] = {}
        for field in TEXT_FIELDS:
            self.edits[field] = QLineEdit()
            self.add_row(labels[field], field, self.edits[field])
        self.edits["postcode"].setPlaceholderText("8921 AB")
        self.source.setFocus()

    def data(self) -> SignalInput:
        return SignalInput(
            source=enum_of(self.source, SignalSource),  # type: ignore[arg-type]
            urgency=enum_of(self.urgency, Urgency) or Urgency.NORMAAL,
            description=self.description.toPlainText(),
            received_on=self.received.date().toPython(),  # type: ignore[arg-type]
            **{f: e.text() for f, e in self.edits.items()})

    def save(self) -> Any:
        return self.services.signals.create(self.actor, self.data())
