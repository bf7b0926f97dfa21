from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
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


def test_revision_0031_adds_the_retention_columns_to_existing_households(
        database: Database) -> None:
    from alembic import command

    cfg = migrations._config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0030")
    assert migrations.current_revisions(database) == {"0030"}
    with database.engine.begin() as conn:
        conn.execute(text("INSERT INTO team (id, name, active, version) "
                          "VALUES (7, 'Oud team', :t, 1)"), {"t": True})
        conn.execute(text(
            "INSERT INTO household (id, number, name, street, house_number_addition, postcode, "
            "city, area, phone, email, language, interpreter_needed, status, closing_reason, "
            "start_date, end_date, team_id, regie_external, search_text, created_at, version) "
            "VALUES (1, 'H-000001', 'Jansen', '', '', '', '', 'Heechterp', '', '', '', :f, "
            "'afgesloten', 'Doelen behaald', :start, :end, 7, '', 'jansen', :at, 1)"),
            {"f": False, "start": date(2001, 2, 3), "end": date(2005, 6, 7),
             "at": datetime(2001, 2, 3, 10, tzinfo=UTC)})
    migrations.upgrade(database)
    assert migrations.current_revisions(database) == migrations.head_revisions()
    with database.engine.connect() as conn:
        row = conn.execute(text("SELECT name, anonymised_at, retention_hold_until, "
                                "retention_hold_reason FROM household")).one()
    assert tuple(row) == ("Jansen", None, None, "")
