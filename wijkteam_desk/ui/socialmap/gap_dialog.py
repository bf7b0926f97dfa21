"""'Geen passend aanbod': record a hiaat (topic, wijk/dorp, short description)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.ui.socialmap.common import show_error


class GapDialog(QDialog):
    def __init__(self, services, actor: Actor, area: str = "",  # type: ignore[no-untyped-def]
                 household_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor, self._household_id = services, actor, household_id
        self.setWindowTitle(self.tr("Geen passend aanbod"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("Was er geen voorziening die past? Schrijf het op: zo ziet de "
                               "gemeente welke hulp ontbreekt. Geen namen invullen."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.topic = QComboBox()
        leefgebieden, topics = services.socialmap.list_terms(actor)
        for term in topics:
            self.topic.addItem(term.name, term.id)
        self.area = QComboBox()
        self.area.setEditable(True)
        self.area.addItems(services.socialmap.list_areas(actor))
        self.area.setCurrentText(area)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        form.addRow(self.tr("&Onderwerp"), self.topic)
        form.addRow(self.tr("&Wijk of dorp"), self.area)
        form.addRow(self.tr("&Wat ontbrak er?"), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(480, 300)

    def accept(self) -> None:
        try:
            self._services.referrals.record_gap(
                self._actor, self.topic.currentData() or "", self.area.currentText(),
                self.description.toPlainText(), household_id=self._household_id)
        except KnownError as error:
            show_error(self, error)
            return
        super().accept()
