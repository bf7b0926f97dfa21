""""Nieuwe aanmeldingen" for the teamleider: open signals with their age and urgency,
spoed and overdue ones highlighted; Enter opens the triage."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.ui.forms import title_label
from wijkteam_desk.ui.households.models import SignalsModel
from wijkteam_desk.ui.households.signal_dialog import SignalDialog
from wijkteam_desk.ui.households.triage_dialog import TriageDialog
from wijkteam_desk.ui.households.widgets import current_row, make_table, select_first, shortcut
from wijkteam_desk.ui.messages import show_error
from wijkteam_desk.ui.models import filter_proxy

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class SignalsPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.model = SignalsModel(self)
        self.proxy = filter_proxy(self.model)
        self.table = make_table(self.proxy, self.tr("Nieuwe aanmeldingen"),
                                on_activate=self.triage)
        self.count = QLabel()
        self.triage_button = QPushButton(self.tr("&Beoordelen… (Enter)"))
        self.triage_button.clicked.connect(self.triage)
        self.new_button = QPushButton(self.tr("&Nieuwe aanmelding…"))
        self.new_button.clicked.connect(self.new_signal)
        self.refresh_button = QPushButton(self.tr("&Vernieuwen"))
        self.refresh_button.setToolTip("F5")
        self.refresh_button.clicked.connect(self.refresh)
        self.empty = QLabel(self.tr("Er zijn geen nieuwe aanmeldingen."))
        top = QHBoxLayout()
        top.addWidget(title_label(self.tr("Nieuwe aanmeldingen")))
        top.addStretch(1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (self.triage_button, self.new_button, self.refresh_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        shortcut(self, "F5", self.refresh, Qt.ShortcutContext.WindowShortcut)
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        try:
            rows = self.services.signals.list_new(self.actor)
        except KnownError as error:
            show_error(self, error)
            return
        self.model.set_rows(rows)
        select_first(self.table)
        overdue = sum(1 for r in rows if r.overdue)
        self.count.setText(self.tr("{0} open, waarvan {1} te lang").format(len(rows), overdue)
                           if overdue else self.tr("{0} open").format(len(rows)))
        self.empty.setVisible(not rows)
        self.triage_button.setEnabled(bool(rows))

    def triage(self) -> TriageDialog | None:
        signal = current_row(self.table)
        if signal is None:
            return None
        dialog = TriageDialog(self.services, self.actor, signal, self)
        dialog.saved.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def new_signal(self) -> SignalDialog:
        dialog = SignalDialog(self.services, self.actor, self)
        dialog.saved.connect(lambda _s: self.refresh())
        dialog.open()
        return dialog
