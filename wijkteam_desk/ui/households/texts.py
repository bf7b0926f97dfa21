"""Display helpers of the households screens: the services' Dutch labels translated,
dates the Dutch way."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services import household_labels
from wijkteam_desk.store.models import (
    ClosingCategory,
    ConsentPurpose,
    ContactKind,
    HouseholdStatus,
    MemberRole,
    SignalSource,
    SignalStatus,
    Subdomain,
    Urgency,
)
from wijkteam_desk.ui.messages import translate

# Default leefgebieden (ZRM 2017) for the contact form until the configurable list of the
# plan area is wired in; the services accept any name from the list.
DEFAULT_LEEFGEBIEDEN = (
    "Financiën",
    "Werk & opleiding",
    "Tijdsbesteding",
    "Huisvesting",
    "Huiselijke relaties",
    "Geestelijke gezondheid",
    "Lichamelijke gezondheid",
    "Middelengebruik",
    "Basale ADL",
    "Instrumentele ADL",
    "Sociaal netwerk",
    "Maatschappelijke participatie",
    "Justitie",
)


def leefgebied_names(services: Any, actor: Any) -> list[str]:
    """The beheerder's leefgebieden once the plan area's configuration service is wired
    into Services (``plan_config``); until then the ZRM defaults."""
    config = getattr(services, "plan_config", None)
    if config is not None:
        try:
            names = [item.name for item in config.list_leefgebieden(actor)]
        except KnownError:
            names = []
        if names:
            return names
    return list(DEFAULT_LEEFGEBIEDEN)


def _labels(labels: Mapping[Any, str]) -> dict[Any, str]:
    return {key: translate(text) for key, text in labels.items()}


def status_names() -> dict[HouseholdStatus, str]:
    return _labels(household_labels.HOUSEHOLD_STATUS)


def closing_category_names() -> dict[ClosingCategory, str]:
    """The standard afsluitredenen, in the order the close dialog offers them."""
    return _labels(household_labels.CLOSING_CATEGORY)


def kind_names() -> dict[ContactKind, str]:
    return _labels(household_labels.CONTACT_KIND)


def member_role_names() -> dict[MemberRole, str]:
    return _labels(household_labels.MEMBER_ROLE)


def source_names() -> dict[SignalSource, str]:
    return _labels(household_labels.SIGNAL_SOURCE)


def subdomain_names() -> dict[Subdomain, str]:
    return _labels(household_labels.SUBDOMAIN)


def subdomain_text(subdomain: Subdomain | None) -> str:
    """The subdomain's name, or "niet vastgelegd" when nobody recorded one."""
    if subdomain is None:
        return QCoreApplication.translate("Huishoudens", "niet vastgelegd")
    return subdomain_names()[subdomain]


def urgency_names() -> dict[Urgency, str]:
    return _labels(household_labels.URGENCY)


def signal_status_names() -> dict[SignalStatus, str]:
    return _labels(household_labels.SIGNAL_STATUS)


def purpose_names() -> dict[ConsentPurpose, str]:
    return _labels(household_labels.CONSENT_PURPOSE)


def access_text(access: str) -> str:
    return {
        "betrokken": QCoreApplication.translate(
            "Huishoudens", "U bent betrokken bij dit huishouden."
        ),
        "teamleider": QCoreApplication.translate(
            "Huishoudens", "U leest als teamleider van het team."
        ),
        "met_reden": QCoreApplication.translate(
            "Huishoudens", "Alleen lezen: u hebt dit dossier geopend met een reden."
        ),
    }.get(access, "")


def day(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def moment(value: datetime | None) -> str:
    return value.astimezone().strftime("%d-%m-%Y %H:%M") if value else ""
