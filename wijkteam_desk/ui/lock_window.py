"""The lock screen. Shows no personal data: only who locked it. The same user's password
unlocks; "Andere gebruiker" lets someone else log in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.ui.forms import error_label, title_label
from wijkteam_desk.ui.messages import error_text

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


class LockWindow(QWidget):
    unlocked = Signal()
    switched = Signal(object)  # the other user's Actor

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setObjectName("vergrendeld")
        self.setWindowTitle(self.tr("Wijkteam Desk – vergrendeld"))
        title = title_label(self.tr("Het scherm is vergrendeld"))
        self.pages = QStackedWidget()

        # Page 0: the same user unlocks.
        unlock = QWidget()
        who = QLabel(self.tr("In gebruik door {0} ({1}). Geef uw wachtwoord om verder te "
                             "werken.").format(actor.full_name, actor.username))
        who.setWordWrap(True)
        self.password = _password_edit(self.tr("Wachtwoord"))
        self.password.returnPressed.connect(self.try_unlock)
        form = QFormLayout()
        label = QLabel(self.tr("&Wachtwoord:"))
        label.setBuddy(self.password)
        form.addRow(label, self.password)
        self.unlock_button = QPushButton(self.tr("&Ontgrendelen"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.other_button = QPushButton(self.tr("&Andere gebruiker"))
        self.other_button.clicked.connect(self.show_other_user)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.other_button)
        column = QVBoxLayout(unlock)
        column.addWidget(who)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addStretch(1)

        # Page 1: someone else logs in; the first user's open work is kept as a draft.
        other = QWidget()
        note = QLabel(self.tr("Log in als andere gebruiker. Het open werk van {0} wordt "
                              "bewaard en niet getoond.").format(actor.full_name))
        note.setWordWrap(True)
        self.other_username = QLineEdit()
        self.other_username.setAccessibleName(self.tr("Gebruikersnaam"))
        self.other_password = _password_edit(self.tr("Wachtwoord"))
        self.other_username.returnPressed.connect(self.other_password.setFocus)
        self.other_password.returnPressed.connect(self.try_switch)
        other_form = QFormLayout()
        user_label = QLabel(self.tr("&Gebruikersnaam:"))
        user_label.setBuddy(self.other_username)
        password_label = QLabel(self.tr("Wa&chtwoord:"))
        password_label.setBuddy(self.other_password)
        other_form.addRow(user_label, self.other_username)
        other_form.addRow(password_label, self.other_password)
        self.switch_button = QPushButton(self.tr("&Inloggen"))
        self.switch_button.clicked.connect(self.try_switch)
        self.back_button = QPushButton(self.tr("&Terug"))
        self.back_button.clicked.connect(self.show_unlock)
        other_buttons = QHBoxLayout()
        other_buttons.addWidget(self.switch_button)
        other_buttons.addWidget(self.back_button)
        other_column = QVBoxLayout(other)
        other_column.addWidget(note)
        other_column.addLayout(other_form)
        other_column.addLayout(other_buttons)
        other_column.addStretch(1)

        self.pages.addWidget(unlock)
        self.pages.addWidget(other)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.resize(480, 300)
        self.show_unlock()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Closing the lock screen would end the program with the hidden work in it.
        event.ignore()

    def show_unlock(self) -> None:
        self.pages.setCurrentIndex(0)
        self.error.hide()
        self.password.setFocus()

    def show_other_user(self) -> None:
        self.pages.setCurrentIndex(1)
        self.error.hide()
        self.other_username.setFocus()

    def _authenticate(self, username: str, password: QLineEdit) -> Actor | None:
        self.error.hide()
        try:
            return self.services.accounts.authenticate(username, password.text())
        except KnownError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return None
        finally:
            password.clear()
            password.setFocus()

    def try_unlock(self) -> None:
        if self._authenticate(self.actor.username, self.password) is not None:
            self.unlocked.emit()

    def try_switch(self) -> None:
        actor = self._authenticate(self.other_username.text(), self.other_password)
        if actor is None:
            return
        if actor.user_id == self.actor.user_id:
            self.unlocked.emit()
        else:
            self.switched.emit(actor)
