"""Beheer → Gebruikers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.accounts import UserInfo
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.ui.beheer.reset_password_dialog import ResetPasswordDialog
from wijkteam_desk.ui.beheer.user_dialog import DRAFT_PREFIX, UserDialog
from wijkteam_desk.ui.messages import show_error, show_message
from wijkteam_desk.ui.models import UsersModel
from wijkteam_desk.ui.records_tab import RecordsTab

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class UsersTab(RecordsTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(UsersModel(), parent)
        self.services = services
        self.actor = actor
        self.table.setAccessibleName(self.tr("Gebruikers"))
        self.new_button = self.add_button(self.tr("&Nieuwe gebruiker"), self.new, "Ctrl+N")
        self.edit_button = self.add_button(self.tr("&Wijzigen"), self.edit, "F2")
        self.active_button = self.add_button(self.tr("&Deactiveren"), self.toggle_active,
                                             "Ctrl+D")
        self.reset_button = self.add_button(self.tr("Wachtwoord &resetten"),
                                            self.reset_password, "Ctrl+R")
        self.finish_buttons()
        self.dialog: UserDialog | None = None

    def load(self) -> list[UserInfo]:
        return self.services.accounts.list_users(self.actor)

    def selection_changed(self) -> None:
        user = self.current()
        for button in (self.edit_button, self.active_button, self.reset_button):
            button.setEnabled(user is not None)
        self.active_button.setText(self.tr("&Activeren") if user is not None and not user.active
                                   else self.tr("&Deactiveren"))

    def activate(self) -> None:
        self.edit()

    def _open(self, user: UserInfo | None) -> UserDialog:
        dialog = UserDialog(self.services, self.actor, user, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _saved(self, user: UserInfo) -> None:
        self.refresh()
        self.select(lambda row: row.id == user.id)

    def new(self) -> UserDialog:
        return self._open(None)

    def edit(self) -> UserDialog | None:
        user = self.current()
        return self._open(user) if user is not None else None

    def toggle_active(self) -> None:
        user = self.current()
        if user is None:
            return
        try:
            self.services.accounts.set_user_active(self.actor, user.id, not user.active)
        except KnownError as error:
            show_error(self, error)
        self.refresh()

    def reset_password(self) -> ResetPasswordDialog | None:
        user = self.current()
        if user is None:
            return None
        dialog = ResetPasswordDialog(self.services, self.actor, user, self)
        dialog.saved.connect(lambda _r: self._password_reset(user))
        dialog.open()
        return dialog

    def _password_reset(self, user: UserInfo) -> None:
        self.refresh()
        show_message(self, self.tr("Het wachtwoord van {0} is opnieuw ingesteld.")
                     .format(user.full_name))

    def restore_draft(self, key: str, data: dict[str, Any]) -> bool:
        if not key.startswith(DRAFT_PREFIX):
            return False
        self.refresh()
        ident = key[len(DRAFT_PREFIX):]
        user = next((u for u in self.model.rows() if str(u.id) == ident), None)
        if user is None and ident != "nieuw":
            return False
        self._open(user).restore_draft(data)
        return True
