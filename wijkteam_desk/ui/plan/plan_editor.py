"""The plan editor: every change is an undoable command on an immutable plan, and the plan
is kept as a draft automatically so that a crash loses a few seconds at most."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QTableView,
    QTabWidget,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.paths import atomic_write_bytes
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services.plan_config import LeefgebiedInfo
from wijkteam_desk.services.plan_diff import Change
from wijkteam_desk.services.plans import PlanConflictError, VersionInfo
from wijkteam_desk.ui.plan import plan_commands as cmd
from wijkteam_desk.ui.plan import plan_tables as tables
from wijkteam_desk.ui.plan.autosave import AutoSaver, DraftStore
from wijkteam_desk.ui.plan.conflict_dialog import Choice, ConflictDialog
from wijkteam_desk.ui.plan.lifecycle_dialogs import AgreementDialog, EvaluationDialog
from wijkteam_desk.ui.plan.plan_editor_tabs import PlanTabs
from wijkteam_desk.ui.plan.rows_model import RowsModel, pydate, qdate
from wijkteam_desk.ui.plan.versions_dialog import VersionsDialog


class PlanBackend(Protocol):
    """Where the editor saves; open_plan.ServiceBackend talks to the plan service."""

    def save(self, plan: pm.Plan, base_version: int | None) -> int: ...

    def vaststellen(self, plan: pm.Plan, base_version: int | None,
                    agreement: pm.Agreement) -> int: ...

    def evaluate(self, plan: pm.Plan, base_version: int | None, evaluation: pm.Evaluation,
                 scores: dict[int, int]) -> int: ...

    def reload(self) -> tuple[pm.Plan, int | None]: ...

    def versions(self) -> list[VersionInfo]: ...

    def compare(self, old: int, new: int | None) -> list[Change]: ...

    def print(self, *, internal: bool, large_print: bool) -> bytes: ...


class PlanEditor(QMainWindow, PlanTabs):
    plan_saved = Signal(int)

    def __init__(self, plan: pm.Plan, leefgebieden: Sequence[LeefgebiedInfo],
                 drafts: DraftStore, draft_key: str, *, title: str = "",
                 base_version: int | None = None, backend: PlanBackend | None = None,
                 service_names: dict[str, str] | None = None, ladder: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._leefgebieden = list(leefgebieden)
        self._backend = backend
        self.base_version = base_version
        self.draft_key = draft_key
        self.setWindowTitle((self.tr("Plan – %1").replace("%1", title) if title
                             else self.tr("Plan")) + "[*]")
        self.stack = QUndoStack(self)
        # dialogs as attributes, so tests can answer them
        self.ask_conflict: Callable[[PlanConflictError, QWidget], Choice] = ConflictDialog.ask
        self.ask_agreement: Callable[[QWidget], pm.Agreement | None] = AgreementDialog.ask
        self.ask_evaluation = EvaluationDialog.ask
        self.ask_pdf_path: Callable[[str], str] = self._pdf_path
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
        if self._backend is None:
            return False
        try:
            pm.check(self._plan)
            self.base_version = self._backend.save(self._plan, self.base_version)
        except PlanConflictError as conflict:
            return self._resolve(conflict)
        except KnownError as error:
            QMessageBox.warning(self, self.tr("Plan opslaan"), error.message)
            return False
        self.stack.setClean()
        self.autosaver.discard()
        self.statusBar().showMessage(self.tr("Plan opgeslagen."), 5000)
        self.plan_saved.emit(self.base_version)
        return True

    def vaststellen(self) -> bool:
        """The resident agrees: save and fix this version (kept read-only)."""
        agreement = self.ask_agreement(self) if self._backend else None
        if agreement is None or self._backend is None:
            return False
        backend = self._backend
        return self._milestone(
            lambda: backend.vaststellen(self._plan, self.base_version, agreement))

    def evaluate(self) -> bool:
        answer = self.ask_evaluation(self._plan, self._leefgebieden, self) \
            if self._backend else None
        if answer is None or self._backend is None:
            return False
        backend = self._backend
        return self._milestone(
            lambda: backend.evaluate(self._plan, self.base_version, *answer))

    def _milestone(self, call: Callable[[], int]) -> bool:
        """Vaststellen and evaluations change the stored plan: reload it and start a new
        undo history (a milestone is not undone by Ctrl+Z)."""
        assert self._backend is not None
        try:
            call()
        except PlanConflictError as conflict:
            self._resolve(conflict)
            return False
        except KnownError as error:
            QMessageBox.warning(self, self.tr("Plan"), error.message)
            return False
        plan, self.base_version = self._backend.reload()
        self.stack.clear()
        self.apply_plan(plan)
        self.autosaver.discard()
        self.statusBar().showMessage(self.tr("Plan opgeslagen."), 5000)
        return True

    def compare_versions(self) -> None:
        if self._backend is not None:
            VersionsDialog(self._backend.versions(), self._backend.compare, self).exec()

    def print_plan(self, kind: str) -> bool:
        """Save first when there are changes, then write the PDF the user chooses."""
        if self._backend is None or (not self.stack.isClean() and not self.save_plan()):
            return False
        path = self.ask_pdf_path(kind)
        if not path:
            return False
        data = self._backend.print(internal=kind == "intern", large_print=kind == "groot")
        try:
            atomic_write_bytes(Path(path), data)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Afdrukken"),
                                self.tr("Het bestand kon niet worden bewaard: %1")
                                .replace("%1", error.strerror or ""))
            return False
        self.statusBar().showMessage(self.tr("PDF bewaard."), 5000)
        return True

    def _pdf_path(self, kind: str) -> str:
        name = {"intern": self.tr("plan-intern.pdf")}.get(kind, self.tr("plan.pdf"))
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Plan bewaren als PDF"),
                                                    name, self.tr("PDF-bestanden (*.pdf)"))
        return path

    def _resolve(self, conflict: PlanConflictError) -> bool:
        """Nothing is overwritten silently: the worker sees the differences and chooses."""
        choice = self.ask_conflict(conflict, self)
        if choice is Choice.KEEP_MINE:
            self.base_version = conflict.theirs_version
            return self.save_plan()
        if choice is Choice.TAKE_THEIRS:
            self.base_version = conflict.theirs_version
            self.push(lambda: cmd.replace_plan(self, conflict.theirs,
                                               self.tr("Versie van collega laden")))
            self.stack.setClean()
            self.autosaver.discard()
        return False

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
        save.triggered.connect(self.save_plan)
        for action in (save, undo, redo):
            bar.addAction(action)
        bar.addSeparator()
        for text, key, slot in (
                (self.tr("&Vaststellen…"), "Ctrl+Shift+V", self.vaststellen),
                (self.tr("&Evaluatie…"), "Ctrl+Shift+E", self.evaluate),
                (self.tr("Versies &vergelijken…"), "Ctrl+Shift+C", self.compare_versions),
                (self.tr("&Afdrukken voor bewoner…"), "Ctrl+P", lambda: self.print_plan("")),
                (self.tr("Afdrukken in &grote letters…"), "",
                 lambda: self.print_plan("groot")),
                (self.tr("Afdrukken &intern…"), "", lambda: self.print_plan("intern"))):
            action = QAction(text, self)
            if key:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            action.setEnabled(self._backend is not None)
            bar.addAction(action)
        save.setEnabled(self._backend is not None)
        self.undo_action, self.redo_action, self.save_action = undo, redo, save

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
