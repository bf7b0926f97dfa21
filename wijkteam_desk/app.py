"""Builds the program and wires it together: the only place that does (DESIGN §3).

Start order, kept lean so the login window appears fast: Qt, translations, the crash
handler and the login window first; then (from the event loop) the database, the daily
backup and the services, after which the login window accepts input.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from wijkteam_desk.errors import KnownError
from wijkteam_desk.paths import Paths
from wijkteam_desk.settings import Settings
from wijkteam_desk.ui.crash import CrashHandler
from wijkteam_desk.ui.login_window import LoginWindow
from wijkteam_desk.ui.messages import error_text, show_message
from wijkteam_desk.ui.translations import apply_style, install_translators

if TYPE_CHECKING:
    from wijkteam_desk.store.engine import Database
    from wijkteam_desk.wiring import Services

EXIT_OK, EXIT_FAILED = 0, 1


def database_label(db: Database) -> str:
    """Where the data lives, for the status bar (never the password)."""
    if db.is_sqlite:
        return str(db.path)
    url = db.engine.url
    return QCoreApplication.translate("App", "server {0}/{1}").format(
        url.host or "localhost", url.database or "")


class Startup(QObject):
    """Opens the database once the login window is on screen, then hands over to Shell."""

    FALLBACK_MS = 1000  # in case the window never paints (e.g. started minimised)

    def __init__(self, app: QApplication, args: argparse.Namespace, paths: Paths,
                 settings: Settings, login: LoginWindow) -> None:
        super().__init__()
        self.app = app
        self.args = args
        self.paths = paths
        self.settings = settings
        self.login = login
        self.services: Services | None = None
        self.shell = None
        self.cancelled = False
        self.started = False
        login.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self.run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.started:
            # The login window is on screen: now do the slow part.
            QTimer.singleShot(0, self.run)
        return False

    def ask_key(self, new: bool) -> str | None:
        from wijkteam_desk.ui.passphrase_dialog import ask_passphrase

        key = ask_passphrase(new, self.login)
        self.cancelled = key is None
        return key

    def ask_password(self, server: str, refused: bool) -> tuple[str, bool] | None:
        from wijkteam_desk.ui.server_password_dialog import ask_server_password

        answer = ask_server_password(server, refused, self.login)
        self.cancelled = answer is None
        return answer

    def run(self) -> None:
        if self.started:
            return
        self.started = True
        self.login.removeEventFilter(self)
        from wijkteam_desk.store.backup import daily_backup
        from wijkteam_desk.ui.shell import Shell
        from wijkteam_desk.wiring import build_services, open_database

        url = self.args.database_url or self.settings.database_url or None
        try:
            db = open_database(self.paths, url, ask_key=self.ask_key,
                               ask_password=self.ask_password)
        except KnownError as error:
            if not self.cancelled:
                QMessageBox.critical(self.login, QCoreApplication.translate(
                    "App", "Wijkteam Desk kan niet starten"), error_text(error))
            self.app.exit(EXIT_FAILED)
            return
        backup_problem = ""
        try:
            daily_backup(db, self.paths.backups, self.settings.backups_to_keep)
        except KnownError as error:
            backup_problem = error_text(error)
        except OSError as error:
            backup_problem = QCoreApplication.translate(
                "App", "De dagelijkse back-up is niet gelukt ({0}).").format(error.strerror)
        self.services = build_services(db)
        self.shell = Shell(self.services, self.login, database_label=database_label(db),
                           idle_ms=max(1, self.settings.idle_lock_minutes) * 60_000)
        self.shell.start()
        if backup_problem:
            show_message(self.login if self.login.isVisible() else None, backup_problem,
                         warning=True)


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("Wijkteam Desk")
    app.setApplicationDisplayName("Wijkteam Desk")
    paths = Paths.default(args.data_dir)
    settings = Settings.load(paths.settings_file)
    translators = install_translators(app, getattr(args, "lang", None) or settings.language)
    apply_style(app)
    crash = CrashHandler()
    crash.install()
    login = LoginWindow()
    login.show()
    startup = Startup(app, args, paths, settings, login)
    try:
        return app.exec()
    finally:
        crash.uninstall()
        for translator in translators:
            app.removeTranslator(translator)
        if startup.services is not None:
            startup.services.close()


def main() -> int:
    """Entry point of the ``wijkteam-desk-gui`` script (same options as the CLI)."""
    from wijkteam_desk.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
