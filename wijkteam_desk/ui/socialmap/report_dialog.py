"""'Klopt niet meer': anyone tells the beheerder what is wrong with an entry."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.socialmap import SocialMapService
from wijkteam_desk.ui.socialmap.common import show_error


class ReportOutdatedDialog(QDialog):
    def __init__(self, kaart: SocialMapService, actor: Actor, service_id: str, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kaart, self._actor, self._service_id = kaart, actor, service_id
        self.setWindowTitle(self.tr("Klopt niet meer"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Wat klopt er niet meer aan '{0}'? Bijvoorbeeld een ander "
                               "telefoonnummer, adres of andere openingstijden.").format(name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Wat klopt er niet meer"))
        self.note.setTabChangesFocus(True)
        intro.setBuddy(self.note)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Melden"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 260)

    def accept(self) -> None:
        try:
            self._kaart.report_outdated(self._actor, self._service_id, self.note.toPlainText())
        except KnownError as error:
            show_error(self, error)
            return
        super().accept()
