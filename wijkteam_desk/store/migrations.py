"""Run Alembic migrations from code, with a backup first; refuse newer databases."""

from __future__ import annotations

import ast
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from wijkteam_desk.errors import NewerDatabaseError
from wijkteam_desk.paths import migrations_dir
from wijkteam_desk.store.engine import Database

if TYPE_CHECKING:
    from alembic.config import Config

_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revisions() -> set[str]:
    """The newest revision of each branch (areas may add revisions side by side)."""
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(_config()).get_heads())


def current_revisions(db: Database) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def _quick_heads() -> set[str]:
    """Heads read straight from the revision files' ``revision``/``down_revision`` lines.

    Only a fast path for the common "already up to date" start: importing Alembic costs
    about 0.3 s. Anything unusual falls through to Alembic itself."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        for name, value in _ASSIGNMENT.findall(path.read_text(encoding="utf-8")):
            parsed = ast.literal_eval(value.strip())
            if name == "revision":
                revisions.add(parsed)
            elif isinstance(parsed, str):
                parents.add(parsed)
            elif parsed:
                parents.update(parsed)
    return revisions - parents


def is_up_to_date(db: Database) -> bool:
    try:
        with db.engine.connect() as conn:
            stored = {r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))}
    except DBAPIError:
        return False
    return bool(stored) and stored == _quick_heads()


def upgrade(db: Database, backup_dir: Path | None = None, *, target: str = "heads") -> Path | None:
    """Bring the database to ``target``. Returns the backup made first, if any.

    Raises NewerDatabaseError, without touching anything, when the database carries a
    revision this program does not know.
    """
    if target == "heads" and is_up_to_date(db):
        return None
    current = current_revisions(db)
    unknown = current - known_revisions()
    if unknown:
        raise NewerDatabaseError(", ".join(sorted(unknown)))
    if current == head_revisions() and target == "heads":
        return None
    backup = None
    if current and db.is_sqlite and backup_dir is not None:
        from wijkteam_desk.store.backup import backup_sqlite

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        label = "+".join(sorted(current))
        backup = backup_sqlite(db, backup_dir / f"voor-upgrade-{label}-{stamp}.db")
    from alembic import command

    cfg = _config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return backup


def _new_revision(message: str) -> None:  # pragma: no cover - developer tool
    from alembic import command

    cfg = _config()
    import tempfile

    from wijkteam_desk.store.engine import Database as _Db

    path = Path(tempfile.mkdtemp()) / "rev.db"
    db = _Db.open_sqlite(path, "rev", create=True)
    if head_revisions():
        upgrade(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        count = len(known_revisions())
        heads = sorted(head_revisions())
        command.revision(cfg, message=message, autogenerate=True, rev_id=f"{count + 1:04d}",
                         head=heads[0] if len(heads) == 1 else None)


if __name__ == "__main__":  # pragma: no cover
    if len(sys.argv) == 3 and sys.argv[1] == "revision":
        _new_revision(sys.argv[2])
    else:
        print("gebruik: python -m wijkteam_desk.store.migrations revision 'omschrijving'")
