"""Small building blocks shared by the households screens."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QWidget

from wijkteam_desk.ui.models import ROW_ROLE

E = TypeVar("E", bound=enum.Enum)


def make_table(proxy: QSortFilterProxyModel, name: str, *, on_activate: Callable[[], None]
               | None = None, stretch_last: bool = True) -> QTableView:
    """A read-only, row-selecting, sortable table; Enter and double-click activate."""
    table = QTableView()
    table.setModel(proxy)
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    header.setHighlightSections(False)
    header.setResizeContentsPrecision(30)  # measure a sample of rows: fast on big lists
    proxy.modelReset.connect(lambda: fit_once(table))
    if on_activate is not None:
        table.doubleClicked.connect(lambda _i: on_activate())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(on_activate)
    return table


def fit_columns(table: QTableView, limit_chars: int = 32) -> None:
    """Columns as wide as their contents, but no column wider than ``limit_chars``."""
    table.resizeColumnsToContents()
    limit = table.fontMetrics().averageCharWidth() * limit_chars
    for column in range(table.model().columnCount() - 1):
        if table.columnWidth(column) > limit:
            table.setColumnWidth(column, limit)


def fit_once(table: QTableView) -> None:
    """Fit the columns to the first rows that arrive; later resets (type-ahead) keep the
    widths, so the columns do not jump while the user types and resetting stays cheap."""
    if table.property("fitted") or not table.model().rowCount():
        return
    fit_columns(table)
    table.setProperty("fitted", True)


def current_row(table: QTableView) -> Any:
    index: QModelIndex = table.currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None


def select_first(table: QTableView) -> None:
    if table.model().rowCount():
        table.selectRow(0)


def shortcut(widget: QWidget, key: str | QKeySequence, slot: Callable[[], Any],
             context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut
             ) -> QShortcut:
    sc = QShortcut(QKeySequence(key), widget)
    sc.setContext(context)
    sc.activated.connect(slot)
    return sc


def fill_enum(combo: QComboBox, names: Mapping[enum.Enum, str]) -> None:
    """Items for an enum; the item data is the value (Qt hands StrEnums back as str)."""
    for member, name in names.items():
        combo.addItem(name, member.value)


def select_enum(combo: QComboBox, member: enum.Enum | None) -> None:
    if member is not None:
        combo.setCurrentIndex(max(0, combo.findData(member.value)))


def fill_optional_enum(combo: QComboBox, none_text: str,
                       names: Mapping[enum.Enum, str]) -> None:
    """``none_text`` (item data None) first, then the enum's items."""
    combo.addItem(none_text, None)
    fill_enum(combo, names)


def select_optional_enum(combo: QComboBox, member: enum.Enum | None) -> None:
    """Select ``member``, or the first item (none) for None."""
    combo.setCurrentIndex(0 if member is None else max(0, combo.findData(member.value)))


def enum_of(combo: QComboBox, enum_type: type[E]) -> E | None:
    value = combo.currentData()
    return None if value is None else enum_type(value)
