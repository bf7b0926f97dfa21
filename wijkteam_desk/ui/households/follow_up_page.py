""""Signalering" for the teamleider (DESIGN §2.1 follow-through): signals nobody picked
up after N days and plan actions of the whole team past their deadline by more than N
days. Enter opens the signal in the triage dialog or the household's dossier."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.follow_up import MAX_DAYS, FollowUpThresholds
from wijkteam_desk.services.plan_signals import PlanSignal
from wijkteam_desk.ui.forms import title_label
from wijkteam_desk.ui.households.dossier_window import DossierWindow
from wijkteam_desk.ui.households.models import HouseholdTableModel, SignalsModel
from wijkteam_desk.ui.households.triage_dialog import TriageDialog
from wijkteam_desk.ui.households.widgets import current_row, make_table, select_first, shortcut
from wijkteam_desk.ui.messages import show_error, show_message
from wijkteam_desk.ui.models import Column, filter_proxy

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class OverdueActionsModel(HouseholdTableModel):
    def columns(self) -> list[Column]:
        return [
            (self.tr("Nummer"), lambda r: r.household_number),
            (self.tr("Huishouden"), lambda r: r.household_name),
            (self.tr("Actie"), lambda r: " ".join(r.detail.split())),
            (self.tr("Deadline"), lambda r: r.since),
            (self.tr("Dagen te laat"), lambda r: (date.today() - r.since).days),
        ]


class FollowUpPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.dossiers: dict[int, DossierWindow] = {}
        self.signals_model = SignalsModel(self)
        self.signals_table = make_table(filter_proxy(self.signals_model),
                                        self.tr("Aanmeldingen niet opgepakt"),
                                        on_activate=self.open_signal)
        self.actions_model = OverdueActionsModel(self)
        self.actions_table = make_table(filter_proxy(self.actions_model),
                                        self.tr("Acties over de deadline"),
                                        on_activate=self.open_action)
        self.signal_days = self._spin(self.tr("Aanmelding niet opgepakt na (dagen)"))
        self.action_days = self._spin(self.tr("Actie over de deadline na (dagen)"))
        self.save_button = QPushButton(self.tr("Drempels &opslaan"))
        self.save_button.clicked.connect(self.save_thresholds)
        self.refresh_button = QPushButton(self.tr("&Vernieuwen"))
        self.refresh_button.setToolTip("F5")
        self.refresh_button.clicked.connect(self.refresh)
        self.signals_label = QLabel()
        self.actions_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Aanmelding &niet opgepakt na"), self.signal_days)
        form.addRow(self.tr("&Actie over de deadline na"), self.action_days)
        settings = QHBoxLayout()
        settings.addLayout(form)
        settings.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        settings.addStretch(1)
        settings.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Signalering")))
        layout.addLayout(settings)
        layout.addWidget(self.signals_label)
        layout.addWidget(self.signals_table, 1)
        layout.addWidget(self.actions_label)
        layout.addWidget(self.actions_table, 1)
        shortcut(self, "F5", self.refresh, Qt.ShortcutContext.WindowShortcut)
        self._load_thresholds()
        self.refresh()
        self.signals_table.setFocus()

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, MAX_DAYS)
        spin.setSuffix(self.tr(" dagen"))
        spin.setAccessibleName(name)
        return spin

    def _load_thresholds(self) -> None:
        try:
            current = self.services.follow_up.thresholds(self.actor)
        except KnownError as error:
            show_error(self, error)
            return
        self.signal_days.setValue(current.signal_days)
        self.action_days.setValue(current.action_days)

    def refresh(self) -> None:
        try:
            signals = self.services.signals.list_overdue(self.actor)
            actions = self.services.follow_up.overdue_actions(self.actor)
        except KnownError as error:
            show_error(self, error)
            return
        self.signals_model.set_rows(signals)
        self.actions_model.set_rows(actions)
        select_first(self.signals_table)
        select_first(self.actions_table)
        self.signals_label.setText(
            self.tr("Aanmeldingen die niemand heeft opgepakt: {0}").format(len(signals)))
        self.actions_label.setText(
            self.tr("Acties van het team over de deadline: {0}").format(len(actions)))

    def save_thresholds(self) -> None:
        wanted = FollowUpThresholds(self.signal_days.value(), self.action_days.value())
        try:
            self.services.follow_up.set_thresholds(self.actor, wanted)
        except KnownError as error:
            show_error(self, error)
            self._load_thresholds()
            return
        self.refresh()
        show_message(self, self.tr("De drempels zijn opgeslagen."))

    def open_signal(self) -> TriageDialog | None:
        signal = current_row(self.signals_table)
        if signal is None:
            return None
        dialog = TriageDialog(self.services, self.actor, signal, self)
        dialog.saved.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def open_action(self) -> Any:
        row: PlanSignal | None = current_row(self.actions_table)
        if row is None:
            return None
        try:
            dossier = self.services.households.open(self.actor, row.household_id)
        except KnownError as error:
            show_error(self, error)
            return None
        hid = row.household_id
        window = self.dossiers.get(hid)
        if window is not None and window.isVisible():
            window.set_dossier(dossier)
        else:
            window = DossierWindow(self.services, self.actor, dossier, self)
            window.changed.connect(self.refresh)
            window.destroyed.connect(lambda _o=None, h=hid: self.dossiers.pop(h, None))
            self.dossiers[hid] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window
