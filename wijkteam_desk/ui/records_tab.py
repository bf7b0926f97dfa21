"""A list of records with search, a table and action buttons (used by Beheer and
Logboek). Subclasses load rows through a service and open their edit dialogs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.ui.messages import show_error
from wijkteam_desk.ui.models import ROW_ROLE, RowsTableModel, filter_proxy


class RecordsTab(QWidget):
    def __init__(self, model: RowsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = filter_proxy(model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.table.doubleClicked.connect(lambda _index: self.activate())
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.selection_changed())
        self.count = QLabel()
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)

        self.button_row = QHBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.button_row)
        layout.addWidget(self.table, 1)
        self._shortcut("Ctrl+F", self.search.setFocus)
        self._shortcut("F5", self.refresh)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.activate)

    def add_button(self, text: str, slot: Any, shortcut: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        if shortcut:
            self._shortcut(shortcut, button.click)
            button.setToolTip(QKeySequence(shortcut).toString(
                QKeySequence.SequenceFormat.NativeText))
        self.button_row.addWidget(button)
        return button

    def finish_buttons(self) -> None:
        self.button_row.addStretch(1)

    def _shortcut(self, key: str, slot: Any) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        # Window-wide, but only the visible tab reacts (hidden widgets ignore shortcuts).
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)

    def _update_count(self, *_args: Any) -> None:
        self.count.setText(self.tr("{0} van {1}").format(self.proxy.rowCount(),
                                                        self.model.rowCount()))

    def load(self) -> list[Any]:
        raise NotImplementedError

    def refresh(self) -> None:
        current = self.current()
        try:
            rows = self.load()
        except KnownError as error:
            show_error(self, error)
            return
        self.model.set_rows(rows)
        if current is None or not self.select(
                lambda row: getattr(row, "id", None) == getattr(current, "id", None)):
            if self.proxy.rowCount():
                self.table.selectRow(0)
        self.selection_changed()

    def select(self, predicate: Any) -> bool:
        for proxy_row in range(self.proxy.rowCount()):
            index = self.proxy.index(proxy_row, 0)
            if predicate(index.data(ROW_ROLE)):
                self.table.setCurrentIndex(index)
                self.table.selectRow(proxy_row)
                return True
        return False

    def current(self) -> Any:
        index: QModelIndex = self.table.currentIndex()
        if not index.isValid():
            return None
        return index.data(ROW_ROLE)

    def selection_changed(self) -> None:
        """Subclasses enable buttons that need a selected row."""

    def activate(self) -> None:
        """Enter or double-click on a row."""
