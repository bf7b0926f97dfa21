"""On an empty database: create the first beheerder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from wijkteam_desk.errors import ValidationError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.ui.form_dialog import FormDialog

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class FirstStartDialog(FormDialog):
    """Emits ``saved(actor)`` with the new beheerder, who is then logged in."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Eerste start – beheerder aanmaken"), parent)
        self.services = services
        intro = QLabel(self.tr(
            "Welkom bij Wijkteam Desk. Deze database is nog leeg. Maak eerst het account "
            "van de beheerder aan; de beheerder voegt daarna de andere gebruikers toe."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.full_name = QLineEdit()
        self.add_row(self.tr("&Naam:"), "full_name", self.full_name)
        self.username = QLineEdit()
        self.add_row(self.tr("&Gebruikersnaam:"), "username", self.username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(self.tr("&Wachtwoord:"), "password", self.password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(self.tr("&Herhaal wachtwoord:"), "repeat", self.repeat)
        self.full_name.setFocus()

    def save(self) -> Actor:
        if self.password.text() != self.repeat.text():
            raise ValidationError(self.tr("De twee wachtwoorden zijn niet gelijk."),
                                  field="repeat")
        return self.services.accounts.create_first_admin(
            self.username.text(), self.full_name.text(), self.password.text())
