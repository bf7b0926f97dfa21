"""The queue board as a Qt table model. Fed with rows by the page; never queries."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from wijkteam_desk.i18n import MESSAGES_CONTEXT
from wijkteam_desk.services.inloop_types import STATUS_LABELS, QueueRow
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.models import VisitStatus

SPOED_BACKGROUND = QColor("#fde0dc")
SPOED_FOREGROUND = QColor("#8a1c12")
CALLED_BACKGROUND = QColor("#e3f0fb")

Index = QModelIndex | QPersistentModelIndex


def format_wait(seconds: int) -> str:
    """'0:45', '12:05', '1:02:09' – minutes:seconds, hours when needed."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class QueueModel(QAbstractTableModel):
    TICKET, NAME, TOPIC, QUESTION, STATUS, WAIT, DESK, MATCH = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[QueueRow] = []
        self._now = utcnow()
        self._headers = [self.tr("Nummer"), self.tr("Naam"), self.tr("Onderwerp"),
                         self.tr("Vraag"), self.tr("Status"), self.tr("Wachttijd"),
                         self.tr("Balie"), self.tr("Huishouden bekend")]

    # -- feeding ----------------------------------------------------------------------

    def set_rows(self, rows: tuple[QueueRow, ...] | list[QueueRow], now: datetime) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now
        self.endResetModel()

    def tick(self, now: datetime) -> None:
        """Advance the clock: only the waiting-time column changes, no database."""
        self._now = now
        if self._rows:
            self.dataChanged.emit(self.index(0, self.WAIT),
                                  self.index(len(self._rows) - 1, self.WAIT),
                                  [Qt.ItemDataRole.DisplayRole])

    def row_at(self, row: int) -> QueueRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, visit_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.visit_id == visit_id:
                return i
        return -1

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.spoed and row.status is VisitStatus.WACHTEND:
                return QBrush(SPOED_BACKGROUND)
            if row.status is not VisitStatus.WACHTEND:
                return QBrush(CALLED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row.spoed:
            return QBrush(SPOED_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and (col == self.TICKET or row.spoed):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == self.QUESTION:
            return row.question or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.WAIT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: QueueRow, col: int) -> str:
        if col == self.TICKET:
            return row.ticket + (" " + self.tr("SPOED") if row.spoed else "")
        if col == self.NAME:
            return row.first_name or self.tr("(anoniem)")
        if col == self.TOPIC:
            return row.topic
        if col == self.QUESTION:
            return row.question
        if col == self.STATUS:
            label = QCoreApplication.translate(MESSAGES_CONTEXT, STATUS_LABELS[row.status])
            if row.call_count > 1 and row.status is VisitStatus.GEROEPEN:
                label += f" ({row.call_count}×)"
            return label
        if col == self.WAIT:
            return format_wait(row.waiting_seconds(self._now))
        if col == self.DESK:
            return row.desk_name
        if col == self.MATCH:
            return self.tr("ja") if row.household_match else ""
        return ""
