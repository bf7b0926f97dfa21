"""Qt table models fed with rows (frozen dataclasses) by their caller. They never query
the database themselves."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from wijkteam_desk.services.accounts import role_names, sorted_roles
from wijkteam_desk.services.household_labels import SUBDOMAIN
from wijkteam_desk.store.models import LocationKind
from wijkteam_desk.ui.messages import translate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
Column = tuple[str, Callable[[Any], Any]]  # header, value of a row


class RowsTableModel(QAbstractTableModel):
    """A read-only table over a list of rows; subclasses define :meth:`columns`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._columns: list[Column] = self.columns()

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def is_inactive(self, row: Any) -> bool:
        return not getattr(row, "active", True)

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> Sequence[Any]:
        return tuple(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        value = self._columns[index.column()][1](row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return value if isinstance(value, str) else str(value)
        if role == SORT_ROLE:
            return value.lower() if isinstance(value, str) else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and self.is_inactive(row):
            return QBrush(QColor("#6b6b6b"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns)):
            return self._columns[section][0]
        return None


def active_text(row: Any) -> str:
    return (QCoreApplication.translate("RowsTableModel", "actief") if row.active
            else QCoreApplication.translate("RowsTableModel", "gedeactiveerd"))


class UsersModel(RowsTableModel):
    def columns(self) -> list[Column]:
        names = role_names()

        def roles(row: Any) -> str:
            return ", ".join(translate(names[r]) for r in sorted_roles(row.roles))

        def status(row: Any) -> str:
            if row.locked and row.active:
                return self.tr("geblokkeerd")
            return active_text(row)

        return [
            (self.tr("Naam"), lambda r: r.full_name),
            (self.tr("Gebruikersnaam"), lambda r: r.username),
            (self.tr("Rollen"), roles),
            (self.tr("Team"), lambda r: r.team_name),
            (self.tr("Status"), status),
        ]


class TeamsModel(RowsTableModel):
    def columns(self) -> list[Column]:
        return [(self.tr("Naam"), lambda r: r.name), (self.tr("Status"), active_text)]


def location_kind_names() -> dict[LocationKind, str]:
    return {
        LocationKind.BUURTKAMER: QCoreApplication.translate("LocationsModel", "Buurtkamer"),
        LocationKind.DORPSKAMER: QCoreApplication.translate("LocationsModel", "Dorpskamer"),
        LocationKind.KANTOOR: QCoreApplication.translate("LocationsModel", "Kantoor"),
    }


class LocationsModel(RowsTableModel):
    def columns(self) -> list[Column]:
        kinds = location_kind_names()
        return [
            (self.tr("Naam"), lambda r: r.name),
            (self.tr("Soort"), lambda r: kinds[r.kind]),
            (self.tr("Team"), lambda r: r.team_name),
            (self.tr("Adres"), lambda r: r.address),
            (self.tr("Letter"), lambda r: r.ticket_prefix),
            (self.tr("Status"), active_text),
        ]


class LeefgebiedenModel(RowsTableModel):
    """Leefgebieden of the plan in the beheerder's order; retired ones greyed."""

    def columns(self) -> list[Column]:
        return [
            (self.tr("Volgorde"), lambda r: r.position),
            (self.tr("Naam"), lambda r: r.name),
            (self.tr("Subdomein"), lambda r: translate(SUBDOMAIN[r.subdomain])
             if r.subdomain is not None else self.tr("geen")),
            (self.tr("Toelichting"), lambda r: " ".join(r.explanation.split())),
            (self.tr("Status"), lambda r: self.tr("buiten gebruik") if r.retired
             else self.tr("in gebruik")),
        ]

    def is_inactive(self, row: Any) -> bool:
        return bool(row.retired)


def local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d-%m-%Y %H:%M:%S")
    except ValueError:
        return iso


class AuditModel(RowsTableModel):
    def columns(self) -> list[Column]:
        return [
            (self.tr("Nr."), lambda r: r.seq),
            (self.tr("Tijdstip"), lambda r: local_time(r.at)),
            (self.tr("Gebruiker"), lambda r: r.username),
            (self.tr("Handeling"), lambda r: r.action),
            (self.tr("Soort"), lambda r: r.record_type),
            (self.tr("Nummer"), lambda r: r.record_id),
            (self.tr("Reden"), lambda r: r.reason),
        ]

    def is_inactive(self, row: Any) -> bool:
        return False


def filter_proxy(model: RowsTableModel) -> QSortFilterProxyModel:
    """Sorting on the raw values and case-insensitive filtering over all columns."""
    proxy = QSortFilterProxyModel(model.parent())
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy
