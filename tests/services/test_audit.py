from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.conftest import ActorFactory
from wijkteam_desk.services.audit import verify_database
from wijkteam_desk.store.models import Role


def test_chain_verifies(make_actor: ActorFactory) -> None:
    make_actor(Role.SOCIAAL_WERKER)
    report = make_actor.services.audit.verify(make_actor.admin)
    assert report.ok and report.entries >= 4


def test_the_database_refuses_to_change_the_logboek(make_actor: ActorFactory) -> None:
    db = make_actor.services.db
    with pytest.raises(DBAPIError, match="logboek"):
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE audit_entry SET reason = 'x' WHERE seq = 1"))
    with pytest.raises(DBAPIError, match="logboek"):
        with db.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_entry WHERE seq = 1"))
    assert verify_database(db).ok


def _drop_guard(conn) -> None:  # type: ignore[no-untyped-def]
    """What an attacker with the database key would do first."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("DROP TRIGGER audit_entry_no_update"))
        conn.execute(text("DROP TRIGGER audit_entry_no_delete"))
    else:
        conn.execute(text("DROP TRIGGER audit_entry_append_only ON audit_entry"))


@pytest.mark.parametrize("tamper,expect", [
    ("UPDATE audit_entry SET username = 'iemand' WHERE seq = 2", "regel 2 is gewijzigd"),
    ("DELETE FROM audit_entry WHERE seq = 2", "regel 2 ontbreekt"),
    ("DELETE FROM audit_entry WHERE seq = (SELECT max(seq) FROM audit_entry)", "ontbreken"),
])
def test_tampering_is_detected(make_actor: ActorFactory, tamper: str, expect: str) -> None:
    make_actor(Role.VRIJWILLIGER)
    db = make_actor.services.db
    with db.engine.begin() as conn:
        _drop_guard(conn)
        conn.execute(text(tamper))
    report = verify_database(db)
    assert not report.ok
    assert any(expect in p for p in report.problems), report.problems
