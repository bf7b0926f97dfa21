"""Create or edit a leefgebied of the plan (name and explanation)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.plan_config import LeefgebiedInfo
from wijkteam_desk.ui.form_dialog import FormDialog

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class LeefgebiedDialog(FormDialog):
    def __init__(self, services: Services, actor: Actor,
                 leefgebied: LeefgebiedInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nieuw leefgebied") if leefgebied is None
                         else self.tr("Leefgebied wijzigen"), parent)
        self.setObjectName("leefgebied-dialoog")
        self.services = services
        self.actor = actor
        self.leefgebied = leefgebied
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.add_row(self.tr("&Naam:"), "name", self.name)
        self.explanation = QPlainTextEdit()
        self.explanation.setTabChangesFocus(True)
        self.explanation.setFixedHeight(90)
        self.add_row(self.tr("&Toelichting:"), "explanation", self.explanation)
        if leefgebied is not None:
            self.name.setText(leefgebied.name)
            self.explanation.setPlainText(leefgebied.explanation)
        self.name.setFocus()

    def save(self) -> LeefgebiedInfo:
        plan_config = self.services.plan_config
        if self.leefgebied is None:
            return plan_config.create_leefgebied(self.actor, self.name.text(),
                                                 self.explanation.toPlainText())
        return plan_config.update_leefgebied(self.actor, self.leefgebied.id, self.name.text(),
                                             self.explanation.toPlainText(),
                                             self.leefgebied.version)
