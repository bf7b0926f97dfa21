"""Choose a voorziening from the sociale kaart for a plan action (saving the plan then
creates the doorverwijzing)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QWidget

from wijkteam_desk.services.authz import Actor
from wijkteam_desk.ui.socialmap.service_search import ServiceSearch


class ServicePickerDialog(QDialog):
    def __init__(self, services, actor: Actor,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Voorziening kiezen"))
        self.finder = ServiceSearch(services, actor, self)
        self.finder.activated.connect(self.accept)
        self.query, self.results, self.model = (self.finder.query, self.finder.results,
                                                self.finder.model)
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
        self.finder.search()

    def chosen(self) -> tuple[str, str] | None:
        row = self.finder.selected()
        return None if row is None else (row.id, row.name)

    @classmethod
    def ask(cls, services, actor: Actor,  # type: ignore[no-untyped-def]
            parent: QWidget | None = None) -> tuple[str, str] | None:
        dialog = cls(services, actor, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
