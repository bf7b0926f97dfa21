"""Shared test setup: offscreen Qt, no real keyring, and databases on SQLite (encrypted
with SQLCipher) and on a real, throwaway PostgreSQL server."""

from __future__ import annotations

import contextlib
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("WIJKTEAM_DESK_DB_KEY", None)
os.environ.pop("WIJKTEAM_DESK_PASSWORD", None)

import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, text

from tests.pgserver import PostgresServer, find_pg_bin
from wijkteam_desk.paths import Paths
from wijkteam_desk.services.accounts import AccountService, UserInput
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.store import migrations
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import Role
from wijkteam_desk.wiring import Services, build_services

TEST_KEY = "test-sleutel"
TEST_PASSWORD = "geheim-wachtwoord"
# Argon2 with small costs: the same code path, a hundred times faster.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def _no_real_keyring() -> Iterator[None]:
    """Tests never touch the developer's keyring; tests that need one install their own."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    p = Paths(tmp_path / "data")
    p.ensure()
    return p


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """Base URL of a PostgreSQL server: WIJKTEAM_TEST_PG_URL, or one started here."""
    given = os.environ.get("WIJKTEAM_TEST_PG_URL")
    if given:
        yield given.rstrip("/")
        return
    bindir = find_pg_bin()
    if bindir is None:
        reason = ("PostgreSQL-serverprogramma's (initdb, pg_ctl) niet gevonden; installeer het "
                  "Debian-pakket 'postgresql' om deze tests te draaien")
        if os.environ.get("CI"):
            pytest.fail("CI: " + reason)
        pytest.skip(reason)
    server = PostgresServer(bindir)
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


def _sqlite_db(path: Path) -> Database:
    db = Database.open_sqlite(path, TEST_KEY, create=True)
    migrations.upgrade(db)
    return db


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated database: encrypted SQLite, and a new PostgreSQL database."""
    if request.param == "sqlite":
        db = _sqlite_db(tmp_path / "test.db")
        yield db
        db.dispose()
        return
    with pg_database(request.getfixturevalue("pg_server")) as db:
        migrations.upgrade(db)
        yield db


@contextlib.contextmanager
def pg_database(base: str) -> Iterator[Database]:
    """A new, empty PostgreSQL database on the test server, dropped afterwards."""
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(base + "/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database.open_url(f"{base}/{name}")
    try:
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_database(tmp_path: Path) -> Iterator[Database]:
    db = _sqlite_db(tmp_path / "test.db")
    yield db
    db.dispose()


def _services(db: Database) -> Services:
    services = build_services(db)
    services.accounts = AccountService(db, services.log, hasher=FAST_HASHER)
    return services


@pytest.fixture
def services(database: Database) -> Services:
    return _services(database)


@pytest.fixture
def sqlite_services(sqlite_database: Database) -> Services:
    return _services(sqlite_database)


class ActorFactory:
    """Creates real users with the given roles and logs them in."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.admin = services.accounts.create_first_admin("eerstebeheerder", "Eerste Beheerder",
                                                          TEST_PASSWORD)
        self.team = services.accounts.create_team(self.admin, "Wijkteam Test")
        self._count = 0

    def __call__(self, *roles: Role, team_id: int | None = -1, name: str = "") -> Actor:
        self._count += 1
        username = name or f"{roles[0].value.replace('_', '')}{self._count}"
        self.services.accounts.create_user(
            self.admin,
            UserInput(username, username.title(), frozenset(roles),
                      self.team.id if team_id == -1 else team_id),
            TEST_PASSWORD,
        )
        return self.services.accounts.authenticate(username, TEST_PASSWORD)


@pytest.fixture
def make_actor(services: Services) -> ActorFactory:
    return ActorFactory(services)
