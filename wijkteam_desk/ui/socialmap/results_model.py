"""The table of search results: a model fed with ServiceRow rows by the page."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from wijkteam_desk.services.socialmap_types import ServiceRow
from wijkteam_desk.ui.socialmap.common import short_kind

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STALE_BRUSH = QBrush(QColor("#8a4b00"))


class ServiceResultsModel(QAbstractTableModel):
    NAME, ORGANIZATION, KIND, COST, ADDRESS, AREAS, CHECKED = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ServiceRow] = []
        self._headers = [self.tr("Voorziening"), self.tr("Organisatie"), self.tr("Soort"),
                         self.tr("Kosten"), self.tr("Adres"), self.tr("Wijk of dorp"),
                         self.tr("Gecontroleerd")]

    def set_rows(self, rows: Iterable[ServiceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ServiceRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def _text(self, row: ServiceRow, column: int) -> str:
        if column == self.NAME:
            return f"⚠ {row.name}" if row.stale or row.open_reports else row.name
        if column == self.ORGANIZATION:
            return row.organization
        if column == self.KIND:
            return short_kind(row.kind)
        if column == self.COST:
            return self.tr("Gratis") if row.is_free else self.tr("Eigen bijdrage")
        if column == self.ADDRESS:
            return row.address
        if column == self.AREAS:
            return row.areas
        flags = []
        if row.stale:
            flags.append(self.tr("verouderd"))
        if row.open_reports:
            flags.append(self.tr("klopt niet meer?"))
        date = "-".join(reversed(row.assured_date.split("-"))) if row.assured_date \
            else self.tr("nooit")
        return f"⚠ {date} ({', '.join(flags)})" if flags else date

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == SORT_ROLE:
            if column == self.CHECKED:
                return row.assured_date
            return row.name.lower() if column == self.NAME else self._text(row, column).lower()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.NAME, self.CHECKED) and (
                row.stale or row.open_reports):
            return STALE_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and row.stale:
            return self.tr("Langer dan zes maanden niet gecontroleerd: bel even na of het "
                           "nog klopt.")
        return None
