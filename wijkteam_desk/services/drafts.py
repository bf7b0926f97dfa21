"""Unsaved work kept per user: when another user logs in on a locked screen, the first
user's open forms are stored here (in the encrypted database) and offered back later."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select

from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import Draft


class DraftService:
    def __init__(self, db: Database, log: AuditLog,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._log = log
        self._clock = clock

    @operation("drafts.save")
    def save(self, actor: Actor, key: str, data: dict[str, Any]) -> None:
        """Store or replace the actor's own draft under ``key``."""
        payload = json.dumps(data, ensure_ascii=False, sort_keys=True)
        with self._db.begin() as session:
            draft = session.scalar(
                select(Draft).where(Draft.user_id == actor.user_id, Draft.key == key))
            if draft is None:
                session.add(Draft(user_id=actor.user_id, key=key, data=payload,
                                  saved_at=self._clock()))
            else:
                draft.data = payload
                draft.saved_at = self._clock()

    @operation("drafts.list")
    def list(self, actor: Actor) -> list[str]:
        """Keys of the actor's own drafts, oldest first."""
        with self._db.begin() as session:
            return list(session.scalars(
                select(Draft.key).where(Draft.user_id == actor.user_id)
                .order_by(Draft.saved_at)))

    @operation("drafts.take")
    def take(self, actor: Actor, key: str) -> dict[str, Any] | None:
        """Return and remove the actor's own draft under ``key`` (None if there is none)."""
        with self._db.begin() as session:
            draft = session.scalar(
                select(Draft).where(Draft.user_id == actor.user_id, Draft.key == key))
            if draft is None:
                return None
            data: dict[str, Any] = json.loads(draft.data)
            session.delete(draft)
            return data
