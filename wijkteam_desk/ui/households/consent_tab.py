"""Dossier tab "Toestemmingen": the current statement per purpose; give or withdraw."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wijkteam_desk.services.household_types import ConsentInfo, Dossier
from wijkteam_desk.ui.households.consent_dialog import ConsentDialog
from wijkteam_desk.ui.households.models import ConsentModel
from wijkteam_desk.ui.households.widgets import current_row, make_table, select_first
from wijkteam_desk.ui.models import filter_proxy

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow


class ConsentTab(QWidget):
    def __init__(self, window: DossierWindow) -> None:
        super().__init__()
        self.window_ = window
        self.model = ConsentModel(self)
        self.proxy = filter_proxy(self.model)
        self.table = make_table(self.proxy, self.tr("Toestemmingen per doel"))
        self.give_button = QPushButton(self.tr("Toestemming &vastleggen…"))
        self.give_button.clicked.connect(lambda: self.record(None, True))
        self.withdraw_button = QPushButton(self.tr("&Intrekken…"))
        self.withdraw_button.clicked.connect(lambda: self.record(current_row(self.table), False))
        self.empty = QLabel(self.tr("Er is nog geen toestemming vastgelegd. Zonder toestemming "
                                    "wordt niets gedeeld of doorverwezen."))
        self.empty.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.give_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def set_dossier(self, dossier: Dossier) -> None:
        self.model.set_rows(dossier.consents)
        select_first(self.table)
        self.empty.setVisible(not dossier.consents)
        self.give_button.setEnabled(dossier.can_edit)
        self.withdraw_button.setEnabled(dossier.can_edit and bool(dossier.consents))

    def record(self, current: ConsentInfo | None, given: bool) -> ConsentDialog | None:
        if not self.window_.can_edit or (not given and current is None):
            return None
        dialog = ConsentDialog(self.window_, current, given)
        dialog.open()
        return dialog
