"""Registering a walk-in by keyboard alone: name (optional) Tab topic Tab question Tab
spoed, Enter anywhere registers. The topic field completes as you type ("fin" -> Financiën)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.services.inloop_types import LEEFGEBIEDEN, VisitInput


def resolve_topic(text: str) -> str | None:
    """The leefgebied meant by ``text``: an exact match or the only one it starts with."""
    wanted = text.strip().casefold()
    if not wanted:
        return None
    for topic in LEEFGEBIEDEN:
        if topic.casefold() == wanted:
            return topic
    starts = [t for t in LEEFGEBIEDEN if t.casefold().startswith(wanted)]
    return starts[0] if len(starts) == 1 else None


class QuickRegisterForm(QGroupBox):
    submitted = Signal(object)  # VisitInput

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Bezoeker aanmelden  (Ctrl+N)"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("leeg laten = anoniem"))
        self.name.setMaxLength(50)
        self.name.setAccessibleName(self.tr("Voornaam"))
        self.topic = QComboBox()
        self.topic.setEditable(True)
        self.topic.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.topic.addItems(list(LEEFGEBIEDEN))
        self.topic.setCurrentIndex(-1)
        self.topic.lineEdit().setPlaceholderText(self.tr("typ de eerste letters"))
        completer = QCompleter(list(LEEFGEBIEDEN), self.topic)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.topic.setCompleter(completer)
        self.topic.setAccessibleName(self.tr("Onderwerp (leefgebied)"))
        self.question = QLineEdit()
        self.question.setMaxLength(300)
        self.question.setPlaceholderText(self.tr("korte vraag, in een paar woorden"))
        self.question.setAccessibleName(self.tr("Vraag"))
        self.spoed = QCheckBox(self.tr("Spoed (waarschuwt de professional)"))
        self.submit = QPushButton(self.tr("Aanmelden (Enter)"))
        self.submit.setDefault(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #8a1c12;")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Voornaam:"), self.name)
        form.addRow(self.tr("&Onderwerp:"), self.topic)
        form.addRow(self.tr("V&raag:"), self.question)
        buttons = QHBoxLayout()
        buttons.addWidget(self.spoed)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        QWidget.setTabOrder(self.name, self.topic)
        QWidget.setTabOrder(self.topic, self.question)
        QWidget.setTabOrder(self.question, self.spoed)
        QWidget.setTabOrder(self.spoed, self.submit)
        self.submit.clicked.connect(self._submit)
        for widget in (self.name, self.topic, self.question, self.spoed):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
            return True
        return super().eventFilter(watched, event)

    def start(self) -> None:
        """Put the cursor in the first field (Ctrl+N)."""
        self.name.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.name.selectAll()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _submit(self) -> None:
        topic = resolve_topic(self.topic.currentText())
        if topic is None:
            self.show_problem(self.tr("Kies een onderwerp: typ de eerste letters, "
                                      "bijvoorbeeld 'fin' voor Financiën."))
            self.topic.setFocus()
            return
        self.show_problem("")
        self.submitted.emit(VisitInput(topic=topic, question=self.question.text(),
                                       first_name=self.name.text(),
                                       spoed=self.spoed.isChecked()))

    def clear(self) -> None:
        self.name.clear()
        self.topic.setCurrentIndex(-1)
        self.topic.clearEditText()
        self.question.clear()
        self.spoed.setChecked(False)
        self.start()
