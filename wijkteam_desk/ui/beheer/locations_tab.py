"""Beheer → Locaties."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.ui.beheer.location_dialog import LocationDialog
from wijkteam_desk.ui.messages import show_error
from wijkteam_desk.ui.models import LocationsModel
from wijkteam_desk.ui.records_tab import RecordsTab

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class LocationsTab(RecordsTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(LocationsModel(), parent)
        self.services = services
        self.actor = actor
        self.table.setAccessibleName(self.tr("Locaties"))
        self.new_button = self.add_button(self.tr("&Nieuwe locatie"), self.new, "Ctrl+N")
        self.edit_button = self.add_button(self.tr("&Wijzigen"), self.edit, "F2")
        self.active_button = self.add_button(self.tr("&Deactiveren"), self.toggle_active,
                                             "Ctrl+D")
        self.finish_buttons()

    def load(self) -> list[Any]:
        return self.services.accounts.list_locations(self.actor)

    def selection_changed(self) -> None:
        location = self.current()
        self.edit_button.setEnabled(location is not None)
        self.active_button.setEnabled(location is not None)
        inactive = location is not None and not location.active
        self.active_button.setText(self.tr("&Activeren") if inactive
                                   else self.tr("&Deactiveren"))

    def activate(self) -> None:
        self.edit()

    def _open(self, location: Any) -> LocationDialog:
        dialog = LocationDialog(self.services, self.actor, location, self)
        dialog.saved.connect(lambda saved: (self.refresh(),
                                            self.select(lambda row: row.id == saved.id)))
        dialog.open()
        return dialog

    def new(self) -> LocationDialog:
        return self._open(None)

    def edit(self) -> LocationDialog | None:
        location = self.current()
        return self._open(location) if location is not None else None

    def toggle_active(self) -> None:
        location = self.current()
        if location is None:
            return
        try:
            self.services.accounts.set_location_active(self.actor, location.id,
                                                       not location.active)
        except KnownError as error:
            show_error(self, error)
        self.refresh()
