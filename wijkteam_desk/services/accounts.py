"""Accounts, roles, teams and locations; login with lockout; password changes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wijkteam_desk.errors import (
    AccountLockedError,
    AuthenticationError,
    PermissionDenied,
    ValidationError,
)
from wijkteam_desk.i18n import msg
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.records import get_record
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import Location, LocationKind, Role, Team, User, UserRole

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 10
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")
_PREFIX = re.compile(r"^[A-Z]{1,3}$")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    roles: frozenset[Role]
    team_id: int | None
    team_name: str
    active: bool
    locked: bool
    version: int


@dataclass(frozen=True)
class UserInput:
    username: str
    full_name: str
    roles: frozenset[Role]
    team_id: int | None = None


@dataclass(frozen=True)
class TeamInfo:
    id: int
    name: str
    active: bool
    version: int


@dataclass(frozen=True)
class LocationInfo:
    id: int
    name: str
    kind: LocationKind
    team_id: int | None
    team_name: str
    address: str
    ticket_prefix: str
    active: bool
    version: int


@dataclass(frozen=True)
class LocationInput:
    name: str
    kind: LocationKind
    team_id: int | None = None
    address: str = ""
    ticket_prefix: str = ""


def check_password_strength(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            msg("Kies een wachtwoord van minstens 10 tekens."), field=field
        )
    if password.strip() != password or not password.strip():
        raise ValidationError(
            msg("Een wachtwoord mag niet met een spatie beginnen of eindigen."), field=field
        )


def actor_for(user: User) -> Actor:
    return Actor(user.id, user.username, user.full_name, user.roles, user.team_id)


class AccountService:
    """Beheer of users, teams and locations, and logging in."""

    def __init__(
        self,
        db: Database,
        log: AuditLog,
        *,
        clock: Callable[[], datetime] = utcnow,
        hasher: PasswordHasher | None = None,
    ) -> None:
        self._db = db
        self._log = log
        self._clock = clock
        self._hasher = hasher or PasswordHasher()

    # -- logging in ---------------------------------------------------------------

    def needs_first_admin(self) -> bool:
        """True on an empty database: the first-start dialog must create a beheerder."""
        with self._db.begin() as session:
            return session.scalar(select(func.count(User.id))) == 0

    def create_first_admin(self, username: str, full_name: str, password: str) -> Actor:
        """Create the first beheerder. Only allowed while there are no users at all."""
        data = UserInput(username, full_name, frozenset({Role.BEHEERDER}))
        self._validate_user(data)
        check_password_strength(password)
        with self._db.begin() as session:
            if session.scalar(select(func.count(User.id))):
                raise PermissionDenied("accounts.create_first_admin")
            user = self._new_user(session, data, password)
            session.flush()
            actor = actor_for(user)
            self._log.append(session, actor, "accounts.create_first_admin", "user", user.id)
        return actor

    def authenticate(self, username: str, password: str) -> Actor:
        """Check the password. Raises AuthenticationError or AccountLockedError.

        After 5 failed attempts the account is locked for 15 minutes. Every attempt is
        logged (never the password).
        """
        username = username.strip().lower()
        now = self._clock()
        with self._db.begin() as session:
            user = session.scalar(select(User).where(User.username == username))
            if user is None or not user.active:
                self._log.append(session, None, "login.failed", "user", "",
                                 username=username[:64])
                raise AuthenticationError()
            if user.locked_until and user.locked_until > now:
                self._log.append(session, None, "login.locked", "user", user.id,
                                 username=username)
                minutes = int((user.locked_until - now).total_seconds() // 60) + 1
                raise AccountLockedError(minutes)
            if not self._password_matches(user, password):
                user.failed_attempts += 1
                action = "login.failed"
                if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                    user.locked_until = now + LOCKOUT
                    user.failed_attempts = 0
                    action = "login.lockout"
                self._log.append(session, None, action, "user", user.id, username=username)
                if action == "login.lockout":
                    error: Exception = AccountLockedError(int(LOCKOUT.total_seconds() // 60))
                else:
                    error = AuthenticationError()
            else:
                user.failed_attempts = 0
                user.locked_until = None
                if self._hasher.check_needs_rehash(user.password_hash):
                    user.password_hash = self._hasher.hash(password)
                actor = actor_for(user)
                self._log.append(session, actor, "login.ok", "user", user.id)
                return actor
        raise error

    def must_change_password(self, actor: Actor) -> bool:
        with self._db.begin() as session:
            user = session.get(User, actor.user_id)
            return bool(user and user.must_change_password)

    def _password_matches(self, user: User, password: str) -> bool:
        try:
            return self._hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    @operation("accounts.change_own_password")
    def change_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        """Any role, own account only. Raises ValidationError when ``old_password`` is wrong."""
        check_password_strength(new_password, "new_password")
        if new_password == old_password:
            raise ValidationError(
                msg("Het nieuwe wachtwoord moet anders zijn dan het oude."), field="new_password"
            )
        with self._db.begin() as session:
            user = self._get_user(session, actor.user_id)
            if not self._password_matches(user, old_password):
                raise ValidationError(msg("Het huidige wachtwoord klopt niet."),
                                      field="old_password")
            user.password_hash = self._hasher.hash(new_password)
            user.must_change_password = False
            self._log.append(session, actor, "accounts.change_own_password", "user", user.id)

    # -- users --------------------------------------------------------------------

    @operation("accounts.list_users")
    def list_users(self, actor: Actor, *, include_inactive: bool = True) -> list[UserInfo]:
        with self._db.begin() as session:
            query = select(User).order_by(User.full_name)
            if not include_inactive:
                query = query.where(User.active.is_(True))
            return [self._user_info(u) for u in session.execute(query).scalars()]

    @operation("accounts.create_user")
    def create_user(self, actor: Actor, data: UserInput, password: str) -> UserInfo:
        """Beheerder. The new user must change the password at first login."""
        self._validate_user(data)
        check_password_strength(password)
        with self._db.begin() as session:
            self._check_username_free(session, data.username)
            self._check_team(session, data.team_id)
            user = self._new_user(session, data, password)
            user.must_change_password = True
            session.flush()
            self._log.append(session, actor, "accounts.create_user", "user", user.id)
            return self._user_info(user)

    @operation("accounts.update_user")
    def update_user(self, actor: Actor, user_id: int, data: UserInput, version: int) -> UserInfo:
        """Beheerder. Raises ConflictError when someone saved the user meanwhile."""
        self._validate_user(data)
        with self._db.begin() as session:
            user = self._get_user(session, user_id, version)
            if data.username.strip().lower() != user.username:
                self._check_username_free(session, data.username)
            self._check_team(session, data.team_id)
            if Role.BEHEERDER in user.roles and Role.BEHEERDER not in data.roles:
                self._keep_one_admin(session, user.id)
            user.username = data.username.strip().lower()
            user.full_name = data.full_name.strip()
            user.team_id = data.team_id
            current = {r.role: r for r in user.role_rows}
            for role in set(current) - set(data.roles):
                user.role_rows.remove(current[role])
            for role in set(data.roles) - set(current):
                user.role_rows.append(UserRole(role=role))
            session.flush()
            self._log.append(session, actor, "accounts.update_user", "user", user.id)
            return self._user_info(user)

    @operation("accounts.set_user_active")
    def set_user_active(self, actor: Actor, user_id: int, active: bool) -> None:
        """Beheerder. Users are deactivated, never deleted (the logboek refers to them)."""
        with self._db.begin() as session:
            user = self._get_user(session, user_id)
            if not active and Role.BEHEERDER in user.roles:
                self._keep_one_admin(session, user.id)
            user.active = active
            self._log.append(session, actor,
                             "accounts.activate_user" if active else "accounts.deactivate_user",
                             "user", user.id)

    @operation("accounts.reset_password")
    def reset_password(self, actor: Actor, user_id: int, new_password: str) -> None:
        """Beheerder. Also lifts a lockout; the user must choose a new password at login."""
        check_password_strength(new_password)
        with self._db.begin() as session:
            user = self._get_user(session, user_id)
            user.password_hash = self._hasher.hash(new_password)
            user.must_change_password = True
            user.failed_attempts = 0
            user.locked_until = None
            self._log.append(session, actor, "accounts.reset_password", "user", user.id)

    # -- teams --------------------------------------------------------------------

    @operation("accounts.list_teams")
    def list_teams(self, actor: Actor, *, include_inactive: bool = True) -> list[TeamInfo]:
        with self._db.begin() as session:
            query = select(Team).order_by(Team.name)
            if not include_inactive:
                query = query.where(Team.active.is_(True))
            return [TeamInfo(t.id, t.name, t.active, t.version)
                    for t in session.execute(query).scalars()]

    @operation("accounts.create_team")
    def create_team(self, actor: Actor, name: str) -> TeamInfo:
        name = self._required_name(name, 100)
        with self._db.begin() as session:
            self._check_name_free(session, Team, name)
            team = Team(name=name)
            session.add(team)
            session.flush()
            self._log.append(session, actor, "accounts.create_team", "team", team.id)
            return TeamInfo(team.id, team.name, team.active, team.version)

    @operation("accounts.update_team")
    def update_team(self, actor: Actor, team_id: int, name: str, version: int) -> TeamInfo:
        name = self._required_name(name, 100)
        with self._db.begin() as session:
            team = get_record(session, Team, team_id, version)
            if name != team.name:
                self._check_name_free(session, Team, name)
            team.name = name
            session.flush()
            self._log.append(session, actor, "accounts.update_team", "team", team.id)
            return TeamInfo(team.id, team.name, team.active, team.version)

    @operation("accounts.set_team_active")
    def set_team_active(self, actor: Actor, team_id: int, active: bool) -> None:
        with self._db.begin() as session:
            team = get_record(session, Team, team_id)
            team.active = active
            self._log.append(session, actor,
                             "accounts.activate_team" if active else "accounts.deactivate_team",
                             "team", team.id)

    # -- locations ----------------------------------------------------------------

    @operation("accounts.list_locations")
    def list_locations(
        self, actor: Actor, *, include_inactive: bool = True
    ) -> list[LocationInfo]:
        with self._db.begin() as session:
            query = select(Location).order_by(Location.name)
            if not include_inactive:
                query = query.where(Location.active.is_(True))
            return [self._location_info(loc) for loc in session.execute(query).scalars()]

    @operation("accounts.create_location")
    def create_location(self, actor: Actor, data: LocationInput) -> LocationInfo:
        data = self._validate_location(data)
        with self._db.begin() as session:
            self._check_name_free(session, Location, data.name)
            self._check_team(session, data.team_id)
            location = Location(name=data.name, kind=data.kind, team_id=data.team_id,
                                address=data.address, ticket_prefix=data.ticket_prefix)
            session.add(location)
            session.flush()
            self._log.append(session, actor, "accounts.create_location", "location",
                             location.id)
            return self._location_info(location)

    @operation("accounts.update_location")
    def update_location(
        self, actor: Actor, location_id: int, data: LocationInput, version: int
    ) -> LocationInfo:
        data = self._validate_location(data)
        with self._db.begin() as session:
            location = get_record(session, Location, location_id, version)
            if data.name != location.name:
                self._check_name_free(session, Location, data.name)
            self._check_team(session, data.team_id)
            location.name = data.name
            location.kind = data.kind
            location.team_id = data.team_id
            location.address = data.address
            location.ticket_prefix = data.ticket_prefix
            session.flush()
            self._log.append(session, actor, "accounts.update_location", "location",
                             location.id)
            return self._location_info(location)

    @operation("accounts.set_location_active")
    def set_location_active(self, actor: Actor, location_id: int, active: bool) -> None:
        with self._db.begin() as session:
            location = get_record(session, Location, location_id)
            location.active = active
            self._log.append(
                session, actor,
                "accounts.activate_location" if active else "accounts.deactivate_location",
                "location", location.id)

    # -- helpers ------------------------------------------------------------------

    def _new_user(self, session: Session, data: UserInput, password: str) -> User:
        user = User(
            username=data.username.strip().lower(),
            full_name=data.full_name.strip(),
            password_hash=self._hasher.hash(password),
            team_id=data.team_id,
            role_rows=[UserRole(role=r) for r in sorted(data.roles)],
        )
        session.add(user)
        return user

    @staticmethod
    def _validate_user(data: UserInput) -> None:
        if not _USERNAME.match(data.username.strip().lower()):
            raise ValidationError(
                msg("Een gebruikersnaam heeft 3 tot 64 tekens: letters, cijfers, punt, "
                    "streepje of liggend streepje."), field="username")
        if not data.full_name.strip():
            raise ValidationError(msg("Vul de naam in."), field="full_name")
        if len(data.full_name.strip()) > 150:
            raise ValidationError(msg("De naam is te lang (hoogstens 150 tekens)."),
                                  field="full_name")
        if not data.roles:
            raise ValidationError(msg("Kies minstens één rol."), field="roles")

    @staticmethod
    def _validate_location(data: LocationInput) -> LocationInput:
        name = AccountService._required_name(data.name, 100)
        prefix = data.ticket_prefix.strip().upper()
        if prefix and not _PREFIX.match(prefix):
            raise ValidationError(
                msg("De letter voor volgnummers bestaat uit 1 tot 3 hoofdletters, bijv. B."),
                field="ticket_prefix")
        if not isinstance(data.kind, LocationKind):
            raise ValidationError(msg("Kies het soort locatie."), field="kind")
        return LocationInput(name, data.kind, data.team_id, data.address.strip()[:200],
                             prefix or name[:1].upper())

    @staticmethod
    def _required_name(name: str, length: int) -> str:
        name = name.strip()
        if not name:
            raise ValidationError(msg("Vul de naam in."), field="name")
        if len(name) > length:
            raise ValidationError(msg("De naam is te lang."), field="name")
        return name

    @staticmethod
    def _check_username_free(session: Session, username: str) -> None:
        taken = session.scalar(select(User.id).where(User.username == username.strip().lower()))
        if taken is not None:
            raise ValidationError(msg("Deze gebruikersnaam is al in gebruik."), field="username")

    @staticmethod
    def _check_name_free(session: Session, model: type[Team] | type[Location], name: str) -> None:
        if session.scalar(select(model.id).where(model.name == name)) is not None:
            raise ValidationError(msg("Deze naam is al in gebruik."), field="name")

    @staticmethod
    def _check_team(session: Session, team_id: int | None) -> None:
        if team_id is not None and session.get(Team, team_id) is None:
            raise ValidationError(msg("Dit team bestaat niet (meer)."), field="team_id")

    @staticmethod
    def _keep_one_admin(session: Session, user_id: int) -> None:
        others = session.scalar(
            select(func.count(User.id))
            .join(UserRole)
            .where(UserRole.role == Role.BEHEERDER, User.active.is_(True), User.id != user_id)
        )
        if not others:
            raise ValidationError(msg("Er moet minstens één actieve beheerder blijven."),
                                  field="roles")

    def _get_user(self, session: Session, user_id: int, version: int | None = None) -> User:
        return get_record(session, User, user_id, version)

    def _user_info(self, user: User) -> UserInfo:
        locked = bool(user.locked_until and user.locked_until > self._clock())
        return UserInfo(user.id, user.username, user.full_name, user.roles, user.team_id,
                        user.team.name if user.team else "", user.active, locked, user.version)

    @staticmethod
    def _location_info(loc: Location) -> LocationInfo:
        return LocationInfo(loc.id, loc.name, loc.kind, loc.team_id,
                            loc.team.name if loc.team else "", loc.address, loc.ticket_prefix,
                            loc.active, loc.version)


def role_names() -> dict[Role, str]:
    """Dutch display names of the roles."""
    return {
        Role.VRIJWILLIGER: msg("Vrijwilliger"),
        Role.SOCIAAL_WERKER: msg("Sociaal werker"),
        Role.TEAMLEIDER: msg("Teamleider"),
        Role.BEHEERDER: msg("Beheerder"),
    }


def sorted_roles(roles: Iterable[Role]) -> list[Role]:
    order = list(Role)
    return sorted(roles, key=order.index)
