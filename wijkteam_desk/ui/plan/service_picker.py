"""Choose a voorziening from the sociale kaart for a plan action (saving the plan then
creates the doorverwijzing)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTableView,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.socialmap_types import SearchFilter
from wijkteam_desk.ui.messages import show_error
from wijkteam_desk.ui.socialmap.results_model import ServiceResultsModel


class ServicePickerDialog(QDialog):
    def __init__(self, services, actor: Actor,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor = services, actor
        self.setWindowTitle(self.tr("Voorziening kiezen"))
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Zoek de voorziening, bijv. schuldhulp"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.model = ServiceResultsModel(self)
        self.results = QTableView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Gevonden voorzieningen"))
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.doubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Zoeken"), self.query)
        form.addRow(self.results)
        form.addRow(buttons)
        self.resize(720, 480)

    def search(self) -> None:
        self._timer.stop()
        try:
            rows = self._services.socialmap.search(self._actor, SearchFilter(
                text=self.query.text(), limit=50))
        except KnownError as error:
            show_error(self, error)
            return
        self.model.set_rows(rows)
        if rows:
            self.results.selectRow(0)

    def chosen(self) -> tuple[str, str] | None:
        index = self.results.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_at(index.row())
        return row.id, row.name

    @classmethod
    def ask(cls, services, actor: Actor,  # type: ignore[no-untyped-def]
            parent: QWidget | None = None) -> tuple[str, str] | None:
        dialog = cls(services, actor, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
