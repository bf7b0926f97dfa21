"""A regular install must carry the migrations and resources the program loads."""

from __future__ import annotations

import glob
import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent
NEEDED = ["db/env.py", "db/script.py.mako", "db/versions/*.py", "resources/**/*.qm",
          "resources/**/*.qss"]


def test_every_needed_file_is_installed() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = {
        Path(ROOT / f).resolve()
        for patterns in config["tool"]["setuptools"]["data-files"].values()
        for pattern in patterns
        for f in glob.glob(pattern, root_dir=ROOT)
    }
    needed = {Path(ROOT / f).resolve() for pattern in NEEDED
              for f in glob.glob(pattern, root_dir=ROOT, recursive=True)}
    assert needed, "nothing found: the patterns are wrong"
    assert needed - listed == set()
