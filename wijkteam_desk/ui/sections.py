"""The sections of the main window. A later issue adds its section with one line here.

Factories import their module lazily so the program starts fast.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from wijkteam_desk.i18n import QT_TRANSLATE_NOOP
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.store.models import Role

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services

Factory = Callable[["Services", Actor, QWidget | None], QWidget]


@dataclass(frozen=True)
class Section:
    title: str  # Dutch; translated in context "Secties"
    roles: frozenset[Role]
    factory: Factory
    draft_prefix: str = ""  # drafts whose key starts with this are restored by the section


@dataclass(frozen=True)
class LazyPage:
    """Builds a section's page, importing its module (under wijkteam_desk.ui) only when
    the section is first shown, so the program starts fast."""

    module: str
    name: str

    def page_class(self) -> type[QWidget]:
        cls: type[QWidget] = getattr(import_module(f"wijkteam_desk.ui.{self.module}"), self.name)
        return cls

    def __call__(self, services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
        return self.page_class()(services, actor, parent)  # type: ignore[call-arg]


T, SW, V, B = Role.TEAMLEIDER, Role.SOCIAAL_WERKER, Role.VRIJWILLIGER, Role.BEHEERDER

SECTIONS: tuple[Section, ...] = (
    Section(QT_TRANSLATE_NOOP("Secties", "Mijn huishoudens"), frozenset({SW, T}),
            LazyPage("households.households_page", "HouseholdsPage"), "huishoudens."),
    Section(QT_TRANSLATE_NOOP("Secties", "Nieuwe aanmeldingen"), frozenset({T}),
            LazyPage("households.signals_page", "SignalsPage")),
    Section(QT_TRANSLATE_NOOP("Secties", "Geopend met reden"), frozenset({T}),
            LazyPage("households.reasoned_access_page", "ReasonedAccessPage")),
    Section(QT_TRANSLATE_NOOP("Secties", "Signalering"), frozenset({T}),
            LazyPage("households.follow_up_page", "FollowUpPage")),
    Section(QT_TRANSLATE_NOOP("Secties", "Inloop"), frozenset({V, SW, T}),
            LazyPage("inloop.page", "InloopPage")),
    Section(QT_TRANSLATE_NOOP("Secties", "Beheer"), frozenset({B}),
            LazyPage("beheer.beheer_section", "BeheerSection"), "beheer."),
    Section(QT_TRANSLATE_NOOP("Secties", "Logboek"), frozenset({T, B}),
            LazyPage("logboek_section", "LogboekSection")),
    Section(QT_TRANSLATE_NOOP("Secties", "Rapportages"), frozenset({T}),
            LazyPage("reports.reports_page", "ReportsPage")),
    Section(QT_TRANSLATE_NOOP("Secties", "Doorpakbudget"), frozenset({T}),
            LazyPage("budget.budget_section", "BudgetSection")),
    Section(QT_TRANSLATE_NOOP("Secties", "Bewaartermijn"), frozenset({T}),
            LazyPage("retention.retention_page", "RetentionPage")),
    Section(QT_TRANSLATE_NOOP("Secties", "Sociale kaart"), frozenset(Role),
            LazyPage("socialmap.page", "SocialMapPage")),
)


def sections_for(actor: Actor) -> list[Section]:
    return [s for s in SECTIONS if actor.roles & s.roles]
