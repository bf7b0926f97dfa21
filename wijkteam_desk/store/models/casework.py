"""Contact moments, signals (aanmeldingen), consent and outreach rounds."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wijkteam_desk.store.base import Base, UTCDateTime, utcnow
from wijkteam_desk.store.models.accounts import _enum


class Subdomain(enum.StrEnum):
    """The subdomains the gemeente reports on (Rekenkamer): the support question falls
    under the Jeugdwet, the Wmo, the Participatiewet or schuldhulpverlening."""

    JEUGD = "jeugd"
    WMO = "wmo"
    PARTICIPATIE = "participatie"
    SCHULDEN = "schulden"


class ContactKind(enum.StrEnum):
    HUISBEZOEK = "huisbezoek"
    INLOOP = "inloop"
    TELEFOON = "telefoon"
    EMAIL = "email"
    OVERLEG = "overleg"
    OUTREACH = "outreach"


class Contact(Base):
    """A contactmoment. ``leefgebieden`` holds names as ``|Financiën|Huisvesting|`` so a
    filter is a plain LIKE on every database."""

    __tablename__ = "contact"
    __table_args__ = (Index("ix_contact_household_at", "household_id", "at"),
                      Index("ix_contact_at", "at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"))
    kind: Mapped[ContactKind] = mapped_column(_enum(ContactKind, "contact_kind"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    worker_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    second_worker_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    leefgebieden: Mapped[str] = mapped_column(Text, default="")
    report: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class SignalSource(enum.StrEnum):
    INLOOP = "inloop"
    EIGEN_WAARNEMING = "eigen_waarneming"
    ZELFMELDER = "zelfmelder"
    WONINGCORPORATIE = "woningcorporatie"
    HUISARTS = "huisarts"
    WIJKAGENT = "wijkagent"
    SCHOOL = "school"
    GEMEENTE = "gemeente"
    VROEGSIGNALERING_SCHULDEN = "vroegsignalering_schulden"
    LAATSIGNALERING_ENERGIE = "laatsignalering_energie"
    OUTREACH = "outreach"


class Urgency(enum.StrEnum):
    NORMAAL = "normaal"
    HOOG = "hoog"
    SPOED = "spoed"


class SignalStatus(enum.StrEnum):
    NIEUW = "nieuw"
    AFGEHANDELD = "afgehandeld"  # advies gegeven / afgehandeld
    VERWEZEN = "verwezen"  # voorliggende voorziening
    GEKOPPELD = "gekoppeld"  # attached to an existing or new household


class Signal(Base):
    __tablename__ = "signal"
    __table_args__ = (Index("ix_signal_team_status", "team_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"))
    source: Mapped[SignalSource] = mapped_column(_enum(SignalSource, "signal_source"))
    urgency: Mapped[Urgency] = mapped_column(_enum(Urgency, "urgency"), default=Urgency.NORMAAL)
    received_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    # What the support question is about; None = not recorded.
    subdomain: Mapped[Subdomain | None] = mapped_column(_enum(Subdomain, "subdomain"))
    name: Mapped[str] = mapped_column(String(150), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    street: Mapped[str] = mapped_column(String(120), default="")
    house_number: Mapped[int | None] = mapped_column(Integer)
    house_number_addition: Mapped[str] = mapped_column(String(10), default="")
    postcode: Mapped[str] = mapped_column(String(7), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    origin_type: Mapped[str] = mapped_column(String(32), default="")  # e.g. "visit"
    origin_id: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[SignalStatus] = mapped_column(
        _enum(SignalStatus, "signal_status"), default=SignalStatus.NIEUW)
    triage_note: Mapped[str] = mapped_column(Text, default="")
    referred_to: Mapped[str] = mapped_column(String(200), default="")
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    triaged_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    triaged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ConsentPurpose(enum.StrEnum):
    VASTLEGGEN = "vastleggen"
    BESPREKEN_IN_TEAM = "bespreken_in_team"
    DELEN_MET_PARTNER = "delen_met_partner"
    DOORVERWIJZEN = "doorverwijzen"


class Consent(Base):
    """One statement of a resident: given or withdrawn. The newest row per household,
    purpose and partner counts; older rows are the history."""

    __tablename__ = "consent"
    __table_args__ = (Index("ix_consent_household_purpose", "household_id", "purpose"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"))
    purpose: Mapped[ConsentPurpose] = mapped_column(_enum(ConsentPurpose, "consent_purpose"))
    partner: Mapped[str] = mapped_column(String(200), default="")
    given: Mapped[bool] = mapped_column(Boolean)
    given_by: Mapped[str] = mapped_column(String(150))  # the resident
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class OutreachOutcome(enum.StrEnum):
    NIET_THUIS = "niet_thuis"  # flyer left, try again
    GEEN_CONTACT_GEWENST = "geen_contact_gewenst"
    GESPREK = "gesprek"


class OutreachRound(Base):
    __tablename__ = "outreach_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"), index=True)
    name: Mapped[str] = mapped_column(String(150))
    planned_on: Mapped[date] = mapped_column(Date)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class OutreachAddress(Base):
    __tablename__ = "outreach_address"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("outreach_round.id", ondelete="CASCADE"), index=True)
    street: Mapped[str] = mapped_column(String(120))
    house_number: Mapped[int] = mapped_column(Integer)
    house_number_addition: Mapped[str] = mapped_column(String(10), default="")
    postcode: Mapped[str] = mapped_column(String(7), default="")
    outcome: Mapped[OutreachOutcome | None] = mapped_column(
        _enum(OutreachOutcome, "outreach_outcome"))
    note: Mapped[str] = mapped_column(Text, default="")
    signal_id: Mapped[int | None] = mapped_column(ForeignKey("signal.id", ondelete="SET NULL"))
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL"))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
