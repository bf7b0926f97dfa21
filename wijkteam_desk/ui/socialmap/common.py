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
    translate_ = QCoreApplication.translate
    names = {
        ServiceKind.VOORLIGGEND: translate_("SocialMap", "Voorliggend (vrij toegankelijk)"),
        ServiceKind.BASISONDERSTEUNING: translate_("SocialMap", "Basisondersteuning (wijkteam)"),
        ServiceKind.MAATWERK: translate_("SocialMap", "Maatwerk (beschikking)"),
    }
    forms = {MaatwerkForm.ZIN: translate_("SocialMap", "ZIN"),
             MaatwerkForm.PGB: translate_("SocialMap", "PGB"),
             MaatwerkForm.ZIN_OF_PGB: translate_("SocialMap", "ZIN of PGB")}
    text = names[kind]
    return f"{text}, {forms[form]}" if form in forms else text


def short_kind(kind: ServiceKind) -> str:
    return {ServiceKind.VOORLIGGEND: QCoreApplication.translate("SocialMap", "Voorliggend"),
            ServiceKind.BASISONDERSTEUNING: QCoreApplication.translate(
                "SocialMap", "Basisondersteuning"),
            ServiceKind.MAATWERK: QCoreApplication.translate("SocialMap", "Maatwerk")}[kind]
