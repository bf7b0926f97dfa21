"""Revision 0030 gives the households closed before it a standard afsluitreden, derived
from the reason typed then; the typed text stays as the toelichting."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.conftest import TEST_KEY, pg_database
from wijkteam_desk.store import migrations
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import (
    ClosingCategory,
    Household,
    HouseholdStatus,
    HouseholdStatusChange,
)

FIXTURE = Path(__file__).parent.parent / "fixtures" / "revision-0001.db"
# The heads just before 0030 (the households, referrals, inloop and plans branches).
BEFORE_0030 = ("0004", "0010", "0021")

# (status, typed afsluitreden) -> the category expected after the upgrade
HOUSEHOLDS = [
    ("afgesloten", "Doelen behaald", ClosingCategory.DOELEN_BEHAALD),
    ("afgesloten", "  verhuisd buiten de wijk. ", ClosingCategory.VERHUISD),
    ("afgesloten", "Overgedragen aan maatwerk", ClosingCategory.MAATWERK),
    ("afgesloten", "Overgedragen aan voorliggend veld.", ClosingCategory.VOORLIGGEND),
    ("afgesloten", "BEWONER WIL GEEN ONDERSTEUNING MEER", ClosingCategory.WIL_NIET),
    ("afgesloten", "Geen contact mogelijk", ClosingCategory.GEEN_CONTACT),
    ("afgesloten", "Overleden", ClosingCategory.OVERLEDEN),
    ("afgesloten", "Mevrouw Jansen is naar haar dochter in Groningen", ClosingCategory.ANDERS),
    ("actief", "", None),
    ("heropend", "", None),
]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def old_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database at the revisions before 0030: the stored 0001 file upgraded (SQLite),
    or an empty PostgreSQL database upgraded from nothing."""
    if request.param == "sqlite":
        copy = tmp_path / "oud.db"
        shutil.copy(FIXTURE, copy)
        db = Database.open_sqlite(copy, TEST_KEY)
        for revision in BEFORE_0030:
            migrations.upgrade(db, target=revision)
        yield db
        db.dispose()
        return
    with pg_database(request.getfixturevalue("pg_server")) as db:
        for revision in BEFORE_0030:
            migrations.upgrade(db, target=revision)
        yield db


def _insert_households(db: Database) -> list[int]:
    with db.engine.begin() as conn:
        team_id = conn.scalar(text("SELECT id FROM team ORDER BY id"))
        if team_id is None:
            team_id = conn.scalar(text(
                "INSERT INTO team (name, active, version) VALUES ('Wijkteam Oud', true, 1) "
                "RETURNING id"))
        ids = []
        for n, (status, reason, _category) in enumerate(HOUSEHOLDS, start=1):
            closed = status == "afgesloten"
            ids.append(conn.scalar(text(
                "INSERT INTO household (number, name, street, house_number_addition, "
                "postcode, city, area, phone, email, language, interpreter_needed, status, "
                "closing_reason, start_date, end_date, team_id, regie_external, "
                "search_text, created_at, version) VALUES (:number, :name, '', '', "
                "'8921 AB', 'Leeuwarden', '', '', '', '', false, :status, :reason, "
                ":start, :end, :team, '', '', :created, 1) RETURNING id"), {
                    "number": f"H-{n:06d}", "name": f"Huishouden {n}", "status": status,
                    "reason": reason, "start": date(2025, 1, n),
                    "end": date(2026, 3, n) if closed else None, "team": team_id,
                    "created": datetime(2025, 1, n, 9, tzinfo=UTC)}))
            # the status history of a household that was closed and later reopened
            conn.execute(text(
                "INSERT INTO household_status_change (household_id, status, reason, at) "
                "VALUES (:h, 'afgesloten', :reason, :at)"), {
                    "h": ids[-1], "reason": reason or "Verhuisd buiten de wijk.",
                    "at": datetime(2026, 3, n, 9, tzinfo=UTC)})
    return ids


def test_closed_households_get_the_category_of_their_typed_reason(
        old_database: Database) -> None:
    assert migrations.current_revisions(old_database) == set(BEFORE_0030)
    ids = _insert_households(old_database)
    migrations.upgrade(old_database)
    assert migrations.current_revisions(old_database) == migrations.head_revisions()
    with old_database.begin() as session:
        found = {h.id: (h.status, h.closing_category, h.closing_reason)
                 for h in session.scalars(select(Household))}
    for household_id, (status, reason, category) in zip(ids, HOUSEHOLDS, strict=True):
        # the typed text is kept unchanged as the toelichting
        assert found[household_id] == (HouseholdStatus(status), category, reason)
    # every closing in the history gets its category, also where the household was
    # reopened since (the kwartaalrapportage counts closings from the history)
    with old_database.begin() as session:
        history = dict(session.execute(
            select(HouseholdStatusChange.household_id, HouseholdStatusChange.closing_category)
            .where(HouseholdStatusChange.status == HouseholdStatus.AFGESLOTEN)).all())
    for household_id, (_status, reason, category) in zip(ids, HOUSEHOLDS, strict=True):
        assert history[household_id] == (category if reason else ClosingCategory.VERHUISD)
