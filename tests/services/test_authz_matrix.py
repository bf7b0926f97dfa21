"""Each service operation x each role: allowed, or PermissionDenied, as DESIGN §2.6 says.

EXPECTED is written from the design, independently of RULES. A new operation without a
rule fails at import; one with a rule but missing here fails this test.
"""

from __future__ import annotations

import inspect

import pytest

from wijkteam_desk.errors import PermissionDenied
from wijkteam_desk.services import authz
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.store.models import Role
from wijkteam_desk.wiring import Services

V, S, T, B = "V", "S", "T", "B"
ALL = {V, S, T, B}
EXPECTED: dict[str, set[str]] = {
    "accounts.change_own_password": ALL,
    "accounts.list_users": {B},
    "accounts.create_user": {B},
    "accounts.update_user": {B},
    "accounts.set_user_active": {B},
    "accounts.reset_password": {B},
    "accounts.list_teams": ALL,
    "accounts.create_team": {B},
    "accounts.update_team": {B},
    "accounts.set_team_active": {B},
    "accounts.list_locations": ALL,
    "accounts.create_location": {B},
    "accounts.update_location": {B},
    "accounts.set_location_active": {B},
    "audit.list_entries": {T, B},
    "audit.verify": {B},
    "drafts.save": ALL,
    "drafts.list": ALL,
    "drafts.take": ALL,
    "reports.quarterly_figures": {T},
    "reports.team_overview": {T},
    "reports.export_quarterly": {T},
    "reports.export_team_overview": {T},
    "reports.record_print": {T},
    "reports.set_threshold": {B},
    "socialmap.search": ALL,
    "socialmap.get_service": ALL,
    "socialmap.list_terms": ALL,
    "socialmap.list_areas": ALL,
    "socialmap.list_organizations": ALL,
    "socialmap.list_locations": ALL,
    "socialmap.print_wegwijzer": ALL,
    "socialmap.report_outdated": ALL,
    "socialmap.list_to_check": {T, B},
    "socialmap.mark_checked": {T, B},
    "socialmap.save_organization": {T, B},
    "socialmap.save_location": {T, B},
    "socialmap.save_service": {T, B},
    "socialmap.import_hsds": {T, B},
    "socialmap.export_hsds": {S, T, B},
    "referrals.create": {S, T},
    "referrals.advance": {S, T},
    "referrals.list_for_household": {S, T},
    "gaps.record": {V, S, T},
    "gaps.list": {T},
    "plan_config.list_leefgebieden": ALL,
    "plan_config.create_leefgebied": {B},
    "plan_config.update_leefgebied": {B},
    "plan_config.set_leefgebied_retired": {B},
    "plan_config.reorder_leefgebieden": {B},
    "plan_config.get_settings": ALL,
    "plan_config.update_settings": {B},
    "plans.open": {S, T},
    "plans.get_version": {S, T},
    "plans.compare": {S, T},
    "plans.signals": {S, T},
    "plans.save": {S, T},
    "plans.vaststellen": {S, T},
    "plans.evaluate": {S, T},
    "plans.close": {S, T},
    "plans.print": {S, T},
    "budget.request": {S, T},
    "budget.list_for_household": {S, T},
    "budget.list_pending": {T},
    "budget.decide": {T},
    "budget.team_totals": {T},
    "system.backup": {B},
    "system.idle_lock_minutes": ALL,
    "system.set_idle_lock_minutes": {B},
    # households (DESIGN §2.6): workers only; vrijwilliger only the existence check and
    # the signal handover; beheerder nothing of the dossier
    "households.create": {S, T},
    "households.update": {S, T},
    "households.set_status": {S, T},
    "households.assign_regievoerder": {T},
    "households.add_colleague": {S, T},
    "households.remove_colleague": {S, T},
    "households.add_partner": {S, T},
    "households.remove_partner": {S, T},
    "households.save_member": {S, T},
    "households.remove_member": {S, T},
    "households.open": {S, T},
    "households.open_with_reason": {S, T},
    "households.reveal_bsn": {S, T},
    "households.search": {S, T},
    "households.match_exists": {V, S, T},
    "households.my_caseload": {S, T},
    "households.team_caseload": {T},
    "households.list_reasoned_access": {T},
    "households.list_workers": {S, T},
    "households.print_summary": {S, T},
    "households.export_inzage": {S, T},
    "contacts.templates": {S, T},
    "contacts.add": {S, T},
    "contacts.list": {S, T},
    "consent.record": {S, T},
    "consent.list": {S, T},
    "signals.create": {V, S, T},
    "signals.list_new": {T},
    "signals.list_overdue": {T},
    "signals.triage": {T},
    # retention (DESIGN §2.6): beheerder sets the term, teamleider approves the list
    "retention.years": {T, B},
    "retention.set_years": {B},
    "retention.destruction_list": {T},
    "retention.hold": {T},
    "retention.approve": {T},
    "retention.print_approval": {T},
    "follow_up.thresholds": {T},
    "follow_up.set_thresholds": {T},
    "follow_up.overdue_actions": {T},
    "outreach.create_round": {S, T},
    "outreach.list_rounds": {S, T},
    "outreach.record_outcome": {S, T},
    "outreach.print_looplijst": {S, T},
    "system.restore": {B},
    "inloop.open_session": {V, S, T},
    "inloop.close_session": {V, S, T},
    "inloop.current_session": {V, S, T},
    "inloop.list_desks": ALL,
    "inloop.add_desk": {T, B},
    "inloop.register": {V, S, T},
    "inloop.board": {V, S, T},
    "inloop.display": {V, S, T},
    "inloop.call_next": {V, S, T},
    "inloop.call": {V, S, T},
    "inloop.recall": {V, S, T},
    "inloop.start": {V, S, T},
    "inloop.no_show": {V, S, T},
    "inloop.match_household": {V, S, T},
    "inloop.finish": {V, S, T},
    "inloop.stats": {S, T},
    "inloop.day_report": {V, S, T},
}
LETTER = {Role.VRIJWILLIGER: V, Role.SOCIAAL_WERKER: S, Role.TEAMLEIDER: T,
          Role.BEHEERDER: B}


