"""Dossier tab "Contactmomenten": the timeline with filters (kind, worker, leefgebied,
period) and quick entry (Ctrl+N, then Ctrl+Enter saves)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wijkteam_desk.services.household_types import ContactInfo, Dossier
from wijkteam_desk.store.models import ContactKind
from wijkteam_desk.ui.households import texts
from wijkteam_desk.ui.households.contact_dialog import ContactDialog
from wijkteam_desk.ui.households.models import ContactsModel
from wijkteam_desk.ui.households.widgets import enum_of, make_table, select_first
from wijkteam_desk.ui.models import SORT_ROLE

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow

PERIODS = ((0, "Alle perioden"), (30, "Laatste 30 dagen"), (90, "Laatste 3 maanden"),
           (365, "Laatste jaar"))


class ContactFilterProxy(QSortFilterProxyModel):
    """Filters the timeline on the rows' values; nothing goes back to the database."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind: Any = None
        self.worker: str = ""
        self.leefgebied: str = ""
        self.since: datetime | None = None
        self.setSortRole(SORT_ROLE)

    def set_filter(self, kind: Any, worker: str, leefgebied: str,
                   since: datetime | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self.kind, self.worker, self.leefgebied, self.since = kind, worker, leefgebied, since
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.kind, self.worker, self.leefgebied, self.since = kind, worker, leefgebied, since
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 - Qt override
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        row: ContactInfo = self.sourceModel().row_at(source_row)
        return ((self.kind is None or row.kind is self.kind)
                and (not self.worker or self.worker in (row.worker_name, row.second_worker_name))
                and (not self.leefgebied or self.leefgebied in row.leefgebieden)
                and (self.since is None or row.at >= self.since))


class ContactsTab(QWidget):
    def __init__(self, window: DossierWindow) -> None:
        super().__init__()
        self.window_ = window
        self.model = ContactsModel(self)
        self.proxy = ContactFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, self.tr("Tijdlijn van contactmomenten"))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.new_button = QPushButton(self.tr("&Nieuw contactmoment… (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_contact)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Filter op soort"))
        self.kind.addItem(self.tr("Alle soorten"), None)
        for kind, name in texts.kind_names().items():
            self.kind.addItem(name, kind.value)
        self.worker = QComboBox()
        self.worker.setAccessibleName(self.tr("Filter op medewerker"))
        self.leefgebied = QComboBox()
        self.leefgebied.setAccessibleName(self.tr("Filter op leefgebied"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Filter op periode"))
        for days, text in PERIODS:
            self.period.addItem(self.tr(text), days)
        for combo in (self.kind, self.worker, self.leefgebied, self.period):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.count = QLabel()
        filters = QHBoxLayout()
        caption = QLabel(self.tr("&Filter:"))
        caption.setBuddy(self.kind)
        filters.addWidget(caption)
        for combo in (self.kind, self.worker, self.leefgebied, self.period):
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.count)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def set_dossier(self, dossier: Dossier) -> None:
        self.model.set_rows(dossier.contacts)
        self._fill(self.worker, self.tr("Alle medewerkers"), sorted(
            {n for c in dossier.contacts for n in (c.worker_name, c.second_worker_name) if n}))
        self._fill(self.leefgebied, self.tr("Alle leefgebieden"), sorted(
            {n for c in dossier.contacts for n in c.leefgebieden}))
        self.new_button.setEnabled(dossier.can_edit)
        self.apply_filter()
        select_first(self.table)

    def _fill(self, combo: QComboBox, everything: str, names: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for name in names:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)

    def apply_filter(self) -> None:
        days = self.period.currentData() or 0
        since = datetime.now().astimezone() - timedelta(days=days) if days else None
        self.proxy.set_filter(enum_of(self.kind, ContactKind), self.worker.currentData() or "",
                              self.leefgebied.currentData() or "", since)
        self.count.setText(self.tr("{0} van {1}").format(self.proxy.rowCount(),
                                                        self.model.rowCount()))

    def new_contact(self, data: dict[str, Any] | None = None) -> ContactDialog | None:
        if not self.window_.can_edit:
            return None
        dialog = ContactDialog(self.window_)
        if data:
            dialog.restore_draft(data)
        dialog.open()
        return dialog
