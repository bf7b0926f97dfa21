"""A search field with a results table for choosing one voorziening of the sociale kaart;
used wherever a worker picks a service (plan action, doorverwijzing)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QWidget

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.socialmap_types import SearchFilter, ServiceRow
from wijkteam_desk.ui.messages import show_error
from wijkteam_desk.ui.socialmap.results_model import SORT_ROLE, ServiceResultsModel

DEBOUNCE_MS = 150
LIMIT = 50


class ServiceSearch(QObject):
    """``query`` (typing searches after a short pause) and ``results`` (sortable, one row
    selectable, double-click emits ``activated``); the two are laid out by the dialog."""

    activated = Signal()

    def __init__(self, services, actor: Actor,  # type: ignore[no-untyped-def]
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._services, self._actor = services, actor
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Zoek de voorziening, bijv. schuldhulp"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.model = ServiceResultsModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.model)
        self._proxy.setSortRole(SORT_ROLE)
        self.results = QTableView()
        self.results.setModel(self._proxy)
        self.results.setAccessibleName(self.tr("Gevonden voorzieningen"))
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.setColumnWidth(0, 260)
        self.results.doubleClicked.connect(lambda _i: self.activated.emit())

    def search(self) -> None:
        self._timer.stop()
        try:
            rows = self._services.socialmap.search(self._actor, SearchFilter(
                text=self.query.text(), limit=LIMIT))
        except KnownError as error:
            show_error(self.query.window(), error)
            return
        self.model.set_rows(rows)
        if rows:
            self.results.selectRow(0)

    def selected(self) -> ServiceRow | None:
        index = self.results.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self._proxy.mapToSource(index).row())
