"""Teamleider section "Doorpakbudget": the team's open requests with approve/refuse,
and the team totals for a chosen period."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wijkteam_desk.errors import KnownError, ValidationError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.budget import BudgetTotals
from wijkteam_desk.ui.budget.decision_dialog import BudgetDecisionDialog
from wijkteam_desk.ui.budget.models import PendingBudgetModel, euros
from wijkteam_desk.ui.forms import error_label
from wijkteam_desk.ui.messages import show_error, translate
from wijkteam_desk.ui.records_tab import RecordsTab

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


class BudgetSection(RecordsTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(PendingBudgetModel(), parent)
        self.services = services
        self.actor = actor
        self.table.setAccessibleName(self.tr("Open aanvragen doorpakbudget"))
        self.approve_button = self.add_button(self.tr("&Goedkeuren…"),
                                              lambda: self.decide(True), "Ctrl+G")
        self.refuse_button = self.add_button(self.tr("&Afwijzen…"),
                                             lambda: self.decide(False), "Ctrl+R")
        self.finish_buttons()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, QLabel(self.tr("Open aanvragen van het team")))
        layout.addWidget(self._totals_box())
        self.refresh()

    def _totals_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Totalen van het team"))
        today = date.today()
        self.start = _date_edit(today.replace(month=1, day=1))
        self.end = _date_edit(today)
        self.start.setAccessibleName(self.tr("Van"))
        self.end.setAccessibleName(self.tr("Tot en met"))
        self.start.dateChanged.connect(lambda _d: self.show_totals())
        self.end.dateChanged.connect(lambda _d: self.show_totals())
        start_label = QLabel(self.tr("&Van:"))
        start_label.setBuddy(self.start)
        end_label = QLabel(self.tr("&Tot en met:"))
        end_label.setBuddy(self.end)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals_error = error_label()
        row = QHBoxLayout()
        for widget in (start_label, self.start, end_label, self.end):
            row.addWidget(widget)
        row.addStretch(1)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.totals_error)
        column.addWidget(self.totals)
        return box

    def load(self) -> list[Any]:
        return self.services.budget.list_pending(self.actor)

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "totals"):
            self.show_totals()

    def selection_changed(self) -> None:
        has = self.current() is not None
        self.approve_button.setEnabled(has)
        self.refuse_button.setEnabled(has)

    def activate(self) -> None:
        self.decide(True)

    def decide(self, approve: bool) -> BudgetDecisionDialog | None:
        request = self.current()
        if request is None:
            return None
        dialog = BudgetDecisionDialog(self.services, self.actor, request, approve, self)
        dialog.saved.connect(lambda _info: self.refresh())
        dialog.open()
        return dialog

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()

    def show_totals(self) -> BudgetTotals | None:
        self.totals_error.hide()
        try:
            totals = self.services.budget.team_totals(self.actor, *self.period())
        except ValidationError as error:
            self.totals_error.setText(translate(error.message))
            self.totals_error.show()
            self.totals.clear()
            return None
        except KnownError as error:
            show_error(self, error)
            return None
        self.totals.setText(self.tr(
            "Aangevraagd: {0} ({1}) · goedgekeurd: {2} ({3}) · afgewezen: {4} · "
            "nog open: {5}").format(totals.requested, euros(totals.requested_cents),
                                    totals.approved, euros(totals.approved_cents),
                                    totals.refused, totals.pending))
        return totals
