"""The dossier of one household: a window with the tabs overzicht, gezinsleden,
contactmomenten, toestemmingen, betrokkenen, doorverwijzingen, doorpakbudget and
geschiedenis, the plan button and the prints (huishoudoverzicht, inzage-export)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.household_types import Dossier
from wijkteam_desk.ui.budget.household_tab import BudgetTab
from wijkteam_desk.ui.forms import title_label
from wijkteam_desk.ui.households import texts
from wijkteam_desk.ui.households.consent_tab import ConsentTab
from wijkteam_desk.ui.households.contacts_tab import ContactsTab
from wijkteam_desk.ui.households.dossier_prints import DossierPrints
from wijkteam_desk.ui.households.history_tab import HistoryTab
from wijkteam_desk.ui.households.involved_tab import InvolvedTab
from wijkteam_desk.ui.households.members_tab import MembersTab
from wijkteam_desk.ui.households.overview_tab import OverviewTab
from wijkteam_desk.ui.households.referrals_tab import ReferralsTab
from wijkteam_desk.ui.households.widgets import shortcut
from wijkteam_desk.ui.messages import show_error

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class DossierWindow(QWidget):
    """``changed`` is emitted after anything was saved (the caseload refreshes)."""

    changed = Signal()

    def __init__(self, services: Services, actor: Actor, dossier: Dossier,
                 parent: QWidget | None = None,
                 loader: Callable[[], Dossier] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.services = services
        self.actor = actor
        self.dossier = dossier
        hid = dossier.household.id
        self._loader = loader or (lambda: services.households.open(actor, hid))
        self.heading = title_label("", 1.4)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.access = QLabel()
        self.access.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen van het dossier"))
        self.overview = OverviewTab(self)
        self.members = MembersTab(self)
        self.contacts = ContactsTab(self)
        self.consent = ConsentTab(self)
        self.involved = InvolvedTab(self)
        self.history = HistoryTab(self)
        self.referrals = ReferralsTab(self)
        self.budget = BudgetTab(self)
        for tab, title in ((self.overview, self.tr("&Overzicht")),
                           (self.members, self.tr("&Gezinsleden")),
                           (self.contacts, self.tr("&Contactmomenten")),
                           (self.consent, self.tr("&Toestemmingen")),
                           (self.involved, self.tr("&Betrokkenen")),
                           (self.history, self.tr("Ge&schiedenis"))):
            self.tabs.addTab(tab, title)
        self.plan_button = QPushButton(self.tr("&Plan openen (Ctrl+P)"))
        self.plan_button.clicked.connect(self.open_plan)
        self.plan_editor: QWidget | None = None
        self.tabs.insertTab(5, self.referrals, self.tr("&Doorverwijzingen"))
        self.tabs.insertTab(6, self.budget, self.tr("Doorpakbudg&et"))
        self.prints = DossierPrints(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.prints.button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.access)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        window = Qt.ShortcutContext.WindowShortcut
        shortcut(self, "F5", self.reload, window)
        shortcut(self, "Ctrl+W", self.close, window)
        shortcut(self, "Ctrl+N", self.new_contact, window)
        shortcut(self, "Ctrl+P", self.open_plan, window)
        for number in range(self.tabs.count()):
            shortcut(self, f"Ctrl+{number + 1}",
                     lambda n=number: self.tabs.setCurrentIndex(n), window)
        self.set_dossier(dossier)
        available = self.screen().availableGeometry()
        self.resize(min(1000, available.width() * 9 // 10),
                    min(680, available.height() * 9 // 10))

    @property
    def household_id(self) -> int:
        return self.dossier.household.id

    @property
    def can_edit(self) -> bool:
        return self.dossier.can_edit

    def set_dossier(self, dossier: Dossier) -> None:
        self.dossier = dossier
        h = dossier.household
        status = texts.status_names()[h.status]
        name = h.name
        access = texts.access_text(dossier.access)
        if h.anonymised_at is not None:
            # after the bewaartermijn: only the figures remain, nothing can be changed
            name = self.tr("Geanonimiseerd op {0}").format(
                texts.day(h.anonymised_at.astimezone().date()))
            access = self.tr("Dit dossier is geanonimiseerd na afloop van de bewaartermijn; "
                             "het kan alleen nog worden ingezien.")
        self.setWindowTitle(self.tr("{0} – {1} – dossier").format(name, h.number))
        self.heading.setText(self.tr("{0}  ·  {1}  ·  {2}").format(name, h.number, status))
        self.heading.setAccessibleName(self.heading.text())
        self.access.setText(access)
        for tab in (self.overview, self.members, self.contacts, self.consent, self.involved,
                    self.referrals, self.budget, self.history):
            tab.set_dossier(dossier)

    def reload(self) -> bool:
        try:
            dossier = self._loader()
        except KnownError as error:
            show_error(self, error)
            return False
        self.set_dossier(dossier)
        return True

    def saved(self) -> None:
        """After a change: show the new state and tell the caseload."""
        self.reload()
        self.changed.emit()

    def open_plan(self) -> None:
        """The household's one plan in its own editor window; a draft left by a crash is
        offered back."""
        from wijkteam_desk.ui.plan.open_plan import plan_editor_for

        if self.plan_editor is not None and self.plan_editor.isVisible():
            self.plan_editor.raise_()
            self.plan_editor.activateWindow()
            return
        try:
            editor = plan_editor_for(self.services, self.actor, self.household_id)
        except KnownError as error:
            show_error(self, error)
            return
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(lambda *_a: setattr(self, "plan_editor", None))
        self.plan_editor = editor
        editor.show()
        editor.offer_draft()

    def new_contact(self) -> None:
        if self.can_edit:
            self.tabs.setCurrentWidget(self.contacts)
            self.contacts.new_contact()
