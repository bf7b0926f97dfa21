"""New or changed location of the sociale kaart: address and opening hours."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.socialmap import SocialMapService
from wijkteam_desk.services.socialmap_types import LocationInfo, LocationInput
from wijkteam_desk.ui.socialmap.common import show_error
from wijkteam_desk.ui.socialmap.hours_editor import HoursEditor


class LocationDialog(QDialog):
    def __init__(self, kaart: SocialMapService, actor: Actor,
                 location: LocationInfo | None = None, organization_id: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kaart, self._actor, self._location = kaart, actor, location
        self.saved_id = ""
        self.setWindowTitle(self.tr("Locatie wijzigen") if location else self.tr("Nieuwe locatie"))
        form = QFormLayout(self)
        self.name = QLineEdit(location.name if location else "")
        self.organization = QComboBox()
        self.organization.addItem(self.tr("(geen)"), "")
        for org in kaart.list_organizations(actor):
            self.organization.addItem(org.name, org.id)
        wanted = location.organization_id if location else organization_id
        self.organization.setCurrentIndex(max(0, self.organization.findData(wanted)))
        self.street = QLineEdit(location.address_1 if location else "")
        self.street.setPlaceholderText(self.tr("Straat en huisnummer"))
        self.postcode = QLineEdit(location.postal_code if location else "")
        self.postcode.setPlaceholderText("1234 AB")
        self.city = QLineEdit(location.city if location else "")
        self.transport = QLineEdit(location.transportation if location else "")
        self.hours = HoursEditor()
        self.hours.set_value(location.opening_hours if location else ())
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Organisatie"), self.organization)
        form.addRow(self.tr("&Adres"), self.street)
        form.addRow(self.tr("&Postcode"), self.postcode)
        form.addRow(self.tr("P&laats"), self.city)
        form.addRow(self.tr("&Bereikbaarheid"), self.transport)
        form.addRow(self.tr("Openingstijden"), self.hours)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(620, 420)

    def accept(self) -> None:
        data = LocationInput(self.name.text(), self.organization.currentData() or "",
                             self.street.text(), self.postcode.text(), self.city.text(),
                             transportation=self.transport.text(),
                             opening_hours=self.hours.value())
        try:
            self.saved_id = self._kaart.save_location(
                self._actor, data, self._location.id if self._location else None,
                self._location.version if self._location else None)
        except KnownError as error:
            show_error(self, error)
            return
        super().accept()
