"""New referral (doorverwijzing) from a household to a service of the sociale kaart.

For the dossier screens: ``NewReferralDialog(services, actor, household_id)``. The worker
types to find the service, writes the question, and may register the resident right away
(aangemeld), which needs the resident's consent "doorverwijzen" for that provider.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.referrals import ReferralInfo
from wijkteam_desk.store.models import ReferralStatus
from wijkteam_desk.ui.socialmap.common import show_error
from wijkteam_desk.ui.socialmap.service_search import ServiceSearch


class NewReferralDialog(QDialog):
    def __init__(self, services, actor: Actor, household_id: int,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor, self._household_id = services, actor, household_id
        self.created: ReferralInfo | None = None
        self.setWindowTitle(self.tr("Doorverwijzen"))
        self.finder = ServiceSearch(services, actor, self)
        self.query, self.results, self.model = (self.finder.query, self.finder.results,
                                                self.finder.model)
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
        self.finder.search()

    def selected_service(self) -> str | None:
        row = self.finder.selected()
        return None if row is None else row.id

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
