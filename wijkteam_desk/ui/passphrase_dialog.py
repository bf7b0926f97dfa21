"""Asks for the database passphrase when there is no usable keyring (DESIGN §2.6)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from wijkteam_desk.ui.prompt_dialog import PromptDialog

MIN_PASSPHRASE = 12


class PassphraseDialog(PromptDialog):
    def __init__(self, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wachtzin van de database"))
        if new:
            intro = self.tr(
                "Deze computer heeft geen veilige sleutelbos. Kies een wachtzin van minstens "
                "12 tekens om de nieuwe database te versleutelen. Bewaar hem op een veilige "
                "plek: zonder deze wachtzin kan niemand de gegevens meer openen, ook de "
                "beheerder niet. Hij kan niet worden hersteld.")
        else:
            intro = self.tr("Geef de wachtzin van de database.")
        self.intro.setText(intro)
        self.new = new
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(self.form, self.tr("&Wachtzin:"), "passphrase", self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        if new:
            self.errors.add_row(self.form, self.tr("&Herhaal wachtzin:"), "repeat",
                                self.repeat)
        self.passphrase.setFocus()

    def check(self) -> None:
        self.errors.clear()
        value = self.passphrase.text()
        if self.new and len(value) < MIN_PASSPHRASE:
            self.errors.show_text("passphrase",
                                  self.tr("Kies een wachtzin van minstens 12 tekens."))
            return
        if not value:
            self.errors.show_text("passphrase", self.tr("Vul de wachtzin in."))
            return
        if self.new and value != self.repeat.text():
            self.errors.show_text("repeat", self.tr("De twee wachtzinnen zijn niet gelijk."))
            return
        self.accept()

    def value(self) -> str:
        return self.passphrase.text()


def ask_passphrase(new: bool, parent: QWidget | None = None) -> str | None:
    """Used by wiring.open_database before the event loop runs."""
    answer: str | None = PassphraseDialog(new, parent).answer()
    return answer
