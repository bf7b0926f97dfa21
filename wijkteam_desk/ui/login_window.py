"""The login window. It appears before the database is open (fast start); logging in is
enabled once :meth:`LoginWindow.attach` hands it the services."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.ui.forms import error_label, title_label
from wijkteam_desk.ui.messages import error_text

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services

# The same as services.system's, which is not imported here: it would load SQLAlchemy
# before the login window is on screen.
DEMO_USERS = ("vrijwilliger", "sociaalwerker", "teamleider", "beheerder")
DEMO_PASSWORD = "welkom-demo"


class LoginWindow(QWidget):
    logged_in = Signal(object)  # Actor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.setWindowTitle(self.tr("Wijkteam Desk – inloggen"))
        self.setObjectName("login")
        title = title_label(self.tr("Wijkteam Desk"))
        intro = QLabel(self.tr("Log in met uw gebruikersnaam en wachtwoord."))
        intro.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("Gebruikersnaam"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Wachtwoord"))
        form = QFormLayout()
        user_label = QLabel(self.tr("&Gebruikersnaam:"))
        user_label.setBuddy(self.username)
        password_label = QLabel(self.tr("&Wachtwoord:"))
        password_label.setBuddy(self.password)
        form.addRow(user_label, self.username)
        form.addRow(password_label, self.password)
        self.error = error_label()
        self.error.setAccessibleName(self.tr("Melding"))
        self.status = QLabel(self.tr("De database wordt geopend…"))
        self.login_button = QPushButton(self.tr("&Inloggen"))
        self.login_button.setDefault(True)
        self.login_button.setEnabled(False)
        self.login_button.clicked.connect(self.try_login)
        self.username.returnPressed.connect(self._enter_in_username)
        self.password.returnPressed.connect(self.try_login)
        self.demo = QLabel()
        self.demo.setObjectName("demo")
        self.demo.setWordWrap(True)
        self.demo.setFrameShape(QFrame.Shape.StyledPanel)
        self.demo.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.login_button)
        layout.addWidget(self.status)
        layout.addWidget(self.demo)
        layout.addStretch(1)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.login_button)
        self.resize(440, 360)
        self.username.setFocus()

    def attach(self, services: Services) -> None:
        """The database is open: enable logging in and show demo accounts if any."""
        self.services = services
        self.status.hide()
        self.login_button.setEnabled(True)
        if services.system.is_demo():
            self.demo.setText(self.tr(
                "Dit is een demodatabase met fictieve gegevens. Demo-accounts: {0}. "
                "Wachtwoord: {1}").format(", ".join(DEMO_USERS), DEMO_PASSWORD))
            self.demo.show()
        self.username.setFocus()

    def reset(self) -> None:
        """Empty the form for the next person (after logging out)."""
        self.username.clear()
        self.password.clear()
        self.error.hide()
        self.username.setFocus()

    def _enter_in_username(self) -> None:
        if self.password.text():
            self.try_login()
        else:
            self.password.setFocus()

    def try_login(self) -> None:
        if self.services is None:
            return
        self.error.hide()
        if not self.username.text().strip():
            self._show_error(self.tr("Vul uw gebruikersnaam in."))
            self.username.setFocus()
            return
        try:
            actor = self.services.accounts.authenticate(self.username.text(),
                                                        self.password.text())
        except KnownError as error:
            self._show_error(error_text(error))
            self.password.clear()
            self.password.setFocus()
            return
        self.password.clear()
        self.logged_in.emit(actor)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
