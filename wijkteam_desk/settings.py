"""Per-PC settings kept as a small JSON file in the data folder (not personal data)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from wijkteam_desk.paths import atomic_write_bytes


@dataclass
class Settings:
    idle_lock_minutes: int = 10
    language: str = "nl"
    backups_to_keep: int = 14
    database_url: str = ""

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})

    def save(self, path: Path) -> None:
        atomic_write_bytes(path, json.dumps(asdict(self), indent=2).encode("utf-8"))
