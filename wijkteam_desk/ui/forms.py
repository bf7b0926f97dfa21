"""Form helpers: error messages next to the field they belong to."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from wijkteam_desk.errors import ValidationError
from wijkteam_desk.ui.messages import translate

ERROR_STYLE = "color: #a4000f; font-weight: 600;"


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setObjectName("foutmelding")
    label.hide()
    return label


def _grow_to_fit(window: QWidget) -> None:
    """Make room for a message that just appeared, keeping the window's width."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = (layout.heightForWidth(window.width()) if layout.hasHeightForWidth()
              else layout.sizeHint().height())
    if needed > window.height():
        window.resize(window.width(), needed)


class FieldErrors:
    """Maps ``ValidationError.field`` to the widget and an error label below it."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.general = error_label()

    def add_row(self, form: QFormLayout, text: str, field: str, widget: QWidget) -> QLabel:
        """Add ``widget`` with label ``text`` to ``form``; returns its error label."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        label = error_label()
        column.addWidget(label)
        caption = QLabel(text)
        caption.setBuddy(widget)
        form.addRow(caption, box)
        if not widget.accessibleName():
            widget.setAccessibleName(caption.text().replace("&", "").rstrip(":"))
        self._fields[field] = (widget, label)
        return label

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.clear()
            label.hide()
            widget.setAccessibleDescription("")
        self.general.clear()
        self.general.hide()

    def show(self, error: ValidationError) -> None:
        self.show_text(error.field, translate(error.message))

    def show_text(self, field: str, text: str) -> None:
        widget, label = self._fields.get(field, (None, self.general))
        label.setText(text)
        label.show()
        _grow_to_fit(label.window())
        if widget is not None:
            widget.setAccessibleDescription(text)
            widget.setFocus()

    def text(self, field: str) -> str:
        label = self._fields[field][1] if field in self._fields else self.general
        return label.text() if not label.isHidden() else ""


def title_label(text: str, scale: float = 1.6) -> QLabel:
    """A heading that scales with the user's font size."""
    label = QLabel(text)
    label.setObjectName("titel")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label
