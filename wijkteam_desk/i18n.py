"""Translation helpers that do not need Qt.

Dutch is the source language. Layers below the UI (services, store, reports) cannot call
Qt's ``tr()``, so they mark their user-facing text with :func:`QT_TRANSLATE_NOOP`; lupdate
extracts those strings and the UI translates them with ``QCoreApplication.translate``.
The name must stay ``QT_TRANSLATE_NOOP`` for lupdate to recognise it.
"""

from __future__ import annotations

MESSAGES_CONTEXT = "Meldingen"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name required by lupdate
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    del context
    return text


def msg(text: str) -> str:
    """Mark a message of the services layer; translated by the UI in MESSAGES_CONTEXT."""
    return QT_TRANSLATE_NOOP("Meldingen", text)
