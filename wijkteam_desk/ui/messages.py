"""Calm message boxes. They are opened with ``open()`` (not ``exec()``) so that the idle
lock can hide them and show them again exactly as they were."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from wijkteam_desk.errors import AccountLockedError, KnownError

MESSAGES_CONTEXT = "Meldingen"
# Boxes without a parent belong to Python: keep them alive until they are answered.
_open_boxes: set[QMessageBox] = set()


def _keep(box: QMessageBox) -> QMessageBox:
    if box.parent() is None:
        _open_boxes.add(box)
        box.finished.connect(lambda _result: _open_boxes.discard(box))
    return box


def translate(text: str) -> str:
    """Translate a message of the services layer (marked there with ``msg()``)."""
    return QCoreApplication.translate(MESSAGES_CONTEXT, text)


def error_text(error: KnownError) -> str:
    """The user's sentence for ``error``, translated, with details the UI adds."""
    text = translate(error.message)
    if isinstance(error, AccountLockedError):
        if error.minutes == 1:
            extra = QCoreApplication.translate("Meldingen", "Probeer het over 1 minuut opnieuw.")
        else:
            extra = QCoreApplication.translate(
                "Meldingen", "Probeer het over {0} minuten opnieuw.").format(error.minutes)
        text = f"{text} {extra}"
    return text


def show_message(parent: QWidget | None, text: str, *, warning: bool = False,
                 title: str = "") -> QMessageBox:
    from PySide6.QtCore import Qt  # the Qt namespace is slow to load: not at start-up

    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                      title or QCoreApplication.translate("Meldingen", "Wijkteam Desk"),
                      text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("melding")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    _keep(box).open()
    return box


def show_error(parent: QWidget | None, error: KnownError) -> QMessageBox:
    return show_message(parent, error_text(error), warning=True)


def ask(parent: QWidget | None, text: str, on_yes: Callable[[], None],
        on_no: Callable[[], None] | None = None) -> QMessageBox:
    """A yes/no question; the callbacks run when the user answers."""
    from PySide6.QtCore import Qt

    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("Meldingen", "Wijkteam Desk"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("vraag")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)

    def answered(button: QMessageBox.StandardButton) -> None:
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            on_yes()
        elif on_no is not None:
            on_no()

    box.finished.connect(answered)
    _keep(box).open()
    return box
