from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import FAST_HASHER, TEST_PASSWORD, ActorFactory
from wijkteam_desk.errors import (
    AccountLockedError,
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from wijkteam_desk.services.accounts import AccountService, LocationInput, UserInput
from wijkteam_desk.store.models import LocationKind, Role
from wijkteam_desk.wiring import Services


def test_first_start_creates_exactly_one_first_beheerder(services: Services) -> None:
    assert services.accounts.needs_first_admin()
    admin = services.accounts.create_first_admin("Anna", "Anna Admin", TEST_PASSWORD)
    assert admin.username == "anna" and admin.roles == {Role.BEHEERDER}
    assert not services.accounts.needs_first_admin()
    with pytest.raises(PermissionDenied):
        services.accounts.create_first_admin("boris", "Boris", TEST_PASSWORD)


@pytest.mark.parametrize("username,full_name,password,field", [
    ("a", "Anna", TEST_PASSWORD, "username"),
    ("anna smit", "Anna", TEST_PASSWORD, "username"),
    ("anna", "   ", TEST_PASSWORD, "full_name"),
    ("anna", "Anna", "kort", "password"),
])
def test_bad_first_admin_input_saves_nothing(services: Services, username: str,
                                             full_name: str, password: str, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        services.accounts.create_first_admin(username, full_name, password)
    assert info.value.field == field
    assert info.value.message  # a Dutch sentence for next to the field
    assert services.accounts.needs_first_admin()


def test_lockout_after_five_failures_for_fifteen_minutes(services: Services) -> None:
    now = [datetime(2026, 11, 22, 9, 0, tzinfo=UTC)]
    accounts = AccountService(services.db, services.log, clock=lambda: now[0],
                              hasher=FAST_HASHER)
    accounts.create_first_admin("anna", "Anna", TEST_PASSWORD)
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            accounts.authenticate("anna", "fout-wachtwoord")
    with pytest.raises(AccountLockedError):
        accounts.authenticate("anna", "fout-wachtwoord")
    # Even the right password is refused while locked.
    now[0] += timedelta(minutes=14)
    with pytest.raises(AccountLockedError):
        accounts.authenticate("anna", TEST_PASSWORD)
    now[0] += timedelta(minutes=2)
    assert accounts.authenticate("anna", TEST_PASSWORD).username == "anna"


def test_unknown_user_and_wrong_password_look_the_same(services: Services) -> None:
    services.accounts.create_first_admin("anna", "Anna", TEST_PASSWORD)
    with pytest.raises(AuthenticationError) as unknown:
        services.accounts.authenticate("nobody", TEST_PASSWORD)
    with pytest.raises(AuthenticationError) as wrong:
        services.accounts.authenticate("anna", "fout-wachtwoord")
    assert unknown.value.message == wrong.value.message


def test_change_password(services: Services) -> None:
    admin = services.accounts.create_first_admin("anna", "Anna", TEST_PASSWORD)
    with pytest.raises(ValidationError) as info:
        services.accounts.change_password(admin, "niet-het-oude", "nieuw-wachtwoord-1")
    assert info.value.field == "old_password"
    services.accounts.change_password(admin, TEST_PASSWORD, "nieuw-wachtwoord-1")
    with pytest.raises(AuthenticationError):
        services.accounts.authenticate("anna", TEST_PASSWORD)
    services.accounts.authenticate("anna", "nieuw-wachtwoord-1")


def test_beheer_creates_edits_and_deactivates_users(make_actor: ActorFactory) -> None:
    services, admin = make_actor.services, make_actor.admin
    user = services.accounts.create_user(
        admin, UserInput("sietske", "Sietske Hoekstra",
                         frozenset({Role.SOCIAAL_WERKER, Role.TEAMLEIDER}), make_actor.team.id),
        TEST_PASSWORD)
    assert user.roles == {Role.SOCIAAL_WERKER, Role.TEAMLEIDER}
    assert services.accounts.must_change_password(
        services.accounts.authenticate("sietske", TEST_PASSWORD))
    edited = services.accounts.update_user(
        admin, user.id, UserInput("sietske", "Sietske de Vries",
                                  frozenset({Role.SOCIAAL_WERKER}), None), user.version)
    assert edited.full_name == "Sietske de Vries" and edited.roles == {Role.SOCIAAL_WERKER}
    # Saving with the old version is a conflict, not a silent overwrite.
    with pytest.raises(ConflictError):
        services.accounts.update_user(
            admin, user.id, UserInput("sietske", "Iets Anders", frozenset({Role.VRIJWILLIGER})),
            user.version)
    services.accounts.set_user_active(admin, user.id, False)
    with pytest.raises(AuthenticationError):
        services.accounts.authenticate("sietske", TEST_PASSWORD)
    listed = {u.username: u for u in services.accounts.list_users(admin)}
    assert listed["sietske"].active is False and listed["sietske"].full_name == "Sietske de Vries"


def test_reset_password_lifts_lockout(make_actor: ActorFactory) -> None:
    services, admin = make_actor.services, make_actor.admin
    worker = make_actor(Role.SOCIAAL_WERKER)
    for _ in range(5):
        with pytest.raises((AuthenticationError, AccountLockedError)):
            services.accounts.authenticate(worker.username, "fout-wachtwoord")
    assert {u.username: u.locked for u in services.accounts.list_users(admin)}[worker.username]
    services.accounts.reset_password(admin, worker.user_id, "tijdelijk-123")
    assert services.accounts.authenticate(worker.username, "tijdelijk-123")


def test_the_last_beheerder_cannot_be_removed(make_actor: ActorFactory) -> None:
    services, admin = make_actor.services, make_actor.admin
    with pytest.raises(ValidationError):
        services.accounts.set_user_active(admin, admin.user_id, False)
    version = {u.id: u.version for u in services.accounts.list_users(admin)}[admin.user_id]
    with pytest.raises(ValidationError):
        services.accounts.update_user(
            admin, admin.user_id,
            UserInput(admin.username, admin.full_name, frozenset({Role.TEAMLEIDER})), version)


def test_duplicate_username_is_refused(make_actor: ActorFactory) -> None:
    services, admin = make_actor.services, make_actor.admin
    with pytest.raises(ValidationError) as info:
        services.accounts.create_user(
            admin, UserInput("EersteBeheerder", "Dubbel", frozenset({Role.VRIJWILLIGER})),
            TEST_PASSWORD)
    assert info.value.field == "username"


def test_teams_and_locations(make_actor: ActorFactory) -> None:
    services, admin = make_actor.services, make_actor.admin
    team = services.accounts.create_team(admin, "Dorpenteam Zuid")
    loc = services.accounts.create_location(
        admin, LocationInput("Dorpskamer Wirdum", LocationKind.DORPSKAMER, team.id, "Dorpsstraat 1"))
    assert loc.ticket_prefix == "D" and loc.team_name == "Dorpenteam Zuid"
    with pytest.raises(ValidationError):
        services.accounts.create_location(
            admin, LocationInput("Dorpskamer Wirdum", LocationKind.DORPSKAMER))
    with pytest.raises(ValidationError) as bad_prefix:
        services.accounts.create_location(
            admin, LocationInput("Buurtkamer X", LocationKind.BUURTKAMER, ticket_prefix="b-1"))
    assert bad_prefix.value.field == "ticket_prefix"
    moved = services.accounts.update_location(
        admin, loc.id, LocationInput("Dorpskamer Wirdum", LocationKind.DORPSKAMER, None, "",
                                     "W"), loc.version)
    assert moved.ticket_prefix == "W" and moved.team_id is None
    services.accounts.set_location_active(admin, loc.id, False)
    volunteer = make_actor(Role.VRIJWILLIGER)
    active = services.accounts.list_locations(volunteer, include_inactive=False)
    assert "Dorpskamer Wirdum" not in [x.name for x in active]
    renamed = services.accounts.update_team(admin, team.id, "Dorpenteam Zuidwest", team.version)
    assert renamed.name == "Dorpenteam Zuidwest"
    with pytest.raises(ConflictError):
        services.accounts.update_team(admin, team.id, "Weer Anders", team.version)


def test_login_and_changes_are_in_the_logboek(make_actor: ActorFactory) -> None:
    services, admin = make_actor.services, make_actor.admin
    with pytest.raises(AuthenticationError):
        services.accounts.authenticate("eerstebeheerder", "fout-wachtwoord")
    entries = services.audit.list_entries(admin)
    actions = [e.action for e in entries]
    assert "login.failed" in actions and "accounts.create_team" in actions
    assert all("fout-wachtwoord" not in e.reason for e in entries)
