"""Create or edit a leefgebied of the plan: name, explanation, and the subdomain its
contacts and goals count under in the kwartaalrapportage."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.household_labels import SUBDOMAIN
from wijkteam_desk.services.plan_config import LeefgebiedInfo
from wijkteam_desk.store.models import Subdomain
from wijkteam_desk.ui.form_dialog import FormDialog
from wijkteam_desk.ui.messages import translate

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
        self.subdomain = QComboBox()
        self.subdomain.addItem(self.tr("Geen"), None)
        for member, text in SUBDOMAIN.items():
            self.subdomain.addItem(translate(text), member.value)
        self.subdomain.setToolTip(self.tr("Onder welk subdomein contacten en doelen op dit "
                                          "leefgebied meetellen in de kwartaalrapportage."))
        self.add_row(self.tr("&Subdomein:"), "subdomain", self.subdomain)
        if leefgebied is not None:
            self.name.setText(leefgebied.name)
            self.explanation.setPlainText(leefgebied.explanation)
            if leefgebied.subdomain is not None:
                self.subdomain.setCurrentIndex(
                    self.subdomain.findData(leefgebied.subdomain.value))
        self.name.setFocus()

    def save(self) -> LeefgebiedInfo:
        plan_config = self.services.plan_config
        value = self.subdomain.currentData()
        subdomain = None if value is None else Subdomain(value)
        if self.leefgebied is None:
            return plan_config.create_leefgebied(self.actor, self.name.text(),
                                                 self.explanation.toPlainText(),
                                                 subdomain=subdomain)
        return plan_config.update_leefgebied(self.actor, self.leefgebied.id, self.name.text(),
                                             self.explanation.toPlainText(),
                                             self.leefgebied.version, subdomain=subdomain)
