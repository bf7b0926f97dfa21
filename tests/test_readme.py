"""The README's two commands are what a new user runs; CI must run the same test command."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).parent.parent


def _commands() -> list[str]:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.startswith("    python3 -m venv")]


def test_readme_opens_with_a_start_and_a_test_command() -> None:
    start, test = _commands()[:2]
    assert "wijkteam-desk" in start and " demo" in start
    assert "pytest" in test


def test_ci_runs_the_readme_test_command() -> None:
    test = _commands()[1]
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
