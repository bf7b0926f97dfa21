"""The tabs of the plan editor: overview and network, leefgebieden, goals and actions,
regie and notes. A mixin of PlanEditor; every widget edit goes through its commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.ui.plan import plan_commands as cmd
from wijkteam_desk.ui.plan import plan_tables as tables
from wijkteam_desk.ui.plan.rows_model import ChoiceDelegate, RowsModel


class PlanTabs:
    """Builds the editor's tabs; expects the PlanEditor attributes and edit methods."""

    def _table(self, model: RowsModel, on_edit: Callable[[int, int, Any], None],
               name: str, add: Callable[[], Any], remove: Callable[[int], None]
               ) -> tuple[QWidget, QTableView]:
        view = QTableView()
        view.setModel(model)
        view.setItemDelegate(ChoiceDelegate(model, view))
        view.setAccessibleName(name)
        view.setTabKeyNavigation(False)
        view.horizontalHeader().setStretchLastSection(True)
        model.edited.connect(on_edit)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        buttons = QHBoxLayout()
        add_button = QPushButton(self.tr("Toevoegen (Insert)"))
        add_button.clicked.connect(lambda: add())
        del_button = QPushButton(self.tr("Verwijderen (Delete)"))
        del_button.clicked.connect(lambda: remove(view.currentIndex().row()))
        for button in (add_button, del_button):
            button.setAccessibleName(f"{button.text()} – {name}")
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), view, add,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), view,
                  lambda: remove(view.currentIndex().row()),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return box, view

    def _text_box(self, name: str, label: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setAccessibleName(label)
        box.setTabChangesFocus(True)
        box.textChanged.connect(lambda: self.edit_text(name, box.toPlainText()))
        box.installEventFilter(self)
        return box

    def _overview_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.goes_well_edit = self._text_box("goes_well", self.tr("Wat gaat goed"))
        label = QLabel(self.tr("&Wat gaat goed"))
        label.setBuddy(self.goes_well_edit)
        self.network_model = RowsModel(tables.network_columns(), self)
        box, self.network_view = self._table(
            self.network_model, self._on_network_edit, self.tr("Eigen kracht en netwerk"),
            self.add_network_person,
            lambda row: self._by_row(self._plan.network, row, self.remove_network_person))
        for widget in (label, self.goes_well_edit,
                       QLabel(self.tr("Eigen kracht en netwerk: wie helpt al?")), box):
            layout.addWidget(widget)
        return page

    def _domains_tab(self, ladder: bool) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self._measure.setCalendarPopup(True)
        self._measure.setAccessibleName(self.tr("Meetmoment"))
        self._measure.dateChanged.connect(lambda _d: self.refresh())
        form.addRow(self.tr("&Meetmoment (datum van de scores)"), self._measure)
        layout.addLayout(form)
        self.domain_model = RowsModel(tables.domain_columns(self.measured_on), self)
        self.domain_view = QTableView()
        self.domain_view.setModel(self.domain_model)
        self.domain_view.setItemDelegate(ChoiceDelegate(self.domain_model, self.domain_view))
        self.domain_view.setAccessibleName(self.tr("Leefgebieden"))
        self.domain_view.horizontalHeader().setStretchLastSection(True)
        self.domain_model.edited.connect(self._on_domain_edit)
        layout.addWidget(self.domain_view)
        self.ladder_model = RowsModel(tables.ladder_columns(), self)
        self.ladder_view = QTableView()
        self.ladder_view.setModel(self.ladder_model)
        self.ladder_view.setAccessibleName(self.tr("Participatieladder"))
        self.ladder_member = QLineEdit()
        self.ladder_member.setPlaceholderText(self.tr("naam van de volwassene"))
        self.ladder_member.setAccessibleName(self.tr("Gezinslid voor de participatieladder"))
        self.ladder_step = QComboBox()
        self.ladder_step.setAccessibleName(self.tr("Trede"))
        for step, label in tables.ladder_columns()[1].choices:
            self.ladder_step.addItem(label, step)
        self.ladder_add = add = QPushButton(self.tr("Trede &vastleggen op het meetmoment"))
        add.clicked.connect(lambda: self.add_ladder_score(
            self.ladder_member.text().strip(), self.ladder_step.currentData())
            if self.ladder_member.text().strip() else None)
        row = QHBoxLayout()
        for widget in (self.ladder_member, self.ladder_step, add):
            row.addWidget(widget)
        box = QWidget()
        box.setLayout(row)
        self.ladder_view.setVisible(ladder)
        box.setVisible(ladder)
        layout.addWidget(QLabel(self.tr("Participatieladder")) if ladder else QWidget())
        layout.addWidget(self.ladder_view)
        layout.addWidget(box)
        return page

    def _goals_tab(self, service_names: dict[str, str]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.goal_model = RowsModel(tables.goal_columns(self._leefgebieden), self)
        goals, self.goals_view = self._table(
            self.goal_model, self._on_goal_edit, self.tr("Doelen"), self.add_goal,
            lambda row: self._by_row(self._plan.goals, row, self.remove_goal))
        self.action_model = RowsModel(tables.action_columns(service_names), self)
        actions, self.actions_view = self._table(
            self.action_model, self._on_action_edit, self.tr("Acties"),
            lambda: self.add_action(self.selected_goal_id()) if self.selected_goal_id()
            else None, self._remove_action_row)
        self.goals_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._refresh_actions())
        for widget in (QLabel(self.tr("Doelen")), goals,
                       QLabel(self.tr("Acties bij het gekozen doel")), actions):
            layout.addWidget(widget)
        return page

    def _regie_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.coordinator_edit = QLineEdit()
        self.evaluations_edit = QLineEdit()
        self.evaluations_edit.setPlaceholderText(self.tr("dd-mm-jjjj, dd-mm-jjjj"))
        self.handed_edit = QLineEdit()
        self.notes_edit = self._text_box("notes", self.tr("Werkaantekeningen"))
        for label, widget in ((self.tr("&Wie coördineert"), self.coordinator_edit),
                              (self.tr("&Evaluatiemomenten"), self.evaluations_edit),
                              (self.tr("Regie &overgedragen aan"), self.handed_edit),
                              (self.tr("Werk&aantekeningen (intern)"), self.notes_edit)):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self.evaluations_edit.editingFinished.connect(self._on_regie_edit)
        for line, field in ((self.coordinator_edit, "coordinator"),
                            (self.handed_edit, "handed_to")):
            line.textEdited.connect(
                lambda text, f=field: self.push(lambda: cmd.edit_regie_text(self, f, text)))
        for line in (self.coordinator_edit, self.evaluations_edit, self.handed_edit):
            line.installEventFilter(self)
        return page
