"""Dossier tab "Betrokkenen": betrokken collega's and betrokken partners."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.household_types import Dossier
from wijkteam_desk.ui.households.colleague_dialog import ColleagueDialog
from wijkteam_desk.ui.households.models import ColleaguesModel, PartnersModel
from wijkteam_desk.ui.households.partner_dialog import PartnerDialog
from wijkteam_desk.ui.households.widgets import current_row, make_table, select_first
from wijkteam_desk.ui.messages import ask, show_error
from wijkteam_desk.ui.models import filter_proxy

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow


class InvolvedTab(QWidget):
    def __init__(self, window: DossierWindow) -> None:
        super().__init__()
        self.window_ = window
        self.colleagues_model = ColleaguesModel(self)
        self.colleagues = make_table(filter_proxy(self.colleagues_model),
                                     self.tr("Betrokken collega's"))
        self.partners_model = PartnersModel(self)
        self.partners = make_table(filter_proxy(self.partners_model),
                                   self.tr("Betrokken partners"))
        self.add_colleague_button = QPushButton(self.tr("Collega &toevoegen…"))
        self.add_colleague_button.clicked.connect(self.add_colleague)
        self.remove_colleague_button = QPushButton(self.tr("Collega &verwijderen"))
        self.remove_colleague_button.clicked.connect(self.remove_colleague)
        self.add_partner_button = QPushButton(self.tr("&Partner toevoegen…"))
        self.add_partner_button.clicked.connect(self.add_partner)
        self.remove_partner_button = QPushButton(self.tr("Partner v&erwijderen"))
        self.remove_partner_button.clicked.connect(self.remove_partner)
        layout = QVBoxLayout(self)
        for title, table, buttons in (
                (self.tr("Collega's"), self.colleagues,
                 (self.add_colleague_button, self.remove_colleague_button)),
                (self.tr("Partners (buiten het wijkteam)"), self.partners,
                 (self.add_partner_button, self.remove_partner_button))):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            row = QHBoxLayout()
            for b in buttons:
                row.addWidget(b)
            row.addStretch(1)
            inner.addLayout(row)
            inner.addWidget(table, 1)
            layout.addWidget(box, 1)

    def set_dossier(self, dossier: Dossier) -> None:
        self.colleagues_model.set_rows(dossier.colleagues)
        self.partners_model.set_rows(dossier.partners)
        select_first(self.colleagues)
        select_first(self.partners)
        for b in (self.add_colleague_button, self.remove_colleague_button,
                  self.add_partner_button, self.remove_partner_button):
            b.setEnabled(dossier.can_edit)

    def add_colleague(self) -> ColleagueDialog:
        dialog = ColleagueDialog(self.window_)
        dialog.open()
        return dialog

    def add_partner(self) -> PartnerDialog:
        dialog = PartnerDialog(self.window_)
        dialog.open()
        return dialog

    def _remove(self, question: str, action: object) -> None:
        def run() -> None:
            try:
                action()  # type: ignore[operator]
            except KnownError as error:
                show_error(self, error)
                return
            self.window_.saved()

        ask(self, question, run)

    def remove_colleague(self) -> None:
        row = current_row(self.colleagues)
        if row is not None:
            w = self.window_
            self._remove(self.tr("{0} is niet meer betrokken?").format(row.name),
                         lambda: w.services.households.remove_colleague(
                             w.actor, w.household_id, row.user_id))

    def remove_partner(self) -> None:
        row = current_row(self.partners)
        if row is not None:
            w = self.window_
            self._remove(self.tr("{0} is niet meer betrokken?").format(
                row.name or row.organisation),
                lambda: w.services.households.remove_partner(w.actor, w.household_id, row.id))
