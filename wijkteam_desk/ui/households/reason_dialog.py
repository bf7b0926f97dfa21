"""Asks why the user needs something (opening another worker's household, showing a BSN).
The service checks the reason and writes it into the audit log."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QWidget

from wijkteam_desk.ui.form_dialog import FormDialog


class ReasonDialog(FormDialog):
    """``action(reason)`` calls the service; its result is emitted by ``saved``."""

    def __init__(self, title: str, explanation: str, button_text: str,
                 action: Callable[[str], Any], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._action = action
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Bijvoorbeeld: bewoner belt, regievoerder is "
                                               "ziek; ik neem de vraag over."))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        self.add_row(self.tr("&Reden:"), "reason", self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(button_text)
        self.reason.setFocus()

    def save(self) -> Any:
        return self._action(self.reason.toPlainText())
