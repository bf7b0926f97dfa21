"""The front-desk queue page: open the spreekuur, register walk-ins by keyboard, and
call, serve and finish them from the live queue board."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.i18n import MESSAGES_CONTEXT
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.inloop_types import LOCAL, QueueBoard, QueueRow, VisitInput
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.models import Role, VisitOutcome, VisitStatus
from wijkteam_desk.ui.inloop.display_window import WaitingRoomDisplay
from wijkteam_desk.ui.inloop.match_dialog import MatchDialog
from wijkteam_desk.ui.inloop.outcome_dialog import OutcomeDialog, ServiceChoices
from wijkteam_desk.ui.inloop.queue_model import QueueModel
from wijkteam_desk.ui.inloop.quick_form import QuickRegisterForm
from wijkteam_desk.ui.inloop.session_bar import SessionBar

FEED_INTERVAL_MS = 500


def _open_pdf(data: bytes, name: str) -> None:
    path = Path(tempfile.mkdtemp(prefix="wijkteam-")) / name
    path.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def services_can_match(services: Any) -> bool:
    return services.inloop.outcomes.match is not None


class InloopPage(QWidget):
    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.board: QueueBoard | None = None
        self.display: WaitingRoomDisplay | None = None
        choices = services.inloop.outcomes.service_choices
        self.service_choices: ServiceChoices | None = (
            None if choices is None else lambda: choices(actor))
        self.open_pdf: Callable[[bytes, str], None] = _open_pdf
        self.professional = actor.has(Role.SOCIAAL_WERKER, Role.TEAMLEIDER)
        self._seen_spoed: set[int] = set()
        self._build()
        self._feed = services.inloop.change_feed()
        feed = self._feed
        self.destroyed.connect(lambda *_: feed.close())
        self._clock = QTimer(self)
        self._clock.timeout.connect(lambda: self.model.tick(utcnow()))
        self._clock.start(1000)
        self._poller = QTimer(self)
        self._poller.timeout.connect(self._poll)
        self._poller.start(FEED_INTERVAL_MS)
        self._load_locations()
        if self.form.isEnabled():
            self.form.start()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.bar = SessionBar()
        self.location, self.desk = self.bar.location, self.bar.desk
        self.session_button = self.bar.session_button
        self.display_button, self.day_button = self.bar.display_button, self.bar.day_button

        self.form = QuickRegisterForm()
        self.spoed_banner = QLabel()
        self.spoed_banner.setStyleSheet("background: #b3261e; color: white; padding: 6px; "
                                        "font-weight: bold;")
        self.spoed_banner.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.model = QueueModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Wachtrij"))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QueueModel.QUESTION, QHeaderView.ResizeMode.Stretch)

        self.actions: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        for key, text, shortcut, slot in (
                ("next", self.tr("Volgende roepen"), "F5", self.call_next),
                ("call", self.tr("Geselecteerde roepen"), "F6", self.call_selected),
                ("start", self.tr("In gesprek"), "F7", self.start),
                ("finish", self.tr("Afronden…"), "F8", self.finish),
                ("no_show", self.tr("Vertrokken"), "F9", self.no_show),
                ("recall", self.tr("Opnieuw roepen"), "Ctrl+R", self.recall),
                ("match", self.tr("Bekend?"), "Ctrl+K", self.match_household)):
            button = QPushButton(f"{text}\n{shortcut}")
            button.setMinimumHeight(48)
            button.setToolTip(f"{text} ({shortcut})")
            button.clicked.connect(slot)
            QShortcut(QKeySequence(shortcut), self, slot)
            buttons.addWidget(button)
            self.actions[key] = button
        self.actions["match"].setToolTip(self.tr("Nagaan of het huishouden bekend is"))
        self.actions["match"].setVisible(services_can_match(self.services))
        QShortcut(QKeySequence("Ctrl+N"), self, self.form.start)
        self.counts = QLabel()

        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.form)
        layout.addWidget(self.spoed_banner)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.counts)

        self.location.currentIndexChanged.connect(lambda _i: self._location_changed())
        self.session_button.clicked.connect(self._toggle_session)
        self.display_button.clicked.connect(self.open_display)
        self.day_button.clicked.connect(self.print_day)
        self.form.submitted.connect(self.register)
        self.stats_button = self.bar.stats_button
        self.stats_button.setVisible(self.professional)
        self.stats_button.clicked.connect(self.open_stats)

    def ask(self, dialog: QDialog) -> int:
        """Show a dialog modally (tests replace this to fill it in)."""
        return dialog.exec()

    def _translate(self, text: str) -> str:
        return QCoreApplication.translate(MESSAGES_CONTEXT, text)

    def say(self, text: str, *, good: bool = False) -> None:
        """A calm line above the board: green for done, dark red for a problem."""
        self.message.setStyleSheet("color: #1b5e20;" if good else "color: #8a1c12;")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _run(self, call: Callable[[], Any], *, action: bool = True) -> Any:
        """Run a service call; a known error is shown calmly above the board. A
        successful action clears the previous message; a refresh leaves it."""
        try:
            result = call()
        except KnownError as error:
            self.say(self._translate(error.message))
            return None
        if action:
            self.say("")
        return result

    # -- location, session, desk ----------------------------------------------------------

    def _load_locations(self) -> None:
        locations = self._run(lambda: self.services.accounts.list_locations(
            self.actor, include_inactive=False)) or []
        self.location.blockSignals(True)
        self.location.clear()
        for loc in locations:
            self.location.addItem(loc.name, loc.id)
        self.location.blockSignals(False)
        self._location_changed()

    @property
    def location_id(self) -> int | None:
        value = self.location.currentData()
        return int(value) if value is not None else None

    @property
    def desk_id(self) -> int | None:
        value = self.desk.currentData()
        return int(value) if value is not None else None

    def _location_changed(self) -> None:
        self._seen_spoed.clear()
        self._load_desks()
        self.reload()
        if self.display is not None:
            self.display.close()
            self.display = None

    def _load_desks(self) -> None:
        if self.location_id is None:
            return
        chosen = self.desk.currentText()
        desks = self._run(lambda: self.services.inloop.list_desks(
            self.actor, self.location_id), action=False) or []
        self.desk.clear()
        for d in desks:
            self.desk.addItem(d.name, d.id)
        if chosen:
            self.desk.setCurrentText(chosen)

    def _toggle_session(self) -> None:
        if self.location_id is None:
            return
        session = self.board.session if self.board else None
        if session is not None and self.actor.full_name in session.staff:
            self._run(lambda: self.services.inloop.close_session(self.actor, session.id))
        else:
            self._run(lambda: self.services.inloop.open_session(self.actor, self.location_id))
            self._load_desks()
        self.reload()
        self.form.start()

    # -- the board ------------------------------------------------------------------------

    def _poll(self) -> None:
        try:
            changed = self._feed.poll()
        except KnownError:
            return  # the server is away a moment; the next tick tries again
        if self.location_id in changed:
            self.reload()

    def reload(self) -> None:
        if self.location_id is None:
            return
        board = self._run(lambda: self.services.inloop.board(self.actor, self.location_id),
                          action=False)
        if board is None:
            return
        selected = self.selected_row()
        self.board = board
        self.model.set_rows(board.rows, utcnow())
        if selected is not None:
            self.select_visit(selected.visit_id)
        self._show_session()
        self._alert_spoed(board)
        self.counts.setText(self.tr("Wachtend: {0} · afgerond vandaag: {1} · vertrokken: {2}")
                            .format(len(board.waiting), board.finished_today,
                                    board.no_shows_today))
        if self.display is not None:
            self._refresh_display()

    def _show_session(self) -> None:
        session = self.board.session if self.board else None
        self.bar.show_session(session, self.actor.full_name)
        self.form.setEnabled(session is not None)
        for button in self.actions.values():
            button.setEnabled(session is not None)

    def _alert_spoed(self, board: QueueBoard) -> None:
        spoed = [r for r in board.waiting if r.spoed]
        if not spoed:
            self.spoed_banner.hide()
            return
        self.spoed_banner.setText(self.tr("SPOED wacht: {0}").format(
            ", ".join(f"{r.ticket} ({r.topic})" for r in spoed)))
        self.spoed_banner.show()
        new = {r.visit_id for r in spoed} - self._seen_spoed
        self._seen_spoed |= new
        if new and self.professional:
            QApplication.beep()
            QApplication.alert(self.window())

    def selected_row(self) -> QueueRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_visit(self, visit_id: int) -> None:
        row = self.model.row_of(visit_id)
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _mine(self) -> QueueRow | None:
        """The selected visitor, or else the one last called to my desk."""
        selected = self.selected_row()
        if selected is not None:
            return selected
        desk = self.desk.currentText()
        mine = [r for r in (self.board.rows if self.board else ())
                if r.desk_name == desk and r.status is not VisitStatus.WACHTEND]
        return mine[-1] if mine else None

    # -- actions ------------------------------------------------------------------------

    def register(self, data: VisitInput) -> None:
        row = self._run(lambda: self.services.inloop.register(
            self.actor, self.location_id, data))
        if row is None:
            return
        self.form.clear()
        self.reload()
        self.say(self.tr("Aangemeld: volgnummer {0}").format(row.ticket), good=True)

    def _after(self, row: QueueRow | None) -> None:
        self.reload()
        if row is not None:
            self.select_visit(row.visit_id)

    def call_next(self) -> None:
        if self.desk_id is None or self.location_id is None:
            return
        row = self._run(lambda: self.services.inloop.call_next(
            self.actor, self.location_id, self.desk_id))
        if row is None and not self.message.text():
            self.say(self.tr("Er wacht niemand."))
        self._after(row)

    def call_selected(self) -> None:
        target = self.selected_row()
        if target is None or self.desk_id is None:
            self.say(self.tr("Kies eerst een bezoeker in de wachtrij."))
            return
        self._after(self._run(lambda: self.services.inloop.call(
            self.actor, target.visit_id, self.desk_id)))

    def start(self) -> None:
        target = self._mine()
        if target is not None:
            self._after(self._run(lambda: self.services.inloop.start(
                self.actor, target.visit_id)))

    def no_show(self) -> None:
        target = self._mine()
        if target is not None:
            self._run(lambda: self.services.inloop.no_show(self.actor, target.visit_id))
            self.reload()

    def recall(self) -> None:
        target = self._mine()
        if target is not None:
            self._after(self._run(lambda: self.services.inloop.recall(
                self.actor, target.visit_id, self.desk_id)))

    def finish(self) -> None:
        target = self._mine()
        if target is None:
            self.say(self.tr("Kies eerst een bezoeker in de wachtrij."))
            return
        dialog = OutcomeDialog(target.ticket, target.topic, self.service_choices, self)
        if self.ask(dialog) != QDialog.DialogCode.Accepted:
            return
        outcome = dialog.outcome()
        result = self._run(lambda: self.services.inloop.finish(
            self.actor, target.visit_id, outcome))
        self.reload()
        if result is None:
            return
        if result.wegwijzer:
            self.open_pdf(result.wegwijzer, f"wegwijzer-{result.ticket}.pdf")
        if outcome.kind is VisitOutcome.OVERGEDRAGEN:
            self.say(self.tr("{0} is overgedragen aan het wijkteam.").format(result.ticket),
                     good=True)

    def print_day(self) -> None:
        """The day overview of this location (numbers and figures, no names)."""
        if self.location_id is None:
            return
        today = (self.board.fetched_at if self.board else utcnow()).astimezone(LOCAL).date()
        pdf = self._run(lambda: self.services.inloop_stats.day_report(
            self.actor, self.location_id, today))
        if pdf:
            self.open_pdf(pdf, f"dagoverzicht-inloop-{today.isoformat()}.pdf")

    def open_stats(self) -> QDialog:
        from wijkteam_desk.ui.inloop.stats_dialog import InloopStatsDialog

        dialog = InloopStatsDialog(self.services, self.actor, self)
        index = dialog.location.findData(self.location_id)
        dialog.location.setCurrentIndex(max(index, 0))
        dialog.open()
        return dialog

    def match_household(self) -> None:
        target = self.selected_row()
        if target is None or not services_can_match(self.services):
            self.say(self.tr("Kies eerst een bezoeker in de wachtrij."))
            return
        dialog = MatchDialog(target.ticket, self)
        if self.ask(dialog) != QDialog.DialogCode.Accepted:
            return
        found = self._run(lambda: self.services.inloop.match_household(
            self.actor, target.visit_id, dialog.name.text(), dialog.postcode.text()))
        if found is None:
            return
        self.reload()
        self.say(self.tr("Ja: er is een huishouden met deze naam en postcode bekend. Draag "
                         "de bezoeker over aan het wijkteam.") if found else
                 self.tr("Nee: er is geen huishouden met deze naam en postcode bekend."),
                 good=bool(found))

    # -- waiting-room display -------------------------------------------------------------

    def open_display(self) -> None:
        if self.location_id is None:
            return
        if self.display is None:
            self.display = WaitingRoomDisplay(self.location.currentText())
            self.destroyed.connect(self.display.close)
        self._refresh_display()
        self.display.show_on_second_screen()
        self.display.raise_()

    def _refresh_display(self) -> None:
        called = self._run(lambda: self.services.inloop.display(self.actor, self.location_id),
                           action=False)
        if self.display is not None and called is not None:
            self.display.set_tickets(called)
