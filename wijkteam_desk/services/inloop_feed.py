"""The queue's change feed: how other PCs and windows learn that the queue changed.

Every queue change bumps ``inloop_feed.seq`` for its location inside the same unit of
work. On PostgreSQL it also sends ``NOTIFY wijkteam_inloop, '<location id>'`` (delivered
at commit), which a :class:`ChangeFeed` LISTENs for on its own connection; a cheap poll of
the sequence numbers is the fallback when that connection is gone. On SQLite the poll is
all there is (a one-row-per-location table, a fraction of a millisecond).

No Qt here: the UI calls :meth:`ChangeFeed.poll` from a QTimer (it never blocks).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import InloopFeed

CHANNEL = "wijkteam_inloop"


def bump(session: Session, location_id: int, now: datetime | None = None) -> None:
    """Record a change of ``location_id``'s queue in the caller's unit of work."""
    now = now or utcnow()
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(InloopFeed).values(location_id=location_id, seq=1, changed_at=now)
    stmt = stmt.on_conflict_do_update(
        index_elements=[InloopFeed.location_id],
        set_={"seq": InloopFeed.seq + 1, "changed_at": now},
    )
    session.execute(stmt)
    if dialect == "postgresql":
        session.execute(text("SELECT pg_notify(:channel, :payload)"),
                        {"channel": CHANNEL, "payload": str(location_id)})


def sequences(session: Session) -> dict[int, int]:
    return {loc: seq for loc, seq in session.execute(
        select(InloopFeed.location_id, InloopFeed.seq))}


class ChangeFeed:
    """Tells which locations changed since the previous :meth:`poll`.

    ``poll()`` returns at once. On PostgreSQL it reads pending notifications from its own
    LISTEN connection and, every ``fallback_interval`` seconds (or when that connection
    broke), compares the sequence numbers; elsewhere it always compares them.
    """

    def __init__(self, db: Database, *, fallback_interval: float = 5.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._db = db
        self._fallback_interval = fallback_interval
        self._clock = clock
        self._listener: Any = None
        self._closed = False
        self._last_check = self._last_listen = clock()
        self._seen = self._read_sequences()
        if not db.is_sqlite:
            self._listen()

    @property
    def listening(self) -> bool:
        return self._listener is not None

    def _read_sequences(self) -> dict[int, int]:
        try:
            with self._db.engine.connect() as conn:
                return sequences(Session(bind=conn))
        except (DBAPIError, OSError):
            return dict(getattr(self, "_seen", {}))  # server away: report no change

    def _listen(self) -> None:
        try:
            import psycopg

            url = self._db.engine.url.set(drivername="postgresql")
            self._listener = psycopg.connect(
                url.render_as_string(hide_password=False), autocommit=True,
                connect_timeout=5, application_name="wijkteam-desk-feed")
            self._listener.execute(f"LISTEN {CHANNEL}")
        except Exception:  # noqa: BLE001 - no LISTEN: fall back to polling
            self._listener = None

    def _pending_notifications(self) -> set[int] | None:
        """Locations named in notifications that arrived; None when not listening."""
        if self._listener is None:
            return None
        try:
            changed = set()
            for note in self._listener.notifies(timeout=0, stop_after=None):
                if note.payload.isdigit():
                    changed.add(int(note.payload))
            return changed
        except Exception:  # noqa: BLE001 - the connection broke: poll until it is back
            self._drop_listener()
            return None

    def poll(self) -> set[int]:
        """Location ids whose queue changed since the last call (never blocks long)."""
        notified = self._pending_notifications()
        now = self._clock()
        if notified is not None and now - self._last_check < self._fallback_interval:
            if notified:
                self._seen = self._read_sequences()
            return notified
        self._last_check = now
        if (self._listener is None and not self._closed and not self._db.is_sqlite
                and now - self._last_listen >= self._fallback_interval * 6):
            self._last_listen = now
            self._listen()  # the server was away: try LISTEN again, twice a minute
        current = self._read_sequences()
        changed = {loc for loc, seq in current.items() if self._seen.get(loc) != seq}
        self._seen = current
        return changed | (notified or set())

    def close(self) -> None:
        """Stop listening for good (the page is gone)."""
        self._closed = True
        self._drop_listener()

    def _drop_listener(self) -> None:
        if self._listener is not None:
            try:
                self._listener.close()
            except Exception:  # noqa: BLE001 - closing a broken connection
                pass
            self._listener = None
