"""ui -> services -> store: the lower layers never import Qt or the UI."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "wijkteam_desk"
FORBIDDEN = ("PySide6", "wijkteam_desk.ui", "wijkteam_desk.app")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts
                                [: -node.level])
                names.append(f"{base}.{node.module or ''}".rstrip("."))
            else:
                names.append(node.module or "")
    return names


def test_lower_layers_do_not_import_qt_or_ui() -> None:
    offenders = []
    for layer in ("store", "services", "reports"):
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                if name.startswith(FORBIDDEN):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_the_checker_would_notice(tmp_path: Path) -> None:
    bad = PACKAGE / "services" / "_layering_probe.py"
    bad.write_text("from PySide6 import QtCore\n", encoding="utf-8")
    try:
        assert "PySide6" in _imports(bad)
    finally:
        bad.unlink()


def test_store_does_not_import_services() -> None:
    for path in (PACKAGE / "store").rglob("*.py"):
        assert not any(n.startswith("wijkteam_desk.services") for n in _imports(path)), path
