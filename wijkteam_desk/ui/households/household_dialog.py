"""Changing the household's address and contact details."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit

from wijkteam_desk.services.household_types import Dossier, HouseholdInput
from wijkteam_desk.ui.households.dossier_form import DossierFormDialog

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow

FIELDS = (
    "name",
    "street",
    "house_number",
    "house_number_addition",
    "postcode",
    "city",
    "area",
    "phone",
    "email",
    "language",
)


class HouseholdDialog(DossierFormDialog):
    def __init__(self, window: DossierWindow) -> None:
        super().__init__(
            QCoreApplication.translate("Huishoudens", "Gegevens huishouden wijzigen"), window
        )
        h = window.dossier.household
        self.version = h.version
        labels = {
            "name": self.tr("&Naam:"),
            "street": self.tr("&Straat:"),
            "house_number": self.tr("&Huisnummer:"),
            "house_number_addition": self.tr("&Toevoeging:"),
            "postcode": self.tr("&Postcode:"),
            "city": self.tr("&Woonplaats:"),
            "area": self.tr("Wij&k of dorp:"),
            "phone": self.tr("T&elefoon:"),
            "email": self.tr("E-&mail:"),
            "language": self.tr("T&aal:"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for field in FIELDS:
            value = getattr(h, field)
            edit = QLineEdit("" if value is None else str(value))
            self.edits[field] = edit
            self.add_row(labels[field], field, edit)
        self.edits["postcode"].setPlaceholderText("8921 AB")
        self.edits["phone"].setPlaceholderText("058 123 4567")
        self.interpreter = QCheckBox(self.tr("T&olk nodig"))
        self.interpreter.setChecked(h.interpreter_needed)
        self.add_row("", "interpreter_needed", self.interpreter)
        self.edits["name"].setFocus()

    def data(self) -> HouseholdInput:
        values = {f: e.text() for f, e in self.edits.items()}
        return HouseholdInput(interpreter_needed=self.interpreter.isChecked(), **values)

    def save(self) -> Any:
        return self.services.households.update(
            self.actor, self.window_.household_id, self.data(), self.version
        )

    def reloaded(self, dossier: Dossier) -> None:
        self.version = dossier.household.version
