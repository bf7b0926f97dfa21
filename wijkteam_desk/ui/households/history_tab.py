"""Dossier tab "Geschiedenis": status changes, regie handovers and consent statements."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wijkteam_desk.services.household_types import Dossier
from wijkteam_desk.ui.households.models import HistoryModel, history_rows
from wijkteam_desk.ui.households.widgets import make_table
from wijkteam_desk.ui.models import filter_proxy

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow


class HistoryTab(QWidget):
    def __init__(self, window: DossierWindow) -> None:
        super().__init__()
        self.window_ = window
        self.model = HistoryModel(self)
        self.proxy = filter_proxy(self.model)
        self.table = make_table(self.proxy, self.tr("Geschiedenis van het huishouden"))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)

    def set_dossier(self, dossier: Dossier) -> None:
        self.model.set_rows(history_rows(dossier))
