"""Starting the program: run_gui opens the database, or explains calmly why it cannot."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from wijkteam_desk import app as app_module
from wijkteam_desk.paths import Paths
from wijkteam_desk.services.demo import fill_demo
from wijkteam_desk.ui.first_start_dialog import FirstStartDialog
from wijkteam_desk.ui.login_window import LoginWindow
from wijkteam_desk.ui.passphrase_dialog import PassphraseDialog
from wijkteam_desk.wiring import build_services, open_database


def _args(data_dir: Path) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(data_dir), database_url=None, user=None, lang="nl")


def _demo(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIJKTEAM_DESK_DB_KEY", "de-goede-sleutel")
    services = build_services(open_database(Paths.default(data_dir)))
    fill_demo(services)
    services.close()


def _run_and_look(qapp: QApplication, args: argparse.Namespace) -> tuple[int, list[object]]:
    """Start the GUI, wait until the database is open (login enabled or first start),
    record the visible windows, then quit."""
    seen: list[object] = []
    deadline = time.monotonic() + 30

    def settled() -> bool:
        windows = [w for w in qapp.topLevelWidgets() if w.isVisible()]
        return any(isinstance(w, FirstStartDialog) or
                   (isinstance(w, LoginWindow) and w.login_button.isEnabled())
                   for w in windows)

    def look() -> None:
        if not settled() and time.monotonic() < deadline:
            QTimer.singleShot(50, look)
            return
        seen.extend(w for w in qapp.topLevelWidgets() if w.isVisible())
        qapp.exit(0)

    QTimer.singleShot(50, look)
    return app_module.run_gui(args), seen


def test_wrong_key_gives_calm_message_and_exit_code(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _demo(tmp_path / "data", monkeypatch)
    before = (tmp_path / "data" / "wijkteam.db").read_bytes()
    monkeypatch.setenv("WIJKTEAM_DESK_DB_KEY", "een-verkeerde-sleutel")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda _parent, _title, text: shown.append(text)))
    assert app_module.run_gui(_args(tmp_path / "data")) == 1
    assert len(shown) == 1 and "de sleutel klopt niet" in shown[0]
    assert (tmp_path / "data" / "wijkteam.db").read_bytes() == before


def test_start_shows_login_with_demo_accounts_and_makes_daily_backup(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _demo(tmp_path / "data", monkeypatch)
    code, seen = _run_and_look(qapp, _args(tmp_path / "data"))
    assert code == 0
    logins = [w for w in seen if isinstance(w, LoginWindow)]
    assert len(logins) == 1
    assert logins[0].login_button.isEnabled()
    assert "welkom-demo" in logins[0].demo.text()
    assert list((tmp_path / "data" / "backups").glob("dagelijks-*.db"))


def test_first_start_on_an_empty_folder(qapp: QApplication, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIJKTEAM_DESK_DB_KEY", "nieuwe-sleutel")
    code, seen = _run_and_look(qapp, _args(tmp_path / "leeg"))
    assert code == 0
    assert [type(w) for w in seen] == [FirstStartDialog]
    header = (tmp_path / "leeg" / "wijkteam.db").read_bytes()[:16]
    assert header != b"SQLite format 3\x00"


def test_new_passphrase_is_asked_twice_and_at_least_12_chars(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("te-kort")
    dialog.check()
    assert dialog.errors.text("passphrase") == "Kies een wachtzin van minstens 12 tekens."
    assert dialog.result() == 0 and dialog.isVisible()
    dialog.passphrase.setText("lang-genoeg-nu")
    dialog.repeat.setText("lang-genoeg-nou")
    dialog.check()
    assert dialog.errors.text("repeat") == "De twee wachtzinnen zijn niet gelijk."
    dialog.repeat.setText("lang-genoeg-nu")
    dialog.check()
    assert not dialog.isVisible() and dialog.value() == "lang-genoeg-nu"


def test_passphrase_from_dialog_opens_the_database_without_keyring(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No keyring and no environment variable: the GUI asks, and the answer is the key."""
    asked: list[bool] = []

    def fake_ask(new: bool, parent: object = None) -> str:
        asked.append(new)
        return "een-lange-wachtzin"

    monkeypatch.setattr("wijkteam_desk.ui.passphrase_dialog.ask_passphrase", fake_ask)
    code, seen = _run_and_look(qapp, _args(tmp_path / "d"))
    assert code == 0 and asked == [True]
    code, seen = _run_and_look(qapp, _args(tmp_path / "d"))
    assert code == 0 and asked == [True, False]
    monkeypatch.setenv("WIJKTEAM_DESK_DB_KEY", "een-lange-wachtzin")
    open_database(Paths.default(tmp_path / "d")).dispose()
