"""Who may do what (DESIGN §2.6). Enforced here, not by hiding buttons.

Every service operation is declared with :func:`operation` and must have a rule in
``RULES``; an operation without a rule fails at import time, and the matrix test walks
every registered operation for every role.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

from wijkteam_desk.errors import PermissionDenied
from wijkteam_desk.store.models import Role

V, S, T, B = Role.VRIJWILLIGER, Role.SOCIAAL_WERKER, Role.TEAMLEIDER, Role.BEHEERDER
EVERYONE = frozenset(Role)


@dataclass(frozen=True)
class Actor:
    """The logged-in user on whose behalf a service acts."""

    user_id: int
    username: str
    full_name: str
    roles: frozenset[Role]
    team_id: int | None = None

    def has(self, *roles: Role) -> bool:
        return bool(self.roles.intersection(roles))


RULES: dict[str, frozenset[Role]] = {
    # accounts, teams and locations (Beheer)
    "accounts.change_own_password": EVERYONE,
    "accounts.list_users": frozenset({B}),
    "accounts.create_user": frozenset({B}),
    "accounts.update_user": frozenset({B}),
    "accounts.set_user_active": frozenset({B}),
    "accounts.reset_password": frozenset({B}),
    "accounts.list_teams": EVERYONE,
    "accounts.create_team": frozenset({B}),
    "accounts.update_team": frozenset({B}),
    "accounts.set_team_active": frozenset({B}),
    "accounts.list_locations": EVERYONE,
    "accounts.create_location": frozenset({B}),
    "accounts.update_location": frozenset({B}),
    "accounts.set_location_active": frozenset({B}),
    # audit log (logboek)
    "audit.list_entries": frozenset({T, B}),
    "audit.verify": frozenset({B}),
    # own drafts of unsaved work
    "drafts.save": EVERYONE,
    "drafts.list": EVERYONE,
    "drafts.take": EVERYONE,
    # reports for the gemeente and the teamleider (DESIGN §2.5)
    "reports.quarterly_figures": frozenset({T}),
    "reports.team_overview": frozenset({T}),
    "reports.export_quarterly": frozenset({T}),
    "reports.export_team_overview": frozenset({T}),
    "reports.record_print": frozenset({T}),
    "reports.set_threshold": frozenset({B}),
    # sociale kaart: everyone looks up and prints; beheerder and teamleider maintain it
    "socialmap.search": EVERYONE,
    "socialmap.get_service": EVERYONE,
    "socialmap.list_terms": EVERYONE,
    "socialmap.list_areas": EVERYONE,
    "socialmap.list_organizations": EVERYONE,
    "socialmap.list_locations": EVERYONE,
    "socialmap.print_wegwijzer": EVERYONE,
    "socialmap.report_outdated": EVERYONE,
    "socialmap.list_to_check": frozenset({T, B}),
    "socialmap.mark_checked": frozenset({T, B}),
    "socialmap.save_organization": frozenset({T, B}),
    "socialmap.save_location": frozenset({T, B}),
    "socialmap.save_service": frozenset({T, B}),
    "socialmap.import_hsds": frozenset({T, B}),
    "socialmap.export_hsds": frozenset({S, T, B}),
    # referrals and hiaten: object-level household rules inside the service
    "referrals.create": frozenset({S, T}),
    "referrals.advance": frozenset({S, T}),
    "referrals.list_for_household": frozenset({S, T}),
    "gaps.record": frozenset({V, S, T}),
    "gaps.list": frozenset({T}),
    # configuration of the one plan (leefgebieden, participatieladder, signal period)
    "plan_config.list_leefgebieden": EVERYONE,
    "plan_config.create_leefgebied": frozenset({B}),
    "plan_config.update_leefgebied": frozenset({B}),
    "plan_config.set_leefgebied_retired": frozenset({B}),
    "plan_config.reorder_leefgebieden": frozenset({B}),
    "plan_config.get_settings": EVERYONE,
    "plan_config.update_settings": frozenset({B}),
    # the one plan (object-level rules of the households inside the service)
    "plans.open": frozenset({S, T}),
    "plans.get_version": frozenset({S, T}),
    "plans.compare": frozenset({S, T}),
    "plans.signals": frozenset({S, T}),
    "plans.save": frozenset({S, T}),
    "plans.vaststellen": frozenset({S, T}),
    "plans.evaluate": frozenset({S, T}),
    "plans.close": frozenset({S, T}),
    "plans.print": frozenset({S, T}),
    # doorpakbudget
    "budget.request": frozenset({S, T}),
    "budget.list_for_household": frozenset({S, T}),
    "budget.list_pending": frozenset({T}),
    "budget.decide": frozenset({T}),
    "budget.team_totals": frozenset({T}),
    # households and dossier (issue 3): object-level rules inside the services
    "households.create": frozenset({S, T}),
    "households.update": frozenset({S, T}),
    "households.set_status": frozenset({S, T}),
    "households.assign_regievoerder": frozenset({T}),
    "households.add_colleague": frozenset({S, T}),
    "households.remove_colleague": frozenset({S, T}),
    "households.add_partner": frozenset({S, T}),
    "households.remove_partner": frozenset({S, T}),
    "households.save_member": frozenset({S, T}),
    "households.remove_member": frozenset({S, T}),
    "households.open": frozenset({S, T}),
    "households.open_with_reason": frozenset({S, T}),
    "households.reveal_bsn": frozenset({S, T}),
    "households.search": frozenset({S, T}),
    "households.match_exists": frozenset({V, S, T}),
    "households.my_caseload": frozenset({S, T}),
    "households.team_caseload": frozenset({T}),
    "households.list_reasoned_access": frozenset({T}),
    "households.list_workers": frozenset({S, T}),
    # per-household prints (DESIGN §2.5, §2.6): object-level rules inside the service
    "households.print_summary": frozenset({S, T}),
    "households.export_inzage": frozenset({S, T}),
    "contacts.templates": frozenset({S, T}),
    "contacts.add": frozenset({S, T}),
    "contacts.list": frozenset({S, T}),
    "consent.record": frozenset({S, T}),
    "consent.list": frozenset({S, T}),
    "signals.create": frozenset({V, S, T}),
    "signals.list_new": frozenset({T}),
    "signals.list_overdue": frozenset({T}),
    "signals.triage": frozenset({T}),
    # follow-through for the teamleider (DESIGN §2.1)
    "follow_up.thresholds": frozenset({T}),
    "follow_up.set_thresholds": frozenset({T}),
    "follow_up.overdue_actions": frozenset({T}),
    "outreach.create_round": frozenset({S, T}),
    "outreach.list_rounds": frozenset({S, T}),
    "outreach.record_outcome": frozenset({S, T}),
    "outreach.print_looplijst": frozenset({S, T}),
    # retention (bewaartermijn): the beheerder sets the term, the teamleider approves
    "retention.years": frozenset({T, B}),
    "retention.set_years": frozenset({B}),
    "retention.destruction_list": frozenset({T}),
    "retention.hold": frozenset({T}),
    "retention.approve": frozenset({T}),
    "retention.print_approval": frozenset({T}),
    # backups
    "system.backup": frozenset({B}),
    "system.idle_lock_minutes": EVERYONE,
    "system.set_idle_lock_minutes": frozenset({B}),
    "system.restore": frozenset({B}),
    # inloopspreekuur: the queue is front-desk work; the beheerder sees no visitor data
    "inloop.open_session": frozenset({V, S, T}),
    "inloop.close_session": frozenset({V, S, T}),
    "inloop.current_session": frozenset({V, S, T}),
    "inloop.list_desks": frozenset({V, S, T, B}),
    "inloop.add_desk": frozenset({T, B}),
    "inloop.register": frozenset({V, S, T}),
    "inloop.board": frozenset({V, S, T}),
    "inloop.display": frozenset({V, S, T}),
    "inloop.call_next": frozenset({V, S, T}),
    "inloop.call": frozenset({V, S, T}),
    "inloop.recall": frozenset({V, S, T}),
    "inloop.start": frozenset({V, S, T}),
    "inloop.no_show": frozenset({V, S, T}),
    "inloop.match_household": frozenset({V, S, T}),
    "inloop.finish": frozenset({V, S, T}),
    "inloop.stats": frozenset({S, T}),
    "inloop.day_report": frozenset({V, S, T}),
}

OPERATIONS: dict[str, Callable[..., Any]] = {}

P = ParamSpec("P")
R = TypeVar("R")


def require(actor: Actor, name: str) -> None:
    """Raise PermissionDenied unless one of ``actor``'s roles may perform ``name``."""
    if not isinstance(actor, Actor):
        raise TypeError("services must be called with the acting user")
    if not actor.roles & RULES[name]:
        raise PermissionDenied(name)


def operation(name: str) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """Declare a service method ``(self, actor, ...)`` as operation ``name``."""
    if name not in RULES:
        raise RuntimeError(f"operation {name!r} has no permission rule in RULES")

    def decorate(func: Callable[..., R]) -> Callable[..., R]:
        @functools.wraps(func)
        def wrapper(self: Any, actor: Actor, *args: Any, **kwargs: Any) -> R:
            require(actor, name)
            return func(self, actor, *args, **kwargs)

        wrapper.operation = name  # type: ignore[attr-defined]
        if name in OPERATIONS:
            raise RuntimeError(f"operation {name!r} declared twice")
        OPERATIONS[name] = wrapper
        return wrapper

    return decorate
