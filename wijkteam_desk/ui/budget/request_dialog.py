"""Nieuwe aanvraag doorpakbudget for one household."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.budget import BudgetInfo
from wijkteam_desk.ui.budget.models import AMOUNT_PATTERN
from wijkteam_desk.ui.form_dialog import FormDialog

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class BudgetRequestDialog(FormDialog):
    def __init__(self, services: Services, actor: Actor, household_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nieuwe aanvraag doorpakbudget"), parent)
        self.setObjectName("budget-aanvraag")
        self.services = services
        self.actor = actor
        self.household_id = household_id
        self.purpose = QLineEdit()
        self.purpose.setMaxLength(200)
        self.purpose.setPlaceholderText(self.tr("bijv. wasmachine, borg, reiskosten"))
        self.add_row(self.tr("&Waarvoor:"), "purpose", self.purpose)
        self.amount = QLineEdit()
        self.amount.setValidator(QRegularExpressionValidator(
            QRegularExpression(AMOUNT_PATTERN), self.amount))
        self.amount.setPlaceholderText(self.tr("in euro's, bijv. 350 of 35,50"))
        self.add_row(self.tr("&Bedrag (€):"), "amount", self.amount)
        self.justification = QPlainTextEdit()
        self.justification.setTabChangesFocus(True)
        self.justification.setFixedHeight(90)
        self.add_row(self.tr("&Onderbouwing:"), "justification", self.justification)
        self.goal = QComboBox()
        self.goal.addItem(self.tr("(geen doel)"), "")
        for goal_id, text in self._goals():
            self.goal.addItem(text, goal_id)
        self.add_row(self.tr("&Doel uit het plan:"), "goal_key", self.goal)
        self.purpose.setFocus()

    def _goals(self) -> list[tuple[str, str]]:
        """The doelen of the household's plan; none when the plan cannot be opened."""
        try:
            record = self.services.plans.open(self.actor, self.household_id)
        except KnownError:
            return []
        if record.version is None:
            return []
        return [(g.id, g.text) for g in record.plan.goals if g.text.strip()]

    def save(self) -> BudgetInfo:
        return self.services.budget.request(
            self.actor, self.household_id, self.purpose.text(), self.amount.text(),
            self.justification.toPlainText(), self.goal.currentData() or "")
