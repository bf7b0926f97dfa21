"""The inloopspreekuur: sessions per location, desks, visits and the change feed."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from wijkteam_desk.store.base import Base, UTCDateTime, utcnow


class VisitStatus(enum.StrEnum):
    WACHTEND = "wachtend"
    GEROEPEN = "geroepen"
    IN_GESPREK = "in_gesprek"
    AFGEROND = "afgerond"
    VERTROKKEN = "vertrokken"


class VisitOutcome(enum.StrEnum):
    DIRECT_BEANTWOORD = "direct_beantwoord"
    DOORVERWEZEN = "doorverwezen"
    AFSPRAAK = "afspraak"
    TERUGKOMEN = "terugkomen"
    OVERGEDRAGEN = "overgedragen"


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    return Enum(cls, name=name, native_enum=False, length=32,
                values_callable=lambda e: [m.value for m in e])


class InloopSession(Base):
    """One spreekuur at one location: opened, later closed."""

    __tablename__ = "inloop_session"
    __table_args__ = (Index("ix_inloop_session_location_day", "location_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    day: Mapped[date] = mapped_column(Date)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    opened_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class InloopStaff(Base):
    """A colleague present at a session (volunteers and the professional on duty)."""

    __tablename__ = "inloop_staff"
    __table_args__ = (UniqueConstraint("session_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("inloop_session.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))


class InloopDesk(Base):
    """A balie or spreekkamer where visitors are called to."""

    __tablename__ = "inloop_desk"
    __table_args__ = (UniqueConstraint("location_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    name: Mapped[str] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class InloopVisit(Base):
    """One visitor at a spreekuur. Two desks may act on it at once: version-locked."""

    __tablename__ = "inloop_visit"
    __table_args__ = (
        UniqueConstraint("location_id", "day", "number"),
        Index("ix_inloop_visit_location_day_status", "location_id", "day", "status"),
        Index("ix_inloop_visit_arrived_at", "arrived_at"),
        Index("ix_inloop_visit_household", "household_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("inloop_session.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    day: Mapped[date] = mapped_column(Date)
    number: Mapped[int] = mapped_column(Integer)
    ticket: Mapped[str] = mapped_column(String(8))
    first_name: Mapped[str] = mapped_column(String(50), default="")
    topic: Mapped[str] = mapped_column(String(60))
    question: Mapped[str] = mapped_column(String(300), default="")
    spoed: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[VisitStatus] = mapped_column(
        _enum(VisitStatus, "visit_status"), default=VisitStatus.WACHTEND)
    arrived_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    registered_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    first_called_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    called_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    desk_id: Mapped[int | None] = mapped_column(ForeignKey("inloop_desk.id"))
    call_count: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    outcome: Mapped[VisitOutcome | None] = mapped_column(_enum(VisitOutcome, "visit_outcome"))
    outcome_topic: Mapped[str] = mapped_column(String(60), default="")
    outcome_note: Mapped[str] = mapped_column(String(300), default="")
    # Sociale kaart service (an HSDS id), referral and signal live in other areas.
    service_id: Mapped[str | None] = mapped_column(String(36))
    referral_id: Mapped[int | None] = mapped_column(Integer)
    signal_id: Mapped[int | None] = mapped_column(Integer)
    # Set by the yes/no household match; never shown to the front desk.
    household_id: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class InloopFeed(Base):
    """Per location a sequence number bumped by every queue change: other PCs poll it
    (SQLite) or are woken by NOTIFY (PostgreSQL) and then reload the board."""

    __tablename__ = "inloop_feed"

    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
