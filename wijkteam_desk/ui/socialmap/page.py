"""The sociale kaart page: type to search, narrow with filters, read the detail, print a
wegwijzer. Beheerder and teamleider also edit and work through the to-check list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.socialmap_types import SearchFilter
from wijkteam_desk.store.models import Role, ServiceKind
from wijkteam_desk.ui.socialmap import printing
from wijkteam_desk.ui.socialmap.common import EDITORS, short_kind, show_error
from wijkteam_desk.ui.socialmap.detail_view import ServiceDetailView
from wijkteam_desk.ui.socialmap.gap_dialog import GapDialog
from wijkteam_desk.ui.socialmap.gaps_dialog import GapsDialog
from wijkteam_desk.ui.socialmap.report_dialog import ReportOutdatedDialog
from wijkteam_desk.ui.socialmap.results_model import SORT_ROLE, ServiceResultsModel
from wijkteam_desk.ui.socialmap.service_dialog import ServiceDialog
from wijkteam_desk.ui.socialmap.to_check_dialog import ToCheckDialog
from wijkteam_desk.ui.socialmap.transfer import Transfer

TYPE_AHEAD_MS = 150


class SocialMapPage(QWidget):
    def __init__(self, services, actor: Actor,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._kaart = services.socialmap
        self._actor = actor
        self.can_edit = actor.has(*EDITORS)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPE_AHEAD_MS)
        self._timer.timeout.connect(self.search)

        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Zoek een voorziening, bijv. voedselbank, taal "
                                              "of schulden"))
        self.query.setAccessibleName(self.tr("Zoeken in de sociale kaart"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._focus_results)
        self.query.installEventFilter(self)
        search_label = QLabel(self.tr("&Zoeken:"))
        search_label.setBuddy(self.query)

        self.leefgebied = QComboBox()
        self.topic = QComboBox()
        self.area = QComboBox()
        self.age = QSpinBox()
        self.age.setRange(-1, 120)
        self.age.setSpecialValueText(self.tr("alle leeftijden"))
        self.age.setValue(-1)
        self.age.setSuffix(self.tr(" jaar"))
        self.cost = QComboBox()
        for value, label in (("", self.tr("Alle kosten")), ("free", self.tr("Gratis")),
                             ("paid", self.tr("Met eigen bijdrage"))):
            self.cost.addItem(label, value)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Alle soorten"), None)
        for kind in ServiceKind:
            self.kind.addItem(short_kind(kind), kind)
        self.open_now = QCheckBox(self.tr("Nu &open"))
        self.only_stale = QCheckBox(self.tr("Alleen &verouderd"))
        self._fill_filters()
        for combo, name in ((self.leefgebied, self.tr("Leefgebied")),
                            (self.topic, self.tr("Onderwerp")),
                            (self.area, self.tr("Wijk of dorp")), (self.cost, self.tr("Kosten")),
                            (self.kind, self.tr("Soort voorziening"))):
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(self.search)
        self.age.setAccessibleName(self.tr("Leeftijd"))
        self.age.valueChanged.connect(lambda _v: self._timer.start())
        self.open_now.toggled.connect(self.search)
        self.only_stale.toggled.connect(self.search)

        self.model = ServiceResultsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Gevonden voorzieningen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 250), (1, 150), (2, 100), (3, 100), (4, 150), (5, 120)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.detail = ServiceDetailView()
        self.count = QLabel()

        self.print_button = QPushButton(self.tr("Wegwijzer &afdrukken…"))
        self.print_button.clicked.connect(self.print_wegwijzer)
        self.save_button = QPushButton(self.tr("Wegwijzer op&slaan als PDF…"))
        self.save_button.clicked.connect(self.save_wegwijzer)
        self.report_button = QPushButton(self.tr("&Klopt niet meer…"))
        self.report_button.clicked.connect(self.report_outdated)
        self.new_button = QPushButton(self.tr("&Nieuwe voorziening…"))
        self.new_button.clicked.connect(lambda: self.edit_service(new=True))
        self.edit_button = QPushButton(self.tr("&Wijzigen…"))
        self.edit_button.clicked.connect(self.edit_service)
        self.check_button = QPushButton(self.tr("&Te controleren…"))
        self.check_button.clicked.connect(self.show_to_check)
        self.transfer = Transfer(self._kaart, actor, self)
        self.transfer.finished.connect(self._after_transfer)
        self.import_button = QPushButton(self.tr("&Inlezen…"))
        self.import_button.setToolTip(self.tr("Sociale kaart inlezen uit een HSDS-pakket"))
        self.import_button.clicked.connect(self.transfer.start_import)
        self.export_button = QPushButton(self.tr("&Uitvoeren…"))
        self.export_button.setToolTip(self.tr("Sociale kaart uitvoeren als HSDS-CSV of xlsx"))
        self.export_button.clicked.connect(self.transfer.start_export)
        self.import_button.setVisible(self.can_edit)
        self.export_button.setVisible(actor.has(Role.SOCIAAL_WERKER, *EDITORS))
        self.gap_button = QPushButton(self.tr("&Geen passend aanbod…"))
        self.gap_button.clicked.connect(self.record_gap)
        self.gaps_button = QPushButton(self.tr("&Hiaten…"))
        self.gaps_button.clicked.connect(self.show_gaps)
        self.gap_button.setVisible(actor.has(Role.VRIJWILLIGER, Role.SOCIAAL_WERKER,
                                             Role.TEAMLEIDER))
        self.gaps_button.setVisible(actor.has(Role.TEAMLEIDER))
        for button in (self.new_button, self.edit_button, self.check_button):
            button.setVisible(self.can_edit)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_wegwijzer)
        QShortcut(QKeySequence("Ctrl+F"), self, self.query.setFocus)

        filters = QHBoxLayout()
        for widget in (self.leefgebied, self.topic, self.area, self.age, self.cost, self.kind,
                       self.open_now, self.only_stale):
            filters.addWidget(widget)
        filters.addStretch(1)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.query, 1)
        search_row.addWidget(self.count)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([880, 440])
        actions = QHBoxLayout()
        for button in (self.print_button, self.save_button, self.report_button,
                       self.gap_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.gaps_button, self.import_button, self.export_button,
                       self.new_button, self.edit_button, self.check_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        self._update_buttons()
        self.search()

    # -- searching -------------------------------------------------------------------

    def _fill_filters(self) -> None:
        try:
            leefgebieden, topics = self._kaart.list_terms(self._actor)
            areas = self._kaart.list_areas(self._actor)
        except KnownError as error:
            show_error(self, error)
            return
        for combo, first, items in (
                (self.leefgebied, self.tr("Alle leefgebieden"),
                 [(t.id, t.name) for t in leefgebieden]),
                (self.topic, self.tr("Alle onderwerpen"), [(t.id, t.name) for t in topics]),
                (self.area, self.tr("Alle wijken en dorpen"), [(a, a) for a in areas])):
            combo.blockSignals(True)
            current = combo.currentData()
            combo.clear()
            combo.addItem(first, "")
            for key, label in items:
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def criteria(self) -> SearchFilter:
        return SearchFilter(
            text=self.query.text(), leefgebied_id=self.leefgebied.currentData() or "",
            topic_id=self.topic.currentData() or "", area=self.area.currentData() or "",
            age=None if self.age.value() < 0 else self.age.value(),
            cost=self.cost.currentData() or "",
            kind=ServiceKind(self.kind.currentData()) if self.kind.currentData() else None,
            open_now=self.open_now.isChecked(), only_stale=self.only_stale.isChecked())

    def search(self) -> None:
        self._timer.stop()
        criteria = self.criteria()
        try:
            rows = self._kaart.search(self._actor, criteria)
        except KnownError as error:
            show_error(self, error)
            return
        selected = self.current_id()
        self.model.set_rows(rows)
        if len(rows) >= criteria.limit:
            self.count.setText(self.tr("Eerste {0} voorzieningen; typ meer om te "
                                       "verfijnen").format(len(rows)))
        else:
            self.count.setText(self.tr("%n voorziening(en)", "", len(rows)))
        self._select(selected)

    def _select(self, service_id: str | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if service_id is None or self.model.row_at(
                    self.proxy.mapToSource(index).row()).id == service_id:
                self.table.setCurrentIndex(index)
                return
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self.detail.show_detail(None)
            self._update_buttons()

    def _focus_results(self) -> None:
        self.search()
        if self.proxy.rowCount():
            self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (watched is self.query and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down):  # type: ignore[attr-defined]
            self._focus_results()
            return True
        return super().eventFilter(watched, event)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row()).id

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_service(self.model.row_at(self.proxy.mapToSource(current).row()).id
                          if current.isValid() else None)

    def show_service(self, service_id: str | None) -> None:
        detail = None
        if service_id:
            try:
                detail = self._kaart.get_service(self._actor, service_id)
            except KnownError as error:
                show_error(self, error)
        self.detail.show_detail(detail)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.detail.detail is not None
        for button in (self.print_button, self.save_button, self.report_button,
                       self.edit_button):
            button.setEnabled(has)

    # -- actions ---------------------------------------------------------------------

    def print_wegwijzer(self) -> None:
        if self.detail.detail:
            printing.print_wegwijzer(self, self._kaart, self._actor, self.detail.detail.id)

    def save_wegwijzer(self) -> None:
        if self.detail.detail:
            printing.save_wegwijzer(self, self._kaart, self._actor, self.detail.detail.id,
                                    self.detail.detail.name)

    def report_outdated(self) -> None:
        detail = self.detail.detail
        if detail and ReportOutdatedDialog(self._kaart, self._actor, detail.id, detail.name,
                                           self).exec() == QDialog.DialogCode.Accepted:
            self.search()
            self.show_service(detail.id)

    def edit_service(self, new: bool = False) -> None:
        dialog = ServiceDialog(self._kaart, self._actor, None if new else self.detail.detail,
                               self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self._fill_filters()
            self.search()
            self._select(dialog.saved.id)
            self.show_service(dialog.saved.id)

    def show_to_check(self) -> None:
        dialog = ToCheckDialog(self._kaart, self._actor, self)
        dialog.open_service.connect(self.show_service)
        dialog.exec()
        self.search()

    def record_gap(self) -> None:
        GapDialog(self._services, self._actor, self.area.currentData() or "",
                  parent=self).exec()

    def show_gaps(self) -> None:
        GapsDialog(self._services, self._actor, self).exec()

    def _after_transfer(self) -> None:
        self._fill_filters()
        self.search()
