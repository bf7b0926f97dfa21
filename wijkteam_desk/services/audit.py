"""The logboek: append-only and hash-chained, so that altering or removing an entry is
detected by :meth:`AuditService.verify`."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import AuditEntry, AuditHead

GENESIS_HASH = "0" * 64


def entry_hash(
    seq: int, at: str, user_id: int | None, username: str, action: str,
    record_type: str, record_id: str, reason: str, prev_hash: str,
) -> str:
    fields = [str(seq), at, "" if user_id is None else str(user_id), username, action,
              record_type, record_id, reason, prev_hash]
    payload = "\x1f".join(f.replace("\x1f", " ") for f in fields)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class AuditLog:
    """Writes entries inside the caller's unit of work."""

    def __init__(self, clock: Callable[[], datetime] = utcnow) -> None:
        self._clock = clock

    def append(
        self,
        session: Session,
        actor: Actor | None,
        action: str,
        record_type: str = "",
        record_id: object = "",
        reason: str = "",
        *,
        username: str | None = None,
    ) -> None:
        head = session.execute(
            select(AuditHead).where(AuditHead.id == 1).with_for_update()
        ).scalar_one()
        seq = head.last_seq + 1
        at = self._clock().isoformat(timespec="microseconds")
        user_id = actor.user_id if actor else None
        name = username if username is not None else (actor.username if actor else "")
        rid = "" if record_id is None else str(record_id)
        digest = entry_hash(seq, at, user_id, name, action, record_type, rid, reason,
                            head.last_hash)
        session.add(AuditEntry(
            seq=seq, at=at, user_id=user_id, username=name, action=action,
            record_type=record_type, record_id=rid, reason=reason,
            prev_hash=head.last_hash, hash=digest,
        ))
        head.last_seq = seq
        head.last_hash = digest


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: str
    username: str
    action: str
    record_type: str
    record_id: str
    reason: str


@dataclass(frozen=True)
class VerifyReport:
    entries: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_database(db: Database) -> VerifyReport:
    """Check the database's integrity and the audit chain. Reveals no personal data."""
    problems: list[str] = []
    count = 0
    with db.begin() as session:
        if db.is_sqlite:
            for pragma in ("PRAGMA integrity_check", "PRAGMA cipher_integrity_check"):
                rows = [r[0] for r in session.execute(text(pragma))]
                bad = [r for r in rows if r not in ("ok",)]
                if bad:
                    problems.append(f"{pragma}: {'; '.join(map(str, bad[:5]))}")
        prev = GENESIS_HASH
        expected_seq = 1
        for entry in session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars():
            count += 1
            if entry.seq != expected_seq:
                problems.append(f"logboek: regel {expected_seq} ontbreekt (gevonden {entry.seq})")
            if entry.prev_hash != prev:
                problems.append(f"logboek: regel {entry.seq} sluit niet aan op de vorige")
            digest = entry_hash(entry.seq, entry.at, entry.user_id, entry.username,
                                entry.action, entry.record_type, entry.record_id,
                                entry.reason, entry.prev_hash)
            if digest != entry.hash:
                problems.append(f"logboek: regel {entry.seq} is gewijzigd")
            prev = entry.hash
            expected_seq = entry.seq + 1
        head = session.get(AuditHead, 1)
        if head is None or head.last_seq != expected_seq - 1 or head.last_hash != prev:
            problems.append("logboek: de laatste regel(s) ontbreken")
    return VerifyReport(count, tuple(problems))


class AuditService:
    def __init__(self, db: Database, log: AuditLog) -> None:
        self._db = db
        self._log = log

    @operation("audit.list_entries")
    def list_entries(
        self, actor: Actor, *, action_prefix: str = "", limit: int = 500
    ) -> list[AuditRow]:
        """Newest first. Teamleider and beheerder. Viewing the logboek is itself logged."""
        with self._db.begin() as session:
            query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
            if action_prefix:
                query = query.where(AuditEntry.action.startswith(action_prefix))
            rows = [AuditRow(e.seq, e.at, e.username, e.action, e.record_type, e.record_id,
                             e.reason) for e in session.execute(query).scalars()]
            self._log.append(session, actor, "audit.list_entries")
        return rows

    @operation("audit.verify")
    def verify(self, actor: Actor) -> VerifyReport:
        report = verify_database(self._db)
        with self._db.begin() as session:
            self._log.append(session, actor, "audit.verify", reason="ok" if report.ok else "fout")
        return report
