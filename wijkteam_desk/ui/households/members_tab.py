"""Dossier tab "Gezinsleden": the members, add and change them, show a BSN with a reason."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.household_types import Dossier, MemberInfo
from wijkteam_desk.ui.households.member_dialog import MemberDialog
from wijkteam_desk.ui.households.models import MembersModel
from wijkteam_desk.ui.households.reason_dialog import ReasonDialog
from wijkteam_desk.ui.households.widgets import current_row, make_table, select_first
from wijkteam_desk.ui.messages import ask, show_error, show_message
from wijkteam_desk.ui.models import filter_proxy

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow


class MembersTab(QWidget):
    def __init__(self, window: DossierWindow) -> None:
        super().__init__()
        self.window_ = window
        self.revealed: dict[int, str] = {}  # BSNs shown (with a reason) in this window
        self.model = MembersModel(self)
        self.proxy = filter_proxy(self.model)
        self.table = make_table(self.proxy, self.tr("Gezinsleden"), on_activate=self.edit)
        self.add_button = QPushButton(self.tr("Gezinslid &toevoegen…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Wijzigen…"))
        self.edit_button.clicked.connect(self.edit)
        self.remove_button = QPushButton(self.tr("&Verwijderen"))
        self.remove_button.clicked.connect(self.remove)
        self.bsn_button = QPushButton(self.tr("Toon &BSN…"))
        self.bsn_button.clicked.connect(self.reveal_bsn)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button, self.bsn_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def set_dossier(self, dossier: Dossier) -> None:
        self.model.set_rows(dossier.members)
        select_first(self.table)
        for b in (self.add_button, self.edit_button, self.remove_button):
            b.setEnabled(dossier.can_edit)
        self.bsn_button.setEnabled(dossier.can_edit)

    def current(self) -> MemberInfo | None:
        return current_row(self.table)  # type: ignore[no-any-return]

    def add(self) -> MemberDialog | None:
        if not self.window_.can_edit:
            return None
        dialog = MemberDialog(self.window_, None)
        dialog.open()
        return dialog

    def edit(self) -> MemberDialog | None:
        member = self.current()
        if member is None or not self.window_.can_edit:
            return None
        dialog = MemberDialog(self.window_, member)
        if member.id in self.revealed:
            dialog.bsn.setText(self.revealed[member.id])
        dialog.open()
        return dialog

    def remove(self) -> None:
        member = self.current()
        if member is None:
            return
        w = self.window_

        def remove() -> None:
            try:
                w.services.households.remove_member(w.actor, w.household_id, member.id)
            except KnownError as error:
                show_error(self, error)
                return
            w.saved()

        ask(self, self.tr("{0} verwijderen uit het huishouden?").format(member.full_name), remove)

    def _show_bsn(self, member: MemberInfo, bsn: str) -> None:
        self.revealed[member.id] = bsn
        show_message(self, self.tr("BSN van {0}: {1}").format(member.full_name, bsn))

    def reveal_bsn(self) -> Any:
        member = self.current()
        if member is None:
            return None
        if not member.bsn_masked:
            show_message(self, self.tr("Van {0} is geen BSN vastgelegd.").format(member.full_name))
            return None
        w = self.window_
        dialog = ReasonDialog(
            self.tr("BSN tonen"),
            self.tr("Het BSN van {0} wordt getoond nadat u de reden opgeeft. De reden komt in "
                    "het logboek.").format(member.full_name),
            self.tr("Tonen"),
            lambda reason: w.services.households.reveal_bsn(w.actor, member.id, reason),
            self)
        dialog.saved.connect(lambda bsn: self._show_bsn(member, bsn))
        dialog.open()
        return dialog
