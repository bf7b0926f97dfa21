"""Unsaved work of an open editor, kept when another user logs in on a locked screen."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class DraftSource(Protocol):
    """An open editor whose unsaved content can be stored and later restored."""

    def draft_key(self) -> str:
        """Stable key, e.g. ``beheer.gebruiker:12``; its prefix routes it to a section."""
        ...

    def draft_data(self) -> dict[str, Any]:
        """The typed content as JSON-compatible data (never passwords)."""
        ...

    def restore_draft(self, data: dict[str, Any]) -> None:
        ...
