"""The encrypted database: never plaintext, clear messages for a wrong or missing key."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import keyring
import keyring.backend
import pytest
import sqlcipher3

from wijkteam_desk.errors import MissingKeyError, NotADatabaseError, WrongKeyError
from wijkteam_desk.paths import Paths
from wijkteam_desk.secrets import KEY_ENV, keyring_usable
from wijkteam_desk.store import migrations
from wijkteam_desk.store.engine import Database
from wijkteam_desk.wiring import build_services, open_database


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps its secrets in memory."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_first_start_creates_an_encrypted_file_with_a_key_in_the_keyring(paths: Paths) -> None:
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    assert keyring_usable()
    db = open_database(paths)
    build_services(db).accounts.create_first_admin("anna", "Anna", "geheim-wachtwoord")
    db.dispose()
    assert paths.database.read_bytes()[:16] != b"SQLite format 3\x00"
    (key,) = ring.store.values()
    assert len(key) >= 40
    # The key is the SQLCipher passphrase itself: standard tools can open the file.
    conn = sqlcipher3.connect(str(paths.database))
    conn.execute(f"PRAGMA key = '{key}'")
    assert conn.execute("SELECT username FROM user_account").fetchall() == [("anna",)]
    conn.close()
    # A second start finds the key again.
    open_database(paths).dispose()


def test_without_keyring_the_environment_key_is_used(paths: Paths,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert not keyring_usable()
    monkeypatch.setenv(KEY_ENV, "mijn eigen wachtzin")
    open_database(paths).dispose()
    conn = sqlcipher3.connect(str(paths.database))
    conn.execute("PRAGMA key = 'mijn eigen wachtzin'")
    # one row per branch head of the migrations
    assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (
        len(migrations.head_revisions()),)
    conn.close()


def test_without_keyring_or_key_nothing_is_created(paths: Paths) -> None:
    with pytest.raises(MissingKeyError) as info:
        open_database(paths)
    assert "WIJKTEAM_DESK_DB_KEY" in info.value.message
    assert not paths.database.exists()


def test_the_gui_passphrase_is_asked_when_there_is_no_keyring(paths: Paths) -> None:
    asked: list[bool] = []

    def ask(new: bool) -> str:
        asked.append(new)
        return "een lange wachtzin"

    open_database(paths, ask_key=ask).dispose()
    open_database(paths, ask_key=ask).dispose()
    assert asked == [True, False]


def test_wrong_key_gives_a_clear_message_and_changes_nothing(
        paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_ENV, "de goede sleutel")
    db = open_database(paths)
    build_services(db).accounts.create_first_admin("anna", "Anna", "geheim-wachtwoord")
    db.dispose()
    before = _snapshot(paths.data_dir)
    monkeypatch.setenv(KEY_ENV, "een verkeerde sleutel")
    with pytest.raises(WrongKeyError) as info:
        open_database(paths)
    assert "sleutel klopt niet" in info.value.message
    assert _snapshot(paths.data_dir) == before


def test_a_plaintext_sqlite_file_is_refused(tmp_path: Path) -> None:
    import sqlite3

    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE x (a)").connection.commit()
    with pytest.raises(NotADatabaseError):
        Database.open_sqlite(plain, "sleutel")


def test_wal_and_foreign_keys_are_on(sqlite_database: Database) -> None:
    with sqlite_database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_env_key_is_not_left_in_the_environment_by_the_tests() -> None:
    assert KEY_ENV not in os.environ


def test_a_record_saved_meanwhile_is_a_conflict(database: Database) -> None:
    from sqlalchemy import text

    from wijkteam_desk.errors import ConflictError
    from wijkteam_desk.store.models import Team

    with database.begin() as session:
        session.add(Team(name="Wijkteam West"))
    with pytest.raises(ConflictError):
        with database.begin() as session:
            team = session.query(Team).one()
            # A colleague's save in between: the row's version moves on.
            session.execute(text("UPDATE team SET version = version + 1"))
            team.name = "Wijkteam Noord"
    with database.begin() as session:
        assert session.query(Team).one().name == "Wijkteam West"
