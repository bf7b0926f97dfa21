"""Finishing a visit: choose the outcome (keys 1-5), and for doorverwezen the service."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.i18n import MESSAGES_CONTEXT
from wijkteam_desk.services.inloop_types import LEEFGEBIEDEN, OUTCOME_LABELS, Outcome
from wijkteam_desk.store.models import VisitOutcome

# (id, name shown) of sociale-kaart services to refer to; None when not available
ServiceChoices = Callable[[], list[tuple[str, str]]]


class OutcomeDialog(QDialog):
    def __init__(self, ticket: str, topic: str, services: ServiceChoices | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bezoek {0} afronden").format(ticket))
        self._group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Wat is de uitkomst van het bezoek?")))
        self.buttons: dict[VisitOutcome, QRadioButton] = {}
        for number, kind in enumerate(VisitOutcome, start=1):
            label = QCoreApplication.translate(MESSAGES_CONTEXT, OUTCOME_LABELS[kind])
            button = QRadioButton(f"&{number}  {label}")
            self._group.addButton(button, number)
            self.buttons[kind] = button
            layout.addWidget(button)
        self.topic = QComboBox()
        self.topic.addItems(list(LEEFGEBIEDEN))
        self.topic.setCurrentText(topic)
        self.topic.setAccessibleName(self.tr("Onderwerp van het antwoord"))
        self.service = QComboBox()
        self.service.setEditable(True)
        self.service.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.service.setAccessibleName(self.tr("Voorziening"))
        choices = services() if services is not None else []
        for service_id, name in choices:
            self.service.addItem(name, service_id)
        self.service.setCurrentIndex(-1)
        completer = QCompleter([name for _, name in choices], self.service)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.service.setCompleter(completer)
        if not choices:
            self.buttons[VisitOutcome.DOORVERWEZEN].setEnabled(False)
            self.buttons[VisitOutcome.DOORVERWEZEN].setToolTip(
                self.tr("De sociale kaart is niet beschikbaar."))
        self.note = QLineEdit()
        self.note.setMaxLength(300)
        self.note.setAccessibleName(self.tr("Notitie"))
        form = QFormLayout()
        form.addRow(self.tr("&Onderwerp:"), self.topic)
        form.addRow(self.tr("&Voorziening:"), self.service)
        form.addRow(self.tr("&Notitie:"), self.note)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #8a1c12;")
        layout.addWidget(self.problem)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Afronden"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.buttons[VisitOutcome.DIRECT_BEANTWOORD].setChecked(True)
        self._group.idToggled.connect(self._update)
        self._update()

    def chosen(self) -> VisitOutcome:
        return list(VisitOutcome)[max(self._group.checkedId(), 1) - 1]

    def _update(self, *_args: object) -> None:
        kind = self.chosen()
        self.topic.setEnabled(kind is VisitOutcome.DIRECT_BEANTWOORD)
        self.service.setEnabled(kind is VisitOutcome.DOORVERWEZEN)

    def _service_id(self) -> str | None:
        text = self.service.currentText().strip()
        index = self.service.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.service.itemData(index) if index >= 0 else None

    def _accept(self) -> None:
        if self.chosen() is VisitOutcome.DOORVERWEZEN and self._service_id() is None:
            self.problem.setText(self.tr("Kies de voorziening waarnaar u doorverwijst."))
            self.service.setFocus()
            return
        self.accept()

    def outcome(self) -> Outcome:
        kind = self.chosen()
        return Outcome(
            kind,
            topic=self.topic.currentText() if kind is VisitOutcome.DIRECT_BEANTWOORD else "",
            note=self.note.text(),
            service_id=self._service_id() if kind is VisitOutcome.DOORVERWEZEN else None)
