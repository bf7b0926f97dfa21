"""New or changed organisation (beheerder, teamleider)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.socialmap import SocialMapService
from wijkteam_desk.services.socialmap_types import OrganizationInfo, OrganizationInput
from wijkteam_desk.ui.socialmap.common import show_error


class OrganizationDialog(QDialog):
    def __init__(self, kaart: SocialMapService, actor: Actor,
                 organization: OrganizationInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kaart, self._actor, self._org = kaart, actor, organization
        self.saved: OrganizationInfo | None = None
        self.setWindowTitle(self.tr("Organisatie wijzigen") if organization
                            else self.tr("Nieuwe organisatie"))
        form = QFormLayout(self)
        self.name = QLineEdit(organization.name if organization else "")
        self.description = QPlainTextEdit(organization.description if organization else "")
        self.description.setTabChangesFocus(True)
        self.phone = QLineEdit(organization.phone if organization else "")
        self.email = QLineEdit(organization.email if organization else "")
        self.website = QLineEdit(organization.website if organization else "")
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Wat doet de organisatie?"), self.description)
        form.addRow(self.tr("&Telefoon"), self.phone)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Website"), self.website)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(480, 320)

    def accept(self) -> None:
        data = OrganizationInput(self.name.text(), self.description.toPlainText(),
                                 self.email.text(), self.website.text(), self.phone.text())
        try:
            self.saved = self._kaart.save_organization(
                self._actor, data, self._org.id if self._org else None,
                self._org.version if self._org else None)
        except KnownError as error:
            show_error(self, error)
            return
        super().accept()
