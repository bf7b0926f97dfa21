""""Nieuwe aanmelding": a worker registers a signal for the teamleider to triage. The
subdomain follows the source (vroegsignalering -> schulden, school -> jeugd) until the
worker picks one: recorded for the gemeente's figures without extra typing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.household_types import SignalInput, default_subdomain
from wijkteam_desk.store.models import SignalSource, Subdomain, Urgency
from wijkteam_desk.ui.form_dialog import FormDialog
from wijkteam_desk.ui.households import texts
from wijkteam_desk.ui.households.widgets import (
    enum_of,
    fill_enum,
    fill_optional_enum,
    select_enum,
    select_optional_enum,
)

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
        self.subdomain = QComboBox()
        fill_optional_enum(self.subdomain, self.tr("Niet vastgelegd"), texts.subdomain_names())
        self.subdomain.setToolTip(self.tr("Waar de ondersteuningsvraag onder valt: jeugd, Wmo, "
                                          "participatie of schulden."))
        self.subdomain_chosen = False  # the worker's own choice is never overwritten
        self.subdomain.activated.connect(self._subdomain_picked)
        self.source.currentIndexChanged.connect(self._source_changed)
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
        self.add_row(self.tr("Sub&domein:"), "subdomain", self.subdomain)
        self.add_row(self.tr("&Urgentie:"), "urgency", self.urgency)
        self.add_row(self.tr("&Ontvangen op:"), "received_on", self.received)
        self.add_row(self.tr("&Omschrijving:"), "description", self.description)
        self.edits: dict[str, QLineEdit] = {}
        for field in TEXT_FIELDS:
            self.edits[field] = QLineEdit()
            self.add_row(labels[field], field, self.edits[field])
        self.edits["postcode"].setPlaceholderText("8921 AB")
        self.source.setFocus()

    def _subdomain_picked(self, _index: int) -> None:
        self.subdomain_chosen = True

    def _source_changed(self, _index: int) -> None:
        if not self.subdomain_chosen:
            select_optional_enum(self.subdomain,
                                 default_subdomain(enum_of(self.source, SignalSource)))

    def data(self) -> SignalInput:
        return SignalInput(
            source=enum_of(self.source, SignalSource),  # type: ignore[arg-type]
            urgency=enum_of(self.urgency, Urgency) or Urgency.NORMAAL,
            subdomain=enum_of(self.subdomain, Subdomain),
            description=self.description.toPlainText(),
            received_on=self.received.date().toPython(),  # type: ignore[arg-type]
            **{f: e.text() for f, e in self.edits.items()})

    def save(self) -> Any:
        return self.services.signals.create(self.actor, self.data())
