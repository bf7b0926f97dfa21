"""Dossier tab: the household's requests for doorpakbudget."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.household_types import Dossier
from wijkteam_desk.ui.budget.models import BudgetModel
from wijkteam_desk.ui.budget.request_dialog import BudgetRequestDialog

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow


class BudgetTab(QWidget):
    def __init__(self, window: DossierWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.model = BudgetModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Aanvragen doorpakbudget"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_button = QPushButton(self.tr("&Nieuwe aanvraag…"))
        self.new_button.clicked.connect(self.new_request)
        self.note = QLabel()
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def set_dossier(self, dossier: Dossier) -> None:
        self.new_button.setVisible(dossier.can_edit)
        self.note.setText(self.tr("De teamleider beslist over een aanvraag.")
                          if dossier.can_edit else
                          self.tr("Alleen wie bij dit huishouden betrokken is, vraagt "
                                  "doorpakbudget aan."))
        self.refresh()

    def refresh(self) -> None:
        w = self.window_
        try:
            rows = w.services.budget.list_for_household(w.actor, w.household_id)
        except KnownError:
            rows = []
        self.model.set_rows(rows)

    def new_request(self) -> BudgetRequestDialog | None:
        w = self.window_
        if not w.can_edit:
            return None
        dialog = BudgetRequestDialog(w.services, w.actor, w.household_id, self)
        dialog.saved.connect(lambda _info: self.refresh())
        dialog.open()
        return dialog
