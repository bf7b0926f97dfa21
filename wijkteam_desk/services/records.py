"""Small helpers shared by the services for records that two people may edit."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from wijkteam_desk.errors import ConflictError, NotFoundError

T = TypeVar("T")


def get_record(session: Session, model: type[T], record_id: Any,
               version: int | None = None) -> T:
    """The record, or NotFoundError; ConflictError when ``version`` is given and stale.

    A concurrent save detected only at flush or commit (StaleDataError) is turned into
    ConflictError by ``Database.begin``."""
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError()
    if version is not None and record.version != version:  # type: ignore[attr-defined]
        raise ConflictError()
    return record
