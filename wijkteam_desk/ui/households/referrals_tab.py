"""Dossier tab: the household's doorverwijzingen and "geen passend aanbod"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wijkteam_desk.services.household_types import Dossier
from wijkteam_desk.ui.socialmap.gap_dialog import GapDialog
from wijkteam_desk.ui.socialmap.referrals_panel import ReferralsPanel

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow


class ReferralsTab(QWidget):
    def __init__(self, window: DossierWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.panel = ReferralsPanel(window.services, window.actor, window.household_id, self,
                                    load=False)
        self.gap_button = QPushButton(self.tr("Geen &passend aanbod…"))
        self.gap_button.setToolTip(self.tr(
            "Leg vast dat er voor deze vraag geen passende voorziening is (hiaat)."))
        self.gap_button.clicked.connect(self.record_gap)
        self.note = QLabel(self.tr(
            "Doorverwijzingen ziet alleen wie bij dit huishouden betrokken is."))
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.gap_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.panel, 1)
        layout.addLayout(row)

    def set_dossier(self, dossier: Dossier) -> None:
        # Read-only access (opened with a reason) does not extend to referrals.
        self.note.setVisible(not dossier.can_edit)
        self.panel.setVisible(dossier.can_edit)
        self.gap_button.setVisible(dossier.can_edit)
        if dossier.can_edit:
            self.panel.refresh()
        if not dossier.can_edit:
            for button in self.panel.step_buttons.values():
                button.setEnabled(False)

    def record_gap(self) -> None:
        dossier = self.window_.dossier
        GapDialog(self.window_.services, self.window_.actor, dossier.household.area,
                  household_id=dossier.household.id, parent=self).exec()
