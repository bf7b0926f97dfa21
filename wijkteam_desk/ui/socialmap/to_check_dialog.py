"""The to-check list of the beheerder and teamleider: reported and stale entries."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.socialmap import SocialMapService
from wijkteam_desk.services.socialmap_types import ToCheckRow
from wijkteam_desk.ui.socialmap.common import show_error


class ToCheckDialog(QDialog):
    """A plain list is enough here: a few dozen entries, read top to bottom."""

    open_service = Signal(str)

    def __init__(self, kaart: SocialMapService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kaart, self._actor = kaart, actor
        self.setWindowTitle(self.tr("Te controleren"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.entries = QListWidget()
        self.entries.setAccessibleName(self.tr("Te controleren voorzieningen"))
        self.entries.itemActivated.connect(self._open)
        layout.addWidget(self.entries)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Openen"))
        self.open_button.clicked.connect(lambda: self._open(self.entries.currentItem()))
        self.checked_button = QPushButton(self.tr("&Gecontroleerd: klopt weer"))
        self.checked_button.clicked.connect(self._mark_checked)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.accept)
        row.addWidget(self.open_button)
        row.addWidget(self.checked_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(640, 480)
        self.refresh()

    def refresh(self) -> None:
        self.entries.clear()
        try:
            rows = self._kaart.list_to_check(self._actor)
        except KnownError as error:
            show_error(self, error)
            return
        for row in rows:
            item = QListWidgetItem(self._text(row))
            item.setData(Qt.ItemDataRole.UserRole, row.service_id)
            self.entries.addItem(item)
        reported = sum(1 for r in rows if r.reports)
        self.summary.setText(self.tr("{0} gemeld als 'klopt niet meer', {1} langer dan zes "
                                     "maanden niet gecontroleerd.").format(
                                         reported, len(rows) - reported))
        if rows:
            self.entries.setCurrentRow(0)

    def _text(self, row: ToCheckRow) -> str:
        lines = [f"{row.name} — {row.organization}"]
        for report in row.reports:
            lines.append(self.tr("  Gemeld door {0}: {1}").format(report.reported_by,
                                                                 report.note))
        if not row.reports:
            date = "-".join(reversed(row.assured_date.split("-"))) if row.assured_date \
                else self.tr("nooit")
            lines.append(self.tr("  Laatst gecontroleerd: {0}").format(date))
        return "\n".join(lines)

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.open_service.emit(item.data(Qt.ItemDataRole.UserRole))

    def _mark_checked(self) -> None:
        item = self.entries.currentItem()
        if item is None:
            return
        try:
            self._kaart.mark_checked(self._actor, item.data(Qt.ItemDataRole.UserRole))
        except KnownError as error:
            show_error(self, error)
            return
        self.refresh()
