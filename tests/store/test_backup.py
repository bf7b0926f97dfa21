from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import TEST_KEY, ActorFactory
from wijkteam_desk.errors import KnownError, WrongKeyError
from wijkteam_desk.services.accounts import UserInput
from wijkteam_desk.store import backup
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import Role
from wijkteam_desk.wiring import Services


def _dump(db: Database) -> dict[str, list[tuple]]:
    with db.engine.connect() as conn:
        tables = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"))]
        return {t: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{t}"')))) for t in tables}


@pytest.fixture
def filled(sqlite_services: Services) -> ActorFactory:
    factory = ActorFactory(sqlite_services)
    factory(Role.SOCIAAL_WERKER)
    factory(Role.VRIJWILLIGER)
    return factory


def test_backup_then_restore_gives_back_identical_data(filled: ActorFactory,
                                                       tmp_path: Path) -> None:
    services, admin = filled.services, filled.admin
    out = services.system.backup(admin, tmp_path / "backup.db")
    assert out.read_bytes()[:16] != b"SQLite format 3\x00"
    saved = _dump(services.db)
    # The backup is logged right after the copy is made, so the copy lacks that entry.
    assert saved["audit_entry"][-1][4] == "system.backup"
    saved["audit_entry"].pop()
    # Change things after the backup, then restore.
    services.accounts.create_user(
        admin, UserInput("nieuwkomer", "Nieuw", frozenset({Role.VRIJWILLIGER})), "wachtwoord-123")
    services.accounts.create_team(admin, "Later Team")
    safety = services.system.restore(admin, out, tmp_path / "veiligheid")
    restored = _dump(services.db)
    # The restore itself is logged after restoring; compare everything before that.
    restored["audit_entry"] = restored["audit_entry"][: len(saved["audit_entry"])]
    restored.pop("audit_head")
    saved.pop("audit_head")
    assert restored == saved
    assert safety.exists()
    assert [e.action for e in services.audit.list_entries(admin, limit=1)][0] == "system.restore"
    assert services.audit.verify(admin).ok


def test_restore_with_a_wrong_key_changes_nothing(filled: ActorFactory, tmp_path: Path) -> None:
    services = filled.services
    other = Database.open_sqlite(tmp_path / "ander.db", "andere-sleutel", create=True)
    other.dispose()
    before = _dump(services.db)
    with pytest.raises(WrongKeyError):
        services.system.restore(filled.admin, tmp_path / "ander.db", tmp_path / "veiligheid")
    with pytest.raises(KnownError):
        services.system.restore(filled.admin, tmp_path / "bestaat-niet.db", tmp_path)
    assert _dump(services.db) == before


def test_daily_backup_keeps_fourteen(sqlite_database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    start = date(2026, 1, 1)
    for day in range(20):
        backup.daily_backup(sqlite_database, folder, keep=14, today=start + timedelta(days=day))
    # A second call on the same day makes nothing new.
    assert backup.daily_backup(sqlite_database, folder, keep=14,
                               today=start + timedelta(days=19)) is None
    files = sorted(p.name for p in folder.glob("dagelijks-*.db"))
    assert len(files) == 14
    assert files[0] == "dagelijks-2026-01-07.db" and files[-1] == "dagelijks-2026-01-20.db"
    copy = Database.open_sqlite(folder / files[-1], TEST_KEY)
    copy.dispose()
