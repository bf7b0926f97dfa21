"""The sections of the main window. A later issue adds its section with one line here.

Factories import their module lazily so the program starts fast.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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


def _beheer(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from wijkteam_desk.ui.beheer.beheer_section import BeheerSection

    return BeheerSection(services, actor, parent)


def _logboek(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from wijkteam_desk.ui.logboek_section import LogboekSection

    return LogboekSection(services, actor, parent)


def _rapportages(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from wijkteam_desk.ui.reports.reports_page import ReportsPage

    return ReportsPage(services, actor, parent)


def _inloop(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from wijkteam_desk.ui.inloop.page import InloopPage

    return InloopPage(services, actor, parent)


def _households(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from wijkteam_desk.ui.households.households_page import HouseholdsPage

    return HouseholdsPage(services, actor, parent)


def _signals(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from wijkteam_desk.ui.households.signals_page import SignalsPage

    return SignalsPage(services, actor, parent)


def _reasoned_access(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from wijkteam_desk.ui.households.reasoned_access_page import ReasonedAccessPage

    return ReasonedAccessPage(services, actor, parent)


def _follow_up(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from wijkteam_desk.ui.households.follow_up_page import FollowUpPage

    return FollowUpPage(services, actor, parent)


def _socialmap(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from wijkteam_desk.ui.socialmap.page import SocialMapPage

    return SocialMapPage(services, actor, parent)


def _budget(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from wijkteam_desk.ui.budget.budget_section import BudgetSection

    return BudgetSection(services, actor, parent)


SECTIONS: tuple[Section, ...] = (
    Section(QT_TRANSLATE_NOOP("Secties", "Mijn huishoudens"),
            frozenset({Role.SOCIAAL_WERKER, Role.TEAMLEIDER}), _households, "huishoudens."),
    Section(QT_TRANSLATE_NOOP("Secties", "Nieuwe aanmeldingen"), frozenset({Role.TEAMLEIDER}),
            _signals),
    Section(QT_TRANSLATE_NOOP("Secties", "Geopend met reden"), frozenset({Role.TEAMLEIDER}),
            _reasoned_access),
    Section(QT_TRANSLATE_NOOP("Secties", "Signalering"), frozenset({Role.TEAMLEIDER}),
            _follow_up),
    Section(QT_TRANSLATE_NOOP("Secties", "Inloop"),
            frozenset({Role.VRIJWILLIGER, Role.SOCIAAL_WERKER, Role.TEAMLEIDER}), _inloop),
    Section(QT_TRANSLATE_NOOP("Secties", "Beheer"), frozenset({Role.BEHEERDER}), _beheer,
            "beheer."),
    Section(QT_TRANSLATE_NOOP("Secties", "Logboek"),
            frozenset({Role.TEAMLEIDER, Role.BEHEERDER}), _logboek),
    Section(QT_TRANSLATE_NOOP("Secties", "Rapportages"), frozenset({Role.TEAMLEIDER}),
            _rapportages),
    Section(QT_TRANSLATE_NOOP("Secties", "Doorpakbudget"), frozenset({Role.TEAMLEIDER}), _budget),
    Section(QT_TRANSLATE_NOOP("Secties", "Sociale kaart"), frozenset(Role), _socialmap),
)


def sections_for(actor: Actor) -> list[Section]:
    return [s for s in SECTIONS if actor.roles & s.roles]
