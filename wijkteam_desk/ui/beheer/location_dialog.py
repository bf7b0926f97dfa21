"""Create or edit a location (buurtkamer, dorpskamer, kantoor)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from wijkteam_desk.services.accounts import LocationInfo, LocationInput
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.store.models import LocationKind
from wijkteam_desk.ui.form_dialog import FormDialog
from wijkteam_desk.ui.models import location_kind_names

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class LocationDialog(FormDialog):
    def __init__(self, services: Services, actor: Actor, location: LocationInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nieuwe locatie") if location is None
                         else self.tr("Locatie wijzigen"), parent)
        self.setObjectName("locatie-dialoog")
        self.services = services
        self.actor = actor
        self.location = location
        self.name = QLineEdit()
        self.add_row(self.tr("&Naam:"), "name", self.name)
        self.kind = QComboBox()
        for kind, text in location_kind_names().items():
            self.kind.addItem(text, kind.value)
        self.add_row(self.tr("&Soort:"), "kind", self.kind)
        self.team = QComboBox()
        self.team.addItem(self.tr("(geen team)"), None)
        for team in services.accounts.list_teams(actor, include_inactive=False):
            self.team.addItem(team.name, team.id)
        self.add_row(self.tr("&Team:"), "team_id", self.team)
        self.address = QLineEdit()
        self.add_row(self.tr("&Adres:"), "address", self.address)
        self.prefix = QLineEdit()
        self.prefix.setMaxLength(3)
        self.prefix.setToolTip(self.tr("Letter(s) voor de volgnummers van de inloop, bijv. B"))
        self.add_row(self.tr("&Letter volgnummers:"), "ticket_prefix", self.prefix)
        if location is not None:
            self.name.setText(location.name)
            self.kind.setCurrentIndex(max(self.kind.findData(location.kind.value), 0))
            index = self.team.findData(location.team_id)
            if index < 0 and location.team_id is not None:
                self.team.addItem(location.team_name, location.team_id)
                index = self.team.count() - 1
            self.team.setCurrentIndex(max(index, 0))
            self.address.setText(location.address)
            self.prefix.setText(location.ticket_prefix)
        self.name.setFocus()

    def save(self) -> LocationInfo:
        data = LocationInput(self.name.text(), LocationKind(self.kind.currentData()),
                             self.team.currentData(), self.address.text(), self.prefix.text())
        if self.location is None:
            return self.services.accounts.create_location(self.actor, data)
        return self.services.accounts.update_location(self.actor, self.location.id, data,
                                                      self.location.version)
