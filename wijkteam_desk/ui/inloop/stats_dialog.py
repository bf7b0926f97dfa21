"""Inloop statistics over a period for the sociaal werker and teamleider: visits per
location, daypart and topic, waiting and service time (median, p90), outcomes and
no-shows. Long periods are counted on the QThreadPool so the window stays responsive."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.inloop_stats import Durations, InloopStats
from wijkteam_desk.ui.messages import show_error, show_message, translate
from wijkteam_desk.ui.models import Column, RowsTableModel
from wijkteam_desk.ui.reports.background import run_in_background

BACKGROUND_AFTER_DAYS = 31  # longer periods are counted off the GUI thread


def format_duration(seconds: float | None) -> str:
    """Seconds as minutes:seconds ("7:30"), or a dash when there is nothing to measure."""
    if seconds is None:
        return "–"
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


class CountsModel(RowsTableModel):
    """Rows of (label, count)."""

    def __init__(self, header: str, parent: Any = None) -> None:
        self.header = header
        super().__init__(parent)

    def columns(self) -> list[Column]:
        return [(self.header, lambda r: r[0]), (self.tr("Aantal"), lambda r: r[1])]

    def is_inactive(self, row: Any) -> bool:
        return False


class DurationsModel(RowsTableModel):
    """Rows of (label, Durations)."""

    def columns(self) -> list[Column]:
        return [(self.tr("Tijd"), lambda r: r[0]),
                (self.tr("Aantal"), lambda r: r[1].count),
                (self.tr("Mediaan (min:sec)"), lambda r: format_duration(r[1].median_s)),
                (self.tr("P90 (min:sec)"), lambda r: format_duration(r[1].p90_s))]

    def is_inactive(self, row: Any) -> bool:
        return False


def _table(model: RowsTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class InloopStatsDialog(QDialog):
    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.task: Any = None
        self.setWindowTitle(self.tr("Statistieken inloop"))
        today = today or date.today()
        self.location = QComboBox()
        self.location.addItem(self.tr("Alle locaties"), None)
        try:
            for loc in services.accounts.list_locations(actor, include_inactive=True):
                self.location.addItem(loc.name, loc.id)
        except KnownError as error:
            show_error(self, error)
        self.start = self._date_edit(today.replace(day=1))
        self.end = self._date_edit(today)
        self.compute_button = QPushButton(self.tr("&Berekenen"))
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(self.compute)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.per_location = CountsModel(self.tr("Locatie"), self)
        self.per_daypart = CountsModel(self.tr("Dagdeel"), self)
        self.per_topic = CountsModel(self.tr("Onderwerp"), self)
        self.outcomes = CountsModel(self.tr("Uitkomst"), self)
        self.durations = DurationsModel(self)

        form = QFormLayout()
        form.addRow(self.tr("&Locatie"), self.location)
        form.addRow(self.tr("&Van"), self.start)
        form.addRow(self.tr("&Tot en met"), self.end)
        top = QHBoxLayout()
        top.addLayout(form)
        top.addWidget(self.compute_button)
        top.addStretch(1)
        grid = QGridLayout()
        for i, (model, name) in enumerate((
                (self.per_location, self.tr("Bezoeken per locatie")),
                (self.per_daypart, self.tr("Bezoeken per dagdeel")),
                (self.per_topic, self.tr("Bezoeken per onderwerp")),
                (self.outcomes, self.tr("Uitkomsten")),
                (self.durations, self.tr("Wachttijd en gesprekstijd")))):
            box = QVBoxLayout()
            box.addWidget(QLabel(name))
            box.addWidget(_table(model, name))
            grid.addLayout(box, i // 2, i % 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        layout.addWidget(close)
        self.resize(760, 560)

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        return edit

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def compute(self) -> None:
        start, end = self.period()
        location_id = self.location.currentData()

        def work(_progress: Any = None) -> InloopStats:
            return self.services.inloop_stats.stats(self.actor, start, end, location_id)

        if end - start <= timedelta(days=BACKGROUND_AFTER_DAYS):
            try:
                self.show_stats(work())
            except KnownError as error:
                show_error(self, error)
            return
        self.compute_button.setEnabled(False)
        self.summary.setText(self.tr("Bezig met tellen…"))
        self.task = run_in_background(work, self._finished, self._failed)

    def _finished(self, stats: InloopStats) -> None:
        self.compute_button.setEnabled(True)
        self.show_stats(stats)

    def _failed(self, error: BaseException) -> None:
        self.compute_button.setEnabled(True)
        self.summary.clear()
        if isinstance(error, KnownError):
            show_error(self, error)
        else:
            show_message(self, self.tr("Het tellen is mislukt."), warning=True)

    def show_stats(self, stats: InloopStats) -> None:
        dayparts = {"ochtend": self.tr("ochtend"), "middag": self.tr("middag"),
                    "avond": self.tr("avond")}
        self.summary.setText(self.tr(
            "{0} t/m {1}, {2}: {3} bezoeken, waarvan {4} met spoed; {5} vertrokken zonder "
            "gesprek.").format(f"{stats.start:%d-%m-%Y}", f"{stats.end:%d-%m-%Y}",
                               translate(stats.location_name), stats.visits, stats.spoed,
                               stats.no_shows))
        self.per_location.set_rows(stats.per_location)
        self.per_daypart.set_rows((dayparts.get(d, d), n) for d, n in stats.per_daypart)
        self.per_topic.set_rows(stats.per_topic)
        self.outcomes.set_rows((translate(o), n) for o, n in stats.outcomes)
        self.outcomes.set_rows([*self.outcomes.rows(),
                                (self.tr("Vertrokken (niet verschenen)"), stats.no_shows)])
        rows: list[tuple[str, Durations]] = [(self.tr("Wachttijd"), stats.waiting),
                                             (self.tr("Gesprekstijd"), stats.service)]
        self.durations.set_rows(rows)
