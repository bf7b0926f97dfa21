""""Mijn huishoudens": the caseload with last contact and what needs attention, and the
type-ahead search over the team's households. Enter opens the dossier."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.household_types import Dossier
from wijkteam_desk.store.models import Role
from wijkteam_desk.ui.forms import title_label
from wijkteam_desk.ui.households.dossier_window import DossierWindow
from wijkteam_desk.ui.households.models import CaseloadModel, SearchModel
from wijkteam_desk.ui.households.reason_dialog import ReasonDialog
from wijkteam_desk.ui.households.signal_dialog import SignalDialog
from wijkteam_desk.ui.households.widgets import current_row, make_table, select_first, shortcut
from wijkteam_desk.ui.messages import show_error, show_message
from wijkteam_desk.ui.models import filter_proxy

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services

SEARCH_DELAY_MS = 150


class HouseholdsPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.dossiers: dict[int, DossierWindow] = {}
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Zoek een huishouden"))
        self.search.setPlaceholderText(self.tr(
            "Zoek op naam, adres, postcode, telefoon of huishoudnummer (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.returnPressed.connect(self._search_enter)

        self.caseload_model = CaseloadModel(self)
        self.caseload_proxy = filter_proxy(self.caseload_model)
        self.caseload = make_table(self.caseload_proxy, self.tr("Mijn huishoudens"),
                                   on_activate=self.open_current)
        self.caseload.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.results_model = SearchModel(self)
        self.results_proxy = filter_proxy(self.results_model)
        self.results = make_table(self.results_proxy, self.tr("Zoekresultaten"),
                                  on_activate=self.open_current)
        self.results.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.caseload)
        self.stack.addWidget(self.results)

        self.heading = title_label(self.tr("Mijn huishoudens"))
        # The teamleider can look at the whole team's open households.
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Welke huishoudens"))
        self.scope.addItem(self.tr("Mijn eigen huishoudens"), False)
        self.scope.addItem(self.tr("Alle huishoudens van het team"), True)
        self.scope.setVisible(actor.has(Role.TEAMLEIDER))
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Aantal"))
        self.open_button = QPushButton(self.tr("&Openen"))
        self.open_button.setToolTip(self.tr("Open het dossier (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        self.signal_button = QPushButton(self.tr("Nieuwe &aanmelding…"))
        self.signal_button.clicked.connect(self.new_signal)
        self.refresh_button = QPushButton(self.tr("&Vernieuwen"))
        self.refresh_button.setToolTip("F5")
        self.refresh_button.clicked.connect(self.refresh)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.scope)
        top.addStretch(1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.signal_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        shortcut(self, "Ctrl+F", self._focus_search, Qt.ShortcutContext.WindowShortcut)
        shortcut(self, "F5", self.refresh, Qt.ShortcutContext.WindowShortcut)
        shortcut(self.search, Qt.Key.Key_Down, self._to_table, Qt.ShortcutContext.WidgetShortcut)
        shortcut(self.search, Qt.Key.Key_Escape, self.search.clear,
                 Qt.ShortcutContext.WidgetShortcut)
        self.setTabOrder(self.search, self.open_button)
        self.refresh()
        if actor.has(Role.TEAMLEIDER) and self.caseload_model.rowCount() == 0:
            self.scope.setCurrentIndex(1)  # a teamleider without own households: the team
        self.search.setFocus()

    # -- data ---------------------------------------------------------------------------

    def team_view(self) -> bool:
        return bool(self.scope.currentData()) and self.actor.has(Role.TEAMLEIDER)

    def caseload_title(self) -> str:
        return self.tr("Huishoudens van het team") if self.team_view() else self.tr(
            "Mijn huishoudens")

    def refresh(self) -> None:
        households = self.services.households
        try:
            rows = (households.team_caseload(self.actor) if self.team_view()
                    else households.my_caseload(self.actor))
        except KnownError as error:
            show_error(self, error)
            return
        self.caseload_model.set_team(self.team_view(), rows)
        self.caseload.setAccessibleName(self.caseload_title())
        if self.stack.currentWidget() is self.caseload:
            self.heading.setText(self.caseload_title())
        select_first(self.caseload)
        if self.search.text().strip():
            self.run_search()
        self._update_count()

    def run_search(self) -> None:
        self.timer.stop()
        text = self.search.text().strip()
        if not text:
            self.stack.setCurrentWidget(self.caseload)
            self.heading.setText(self.caseload_title())
            self._update_count()
            return
        try:
            rows = self.services.households.search(self.actor, text)
        except KnownError as error:
            show_error(self, error)
            return
        self.results_model.set_rows(rows)
        select_first(self.results)
        self.stack.setCurrentWidget(self.results)
        self.heading.setText(self.tr("Zoeken in het team"))
        self._update_count()

    def _update_count(self) -> None:
        if self.stack.currentWidget() is self.results:
            n = self.results_model.rowCount()
            self.count.setText(self.tr("{0} gevonden").format(n) if n < 50
                               else self.tr("50 of meer gevonden: typ verder"))
        else:
            self.count.setText(self.tr("{0} huishoudens").format(
                self.caseload_model.rowCount()))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_enter(self) -> None:
        if self.timer.isActive():
            self.run_search()
        self._to_table()
        if self.results_model.rowCount() == 1:
            self.open_current()

    def _to_table(self) -> None:
        table = self.stack.currentWidget()
        table.setFocus()
        if not table.currentIndex().isValid():
            select_first(table)

    # -- opening ------------------------------------------------------------------------

    def open_current(self) -> Any:
        row = current_row(self.stack.currentWidget())
        if row is None:
            return None
        if getattr(row, "involved", True):
            try:
                dossier = self.services.households.open(self.actor, row.household_id)
            except KnownError as error:
                show_error(self, error)
                return None
            return self.show_dossier(dossier)
        if not self.actor.has(Role.SOCIAAL_WERKER, Role.TEAMLEIDER):
            show_message(self, self.tr("U kunt dit dossier niet openen."), warning=True)
            return None
        dialog = ReasonDialog(
            self.tr("Dossier openen met reden"),
            self.tr("U bent niet betrokken bij huishouden {0} ({1}); regievoerder is {2}. "
                    "U kunt het dossier alleen lezen nadat u de reden opgeeft. De reden komt "
                    "in het logboek en de teamleider ziet hem.").format(
                row.number, row.name, row.regievoerder_name or self.tr("nog niemand")),
            self.tr("Openen"),
            lambda reason: self.services.households.open_with_reason(
                self.actor, row.household_id, reason),
            self)
        hid = row.household_id

        def opened(dossier: Dossier) -> None:
            reason = dialog.reason.toPlainText()
            self.show_dossier(dossier, lambda: self.services.households.open_with_reason(
                self.actor, hid, reason))

        dialog.saved.connect(opened)
        dialog.open()
        return dialog

    def show_dossier(self, dossier: Dossier,
                     loader: Callable[[], Dossier] | None = None) -> DossierWindow:
        hid = dossier.household.id
        window = self.dossiers.get(hid)
        if window is not None and window.isVisible():
            window.set_dossier(dossier)
        else:
            window = DossierWindow(self.services, self.actor, dossier, self, loader)
            window.changed.connect(self.refresh)
            window.destroyed.connect(lambda _o=None, h=hid: self.dossiers.pop(h, None))
            self.dossiers[hid] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def new_signal(self) -> SignalDialog:
        dialog = SignalDialog(self.services, self.actor, self)
        dialog.saved.connect(lambda _s: show_message(self, self.tr(
            "De aanmelding is doorgegeven aan de teamleider.")))
        dialog.open()
        return dialog

    def restore_draft(self, key: str, data: dict[str, Any]) -> bool:
        """A contact moment left open when another user logged in: reopen it."""
        kind, _sep, number = key.partition(":")
        if kind != "huishoudens.contact" or not number.isdigit():
            return False
        try:
            dossier = self.services.households.open(self.actor, int(number))
        except KnownError as error:
            show_error(self, error)
            return False
        self.show_dossier(dossier).contacts.new_contact(data)
        return True
