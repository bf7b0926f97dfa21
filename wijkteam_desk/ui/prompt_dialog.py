"""A short question asked before the main window exists (database passphrase, server
password): an explanation, a form whose fields show their own errors, OK and Cancel.
Opened with ``exec()`` because the event loop may not run yet."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.ui.forms import FieldErrors


class PromptDialog(QDialog):
    """Subclasses set the title and ``self.intro``'s text, fill ``self.form``, check the
    input in :meth:`check` (calling ``self.accept()`` when it is good) and return the
    answer from :meth:`value`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(480)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def check(self) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def answer(self) -> Any:
        """Runs the dialog; the value, or None when the user cancels."""
        return self.value() if self.exec() == QDialog.DialogCode.Accepted else None
