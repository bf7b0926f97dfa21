"""Run Alembic migrations from code, with a backup first; refuse newer databases."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from wijkteam_desk.errors import NewerDatabaseError
from wijkteam_desk.paths import migrations_dir
from wijkteam_desk.store.engine import Database


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revisions() -> set[str]:
    """The newest revision of each branch (areas may add revisions side by side)."""
    return set(ScriptDirectory.from_config(_config()).get_heads())


def current_revisions(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def upgrade(db: Database, backup_dir: Path | None = None, *, target: str = "heads") -> Path | None:
    """Bring the database to ``target``. Returns the backup made first, if any.

    Raises NewerDatabaseError, without touching anything, when the database carries a
    revision this program does not know.
    """
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
    cfg = _config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return backup


def _new_revision(message: str) -> None:  # pragma: no cover - developer tool
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
