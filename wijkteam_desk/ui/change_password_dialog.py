"""Change one's own password; forced after a reset or for a new account."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from wijkteam_desk.errors import ValidationError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.ui.form_dialog import FormDialog

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class ChangePasswordDialog(FormDialog):
    def __init__(self, services: Services, actor: Actor, *, forced: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Wachtwoord wijzigen"), parent)
        self.services = services
        self.actor = actor
        if forced:
            intro = QLabel(self.tr(
                "Kies nu een eigen wachtwoord van minstens 10 tekens. Het wachtwoord dat u "
                "van de beheerder kreeg, werkt daarna niet meer."))
            intro.setWordWrap(True)
            self.form.addRow(intro)
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.old, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(self.tr("&Huidig wachtwoord:"), "old_password", self.old)
        self.add_row(self.tr("&Nieuw wachtwoord:"), "new_password", self.new)
        self.add_row(self.tr("&Herhaal nieuw wachtwoord:"), "repeat", self.repeat)
        self.old.setFocus()

    def save(self) -> None:
        if self.new.text() != self.repeat.text():
            raise ValidationError(self.tr("De twee wachtwoorden zijn niet gelijk."),
                                  field="repeat")
        self.services.accounts.change_password(self.actor, self.old.text(), self.new.text())
