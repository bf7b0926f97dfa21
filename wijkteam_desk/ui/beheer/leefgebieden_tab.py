"""Beheer → Leefgebieden: the leefgebieden of the plan in their order, and the plan
settings (participatieladder, weeks without a vastgesteld plan)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError, ValidationError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.plan_config import PlanSettings
from wijkteam_desk.ui.beheer.leefgebied_dialog import LeefgebiedDialog
from wijkteam_desk.ui.forms import FieldErrors
from wijkteam_desk.ui.messages import show_error, show_message
from wijkteam_desk.ui.models import LeefgebiedenModel
from wijkteam_desk.ui.records_tab import RecordsTab

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class LeefgebiedenTab(RecordsTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(LeefgebiedenModel(), parent)
        self.services = services
        self.actor = actor
        self.table.setAccessibleName(self.tr("Leefgebieden"))
        self.new_button = self.add_button(self.tr("&Nieuw leefgebied"), self.new, "Ctrl+N")
        self.edit_button = self.add_button(self.tr("&Wijzigen"), self.edit, "F2")
        self.up_button = self.add_button(self.tr("Omh&oog"), lambda: self.move(-1),
                                         "Ctrl+Up")
        self.down_button = self.add_button(self.tr("Om&laag"), lambda: self.move(1),
                                           "Ctrl+Down")
        self.retire_button = self.add_button(self.tr("&Buiten gebruik"), self.toggle_retired,
                                             "Ctrl+D")
        self.finish_buttons()
        self.settings_box = self._settings_box()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.settings_box)

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Instellingen van het plan"))
        self.ladder = QCheckBox(self.tr("&Participatieladder gebruiken in het plan"))
        self.weeks = QSpinBox()
        self.weeks.setRange(0, 99)
        self.weeks.setSuffix(self.tr(" weken"))
        self.save_settings_button = QPushButton(self.tr("Instellingen op&slaan"))
        self.save_settings_button.clicked.connect(self.save_settings)
        self.settings_errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.ladder)
        weeks_label = self.tr("Signaal na zoveel weken zonder vastgesteld pl&an:")
        self.settings_errors.add_row(form, weeks_label, "weeks_without_plan", self.weeks)
        row = QHBoxLayout()
        row.addWidget(self.save_settings_button)
        row.addStretch(1)
        column = QVBoxLayout(box)
        column.addLayout(form)
        column.addWidget(self.settings_errors.general)
        column.addLayout(row)
        return box

    def load(self) -> list[Any]:
        return self.services.plan_config.list_leefgebieden(self.actor, include_retired=True)

    def refresh(self) -> None:
        super().refresh()
        try:
            settings = self.services.plan_config.get_settings(self.actor)
        except KnownError as error:
            show_error(self, error)
            return
        self.ladder.setChecked(settings.participatieladder)
        self.weeks.setValue(settings.weeks_without_plan)

    def selection_changed(self) -> None:
        row = self.current()
        for button in (self.edit_button, self.up_button, self.down_button,
                       self.retire_button):
            button.setEnabled(row is not None)
        retired = row is not None and row.retired
        self.retire_button.setText(self.tr("Weer in gebr&uik") if retired
                                   else self.tr("&Buiten gebruik"))

    def activate(self) -> None:
        self.edit()

    def _open(self, leefgebied: Any) -> LeefgebiedDialog:
        dialog = LeefgebiedDialog(self.services, self.actor, leefgebied, self)
        dialog.saved.connect(lambda saved: (self.refresh(),
                                            self.select(lambda row: row.id == saved.id)))
        dialog.open()
        return dialog

    def new(self) -> LeefgebiedDialog:
        return self._open(None)

    def edit(self) -> LeefgebiedDialog | None:
        row = self.current()
        return self._open(row) if row is not None else None

    def move(self, step: int) -> None:
        """Move the selected leefgebied one place up (-1) or down (1) in the order."""
        row = self.current()
        if row is None:
            return
        ordered = sorted(self.model.rows(), key=lambda r: (r.position, r.id))
        ids = [r.id for r in ordered]
        here = ids.index(row.id)
        there = here + step
        if not 0 <= there < len(ids):
            return
        ids[here], ids[there] = ids[there], ids[here]
        try:
            self.services.plan_config.reorder_leefgebieden(self.actor, ids)
        except KnownError as error:
            show_error(self, error)
        self.refresh()
        self.select(lambda r: r.id == row.id)

    def toggle_retired(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            self.services.plan_config.set_leefgebied_retired(self.actor, row.id,
                                                             not row.retired, row.version)
        except KnownError as error:
            show_error(self, error)
        self.refresh()
        self.select(lambda r: r.id == row.id)

    def save_settings(self) -> bool:
        self.settings_errors.clear()
        try:
            self.services.plan_config.update_settings(
                self.actor, PlanSettings(self.ladder.isChecked(), self.weeks.value()))
        except ValidationError as error:
            self.settings_errors.show(error)
            return False
        except KnownError as error:
            show_error(self, error)
            return False
        show_message(self, self.tr("De instellingen van het plan zijn opgeslagen."))
        return True
