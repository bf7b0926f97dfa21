"""Recording that a resident gives or withdraws consent for one purpose."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from wijkteam_desk.services.household_types import ConsentInfo
from wijkteam_desk.store.models import ConsentPurpose, MemberRole
from wijkteam_desk.ui.households import texts
from wijkteam_desk.ui.households.dossier_form import DossierFormDialog
from wijkteam_desk.ui.households.widgets import enum_of, fill_enum, select_enum

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow


class ConsentDialog(DossierFormDialog):
    def __init__(self, window: DossierWindow, current: ConsentInfo | None, given: bool) -> None:
        super().__init__(
            QCoreApplication.translate("Huishoudens", "Toestemming vastleggen")
            if given
            else QCoreApplication.translate("Huishoudens", "Toestemming intrekken"),
            window,
        )
        self.purpose = QComboBox()
        fill_enum(self.purpose, texts.purpose_names())
        self.partner = QLineEdit(current.partner if current else "")
        self.partner.setPlaceholderText(self.tr("alleen bij delen en doorverwijzen"))
        self.given = QRadioButton(self.tr("&gegeven"))
        self.withdrawn = QRadioButton(self.tr("&ingetrokken"))
        group = QButtonGroup(self)
        group.addButton(self.given)
        group.addButton(self.withdrawn)
        (self.given if given else self.withdrawn).setChecked(True)
        choice = QWidget()
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.given)
        row.addWidget(self.withdrawn)
        row.addStretch(1)
        choice.setAccessibleName(self.tr("Toestemming"))
        heads = [m.full_name for m in window.dossier.members if m.role is MemberRole.HOOFDBEWONER]
        self.given_by = QLineEdit(current.given_by if current else (heads[0] if heads else ""))
        if current is not None:
            select_enum(self.purpose, current.purpose)
        self.add_row(self.tr("&Doel:"), "purpose", self.purpose)
        self.add_row(self.tr("&Partner:"), "partner", self.partner)
        self.add_row(self.tr("Toestemming:"), "given", choice)
        self.add_row(self.tr("Door &bewoner:"), "given_by", self.given_by)
        (self.purpose if current is None else self.given_by).setFocus()

    def save(self) -> Any:
        return self.services.consent.record(
            self.actor,
            self.window_.household_id,
            enum_of(self.purpose, ConsentPurpose),
            self.given.isChecked(),
            self.given_by.text(),
            partner=self.partner.text(),
        )
