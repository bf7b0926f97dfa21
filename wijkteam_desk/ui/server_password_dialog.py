"""Asks for the PostgreSQL password when neither the settings nor the keyring has it
(DESIGN §2.6: the password lives in the keyring)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from wijkteam_desk import secrets
from wijkteam_desk.ui.prompt_dialog import PromptDialog


class ServerPasswordDialog(PromptDialog):
    def __init__(self, server: str, refused: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wachtwoord van de databaseserver"))
        intro = self.tr("Geef het wachtwoord van de database {0}.").format(server)
        if refused:
            intro = self.tr("De server heeft het wachtwoord geweigerd. ") + intro
        self.intro.setText(intro)
        self.ok_button.setText(self.tr("Verbinden"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(self.form, self.tr("&Wachtwoord:"), "password", self.password)
        self.remember = QCheckBox(self.tr("&Onthouden op deze computer (in de sleutelbos)"))
        if not secrets.keyring_usable():
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr(
                "Deze computer heeft geen veilige sleutelbos; het wachtwoord wordt niet "
                "bewaard."))
        self.form.addRow(self.remember)
        self.password.setFocus()

    def check(self) -> None:
        self.errors.clear()
        if not self.password.text():
            self.errors.show_text("password", self.tr("Vul het wachtwoord in."))
            return
        self.accept()

    def value(self) -> tuple[str, bool]:
        return self.password.text(), self.remember.isEnabled() and self.remember.isChecked()


def ask_server_password(server: str, refused: bool,
                        parent: QWidget | None = None) -> tuple[str, bool] | None:
    """Used by wiring.open_server before the event loop runs."""
    answer: tuple[str, bool] | None = ServerPasswordDialog(server, refused, parent).answer()
    return answer
