"""Section "Bewaartermijn" for the teamleider: the vernietigingslijst (closed dossiers of
the team past the bewaartermijn), keeping one longer with a reason, the dossiers held
back, and approving the list (anonymising, cannot be undone) with an archive print."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.paths import atomic_write_bytes
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.retention import Approval, DestructionList
from wijkteam_desk.ui.forms import title_label
from wijkteam_desk.ui.households.models import HouseholdTableModel
from wijkteam_desk.ui.households.widgets import current_row, make_table, select_first, shortcut
from wijkteam_desk.ui.messages import ask, show_error, show_message
from wijkteam_desk.ui.models import Column, filter_proxy
from wijkteam_desk.ui.reports.background import BackgroundTask, run_in_background
from wijkteam_desk.ui.retention.hold_dialog import HoldDialog

if TYPE_CHECKING:
    from pathlib import Path

    from wijkteam_desk.wiring import Services


class DueModel(HouseholdTableModel):
    def columns(self) -> list[Column]:
        return [
            (self.tr("Huishouden"), lambda r: r.number),
            (self.tr("Wijk of dorp"), lambda r: r.area),
            (self.tr("Afgesloten op"), lambda r: r.closed_on),
            (self.tr("Jaren afgesloten"), lambda r: r.years_closed),
            (self.tr("Regievoerder"), lambda r: r.regievoerder),
        ]


class HeldModel(HouseholdTableModel):
    def columns(self) -> list[Column]:
        return [
            (self.tr("Huishouden"), lambda r: r.number),
            (self.tr("Wijk of dorp"), lambda r: r.area),
            (self.tr("Afgesloten op"), lambda r: r.closed_on),
            (self.tr("Bewaren tot"), lambda r: r.hold_until),
            (self.tr("Reden"), lambda r: " ".join(r.hold_reason.split())),
        ]


class RetentionPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.current: DestructionList | None = None
        self.approved_at: datetime | None = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.due_model = DueModel(self)
        self.due_table = make_table(filter_proxy(self.due_model),
                                    self.tr("Vernietigingslijst"), on_activate=self.hold)
        self.held_model = HeldModel(self)
        self.held_table = make_table(filter_proxy(self.held_model),
                                     self.tr("Langer bewaarde dossiers"), on_activate=self.hold)
        for table in (self.due_table, self.held_table):  # oldest closing first
            table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.due_label = QLabel()
        self.busy = QLabel()
        self.busy.hide()
        self._task: BackgroundTask | None = None
        self.held_label = QLabel()
        self.hold_button = QPushButton(self.tr("&Langer bewaren…"))
        self.hold_button.setToolTip("Ctrl+L")
        self.hold_button.clicked.connect(self.hold)
        self.approve_button = QPushButton(self.tr("Vernietigingslijst &goedkeuren…"))
        self.approve_button.clicked.connect(self.approve)
        self.print_button = QPushButton(self.tr("Goedgekeurde lijst &afdrukken (pdf)…"))
        self.print_button.setToolTip(self.tr(
            "Alleen huishoudnummers, wijk en afsluitdatum: voor het archief."))
        self.print_button.clicked.connect(self.print_approval)
        self.print_button.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("&Vernieuwen"))
        self.refresh_button.setToolTip("F5")
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        for button in (self.hold_button, self.approve_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Bewaartermijn")))
        layout.addWidget(self.explanation)
        layout.addWidget(self.due_label)
        layout.addWidget(self.due_table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.held_label)
        layout.addWidget(self.held_table, 2)
        shortcut(self, "F5", self.refresh, Qt.ShortcutContext.WindowShortcut)
        shortcut(self, "Ctrl+L", self.hold)
        self.refresh()
        self.due_table.setFocus()

    def refresh(self) -> None:
        try:
            listed = self.services.retention.destruction_list(self.actor)
        except KnownError as error:
            show_error(self, error)
            return
        self.current = listed
        self.explanation.setText(self.tr(
            "Afgesloten dossiers worden {0} jaar na de afsluiting geanonimiseerd: namen, "
            "adressen, BSN, verslagen en andere persoonsgegevens worden verwijderd, de "
            "aantallen voor de rapportages blijven. Keurt u de lijst goed, dan gebeurt dat "
            "voor alle dossiers hieronder tegelijk. De beheerder stelt de bewaartermijn in.")
            .format(listed.years))
        self.due_model.set_rows(listed.due)
        self.held_model.set_rows(listed.held)
        select_first(self.due_table)
        select_first(self.held_table)
        self.due_label.setText(self.tr("Op de vernietigingslijst: {0}").format(len(listed.due)))
        self.held_label.setText(self.tr("Langer bewaard: {0}").format(len(listed.held)))
        self.approve_button.setEnabled(bool(listed.due))
        self.hold_button.setEnabled(bool(listed.due or listed.held))

    def hold(self) -> HoldDialog | None:
        table = self.held_table if self.held_table.hasFocus() else self.due_table
        row = current_row(table) or current_row(self.due_table)
        if row is None:
            show_message(self, self.tr("Kies eerst een dossier in de lijst."))
            return None
        dialog = HoldDialog(self.services, self.actor, row, self)
        dialog.saved.connect(self.refresh)
        dialog.open()
        return dialog

    def approve(self) -> None:
        if self.current is None or not self.current.due:
            return
        count = len(self.current.due)
        ids = [r.household_id for r in self.current.due]
        text = (self.tr("U keurt de vernietigingslijst goed: 1 dossier wordt geanonimiseerd.")
                if count == 1 else
                self.tr("U keurt de vernietigingslijst goed: {0} dossiers worden "
                        "geanonimiseerd.").format(count))
        text += " " + self.tr("Namen, adressen en andere persoonsgegevens worden definitief "
                              "verwijderd. Dit kan niet ongedaan worden gemaakt. Doorgaan?")
        ask(self, text, lambda: self._approve(ids, count))

    def _approve(self, ids: list[int], count: int) -> None:
        """Anonymising hundreds of dossiers takes seconds: off the GUI thread."""
        self._set_busy(True, count)
        self._task = run_in_background(
            lambda _progress: self.services.retention.approve(self.actor, ids, count),
            self._approved, self._approve_failed)

    def _set_busy(self, busy: bool, count: int = 0) -> None:
        self.busy.setVisible(busy)
        self.busy.setText(self.tr("Bezig met anonimiseren van {0} dossier(s)…").format(count))
        for button in (self.approve_button, self.hold_button, self.refresh_button):
            button.setEnabled(not busy)

    def _approve_failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self.refresh()
        if isinstance(error, KnownError):
            show_error(self, error)
            return
        raise error  # a bug: the application's crash dialog takes over

    def _approved(self, approval: Approval) -> None:
        self._task = None
        self._set_busy(False)
        self.approved_at = approval.approved_at
        self.print_button.setEnabled(True)
        self.refresh()
        show_message(self, self.tr("1 dossier is geanonimiseerd.") if approval.count == 1
                     else self.tr("{0} dossiers zijn geanonimiseerd.").format(approval.count))

    def print_approval(self) -> Path | None:
        if self.approved_at is None:
            return None
        from pathlib import Path

        name = self.tr("vernietigingslijst-{0}.pdf").format(
            self.approved_at.astimezone().date().isoformat())
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Vernietigingslijst bewaren als PDF"), name,
            self.tr("PDF-bestanden (*.pdf)"))
        if not path:
            return None
        try:
            data = self.services.retention.print_approval(self.actor, self.approved_at)
            atomic_write_bytes(Path(path), data)
        except KnownError as error:
            show_error(self, error)
            return None
        except OSError as error:
            show_message(self, self.tr("Het bestand kon niet worden bewaard: {0}")
                         .format(error.strerror or ""), warning=True)
            return None
        show_message(self, self.tr("De vernietigingslijst is bewaard als PDF."))
        return Path(path)
