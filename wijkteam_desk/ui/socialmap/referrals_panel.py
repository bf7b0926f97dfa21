"""A household's referrals with their status, for the dossier screens:
``ReferralsPanel(services, actor, household_id)``. Each step is one button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.referrals import NEXT, ReferralInfo
from wijkteam_desk.store.models import ReferralStatus
from wijkteam_desk.ui.socialmap.common import show_error
from wijkteam_desk.ui.socialmap.referral_dialog import NewReferralDialog

Index = QModelIndex | QPersistentModelIndex
S = ReferralStatus


class ReferralsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReferralInfo] = []
        self._headers = [self.tr("Voorziening"), self.tr("Status"), self.tr("Voorgesteld"),
                         self.tr("Gestart"), self.tr("Warme overdracht"), self.tr("Uitkomst")]
        self._status = {S.VOORGESTELD: self.tr("voorgesteld"), S.AANGEMELD: self.tr("aangemeld"),
                        S.GESTART: self.tr("gestart"), S.AFGEROND: self.tr("afgerond"),
                        S.AFGEWEZEN: self.tr("afgewezen"), S.NIET_GESTART: self.tr("niet gestart")}

    def set_rows(self, rows: list[ReferralInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ReferralInfo:
        return self._rows[row]

    def status_text(self, status: ReferralStatus) -> str:
        return self._status[status]

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.AccessibleTextRole):
            return None
        r = self._rows[index.row()]
        values = [f"{r.service_name} ({r.organization})", self._status[r.status],
                  r.proposed_on.strftime("%d-%m-%Y"),
                  r.started_on.strftime("%d-%m-%Y") if r.started_on else "",
                  self.tr("ja") if r.warm_handover else "", r.outcome]
        return values[index.column()]


class ReferralsPanel(QWidget):
    def __init__(self, services, actor: Actor, household_id: int,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None, *, load: bool = True) -> None:
        super().__init__(parent)
        self._services, self._actor, self._household_id = services, actor, household_id
        self.model = ReferralsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Doorverwijzingen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 280)
        self.new_button = QPushButton(self.tr("&Doorverwijzen…"))
        self.new_button.clicked.connect(self.new_referral)
        self.step_buttons: dict[ReferralStatus, QPushButton] = {}
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        for status, label in ((S.AANGEMELD, self.tr("&Aangemeld")),
                              (S.GESTART, self.tr("&Gestart")),
                              (S.AFGEROND, self.tr("Af&gerond…")),
                              (S.AFGEWEZEN, self.tr("Af&gewezen…")),
                              (S.NIET_GESTART, self.tr("&Niet gestart…"))):
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, s=status: self.advance(s))
            self.step_buttons[status] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update())
        if load:
            self.refresh()

    def refresh(self) -> None:
        try:
            rows = self._services.referrals.list_for_household(self._actor, self._household_id)
        except KnownError as error:
            show_error(self, error)
            rows = []
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._update()

    def current(self) -> ReferralInfo | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update(self) -> None:
        current = self.current()
        allowed = NEXT[current.status] if current else frozenset()
        for status, button in self.step_buttons.items():
            button.setEnabled(status in allowed)

    def new_referral(self) -> None:
        dialog = NewReferralDialog(self._services, self._actor, self._household_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def advance(self, status: ReferralStatus) -> None:
        current = self.current()
        if current is None:
            return
        outcome = None
        if status in (S.AFGEROND, S.AFGEWEZEN, S.NIET_GESTART):
            text, ok = QInputDialog.getText(self, self.model.status_text(status),
                                            self.tr("Uitkomst (kort):"))
            if not ok:
                return
            outcome = text
        try:
            self._services.referrals.advance(self._actor, current.id, status, current.version,
                                             outcome=outcome)
        except KnownError as error:
            show_error(self, error)
        self.refresh()
