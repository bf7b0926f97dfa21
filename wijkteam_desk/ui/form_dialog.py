"""Base of the edit dialogs: a form, Opslaan/Annuleren, errors next to fields.

Opened with ``open()`` so the idle lock can hide and re-show it with its typed text. The
dialog closes only when the service accepted the input; on a ConflictError or any other
known error the message is shown and everything typed stays in the form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from wijkteam_desk.errors import KnownError, ValidationError
from wijkteam_desk.ui.forms import FieldErrors
from wijkteam_desk.ui.messages import show_error


class FormDialog(QDialog):
    saved = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.general)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def add_row(self, text: str, field: str, widget: QWidget) -> QWidget:
        self.errors.add_row(self.form, text, field, widget)
        return widget

    def save(self) -> Any:
        """Subclasses call the service here; raise ValidationError for bad input."""
        raise NotImplementedError

    def try_save(self) -> bool:
        self.errors.clear()
        try:
            result = self.save()
        except ValidationError as error:
            self.errors.show(error)
            return False
        except KnownError as error:
            show_error(self, error)
            return False
        self.saved.emit(result)
        self.accept()
        return True
