"""Beheerder sets a new start password for a user (also lifts a lockout)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from wijkteam_desk.errors import ValidationError
from wijkteam_desk.services.accounts import UserInfo
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.ui.form_dialog import FormDialog

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class ResetPasswordDialog(FormDialog):
    def __init__(self, services: Services, actor: Actor, user: UserInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Wachtwoord opnieuw instellen"), parent)
        self.services = services
        self.actor = actor
        self.user = user
        intro = QLabel(self.tr(
            "Nieuw startwachtwoord voor {0} ({1}). Bij de volgende keer inloggen kiest "
            "{0} zelf een nieuw wachtwoord. Een blokkade na mislukte pogingen vervalt."
        ).format(user.full_name, user.username))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(self.tr("&Startwachtwoord:"), "password", self.password)
        self.add_row(self.tr("&Herhaal wachtwoord:"), "repeat", self.repeat)
        self.password.setFocus()

    def save(self) -> None:
        if self.password.text() != self.repeat.text():
            raise ValidationError(self.tr("De twee wachtwoorden zijn niet gelijk."),
                                  field="repeat")
        self.services.accounts.reset_password(self.actor, self.user.id, self.password.text())
