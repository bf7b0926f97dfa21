"""Encrypted backups of the SQLite database with SQLite's online backup API."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from wijkteam_desk.errors import KnownError, NotADatabaseError, WrongKeyError
from wijkteam_desk.i18n import msg
from wijkteam_desk.store.engine import Database

DAILY = re.compile(r"^dagelijks-(\d{4}-\d{2}-\d{2})\.db$")


def _connect(path: Path, key: str) -> Any:
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = '" + key.replace("'", "''") + "'")
    return conn


def _require_sqlite(db: Database) -> tuple[Path, str]:
    if not db.is_sqlite or db.path is None or not db.key:
        raise KnownError(msg(
            "Back-ups maken en terugzetten kan hier alleen voor de lokale database. "
            "Een PostgreSQL-database wordt op de server geback-upt (pg_dump)."))
    return db.path, db.key


def backup_sqlite(db: Database, out: Path) -> Path:
    """Copy the live database to ``out``, encrypted with the same key. Written atomically."""
    path, key = _require_sqlite(db)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=".backup-", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        source = _connect(path, key)
        target = _connect(tmp, key)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def check_backup(source: Path, key: str) -> None:
    """Raise a known error unless ``source`` is an intact database openable with ``key``."""
    if not Path(source).is_file():
        raise KnownError(msg("Het back-upbestand bestaat niet."))
    conn = _connect(Path(source), key)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            raise WrongKeyError() from None
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    if result != "ok" or "alembic_version" not in tables:
        raise NotADatabaseError()


def restore_sqlite(db: Database, source: Path, safety_dir: Path) -> Path:
    """Replace the live database's contents by ``source`` (same key).

    The current contents are first saved in ``safety_dir``. Nothing changes when the
    backup cannot be opened or is damaged.
    """
    path, key = _require_sqlite(db)
    check_backup(source, key)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = backup_sqlite(db, Path(safety_dir) / f"voor-terugzetten-{stamp}.db")
    db.engine.dispose()
    src = _connect(Path(source), key)
    dst = _connect(path, key)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return safety


def daily_backup(db: Database, backup_dir: Path, keep: int = 14,
                 today: date | None = None) -> Path | None:
    """Make today's backup if there is none yet; keep the newest ``keep`` daily files."""
    if not db.is_sqlite:
        return None
    today = today or date.today()
    backup_dir = Path(backup_dir)
    target = backup_dir / f"dagelijks-{today.isoformat()}.db"
    made = None
    if not target.exists():
        made = backup_sqlite(db, target)
    dailies = sorted(p for p in backup_dir.glob("dagelijks-*.db") if DAILY.match(p.name))
    for old in dailies[:-keep] if keep > 0 else []:
        with contextlib.suppress(OSError):
            old.unlink()
    return made
