"""Small helpers shared by the sociale kaart screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from wijkteam_desk.errors import KnownError, ValidationError
from wijkteam_desk.store.models import MaatwerkForm, Role, ServiceKind

MESSAGES_CONTEXT = "Meldingen"
EDITORS = (Role.TEAMLEIDER, Role.BEHEERDER)


def translate(text: str) -> str:
    """A message of the services layer (marked there with ``msg()``), translated."""
    return QCoreApplication.translate(MESSAGES_CONTEXT, text)


def show_error(parent: QWidget | None, error: KnownError) -> None:
    text = translate(error.message)
    if error.detail and not isinstance(error, ValidationError) and "\n" in error.detail:
        text += "\n\n" + error.detail
    QMessageBox.warning(parent, QCoreApplication.translate("SocialMap", "Sociale kaart"), text)


def kind_text(kind: ServiceKind, form: MaatwerkForm = MaatwerkForm.NONE) -> str:
    tr = lambda text: QCoreApplication.translate("SocialMap", text)  # noqa: E731
    names = {ServiceKind.VOORLIGGEND: tr("Voorliggend (vrij toegankelijk)"),
             ServiceKind.BASISONDERSTEUNING: tr("Basisondersteuning (wijkteam)"),
             ServiceKind.MAATWERK: tr("Maatwerk (beschikking)")}
    forms = {MaatwerkForm.ZIN: tr("ZIN"), MaatwerkForm.PGB: tr("PGB"),
             MaatwerkForm.ZIN_OF_PGB: tr("ZIN of PGB")}
    text = names[kind]
    return f"{text}, {forms[form]}" if form in forms else text


def short_kind(kind: ServiceKind) -> str:
    tr = lambda text: QCoreApplication.translate("SocialMap", text)  # noqa: E731
    return {ServiceKind.VOORLIGGEND: tr("Voorliggend"),
            ServiceKind.BASISONDERSTEUNING: tr("Basisondersteuning"),
            ServiceKind.MAATWERK: tr("Maatwerk")}[kind]
