"""Vaststellen (the resident agrees) and evaluating a plan: two small dialogs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.i18n import MESSAGES_CONTEXT
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services.plan_config import LeefgebiedInfo
from wijkteam_desk.ui.plan.rows_model import pydate

RESULTS = (pm.GoalStatus.BEHAALD, pm.GoalStatus.DEELS, pm.GoalStatus.NIET,
           pm.GoalStatus.VERVALLEN)


def _m(text: str) -> str:
    return QCoreApplication.translate(MESSAGES_CONTEXT, text)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class AgreementDialog(QDialog):
    """Date and how the resident agreed with the plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan vaststellen"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.how_edit = QLineEdit()
        self.how_edit.setPlaceholderText(self.tr("bijvoorbeeld: getekend, mondeling akkoord"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("De bewoner is het eens met dit plan.")))
        form.addRow(self.tr("&Datum"), self.date_edit)
        form.addRow(self.tr("&Hoe akkoord gegeven"), self.how_edit)
        form.addRow(_buttons(self))

    def agreement(self) -> pm.Agreement:
        return pm.Agreement(pydate(self.date_edit.date()) or pm.date.today(),
                            self.how_edit.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> pm.Agreement | None:
        dialog = cls(parent)
        return dialog.agreement() if dialog.exec() == QDialog.DialogCode.Accepted else None


class EvaluationDialog(QDialog):
    """Per running doel the result, per leefgebied the new score."""

    def __init__(self, plan: pm.Plan, leefgebieden: Sequence[LeefgebiedInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evaluatie"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        inner = QWidget()
        form = QFormLayout(inner)
        form.addRow(self.tr("&Datum"), self.date_edit)
        self.results: dict[str, QComboBox] = {}
        for goal in plan.goals:
            if goal.status is not pm.GoalStatus.LOPEND:
                continue
            combo = QComboBox()
            for result in RESULTS:
                combo.addItem(_m(pm.GOAL_STATUS_NAMES[result]), result)
            combo.setAccessibleName(goal.text)
            self.results[goal.id] = combo
            form.addRow(goal.text, combo)
        self.scores: dict[int, QComboBox] = {}
        for info in leefgebieden:
            entry = plan.domain(info.id)
            if entry is None and info.retired:
                continue
            combo = QComboBox()
            combo.addItem(self.tr("niet gemeten"), None)
            for score, name in pm.SCORE_LEVELS.items():
                combo.addItem(f"{score} – {_m(name)}", score)
            latest = entry.latest if entry else None
            if latest is not None:
                combo.setCurrentIndex(latest)
            combo.setAccessibleName(info.name)
            self.scores[info.id] = combo
            form.addRow(info.name, combo)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        form.addRow(self.tr("&Notitie"), self.note_edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(_buttons(self))
        self.resize(560, 600)

    def evaluation(self) -> tuple[pm.Evaluation, dict[int, int]]:
        held_on = pydate(self.date_edit.date()) or pm.date.today()
        results = tuple(pm.GoalResult(gid, combo.currentData())
                        for gid, combo in self.results.items())
        scores = {lid: combo.currentData() for lid, combo in self.scores.items()
                  if combo.currentData() is not None}
        return pm.Evaluation(held_on, results, self.note_edit.toPlainText().strip()), scores

    @classmethod
    def ask(cls, plan: pm.Plan, leefgebieden: Sequence[LeefgebiedInfo],
            parent: QWidget | None = None) -> tuple[pm.Evaluation, dict[int, int]] | None:
        dialog = cls(plan, leefgebieden, parent)
        return dialog.evaluation() if dialog.exec() == QDialog.DialogCode.Accepted else None
