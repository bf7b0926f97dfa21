"""Households (huishoudens), their members, status and regie history, involved colleagues
and partners, and the reasons given for opening another worker's household."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from wijkteam_desk.store.base import Base, UTCDateTime, utcnow
from wijkteam_desk.store.models.accounts import _enum


class HouseholdStatus(enum.StrEnum):
    AANGEMELD = "aangemeld"
    ACTIEF = "actief"
    AFGESLOTEN = "afgesloten"
    HEROPEND = "heropend"


class MemberRole(enum.StrEnum):
    HOOFDBEWONER = "hoofdbewoner"
    PARTNER = "partner"
    KIND = "kind"
    OVERIG = "overig"


class ClosingCategory(enum.StrEnum):
    """The standard afsluitredenen; the gemeente sees only these, never the typed
    toelichting (``closing_reason``)."""

    DOELEN_BEHAALD = "doelen_behaald"
    VERHUISD = "verhuisd"
    MAATWERK = "maatwerk"
    VOORLIGGEND = "voorliggend"
    WIL_NIET = "wil_niet"
    GEEN_CONTACT = "geen_contact"
    OVERLEDEN = "overleden"
    ANDERS = "anders"


class Household(Base):
    __tablename__ = "household"
    __table_args__ = (
        Index("ix_household_team_status", "team_id", "status"),
        Index("ix_household_postcode", "postcode"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(12), unique=True)  # shown: H-000123
    name: Mapped[str] = mapped_column(String(150), default="")
    street: Mapped[str] = mapped_column(String(120), default="")
    house_number: Mapped[int | None] = mapped_column(Integer)
    house_number_addition: Mapped[str] = mapped_column(String(10), default="")
    postcode: Mapped[str] = mapped_column(String(7), default="")  # "1234 AB"
    city: Mapped[str] = mapped_column(String(80), default="")  # woonplaats
    area: Mapped[str] = mapped_column(String(80), default="")  # wijk of dorp
    phone: Mapped[str] = mapped_column(String(20), default="")  # E.164
    email: Mapped[str] = mapped_column(String(254), default="")
    language: Mapped[str] = mapped_column(String(60), default="")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[HouseholdStatus] = mapped_column(
        _enum(HouseholdStatus, "household_status"), default=HouseholdStatus.AANGEMELD)
    closing_reason: Mapped[str] = mapped_column(Text, default="")  # afsluitreden (toelichting)
    closing_category: Mapped[ClosingCategory | None] = mapped_column(
        _enum(ClosingCategory, "closing_category"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"))
    regievoerder_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id"), index=True)
    regie_external: Mapped[str] = mapped_column(String(200), default="")  # regie elsewhere
    search_text: Mapped[str] = mapped_column(Text, default="")  # kept by the services
    # Retention (bewaartermijn): when the dossier was anonymised after a destruction list
    # was approved, and a teamleider's hold that keeps it longer (with the reason).
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    retention_hold_until: Mapped[date | None] = mapped_column(Date)
    retention_hold_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class HouseholdStatusChange(Base):
    __tablename__ = "household_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), index=True)
    status: Mapped[HouseholdStatus] = mapped_column(_enum(HouseholdStatus, "household_status"))
    reason: Mapped[str] = mapped_column(Text, default="")
    # the standard afsluitreden of a closing; kept here because reopening clears the
    # household's own, and the kwartaalrapportage counts the closings of a period
    closing_category: Mapped[ClosingCategory | None] = mapped_column(
        _enum(ClosingCategory, "closing_category"))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    by_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class RegieHandover(Base):
    """Who was regievoerder from when: the handover history."""

    __tablename__ = "regie_handover"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), index=True)
    from_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    to_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    external_party: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    by_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class HouseholdColleague(Base):
    """A betrokken collega: reads and writes the dossier like the regievoerder."""

    __tablename__ = "household_colleague"
    __table_args__ = (UniqueConstraint("household_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    role_note: Mapped[str] = mapped_column(String(120), default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class HouseholdPartner(Base):
    """A betrokken partner, typed in freely; ``organisation_ref_id`` will point to the
    sociale kaart once it exists."""

    __tablename__ = "household_partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(150), default="")
    organisation: Mapped[str] = mapped_column(String(150), default="")
    role: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    organisation_ref_id: Mapped[int | None] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Member(Base):
    __tablename__ = "household_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), index=True)
    first_name: Mapped[str] = mapped_column(String(80), default="")
    tussenvoegsel: Mapped[str] = mapped_column(String(20), default="")
    last_name: Mapped[str] = mapped_column(String(100))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    role: Mapped[MemberRole] = mapped_column(
        _enum(MemberRole, "member_role"), default=MemberRole.OVERIG)
    bsn: Mapped[str] = mapped_column(String(9), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ReasonedAccess(Base):
    """A worker opened a household they are not involved in, stating why."""

    __tablename__ = "reasoned_access"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
