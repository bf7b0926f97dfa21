"""The teamleider hands regie to another worker or an outside party."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit

from wijkteam_desk.errors import KnownError
from wijkteam_desk.ui.households.dossier_form import DossierFormDialog
from wijkteam_desk.ui.messages import show_error

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow


class RegieDialog(DossierFormDialog):
    def __init__(self, window: DossierWindow) -> None:
        super().__init__(QCoreApplication.translate("Huishoudens", "Regievoerder wijzigen"), window)
        self.worker = QComboBox()
        self.worker.addItem(self.tr("(geen medewerker: regie bij externe partij)"), None)
        try:
            workers = self.services.households.list_workers(self.actor)
        except KnownError as error:
            show_error(window, error)
            workers = []
        current = window.dossier.household.regievoerder_id
        for w in workers:
            self.worker.addItem(w.name, w.user_id)
            if w.user_id == current:
                self.worker.setCurrentIndex(self.worker.count() - 1)
        self.external = QLineEdit(window.dossier.household.regie_external)
        self.note = QLineEdit()
        self.add_row(self.tr("&Regievoerder:"), "regievoerder_id", self.worker)
        self.add_row(self.tr("&Externe partij:"), "external_party", self.external)
        self.add_row(self.tr("&Toelichting:"), "note", self.note)
        self.worker.setFocus()

    def save(self) -> Any:
        return self.services.households.assign_regievoerder(
            self.actor, self.window_.household_id, self.worker.currentData(),
            external_party=self.external.text(), note=self.note.text())
