"""A colleague saved the plan meanwhile: show what differs and let the worker choose."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.i18n import MESSAGES_CONTEXT
from wijkteam_desk.services.plans import PlanConflictError
from wijkteam_desk.ui.plan.rows_model import Column, RowsModel


class Choice(enum.Enum):
    KEEP_MINE = "mine"      # save my version over the colleague's (a deliberate choice)
    TAKE_THEIRS = "theirs"  # load the colleague's version; mine stays one undo step away
    CANCEL = "cancel"


def _m(text: str) -> str:
    return QCoreApplication.translate(MESSAGES_CONTEXT, text)


class ConflictDialog(QDialog):
    def __init__(self, conflict: PlanConflictError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = Choice.CANCEL
        self.setWindowTitle(self.tr("Plan is intussen gewijzigd"))
        who = conflict.changed_by or self.tr("een collega")
        intro = QLabel(self.tr("%1 heeft dit plan opgeslagen nadat u het opende. Hieronder "
                               "staat wat verschilt. Er is nog niets overschreven.")
                       .replace("%1", who))
        intro.setWordWrap(True)
        self.model = model = RowsModel([
            Column(self.tr("Onderdeel"), lambda c: _m(c.section)),
            Column(self.tr("Wat"), lambda c: " – ".join(x for x in (c.subject, _m(c.field))
                                                        if x)),
            Column(self.tr("Versie van collega"), lambda c: c.before),
            Column(self.tr("Uw versie"), lambda c: c.after),
        ], self)
        model.set_rows(conflict.changes)
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(self.tr("Verschillen"))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox()
        mine = QPushButton(self.tr("&Mijn versie opslaan"))
        theirs = QPushButton(self.tr("Versie van &collega laden"))
        cancel = QPushButton(self.tr("&Annuleren"))
        buttons.addButton(mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(theirs, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        mine.clicked.connect(lambda: self._done(Choice.KEEP_MINE))
        theirs.clicked.connect(lambda: self._done(Choice.TAKE_THEIRS))
        cancel.clicked.connect(self.reject)
        theirs.setDefault(True)
        layout = QVBoxLayout(self)
        for widget in (intro, table, buttons):
            layout.addWidget(widget)
        self.resize(760, 420)

    def _done(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, conflict: PlanConflictError, parent: QWidget | None = None) -> Choice:
        dialog = cls(conflict, parent)
        dialog.exec()
        return dialog.choice
