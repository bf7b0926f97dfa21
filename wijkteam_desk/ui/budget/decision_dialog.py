"""The teamleider approves or refuses one request for doorpakbudget, with a note
(required when refusing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QWidget

from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.budget import BudgetInfo
from wijkteam_desk.ui.budget.models import euros
from wijkteam_desk.ui.form_dialog import FormDialog

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class BudgetDecisionDialog(FormDialog):
    def __init__(self, services: Services, actor: Actor, request: BudgetInfo, approve: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Aanvraag goedkeuren") if approve
                         else self.tr("Aanvraag afwijzen"), parent)
        self.setObjectName("budget-besluit")
        self.services = services
        self.actor = actor
        self.request = request
        self.approve = approve
        summary = QLabel(self.tr("{0}: {1} voor {2} ({3})").format(
            request.household_name, euros(request.amount_cents), request.purpose,
            request.requested_by))
        summary.setWordWrap(True)
        self.form.addRow(summary)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.add_row(self.tr("&Toelichting:") if approve
                     else self.tr("&Reden van afwijzing:"), "note", self.note)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Goedkeuren") if approve else self.tr("&Afwijzen"))
        self.note.setFocus()

    def save(self) -> BudgetInfo:
        return self.services.budget.decide(self.actor, self.request.id, self.approve,
                                           self.note.toPlainText(), self.request.version)
