"""Create or edit a user. Implements DraftSource so unsaved input survives a user switch."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from wijkteam_desk.errors import ValidationError
from wijkteam_desk.services.accounts import UserInfo, UserInput, role_names
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.store.models import Role
from wijkteam_desk.ui.form_dialog import FormDialog
from wijkteam_desk.ui.messages import translate

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services

DRAFT_PREFIX = "beheer.gebruiker:"


class UserDialog(FormDialog):
    def __init__(self, services: Services, actor: Actor, user: UserInfo | None = None,
                 parent: QWidget | None = None) -> None:
        title = self.tr("Nieuwe gebruiker") if user is None else self.tr("Gebruiker wijzigen")
        super().__init__(title, parent)
        self.setObjectName("gebruiker-dialoog")
        self.services = services
        self.actor = actor
        self.user = user
        self.full_name = QLineEdit()  # created in form order: that is the tab order
        self.username = QLineEdit()
        self.add_row(self.tr("&Naam:"), "full_name", self.full_name)
        self.add_row(self.tr("&Gebruikersnaam:"), "username", self.username)
        roles_box = QWidget()
        row = QHBoxLayout(roles_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.role_boxes: dict[Role, QCheckBox] = {}
        for role, name in role_names().items():
            box = QCheckBox(translate(name))
            self.role_boxes[role] = box
            row.addWidget(box)
        roles_box.setAccessibleName(self.tr("Rollen"))
        self.add_row(self.tr("Rollen:"), "roles", roles_box)
        self.team = QComboBox()
        self.team.addItem(self.tr("(geen team)"), None)
        for team in services.accounts.list_teams(actor, include_inactive=False):
            self.team.addItem(team.name, team.id)
        self.add_row(self.tr("&Team:"), "team_id", self.team)
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        if user is None:
            for edit in (self.password, self.repeat):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.add_row(self.tr("&Startwachtwoord:"), "password", self.password)
            self.add_row(self.tr("&Herhaal wachtwoord:"), "repeat", self.repeat)
        else:
            self.username.setText(user.username)
            self.full_name.setText(user.full_name)
            for role, box in self.role_boxes.items():
                box.setChecked(role in user.roles)
            self._select_team(user.team_id)
        self.full_name.setFocus()

    def _select_team(self, team_id: int | None) -> None:
        index = self.team.findData(team_id)
        if index < 0 and team_id is not None:  # an inactive team stays selectable here
            self.team.addItem(self.user.team_name if self.user else str(team_id), team_id)
            index = self.team.count() - 1
        self.team.setCurrentIndex(max(index, 0))

    def user_input(self) -> UserInput:
        roles = frozenset(r for r, box in self.role_boxes.items() if box.isChecked())
        return UserInput(self.username.text(), self.full_name.text(), roles,
                         self.team.currentData())

    def save(self) -> UserInfo:
        data = self.user_input()
        if self.user is None:
            if self.password.text() != self.repeat.text():
                raise ValidationError(self.tr("De twee wachtwoorden zijn niet gelijk."),
                                      field="repeat")
            return self.services.accounts.create_user(self.actor, data, self.password.text())
        return self.services.accounts.update_user(self.actor, self.user.id, data,
                                                  self.user.version)

    # -- DraftSource ------------------------------------------------------------------

    def draft_key(self) -> str:
        return DRAFT_PREFIX + ("nieuw" if self.user is None else str(self.user.id))

    def draft_data(self) -> dict[str, Any]:
        data = self.user_input()
        return {"username": data.username, "full_name": data.full_name,
                "roles": sorted(r.value for r in data.roles), "team_id": data.team_id,
                "version": self.user.version if self.user else None}

    def restore_draft(self, data: dict[str, Any]) -> None:
        self.username.setText(str(data.get("username", "")))
        self.full_name.setText(str(data.get("full_name", "")))
        roles = set(data.get("roles", []))
        for role, box in self.role_boxes.items():
            box.setChecked(role.value in roles)
        self._select_team(data.get("team_id"))
        if self.user is not None and data.get("version") is not None:
            # Saving detects a colleague's change made after the draft was taken.
            self.user = dataclasses.replace(self.user, version=int(data["version"]))
