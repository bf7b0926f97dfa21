"""Database-wide facts needed before anyone logs in, and backups."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from wijkteam_desk.errors import ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.settings_access import IDLE_LOCK_MINUTES, int_setting, put_setting
from wijkteam_desk.store import backup
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import SystemSetting

DEMO_FLAG = "demo_database"
DEMO_PASSWORD = "welkom-demo"
DEMO_USERS = ("vrijwilliger", "sociaalwerker", "teamleider", "beheerder")
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 60


class SystemService:
    def __init__(self, db: Database, log: AuditLog) -> None:
        self._db = db
        self._log = log

    def is_demo(self) -> bool:
        """True for a database filled by ``wijkteam-desk demo``: the login screen may then
        show the demo accounts. Never true for a real database."""
        with self._db.begin() as session:
            row = session.get(SystemSetting, DEMO_FLAG)
            return row is not None and row.value == "1"

    def mark_demo(self) -> None:
        with self._db.begin() as session:
            if session.get(SystemSetting, DEMO_FLAG) is None:
                session.add(SystemSetting(key=DEMO_FLAG, value="1"))

    def get_setting(self, key: str, default: str = "") -> str:
        with self._db.begin() as session:
            value = session.scalar(select(SystemSetting.value).where(SystemSetting.key == key))
            return default if value is None else value

    @operation("system.idle_lock_minutes")
    def idle_lock_minutes(self, actor: Actor) -> int | None:
        """After how many idle minutes the screen locks, as the beheerder set it for the
        whole office; None when not set (the PC's own settings.json then applies)."""
        with self._db.begin() as session:
            if session.get(SystemSetting, IDLE_LOCK_MINUTES) is None:
                return None
            return int_setting(session, IDLE_LOCK_MINUTES)

    @operation("system.set_idle_lock_minutes")
    def set_idle_lock_minutes(self, actor: Actor, minutes: int) -> int:
        """Beheerder: 1 to 60 minutes, for every PC from the next login. Audited."""
        if not isinstance(minutes, int) or not (
                MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES):
            raise ValidationError(msg("Vul een heel aantal minuten van 1 tot en met 60 in."),
                                  field="idle_lock_minutes")
        with self._db.begin() as session:
            old = int_setting(session, IDLE_LOCK_MINUTES)
            put_setting(session, IDLE_LOCK_MINUTES, str(minutes))
            self._log.append(session, actor, "system.set_idle_lock_minutes", "setting",
                             IDLE_LOCK_MINUTES, f"{old} -> {minutes}")
        return minutes

    @operation("system.backup")
    def backup(self, actor: Actor, out: Path) -> Path:
        """Beheerder. An encrypted copy made with SQLite's online backup API."""
        result = backup.backup_sqlite(self._db, out)
        with self._db.begin() as session:
            self._log.append(session, actor, "system.backup", "database", "", str(out.name))
        return result

    @operation("system.restore")
    def restore(self, actor: Actor, source: Path, safety_dir: Path) -> Path:
        """Beheerder. Replaces all data by ``source``; the current data is saved first
        in ``safety_dir``. Returns that safety copy."""
        safety = backup.restore_sqlite(self._db, source, safety_dir)
        with self._db.begin() as session:
            self._log.append(session, actor, "system.restore", "database", "", source.name)
        return safety
