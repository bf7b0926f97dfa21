"""The main window: a sidebar with the sections the user's roles may see."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from wijkteam_desk.services.accounts import role_names, sorted_roles
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.ui.change_password_dialog import ChangePasswordDialog
from wijkteam_desk.ui.messages import show_message, translate
from wijkteam_desk.ui.sections import Section, sections_for

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class MainWindow(QMainWindow):
    lock_requested = Signal()
    logout_requested = Signal()

    def __init__(self, services: Services, actor: Actor, database_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Wijkteam Desk – {0}").format(actor.full_name))
        self.sections: list[Section] = sections_for(actor)
        self._widgets: dict[int, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Onderdelen"))
        self.nav.setObjectName("navigatie")
        self.stack = QStackedWidget()
        for number, section in enumerate(self.sections, start=1):
            title = QCoreApplication.translate("Secties", section.title)
            self.nav.addItem(title)
            if number <= 9:
                action = QAction(self)
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
                action.triggered.connect(lambda _c=False, n=number - 1: self.show_section(n))
                self.addAction(action)
                self.nav.item(number - 1).setToolTip(f"Ctrl+{number}")
        self.nav.currentRowChanged.connect(self.show_section)
        central = QWidget()
        row = QHBoxLayout(central)
        if self.sections:
            self.nav.setFixedWidth(max(self.nav.sizeHintForColumn(0) + 40, 180))
            row.addWidget(self.nav)
            row.addWidget(self.stack, 1)
        else:
            self.nav.hide()
            welcome = QLabel(self.tr(
                "Welkom, {0}. Voor uw rol zijn in deze versie nog geen onderdelen "
                "beschikbaar. Via het menu Account kunt u uw wachtwoord wijzigen of "
                "afmelden.").format(actor.full_name))
            welcome.setWordWrap(True)
            welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
            row.addWidget(welcome, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self._build_status(database_label)
        available = self.screen().availableGeometry()
        self.resize(min(1100, available.width() * 9 // 10),
                    min(700, available.height() * 9 // 10))
        if self.sections:
            self.nav.setCurrentRow(0)
            self.nav.setFocus()

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Account"))
        toolbar = self.addToolBar(self.tr("Account"))
        toolbar.setObjectName("werkbalk")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.password_action = QAction(self.tr("&Wachtwoord wijzigen…"), self)
        self.password_action.triggered.connect(self.change_password)
        self.lock_action = QAction(self.tr("&Vergrendelen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.logout_action = QAction(self.tr("&Afmelden"), self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.logout_action.triggered.connect(self.logout_requested)
        for action in (self.password_action, self.lock_action, self.logout_action):
            menu.addAction(action)
            toolbar.addAction(action)
            if not action.shortcut().isEmpty():
                action.setToolTip(f"{action.text().replace('&', '')} "
                                  f"({action.shortcut().toString()})")

    def _build_status(self, database_label: str) -> None:
        names = role_names()
        roles = ", ".join(translate(names[r]) for r in sorted_roles(self.actor.roles))
        self.user_label = QLabel(self.tr("Ingelogd: {0} ({1})").format(
            self.actor.full_name, roles))
        self.database_label = QLabel(self.tr("Database: {0}").format(database_label))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)

    def section_titles(self) -> list[str]:
        return [self.nav.item(i).text() for i in range(self.nav.count())]

    def show_section(self, number: int) -> QWidget | None:
        if not 0 <= number < len(self.sections):
            return None
        if number not in self._widgets:
            widget = self.sections[number].factory(self.services, self.actor, self.stack)
            self._widgets[number] = widget
            self.stack.addWidget(widget)
        if self.nav.currentRow() != number:
            self.nav.setCurrentRow(number)
        self.stack.setCurrentWidget(self._widgets[number])
        return self._widgets[number]

    def restore_draft(self, key: str, data: dict[str, Any]) -> bool:
        for number, section in enumerate(self.sections):
            if section.draft_prefix and key.startswith(section.draft_prefix):
                widget: Any = self.show_section(number)
                return bool(widget.restore_draft(key, data))
        return False

    def change_password(self) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(self.services, self.actor, parent=self)
        dialog.saved.connect(lambda _r: show_message(
            self, self.tr("Uw wachtwoord is gewijzigd.")))
        dialog.open()
        return dialog
