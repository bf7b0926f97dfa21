"""Refresh resources/translations/*.ts from the sources and compile the .qm files.

    python -m wijkteam_desk.translations_update

pyside6-lupdate extracts ``self.tr()``, ``QCoreApplication.translate()`` and
``QT_TRANSLATE_NOOP`` from the UI. The services mark their messages with ``msg()``, which
lupdate does not know; this script adds those to the "Meldingen" context. Existing
translations are kept. Then pyside6-lrelease compiles the .qm files that the program loads.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "wijkteam_desk"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)
CONTEXT = "Meldingen"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6")
    return found


def ui_sources() -> list[Path]:
    return [PACKAGE / "app.py", *sorted((PACKAGE / "ui").rglob("*.py"))]


def service_messages() -> list[tuple[str, str, int]]:
    """(text, file, line) of every ``msg("...")`` outside the UI."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "msg" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.append((node.args[0].value, str(path.relative_to(ROOT)), node.lineno))
    return found


def _translations(ts: Path) -> dict[tuple[str, str], str]:
    if not ts.exists():
        return {}
    kept = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                kept[(name, message.findtext("source", ""))] = translation.text
    return kept


def update(language: str) -> Path:
    ts = TRANSLATIONS / f"wijkteam_desk_{language}.ts"
    kept = _translations(ts)
    subprocess.run([_tool("pyside6-lupdate"), *map(str, ui_sources()), "-no-obsolete",
                    "-locations", "none", "-source-language", "nl_NL",
                    "-target-language", language, "-ts", str(ts)], check=True, cwd=ROOT)
    tree = ET.parse(ts)
    root = tree.getroot()
    context = next((c for c in root.iter("context") if c.findtext("name") == CONTEXT), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = CONTEXT
    present = {m.findtext("source") for m in context.iter("message")}
    for text, _file, _line in service_messages():
        if text not in present:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
            present.add(text)
    for ctx in root.iter("context"):
        name = ctx.findtext("name", "")
        for message in ctx.iter("message"):
            translation = message.find("translation")
            old = kept.get((name, message.findtext("source", "")))
            if translation is not None and old and not translation.text:
                translation.text = old
                translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([_tool("pyside6-lrelease"), str(ts)], check=True, cwd=ROOT)
    return ts


def unfinished(ts: Path) -> list[str]:
    return [m.findtext("source", "") for m in ET.parse(ts).getroot().iter("message")
            if (m.find("translation") is not None
                and m.find("translation").get("type") == "unfinished")]  # type: ignore[union-attr]


if __name__ == "__main__":
    for lang in LANGUAGES:
        path = update(lang)
        missing = unfinished(path)
        print(f"{path.name}: {len(missing)} untranslated")
