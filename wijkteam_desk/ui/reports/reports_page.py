"""Rapportages: the teamleider picks a period and a team, previews the kwartaalrapportage
(tables and charts) and exports it as xlsx or PDF, or the vertrouwelijke teamoverzicht.

Counting and building run on the QThreadPool; a progress dialog shows while the window
keeps processing events. Every export and print is logged by the report service.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.reports.figures import Period
from wijkteam_desk.reports.quarterly_layout import quarterly_report
from wijkteam_desk.reports.tables import Report, Sheet
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.reports import ExportFormat, default_quarter
from wijkteam_desk.ui.reports.background import run_in_background
from wijkteam_desk.ui.reports.chart_view import ChartView
from wijkteam_desk.ui.reports.print_report import print_report
from wijkteam_desk.ui.reports.table_model import ReportTableModel


def _translate(text: str) -> str:
    return QCoreApplication.translate("Meldingen", text)


class ReportsPage(QWidget):
    """The Rapportages section. ``services`` is the wiring.Services of the running app."""

    export_finished = Signal(object)  # ExportResult
    preview_ready = Signal(object)  # Report

    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._report: Report | None = None
        self._progress: QProgressDialog | None = None
        self._running = 0
        self._tasks: list[Any] = []  # kept alive until their signals have been delivered
        self.setObjectName("rapportages")
        self._build()
        self._load_teams()

    # -- layout -------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Rapportages"))
        title.setObjectName("paginatitel")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Kwartaal"), "quarter")
        self.kind.addItem(self.tr("Eigen periode"), "custom")
        year, quarter = default_quarter(date.today())
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.quarter = QComboBox()
        for q in range(1, 5):
            self.quarter.addItem(self.tr("Kwartaal {0}").format(q), q)
        self.quarter.setCurrentIndex(quarter - 1)
        self.start = QDateEdit(QDate(year, 3 * quarter - 2, 1))
        self.end = QDateEdit(QDate(year, 3 * quarter - 2, 1).addMonths(3).addDays(-1))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d-M-yyyy")
        self.team = QComboBox()
        self.kind.currentIndexChanged.connect(self._kind_changed)

        form = QFormLayout()
        form.addRow(self.tr("&Soort periode:"), self.kind)
        quarter_row = QHBoxLayout()
        quarter_row.addWidget(self.year)
        quarter_row.addWidget(self.quarter)
        quarter_row.addStretch()
        year_label = QLabel(self.tr("&Jaar en kwartaal:"))
        year_label.setBuddy(self.year)
        form.addRow(year_label, quarter_row)
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.start)
        dates_row.addWidget(QLabel(self.tr("t/m")))
        dates_row.addWidget(self.end)
        dates_row.addStretch()
        dates_label = QLabel(self.tr("&Van – tot en met:"))
        dates_label.setBuddy(self.start)
        form.addRow(dates_label, dates_row)
        form.addRow(self.tr("&Team:"), self.team)
        self.year.setAccessibleName(self.tr("Jaar"))
        self.quarter.setAccessibleName(self.tr("Kwartaal"))
        self.start.setAccessibleName(self.tr("Begindatum"))
        self.end.setAccessibleName(self.tr("Einddatum"))

        self.preview_button = QPushButton(self.tr("&Cijfers tonen"))
        self.preview_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.xlsx_button = QPushButton(self.tr("Exporteren als &Excel…"))
        self.pdf_button = QPushButton(self.tr("Exporteren als &PDF…"))
        self.overview_button = QPushButton(self.tr("&Teamoverzicht (PDF)…"))
        self.print_button = QPushButton(self.tr("Af&drukken…"))
        self.print_button.setEnabled(False)
        self.preview_button.clicked.connect(self.preview)
        self.xlsx_button.clicked.connect(lambda: self.export(ExportFormat.XLSX))
        self.pdf_button.clicked.connect(lambda: self.export(ExportFormat.PDF))
        self.overview_button.clicked.connect(self.export_overview)
        self.print_button.clicked.connect(self.print_preview)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.xlsx_button, self.pdf_button,
                       self.overview_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch()

        self.status = QLabel(self.tr("Kies een periode en een team en klik op 'Cijfers tonen'."))
        self.status.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self._kind_changed()

    def _kind_changed(self) -> None:
        custom = self.kind.currentData() == "custom"
        self.year.setEnabled(not custom)
        self.quarter.setEnabled(not custom)
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)

    def _load_teams(self) -> None:
        try:
            teams = self._services.accounts.list_teams(self._actor)
        except KnownError as error:
            self._show_error(error)
            return
        for team in teams:
            if team.active and (self._actor.team_id is None or team.id == self._actor.team_id):
                self.team.addItem(team.name, team.id)

    # -- choices ------------------------------------------------------------------
    def period(self) -> Period:
        """The chosen period; raises ValidationError with a Dutch message."""
        if self.kind.currentData() == "custom":
            return Period.custom(self.start.date().toPython(), self.end.date().toPython())
        return Period.quarter(self.year.value(), self.quarter.currentData())

    def _choices(self) -> tuple[Period, int] | None:
        try:
            period = self.period()
        except KnownError as error:
            self._show_error(error)
            return None
        if self.team.currentData() is None:
            self._show_message(self.tr("Er is geen team om over te rapporteren."))
            return None
        return period, int(self.team.currentData())

    @property
    def busy(self) -> bool:
        return self._running > 0

    def _set_busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.xlsx_button, self.pdf_button,
                       self.overview_button):
            button.setEnabled(not busy)
        self.print_button.setEnabled(not busy and self._report is not None)

    # -- preview ------------------------------------------------------------------
    def preview(self) -> None:
        choices = self._choices()
        if choices is None or self.busy:
            return
        period, team_id = choices
        services, actor = self._services, self._actor

        def work(_progress: Any) -> Report:
            return quarterly_report(services.reports.quarterly_figures(actor, period, team_id))

        self.status.setText(self.tr("Cijfers tellen…"))
        self._start(work, self._preview_done)

    def _preview_done(self, report: Report) -> None:
        self._finish_task()
        self._report = report
        self._set_busy(False)
        current = self.tabs.currentIndex()
        self.tabs.clear()
        for sheet in report.sheets:
            self.tabs.addTab(self._sheet_widget(sheet), sheet.name)
        self.tabs.setCurrentIndex(max(0, current))
        self.status.setText(f"{report.title} · {report.subtitle}")
        self.preview_ready.emit(report)

    def _sheet_widget(self, sheet: Sheet) -> QWidget:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        if sheet.intro:
            intro = QLabel(sheet.intro)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        for chart in sheet.charts:
            layout.addWidget(ChartView(chart))
        for table in sheet.tables:
            caption = QLabel(f"<b>{table.title}</b>")
            layout.addWidget(caption)
            view = QTableView()
            view.setModel(ReportTableModel(table, view))
            view.setAccessibleName(table.title)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
            view.resizeRowsToContents()
            view.setFixedHeight(view.horizontalHeader().sizeHint().height()
                                + view.verticalHeader().length() + 2 * view.frameWidth())
            caption.setBuddy(view)
            layout.addWidget(view, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    # -- export -------------------------------------------------------------------
    def _ask_target(self, suggestion: str, pattern: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Rapport opslaan"), str(Path.home() / suggestion), pattern)
        return Path(name) if name else None

    def export(self, fmt: ExportFormat) -> None:
        choices = self._choices()
        if choices is None or self.busy:
            return
        period, team_id = choices
        suffix = fmt.value
        pattern = self.tr("Excel-werkmap (*.xlsx)") if fmt is ExportFormat.XLSX \
            else self.tr("PDF-document (*.pdf)")
        target = self._ask_target(f"Kwartaalrapportage {period.label} "
                                  f"{self.team.currentText()}.{suffix}", pattern)
        if target is None:
            return
        if target.suffix.lower() != f".{suffix}":
            target = target.with_name(target.name + f".{suffix}")
        services, actor = self._services, self._actor
        self._start(lambda progress: services.reports.export_quarterly(
            actor, period, team_id, fmt, target, progress), self._export_done, with_dialog=True)

    def export_overview(self) -> None:
        choices = self._choices()
        if choices is None or self.busy:
            return
        period, team_id = choices
        target = self._ask_target(f"Teamoverzicht {period.label} {self.team.currentText()}.pdf",
                                  self.tr("PDF-document (*.pdf)"))
        if target is None:
            return
        services, actor = self._services, self._actor
        self._start(lambda progress: services.reports.export_team_overview(
            actor, period, team_id, target, progress), self._export_done, with_dialog=True)

    def _export_done(self, result: Any) -> None:
        self._finish_task()
        self._set_busy(False)
        self.status.setText(self.tr("Opgeslagen: {0}").format(result.path))
        self.export_finished.emit(result)

    # -- print --------------------------------------------------------------------
    def print_preview(self) -> None:
        choices = self._choices()
        if choices is None or self._report is None:
            return
        printer = self._make_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        period, team_id = choices
        try:
            self._services.reports.record_print(self._actor, "kwartaalrapportage", period,
                                                team_id)
        except KnownError as error:
            self._show_error(error)
            return
        print_report(self._report, printer)
        self.status.setText(self.tr("Afgedrukt."))

    def _make_printer(self) -> QPrinter:
        return QPrinter(QPrinter.PrinterMode.HighResolution)

    # -- background work ------------------------------------------------------------
    def _start(self, work: Any, done: Any, *, with_dialog: bool = False) -> None:
        self._set_busy(True)
        if not self._running:
            self._tasks.clear()
        self._running += 1
        if with_dialog:
            dialog = QProgressDialog(self.tr("Rapport maken…"), "", 0, 100, self)
            dialog.setWindowTitle(self.tr("Exporteren"))
            dialog.setCancelButton(None)  # type: ignore[arg-type]
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setValue(0)
            dialog.open()
            self._progress = dialog
        self._tasks.append(run_in_background(work, done, self._failed, self._on_progress))

    def _on_progress(self, percent: int, text: str) -> None:
        if self._progress is not None:
            self._progress.setLabelText(_translate(text))
            self._progress.setValue(percent)

    def _finish_task(self) -> None:
        self._running = max(0, self._running - 1)
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _failed(self, error: BaseException) -> None:
        self._finish_task()
        self._set_busy(False)
        self.status.setText("")
        if isinstance(error, KnownError):
            self._show_error(error)
            return
        raise error  # a bug: the application's crash dialog takes over

    def _show_error(self, error: KnownError) -> None:
        self._show_message(_translate(error.message), warning=True)

    def _show_message(self, text: str, *, warning: bool = False) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                          self.tr("Rapportages"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("melding")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
