"""Compare two vastgesteld versions of a plan (or one with the plan as it is now)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.i18n import MESSAGES_CONTEXT
from wijkteam_desk.services.plan_diff import Change
from wijkteam_desk.services.plans import VersionInfo
from wijkteam_desk.ui.plan.rows_model import Column, RowsModel, short_date

Compare = Callable[[int, int | None], list[Change]]


def _m(text: str) -> str:
    return QCoreApplication.translate(MESSAGES_CONTEXT, text)


class VersionsDialog(QDialog):
    def __init__(self, versions: Sequence[VersionInfo], compare: Compare,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._compare = compare
        self.setWindowTitle(self.tr("Versies vergelijken"))
        self.old_combo, self.new_combo = QComboBox(), QComboBox()
        for v in versions:
            label = self.tr("Versie %1 (%2, %3)").replace("%1", str(v.number)).replace(
                "%2", short_date(v.agreed_on)).replace("%3", v.how)
            self.old_combo.addItem(label, v.number)
            self.new_combo.addItem(label, v.number)
        self.new_combo.addItem(self.tr("Het plan zoals het nu is"), None)
        self.new_combo.setCurrentIndex(self.new_combo.count() - 1)
        self.model = RowsModel([
            Column(self.tr("Onderdeel"), lambda c: _m(c.section)),
            Column(self.tr("Wat"), lambda c: " – ".join(x for x in (c.subject, _m(c.field))
                                                        if x)),
            Column(self.tr("Eerst"), lambda c: c.before),
            Column(self.tr("Daarna"), lambda c: c.after),
        ], self)
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Verschillen"))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        button = QPushButton(self.tr("&Vergelijken"))
        button.clicked.connect(self.show_changes)
        form = QFormLayout()
        form.addRow(self.tr("&Oude versie"), self.old_combo)
        form.addRow(self.tr("&Nieuwe versie"), self.new_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(button)
        layout.addWidget(table)
        self.resize(800, 480)
        if versions:
            self.show_changes()

    def show_changes(self) -> None:
        old = self.old_combo.currentData()
        if old is None:
            return
        self.model.set_rows(self._compare(old, self.new_combo.currentData()))
