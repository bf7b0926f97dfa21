"""Closing a household: the afsluitreden is required."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

from wijkteam_desk.services.household_types import Dossier
from wijkteam_desk.store.models import HouseholdStatus
from wijkteam_desk.ui.households.dossier_form import DossierFormDialog

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow


class CloseDialog(DossierFormDialog):
    def __init__(self, window: DossierWindow) -> None:
        super().__init__(self_title(window), window)
        self.version = window.dossier.household.version
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        self.add_row(self.tr("&Afsluitreden:"), "closing_reason", self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Afsluiten"))
        self.reason.setFocus()

    def save(self) -> Any:
        return self.services.households.set_status(
            self.actor,
            self.window_.household_id,
            HouseholdStatus.AFGESLOTEN,
            self.version,
            self.reason.toPlainText(),
        )

    def reloaded(self, dossier: Dossier) -> None:
        self.version = dossier.household.version


def self_title(window: DossierWindow) -> str:
    return QCoreApplication.translate("Huishoudens", "Huishouden afsluiten – {0}").format(
        window.dossier.household.name
    )
