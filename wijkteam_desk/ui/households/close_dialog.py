"""Closing a household: a standard afsluitreden is required (the gemeente counts these,
never the typed text); the toelichting only for "Andere reden"."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QPlainTextEdit

from wijkteam_desk.services.household_types import Dossier
from wijkteam_desk.store.models import ClosingCategory, HouseholdStatus
from wijkteam_desk.ui.households import texts
from wijkteam_desk.ui.households.dossier_form import DossierFormDialog
from wijkteam_desk.ui.households.widgets import enum_of, fill_enum

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow


class CloseDialog(DossierFormDialog):
    def __init__(self, window: DossierWindow) -> None:
        super().__init__(self_title(window), window)
        self.version = window.dossier.household.version
        self.category = QComboBox()
        self.category.setPlaceholderText(self.tr("Kies een afsluitreden…"))
        fill_enum(self.category, texts.closing_category_names())
        self.category.setCurrentIndex(-1)  # a deliberate choice, never a default
        self.category.setMaxVisibleItems(self.category.count())
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        self.add_row(self.tr("&Afsluitreden:"), "closing_category", self.category)
        self.add_row(self.tr("&Toelichting (verplicht bij ‘Andere reden’):"), "closing_reason",
                     self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Afsluiten"))
        # the long toelichting caption takes room: keep the fields (and their messages) wide
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)
        self.category.setFocus()

    def save(self) -> Any:
        return self.services.households.set_status(
            self.actor,
            self.window_.household_id,
            HouseholdStatus.AFGESLOTEN,
            self.version,
            self.reason.toPlainText(),
            category=enum_of(self.category, ClosingCategory),
        )

    def reloaded(self, dossier: Dossier) -> None:
        self.version = dossier.household.version


def self_title(window: DossierWindow) -> str:
    return QCoreApplication.translate("Huishoudens", "Huishouden afsluiten – {0}").format(
        window.dossier.household.name
    )
