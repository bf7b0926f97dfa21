"""The session around the windows: login, first start, the main window, the idle lock and
switching users. It receives the services from app.py and hands them to the windows."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.ui.change_password_dialog import ChangePasswordDialog
from wijkteam_desk.ui.drafts import DraftSource
from wijkteam_desk.ui.first_start_dialog import FirstStartDialog
from wijkteam_desk.ui.idle import IdleWatcher
from wijkteam_desk.ui.lock_window import LockWindow
from wijkteam_desk.ui.login_window import LoginWindow
from wijkteam_desk.ui.main_window import MainWindow
from wijkteam_desk.ui.messages import ask, show_error

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services

_TRANSIENT = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


class Shell(QObject):
    def __init__(self, services: Services, login: LoginWindow, *, database_label: str,
                 idle_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.login = login
        self.database_label = database_label
        self.actor: Actor | None = None
        self.main: MainWindow | None = None
        self.lock_window: LockWindow | None = None
        self.first_start: FirstStartDialog | None = None
        self.forced_change: ChangePasswordDialog | None = None
        self._hidden: list[tuple[QWidget, Qt.WindowModality]] = []
        self.idle = IdleWatcher(idle_ms, self)
        self.idle.idle.connect(self.lock)
        self.idle.lock_requested.connect(self.lock)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.idle)
        app.aboutToQuit.connect(self.keep_open_work)
        login.logged_in.connect(self.start_session)

    def start(self) -> None:
        """The database is open: first start or the login window."""
        if self.services.accounts.needs_first_admin():
            self.login.hide()
            self.first_start = FirstStartDialog(self.services)
            self.first_start.saved.connect(self.start_session)
            self.first_start.rejected.connect(QApplication.quit)
            self.first_start.show()
            return
        self.login.attach(self.services)
        self.login.show()

    # -- sessions ---------------------------------------------------------------------

    def start_session(self, actor: Actor) -> None:
        self.login.hide()
        self.actor = None
        if self.services.accounts.must_change_password(actor):
            dialog = ChangePasswordDialog(self.services, actor, forced=True)
            dialog.saved.connect(lambda _r: self.open_main(actor))
            dialog.rejected.connect(self.show_login)
            dialog.show()
            self.forced_change = dialog
            return
        self.open_main(actor)

    def open_main(self, actor: Actor) -> MainWindow:
        self.forced_change = None
        self.actor = actor
        main = MainWindow(self.services, actor, self.database_label)
        main.lock_requested.connect(self.lock)
        main.logout_requested.connect(self.logout)
        self.main = main
        main.show()
        main.activateWindow()
        try:  # the beheerder's office-wide setting wins over this PC's settings.json
            minutes = self.services.system.idle_lock_minutes(actor)
        except KnownError:
            minutes = None
        if minutes:
            self.idle.set_timeout(minutes * 60_000)
        self.idle.start()
        self.offer_drafts()
        return main

    def show_login(self) -> None:
        self.actor = None
        self.idle.stop()
        self.login.reset()
        self.login.show()
        self.login.activateWindow()

    def logout(self) -> None:
        self.keep_open_work()
        old = self.main
        self.main = None
        self.show_login()
        if old is not None:
            old.close()
            old.deleteLater()

    # -- drafts -----------------------------------------------------------------------

    def _save_drafts(self, actor: Actor, widgets: list[QWidget]) -> bool:
        """Store the unsaved content of open editors among ``widgets`` for ``actor``."""
        for widget in widgets:
            if shiboken6.isValid(widget) and isinstance(widget, DraftSource):
                try:
                    self.services.drafts.save(actor, widget.draft_key(), widget.draft_data())
                except KnownError as error:
                    show_error(self.lock_window or self.main, error)
                    return False
        return True

    def keep_open_work(self) -> None:
        """Logging out or quitting with editors open: keep their content as drafts."""
        if self.actor is None or self.main is None or self.lock_window is not None:
            return
        editors = [w for w in self.main.findChildren(QDialog) if w.isVisible()]
        self._save_drafts(self.actor, editors)  # type: ignore[arg-type]

    def offer_drafts(self) -> None:
        assert self.actor is not None and self.main is not None
        keys = self.services.drafts.list(self.actor)
        if not keys:
            return
        ask(self.main, self.tr(
            "Bij uw vorige sessie bleef werk open dat nog niet was opgeslagen ({0}). "
            "Wilt u het nu terugzetten?").format(len(keys)), self.restore_drafts)

    def restore_drafts(self) -> None:
        assert self.actor is not None and self.main is not None
        for key in self.services.drafts.list(self.actor):
            data = self.services.drafts.take(self.actor, key)
            if data is not None and not self.main.restore_draft(key, data):
                self.services.drafts.save(self.actor, key, data)  # keep what we cannot open

    # -- the lock ---------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self.lock_window is not None

    def lock(self) -> LockWindow | None:
        if self.actor is None or self.lock_window is not None:
            return self.lock_window
        self.idle.stop()
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        lock_window = LockWindow(self.services, self.actor)
        lock_window.unlocked.connect(self.unlock)
        lock_window.switched.connect(self.switch_user)
        self.lock_window = lock_window
        lock_window.show()  # before hiding the rest, so there is always a window
        lock_window.activateWindow()
        windows = [w for w in visible if not isinstance(w, QDialog)]
        dialogs = [w for w in visible if isinstance(w, QDialog)]
        self._hidden = []
        for widget in windows + dialogs:
            if widget.windowType() in _TRANSIENT:
                widget.hide()
                continue
            self._hidden.append((widget, widget.windowModality()))
        for widget, _modality in self._hidden:
            widget.hide()
        return lock_window

    def _close_lock_window(self) -> None:
        if self.lock_window is not None:
            self.lock_window.hide()
            self.lock_window.deleteLater()
            self.lock_window = None

    def unlock(self) -> None:
        hidden, self._hidden = self._hidden, []
        for widget, modality in hidden:
            if shiboken6.isValid(widget):
                widget.setWindowModality(modality)
                widget.show()
        self._close_lock_window()
        for widget, _modality in reversed(hidden):
            if shiboken6.isValid(widget):
                widget.activateWindow()
                break
        self.idle.start()

    def switch_user(self, actor: Actor) -> None:
        """Another user logs in: keep the first user's open work as drafts, close it."""
        old_actor = self.actor
        hidden, self._hidden = self._hidden, []
        assert old_actor is not None
        if not self._save_drafts(old_actor, [w for w, _m in hidden]):
            self._hidden = hidden
            return
        old_main = self.main
        self.main = None
        self.start_session(actor)
        self._close_lock_window()
        for widget, _modality in hidden:
            if shiboken6.isValid(widget):
                widget.close()
        if old_main is not None and shiboken6.isValid(old_main):
            old_main.deleteLater()
