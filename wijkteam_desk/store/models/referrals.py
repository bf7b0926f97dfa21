"""Referrals (doorverwijzingen) to services of the sociale kaart, and hiaten ("geen
passend aanbod"): DESIGN §2.4."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wijkteam_desk.store.base import Base, UTCDateTime, utcnow
from wijkteam_desk.store.models.accounts import _enum


class ReferralStatus(enum.StrEnum):
    VOORGESTELD = "voorgesteld"  # proposed to the resident
    AANGEMELD = "aangemeld"  # registered with the provider (data is shared)
    GESTART = "gestart"
    AFGEROND = "afgerond"
    AFGEWEZEN = "afgewezen"  # refused by the provider
    NIET_GESTART = "niet_gestart"  # resident did not start or withdrew


class ReferralOrigin(enum.StrEnum):
    HOUSEHOLD = "household"
    PLAN_ACTION = "plan_action"
    VISIT = "visit"


class Referral(Base):
    __tablename__ = "referral"
    __table_args__ = (Index("ix_referral_service_status", "service_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), index=True)
    origin: Mapped[ReferralOrigin] = mapped_column(
        _enum(ReferralOrigin, "referral_origin"), default=ReferralOrigin.HOUSEHOLD)
    origin_id: Mapped[int | None] = mapped_column(Integer)  # plan action or visit, later
    service_id: Mapped[str] = mapped_column(String(36), ForeignKey("sm_service.id"))
    status: Mapped[ReferralStatus] = mapped_column(
        _enum(ReferralStatus, "referral_status"), default=ReferralStatus.VOORGESTELD)
    question: Mapped[str] = mapped_column(Text, default="")  # what the resident needs
    proposed_on: Mapped[date] = mapped_column(Date)
    registered_on: Mapped[date | None] = mapped_column(Date)
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)  # afgerond/afgewezen/niet gestart
    warm_handover: Mapped[bool] = mapped_column(Boolean, default=False)
    handover_note: Mapped[str] = mapped_column(Text, default="")  # e.g. samen gebeld
    outcome: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Gap(Base):
    """A hiaat: no fitting provision existed for a question."""

    __tablename__ = "gap"

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("sm_taxonomy_term.id"))
    topic: Mapped[str] = mapped_column(String(200), default="")  # the term's name, or free
    area: Mapped[str] = mapped_column(String(80), default="", index=True)  # wijk of dorp
    description: Mapped[str] = mapped_column(Text, default="")
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL"), index=True)
    origin: Mapped[ReferralOrigin] = mapped_column(
        _enum(ReferralOrigin, "gap_origin"), default=ReferralOrigin.HOUSEHOLD)
    origin_id: Mapped[int | None] = mapped_column(Integer)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    recorded_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