def _all_operations(services: Services) -> dict[str, object]:
    """Every bound service method that is a declared operation."""
    found = {}
    for service in vars(services).values():
        for _name, method in inspect.getmembers(service, inspect.ismethod):
            op = getattr(method, "operation", None)
            if op:
                found[op] = method
    return found


def test_every_operation_has_an_expected_rule() -> None:
    import wijkteam_desk.wiring  # noqa: F401 - imports every service module

    assert set(authz.OPERATIONS) == set(EXPECTED), (
        "operations and the expected matrix differ: add the new operation to EXPECTED")
    assert set(authz.RULES) == set(authz.OPERATIONS), "a rule without an operation"


def test_every_operation_is_reachable_from_the_services(sqlite_services: Services) -> None:
    assert set(_all_operations(sqlite_services)) == set(authz.OPERATIONS)


@pytest.mark.parametrize("role", list(Role))
def test_matrix(sqlite_services: Services, role: Role) -> None:
    actor = Actor(user_id=999, username="x", full_name="X", roles=frozenset({role}))
    for op, method in _all_operations(sqlite_services).items():
        allowed = LETTER[role] in EXPECTED[op]
        params = list(inspect.signature(method).parameters.values())[1:]
        dummy = [None] * sum(1 for p in params if p.default is inspect.Parameter.empty
                             and p.kind is p.POSITIONAL_OR_KEYWORD)
        try:
            method(actor, *dummy)
        except PermissionDenied as denied:
            assert not allowed, f"{role.value} should be allowed to {op}"
            assert denied.operation == op
        except Exception:  # noqa: BLE001 - past the permission gate: dummy args fail later
            assert allowed, f"{role.value} got past the gate of {op}"
        else:
            assert allowed, f"{role.value} should be refused {op}"


def test_a_user_with_two_roles_gets_both(sqlite_services: Services) -> None:
    actor = Actor(1, "x", "X", frozenset({Role.VRIJWILLIGER, Role.BEHEERDER}))
    authz.require(actor, "accounts.create_user")
    authz.require(actor, "drafts.save")


def test_services_refuse_calls_without_an_actor(sqlite_services: Services) -> None:
    with pytest.raises(TypeError):
        sqlite_services.accounts.list_users(None)  # type: ignore[arg-type]
