"""Logboek: the audit log for teamleider and beheerder; the beheerder can verify it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.store.models import Role
from wijkteam_desk.ui.messages import show_error, show_message
from wijkteam_desk.ui.models import AuditModel
from wijkteam_desk.ui.records_tab import RecordsTab

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class LogboekSection(RecordsTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(AuditModel(), parent)
        self.services = services
        self.actor = actor
        self.table.setAccessibleName(self.tr("Logboek"))
        self.add_button(self.tr("&Vernieuwen"), self.refresh)
        self.verify_button = None
        if actor.has(Role.BEHEERDER):
            self.verify_button = self.add_button(self.tr("&Controleer logboek"), self.verify,
                                                 "Ctrl+K")
        self.finish_buttons()
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.refresh()

    def load(self) -> list[Any]:
        return self.services.audit.list_entries(self.actor)

    def verify(self) -> None:
        try:
            report = self.services.audit.verify(self.actor)
        except KnownError as error:
            show_error(self, error)
            return
        if report.ok:
            show_message(self, self.tr("Het logboek is in orde: {0} regels gecontroleerd, "
                                       "niets gewijzigd of verwijderd.").format(report.entries))
        else:
            show_message(self, self.tr("Het logboek klopt niet:") + "\n" +
                         "\n".join(report.problems), warning=True)
        self.refresh()
