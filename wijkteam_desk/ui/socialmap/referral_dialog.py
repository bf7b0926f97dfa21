"""New referral (doorverwijzing) from a household to a service of the sociale kaart.

For the dossier screens: ``NewReferralDialog(services, actor, household_id)``. The worker
types to find the service, writes the question, and may register the resident right away
(aangemeld), which needs the resident's consent "doorverwijzen" for that provider.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.referrals import ReferralInfo
from wijkteam_desk.services.socialmap_types import SearchFilter
from wijkteam_desk.store.models import ReferralStatus
from wijkteam_desk.ui.socialmap.common import show_error
from wijkteam_desk.ui.socialmap.results_model import SORT_ROLE, ServiceResultsModel


class NewReferralDialog(QDialog):
    def __init__(self, services, actor: Actor, household_id: int,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor, self._household_id = services, actor, household_id
        self.created: ReferralInfo | None = None
        self.setWindowTitle(self.tr("Doorverwijzen"))
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Zoek de voorziening, bijv. schuldhulp"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.model = ServiceResultsModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self._proxy = proxy
        self.results = QTableView()
        self.results.setModel(proxy)
        self.results.setAccessibleName(self.tr("Gevonden voorzieningen"))
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.setColumnWidth(0, 260)
        self.question = QPlainTextEdit()
        self.question.setTabChangesFocus(True)
        self.register_now = QCheckBox(self.tr("Nu aanmelden bij de voorziening (de bewoner "
                                              "heeft toestemming gegeven)"))
        self.warm = QCheckBox(self.tr("Warme overdracht (samen gebeld of meegegaan)"))
        self.handover_note = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("&Zoeken"), self.query)
        form.addRow(self.results)
        form.addRow(self.tr("&Vraag van de bewoner"), self.question)
        form.addRow(self.register_now)
        form.addRow(self.warm)
        form.addRow(self.tr("&Hoe overgedragen"), self.handover_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Doorverwijzen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(760, 560)

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

    def selected_service(self) -> str | None:
        index = self.results.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self._proxy.mapToSource(index).row()).id

    def accept(self) -> None:
        service_id = self.selected_service()
        if service_id is None:
            self.query.setFocus()
            return
        referrals = self._services.referrals
        try:
            if self.created is None:
                self.created = referrals.create(self._actor, self._household_id, service_id,
                                                self.question.toPlainText())
            if self.register_now.isChecked():
                self.created = referrals.advance(
                    self._actor, self.created.id, ReferralStatus.AANGEMELD,
                    self.created.version, warm_handover=self.warm.isChecked(),
                    handover_note=self.handover_note.text())
        except KnownError as error:
            # A missing consent keeps the proposal (voorgesteld); the worker can register
            # later from the dossier once consent is recorded.
            show_error(self, error)
            if self.created is None:
                return
        super().accept()
