from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from tests.conftest import TEST_KEY
from wijkteam_desk.errors import NewerDatabaseError
from wijkteam_desk.store import migrations, search
from wijkteam_desk.store.base import Base
from wijkteam_desk.store.engine import Database
from wijkteam_desk.wiring import build_services

FIXTURE = Path(__file__).parent.parent / "fixtures" / "revision-0001.db"


def test_upgrade_from_the_first_revision_keeps_the_data(tmp_path: Path) -> None:
    copy = tmp_path / "oud.db"
    shutil.copy(FIXTURE, copy)
    db = Database.open_sqlite(copy, TEST_KEY)
    assert migrations.current_revisions(db) == {"0001"}
    backup = migrations.upgrade(db, tmp_path / "backups")
    assert migrations.current_revisions(db) == migrations.head_revisions()
    services = build_services(db)
    admin = services.accounts.authenticate("oudebeheerder", "oud-wachtwoord-1")
    assert [t.name for t in services.accounts.list_teams(admin)] == ["Wijkteam Oud"]
    assert services.audit.verify(admin).ok
    db.dispose()
    if migrations.head_revisions() != {"0001"}:
        assert backup is not None and backup.exists()
        old = Database.open_sqlite(backup, TEST_KEY)
        assert migrations.current_revisions(old) == {"0001"}
        old.dispose()


def test_the_migrated_schema_matches_the_models(database: Database) -> None:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": search.include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_a_newer_database_is_refused_unchanged(sqlite_database: Database) -> None:
    with sqlite_database.engine.begin() as conn:
        # one row per branch head: replace them all by one unknown revision
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('9999')"))
    with pytest.raises(NewerDatabaseError) as info:
        migrations.upgrade(sqlite_database)
    assert "nieuwere versie" in info.value.message
    assert migrations.current_revisions(sqlite_database) == {"9999"}


def test_the_quick_up_to_date_check_agrees_with_alembic(sqlite_database: Database) -> None:
    assert migrations._quick_heads() == migrations.head_revisions()
    assert migrations.is_up_to_date(sqlite_database)
    with sqlite_database.engine.begin() as conn:
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('0001')"))
    assert not migrations.is_up_to_date(sqlite_database)
