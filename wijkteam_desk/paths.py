"""Where the program keeps its files. One place, with an override for tests and --data-dir."""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from wijkteam_desk import APP_NAME

DATABASE_FILE = "wijkteam.db"


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @classmethod
    def default(cls, override: str | os.PathLike[str] | None = None) -> Paths:
        if override:
            return cls(Path(override).expanduser().resolve())
        return cls(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    def ensure(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.backups.mkdir(parents=True, exist_ok=True)


def _bundled(name: str) -> Path:
    """A data folder: at the repository top when run from source (or an editable install),
    in <prefix>/share/wijkteam-desk after a regular install, next to the program when frozen."""
    source = Path(__file__).resolve().parent.parent / name
    if source.is_dir():
        return source
    frozen = Path(getattr(sys, "_MEIPASS", "")) / name
    if getattr(sys, "frozen", False) and frozen.is_dir():
        return frozen
    return Path(sys.prefix) / "share" / APP_NAME / name


def resources_dir() -> Path:
    return _bundled("resources")


def migrations_dir() -> Path:
    return _bundled("db")


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` so that a crash leaves either the old or the new file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
