"""PostgreSQL with a password (DESIGN §2.6): a refused or missing password gives its own
Dutch message (not "server unreachable"), the GUI asks for it, and it is kept in the
keyring only when the user asks and the server accepted it. Runs against the real test
server, with a role that must log in with scram-sha-256."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import keyring
import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, make_url, text

from tests.store.test_storage import MemoryKeyring
from wijkteam_desk import secrets
from wijkteam_desk.errors import ServerPasswordError
from wijkteam_desk.wiring import open_server

pytestmark = pytest.mark.postgresql
PASSWORD = "geheim-wachtwoord-7"


@pytest.fixture
def password_role(pg_server: str) -> Iterator[str]:
    """A login role that must give its password over TCP; yields its URL without one."""
    role = "wd_pw_" + uuid.uuid4().hex[:8]
    admin = create_engine(pg_server + "/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        hba_file = conn.execute(text("SHOW hba_file")).scalar_one()
        original = conn.execute(text("SELECT pg_read_file(:f)"), {"f": hba_file}).scalar_one()
        conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}'"))
        _write(conn, hba_file, f"host all {role} 127.0.0.1/32 scram-sha-256\n" + original)
    url = make_url(pg_server).set(username=role, password=None, database="postgres")
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            _write(conn, hba_file, original)
            conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        admin.dispose()


def _write(conn, path: str, content: str) -> None:  # type: ignore[no-untyped-def]
    """Rewrite pg_hba.conf through the server (it may run as another user) and reload."""
    literal = content.replace("'", "''")
    conn.execute(text(
        f"COPY (SELECT line FROM unnest(string_to_array('{literal}', E'\\n')) AS line) "
        f"TO '{path}'"))
    conn.execute(text("SELECT pg_reload_conf()"))


def test_a_missing_password_is_named_as_such_not_as_an_unreachable_server(
        password_role: str) -> None:
    with pytest.raises(ServerPasswordError) as caught:
        open_server(password_role)
    assert "wachtwoord" in caught.value.message


def test_the_password_is_asked_until_the_server_accepts_it_and_kept_when_asked(
        password_role: str) -> None:
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    asked: list[bool] = []

    def ask(server: str, refused: bool) -> tuple[str, bool] | None:
        asked.append(refused)
        return ("fout", True) if len(asked) == 1 else (PASSWORD, True)

    db = open_server(password_role, ask)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT current_user")).scalar_one().startswith("wd_pw_")
    db.dispose()
    assert asked == [False, True]  # first: none known; then: the typed one was refused
    assert list(ring.store.values()) == [PASSWORD]  # the accepted one, not "fout"
    # next start: the keyring has it, nothing is asked
    db = open_server(password_role, lambda *_a: pytest.fail("asked again"))
    db.dispose()


def test_a_typed_password_is_not_kept_unless_asked_and_cancel_stops(
        password_role: str) -> None:
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    open_server(password_role, lambda *_a: (PASSWORD, False)).dispose()
    assert ring.store == {}
    with pytest.raises(ServerPasswordError):
        open_server(password_role, lambda *_a: None)
    tries: list[bool] = []
    with pytest.raises(ServerPasswordError):
        open_server(password_role, lambda _s, refused: tries.append(refused) or ("fout", True))
    assert len(tries) == 3 and ring.store == {}


def test_the_dialog_needs_a_password_and_offers_to_remember_only_with_a_keyring(
        qtbot: QtBot) -> None:
    from wijkteam_desk.ui.server_password_dialog import ServerPasswordDialog

    dialog = ServerPasswordDialog("wijkteam@db.wijkteam.local/wijkteam", refused=True)
    qtbot.addWidget(dialog)
    assert not secrets.keyring_usable()  # the tests' default: a failing keyring
    assert not dialog.remember.isEnabled()
    dialog.check()
    assert dialog.result() == 0
    assert dialog.errors.text("password") == "Vul het wachtwoord in."
    dialog.password.setText(PASSWORD)
    dialog.check()
    assert dialog.result() == 1 and dialog.value() == (PASSWORD, False)
    assert "geweigerd" in dialog.findChild(QLabel).text()


def test_the_command_line_without_a_password_says_so_in_dutch(
        password_role: str, capsys: pytest.CaptureFixture[str]) -> None:
    from wijkteam_desk.cli import main

    assert main(["--database-url", password_role, "verify"]) != 0
    err = capsys.readouterr().err
    assert "wachtwoord ontbreekt of klopt niet" in err and "niet bereikbaar" not in err
