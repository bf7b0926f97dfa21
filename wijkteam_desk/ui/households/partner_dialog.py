"""Adding a betrokken partner (bewindvoerder, huisarts, woningcorporatie…), typed freely
until the sociale kaart can be linked."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from wijkteam_desk.services.household_types import PartnerInput
from wijkteam_desk.ui.households.dossier_form import DossierFormDialog

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow


class PartnerDialog(DossierFormDialog):
    def __init__(self, window: DossierWindow) -> None:
        super().__init__(
            QCoreApplication.translate("Huishoudens", "Betrokken partner toevoegen"), window
        )
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("bijvoorbeeld bewindvoerder, huisarts"))
        self.phone = QLineEdit()
        self.add_row(self.tr("&Naam:"), "name", self.name)
        self.add_row(self.tr("&Organisatie:"), "organisation", self.organisation)
        self.add_row(self.tr("&Rol:"), "role", self.role)
        self.add_row(self.tr("&Telefoon:"), "phone", self.phone)
        self.name.setFocus()

    def save(self) -> Any:
        return self.services.households.add_partner(
            self.actor,
            self.window_.household_id,
            PartnerInput(
                self.name.text(), self.organisation.text(), self.role.text(), self.phone.text()
            ),
        )
