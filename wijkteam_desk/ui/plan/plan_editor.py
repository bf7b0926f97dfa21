"""The plan editor: every change is an undoable command on an immutable plan, and the plan
is kept as a draft automatically so that a crash loses a few seconds at most."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services.plan_config import LeefgebiedInfo
from wijkteam_desk.ui.plan import plan_commands as cmd
from wijkteam_desk.ui.plan import plan_tables as tables
from wijkteam_desk.ui.plan.autosave import AutoSaver, DraftStore
from wijkteam_desk.ui.plan.rows_model import ChoiceDelegate, RowsModel, pydate, qdate

SaveFunction = Callable[[pm.Plan, int | None], int]  # (plan, base version) -> new version


class PlanEditor(QMainWindow):
    plan_saved = Signal(int)

    def __init__(self, plan: pm.Plan, leefgebieden: Sequence[LeefgebiedInfo],
                 drafts: DraftStore, draft_key: str, *, title: str = "",
                 base_version: int | None = None, save: SaveFunction | None = None,
                 service_names: dict[int, str] | None = None, ladder: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._leefgebieden = list(leefgebieden)
        self._save = save
        self.base_version = base_version
        self.draft_key = draft_key
        self.setWindowTitle((self.tr("Plan – %1").replace("%1", title) if title
                             else self.tr("Plan")) + "[*]")
        self.stack = QUndoStack(self)
        self._measure = QDateEdit(QDate.currentDate())
        latest = max((s.measured_on for d in plan.domains for s in d.scores), default=None)
        if latest:
            self._measure.setDate(qdate(latest))
        self._build_actions()
        tabs = QTabWidget()
        tabs.addTab(self._overview_tab(), self.tr("&1 Overzicht en netwerk"))
        tabs.addTab(self._domains_tab(ladder), self.tr("&2 Leefgebieden"))
        tabs.addTab(self._goals_tab(service_names or {}), self.tr("&3 Doelen en acties"))
        tabs.addTab(self._regie_tab(), self.tr("&4 Regie en aantekeningen"))
        self.setCentralWidget(tabs)
        self.autosaver = AutoSaver(drafts, draft_key, self.draft_data, self)
        self.autosaver.saved.connect(self._on_autosaved)
        self.autosaver.failed.connect(self._on_autosave_failed)
        self.stack.indexChanged.connect(lambda _i: self.autosaver.changed())
        self.stack.cleanChanged.connect(self._update_title_mark)
        self.refresh()

    # -- state -------------------------------------------------------------------------

    @property
    def plan(self) -> pm.Plan:
        return self._plan

    def apply_plan(self, plan: pm.Plan) -> None:
        self._plan = plan
        self.refresh()

    def push(self, factory: Callable[[], cmd.PlanCommand]) -> bool:
        """Build a command (validation may refuse it) and put it on the undo stack."""
        try:
            command = factory()
        except KnownError as error:
            QMessageBox.warning(self, self.tr("Plan"), error.message)
            self.refresh()
            return False
        self.stack.push(command)
        return True

    def draft_data(self) -> dict[str, Any]:
        return {"plan": pm.to_dict(self._plan), "base_version": self.base_version}

    def measured_on(self) -> date:
        return pydate(self._measure.date()) or date.today()

    # -- edits (the widgets call these; so do tests) -----------------------------------

    def edit_text(self, name: str, value: str) -> None:
        if getattr(self._plan, name) != value:
            self.push(lambda: cmd.edit_text(self, name, value))

    def add_network_person(self) -> None:
        self.push(lambda: cmd.put_network(self, pm.NetworkPerson(pm.new_id(), ""), True))

    def remove_network_person(self, person_id: str) -> None:
        self.push(lambda: cmd.remove_network(self, person_id))

    def add_goal(self, text: str = "") -> str:
        goal = pm.Goal(pm.new_id(), text)
        return goal.id if self.push(lambda: cmd.put_goal(self, goal, True)) else ""

    def remove_goal(self, goal_id: str) -> None:
        self.push(lambda: cmd.remove_goal(self, goal_id))

    def add_action(self, goal_id: str, what: str = "") -> str:
        action = pm.Action(pm.new_id(), what)
        return action.id if self.push(lambda: cmd.put_action(self, goal_id, action, True)) \
            else ""

    def remove_action(self, goal_id: str, action_id: str) -> None:
        self.push(lambda: cmd.remove_action(self, goal_id, action_id))

    def set_score(self, leefgebied_id: int, score: int | None) -> None:
        moment = pm.Moment.EVALUATIE if self._plan.evaluations else pm.Moment.INTAKE
        self.push(lambda: cmd.set_score(self, leefgebied_id, self.measured_on(), score, moment))

    def set_target(self, leefgebied_id: int, target: int | None) -> None:
        self.push(lambda: cmd.set_target(self, leefgebied_id, target))

    def set_situation(self, leefgebied_id: int, text: str) -> None:
        self.push(lambda: cmd.edit_situation(self, leefgebied_id, text))

    def set_regie(self, regie: pm.Regie) -> None:
        if regie != self._plan.regie:
            self.push(lambda: cmd.set_regie(self, regie))

    def add_ladder_score(self, member: str, step: int) -> None:
        item = pm.LadderScore(member, step, self.measured_on())
        self.push(lambda: cmd.put_ladder(self, item))

    def selected_goal_id(self) -> str:
        row = self.goals_view.currentIndex().row()
        return self._plan.goals[row].id if 0 <= row < len(self._plan.goals) else ""

    # -- saving and drafts -------------------------------------------------------------

    def save_plan(self) -> bool:
        if self._save is None:
            return False
        try:
            pm.check(self._plan)
            self.base_version = self._save(self._plan, self.base_version)
        except KnownError as error:
            QMessageBox.warning(self, self.tr("Plan opslaan"), error.message)
            return False
        self.stack.setClean()
        self.autosaver.discard()
        self.statusBar().showMessage(self.tr("Plan opgeslagen."), 5000)
        self.plan_saved.emit(self.base_version)
        return True

    def offer_draft(self) -> bool:
        """Offer back a draft left by a crash or an unsaved close. True if restored."""
        data = self.autosaver.take_draft()
        if data is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Niet opgeslagen plan"),
            self.tr("Er is een niet-opgeslagen versie van dit plan bewaard. "
                    "Wilt u daarmee verder werken?"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.base_version = data.get("base_version", self.base_version)
        plan = pm.from_dict(data["plan"])
        self.push(lambda: cmd.replace_plan(self, plan, self.tr("Bewaarde versie terugzetten")))
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.stack.isClean():
            answer = QMessageBox.question(
                self, self.tr("Plan sluiten"), self.tr("Wilt u de wijzigingen opslaan?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save_plan()):
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Discard:
                self.autosaver.discard()
        self.autosaver.stop()
        event.accept()

    def _on_autosaved(self, _when: float) -> None:
        self.statusBar().showMessage(self.tr("Concept automatisch bewaard."), 3000)

    def _on_autosave_failed(self, _detail: str) -> None:
        self.statusBar().showMessage(self.tr("Automatisch bewaren lukt nu niet. Sla het plan "
                                             "zelf op."))

    def _update_title_mark(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    # -- building ----------------------------------------------------------------------

    def _build_actions(self) -> None:
        bar = self.addToolBar(self.tr("Plan"))
        bar.setObjectName("plan_toolbar")
        undo = self.stack.createUndoAction(self, self.tr("Ongedaan maken"))
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = self.stack.createRedoAction(self, self.tr("Opnieuw"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence(QKeySequence.StandardKey.Redo)])
        save = QAction(self.tr("&Opslaan"), self)
        save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save.setEnabled(self._save is not None)
        save.triggered.connect(self.save_plan)
        for action in (save, undo, redo):
            bar.addAction(action)
        self.undo_action, self.redo_action, self.save_action = undo, redo, save

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
        self.ladder_view.setVisible(ladder)
        layout.addWidget(self.ladder_view)
        return page

    def _goals_tab(self, service_names: dict[int, str]) -> QWidget:
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z / Ctrl+Y in a text field undo plan commands, not the field's own edits."""
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and \
                isinstance(event, QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Y
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier)
            if undo or redo:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    if undo:
                        self.stack.undo()
                    else:
                        self.stack.redo()
                return True
        return super().eventFilter(watched, event)

    # -- from widgets to commands ------------------------------------------------------

    @staticmethod
    def _by_row(items: Sequence[Any], row: int, func: Callable[[str], None]) -> None:
        if 0 <= row < len(items):
            func(items[row].id)

    def _remove_action_row(self, row: int) -> None:
        goal_id = self.selected_goal_id()
        if goal_id:
            self._by_row(self._plan.goal(goal_id).actions, row,
                         lambda aid: self.remove_action(goal_id, aid))

    def _changed(self, model: RowsModel, row: int, column: int, value: Any) -> Any:
        old = model.rows[row]
        return dataclasses.replace(old, **{model.columns[column].field: value})

    def _on_network_edit(self, row: int, column: int, value: Any) -> None:
        person = self._changed(self.network_model, row, column, value)
        self.push(lambda: cmd.put_network(self, person, False))

    def _on_goal_edit(self, row: int, column: int, value: Any) -> None:
        goal = self._changed(self.goal_model, row, column, value)
        self.push(lambda: cmd.put_goal(self, goal, False))

    def _on_action_edit(self, row: int, column: int, value: Any) -> None:
        goal_id = self.selected_goal_id()
        action = self._changed(self.action_model, row, column, value)
        self.push(lambda: cmd.put_action(self, goal_id, action, False))

    def _on_domain_edit(self, row: int, column: int, value: Any) -> None:
        lid = self.domain_model.rows[row].info.id
        field = self.domain_model.columns[column].field
        if field == "situation":
            self.set_situation(lid, value)
        elif field == "score":
            self.set_score(lid, value)
        elif field == "target_score":
            self.set_target(lid, value)

    def _on_regie_edit(self) -> None:
        dates = []
        for part in self.evaluations_edit.text().replace(";", ",").split(","):
            parsed = QDate.fromString(part.strip(), "dd-MM-yyyy")
            if part.strip() and not parsed.isValid():
                QMessageBox.warning(self, self.tr("Evaluatiemomenten"),
                                    self.tr("Schrijf de data als dd-mm-jjjj, gescheiden door "
                                            "komma's."))
                return
            if parsed.isValid():
                dates.append(pydate(parsed))
        self.set_regie(dataclasses.replace(
            self._plan.regie, coordinator=self.coordinator_edit.text().strip(),
            handed_to=self.handed_edit.text().strip(),
            evaluation_dates=tuple(d for d in dates if d)))

    # -- from the plan to the widgets --------------------------------------------------

    def refresh(self) -> None:
        plan = self._plan
        for box, text in ((self.goes_well_edit, plan.goes_well), (self.notes_edit, plan.notes)):
            if box.toPlainText() != text:
                box.blockSignals(True)
                box.setPlainText(text)
                box.blockSignals(False)
        self._set_rows(self.network_view, self.network_model, plan.network)
        self._set_rows(self.domain_view, self.domain_model,
                       tables.domain_rows(plan, self._leefgebieden))
        self._set_rows(self.goals_view, self.goal_model, plan.goals)
        self._refresh_actions()
        self.ladder_model.set_rows(plan.ladder)
        regie = plan.regie
        for line, text in ((self.coordinator_edit, regie.coordinator),
                           (self.evaluations_edit,
                            ", ".join(d.strftime("%d-%m-%Y") for d in regie.evaluation_dates)),
                           (self.handed_edit, regie.handed_to)):
            if line.text() != text:
                line.setText(text)

    def _refresh_actions(self) -> None:
        goal_id = self.selected_goal_id()
        actions = self._plan.goal(goal_id).actions if goal_id else ()
        self._set_rows(self.actions_view, self.action_model, actions)

    @staticmethod
    def _set_rows(view: QTableView, model: RowsModel, rows: Sequence[Any]) -> None:
        current = view.currentIndex()
        model.set_rows(rows)
        if current.isValid() and rows:
            view.setCurrentIndex(model.index(min(current.row(), len(rows) - 1),
                                             current.column()))
