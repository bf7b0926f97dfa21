"""Adding a betrokken collega (e.g. the jeugdspecialist)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit

from wijkteam_desk.errors import KnownError
from wijkteam_desk.ui.households.dossier_form import DossierFormDialog
from wijkteam_desk.ui.messages import show_error

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow


class ColleagueDialog(DossierFormDialog):
    def __init__(self, window: DossierWindow) -> None:
        super().__init__(
            QCoreApplication.translate("Huishoudens", "Betrokken collega toevoegen"), window
        )
        self.colleague = QComboBox()
        try:
            workers = self.services.households.list_workers(self.actor)
        except KnownError as error:
            show_error(window, error)
            workers = []
        taken = {c.user_id for c in window.dossier.colleagues}
        taken.add(window.dossier.household.regievoerder_id or 0)
        for w in workers:
            if w.user_id not in taken:
                self.colleague.addItem(w.name, w.user_id)
        self.role_note = QLineEdit()
        self.role_note.setPlaceholderText(self.tr("bijvoorbeeld jeugdspecialist"))
        self.add_row(self.tr("&Collega:"), "user_id", self.colleague)
        self.add_row(self.tr("&Taak:"), "role_note", self.role_note)
        self.colleague.setFocus()

    def save(self) -> Any:
        return self.services.households.add_colleague(
            self.actor,
            self.window_.household_id,
            self.colleague.currentData() or 0,
            self.role_note.text(),
        )
