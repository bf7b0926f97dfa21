"""The sociale kaart, following Open Referral HSDS 3.0 (DESIGN §2.4).

Tables carry the HSDS column names and HSDS ids (uuid strings) as primary keys, so the
HSDS CSV tables map one to one. Tables are prefixed ``sm_`` because ``location`` is
already the wijkteam's own buurtkamers. Our Dutch additions are the ``x_`` columns
(exported as extra HSDS columns). ``search_text``, ``is_free``, ``list_address`` and
``list_areas`` are derived from the other tables for a one-query search and are never
exported.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wijkteam_desk.store.base import Base, UTCDateTime, utcnow
from wijkteam_desk.store.models.accounts import _enum

ID = 36  # a uuid in text form; HSDS allows any unique string, we cap the length


class ServiceKind(enum.StrEnum):
    VOORLIGGEND = "voorliggend"  # freely accessible, algemene voorziening
    BASISONDERSTEUNING = "basisondersteuning"  # the wijkteam itself
    MAATWERK = "maatwerk"  # needs a beschikking from the gemeente


class MaatwerkForm(enum.StrEnum):
    NONE = ""
    ZIN = "zin"  # zorg in natura
    PGB = "pgb"  # persoonsgebonden budget
    ZIN_OF_PGB = "zin_of_pgb"


def _s(length: int = 255) -> Mapped[str]:
    return mapped_column(String(length), default="")


def _t() -> Mapped[str]:
    return mapped_column(Text, default="")


def _fk(target: str, *, index: bool = True) -> Mapped[str | None]:
    return mapped_column(String(ID), ForeignKey(target, ondelete="CASCADE"), index=index)


class SmOrganization(Base):
    __tablename__ = "sm_organization"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    name: Mapped[str] = _s()
    alternate_name: Mapped[str] = _s()
    description: Mapped[str] = _t()
    email: Mapped[str] = _s()
    website: Mapped[str] = _s()
    year_incorporated: Mapped[int | None] = mapped_column(Integer)
    legal_status: Mapped[str] = _s()
    logo: Mapped[str] = _s()
    uri: Mapped[str] = _s()
    parent_organization_id: Mapped[str | None] = mapped_column(String(ID))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class SmService(Base):
    __tablename__ = "sm_service"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    organization_id: Mapped[str] = mapped_column(
        String(ID), ForeignKey("sm_organization.id"), index=True)
    program_id: Mapped[str] = _s(ID)
    name: Mapped[str] = _s()
    alternate_name: Mapped[str] = _s()
    description: Mapped[str] = _t()
    url: Mapped[str] = _s()
    email: Mapped[str] = _s()
    status: Mapped[str] = _s(32)
    interpretation_services: Mapped[str] = _t()
    application_process: Mapped[str] = _t()
    fees_description: Mapped[str] = _t()
    accreditations: Mapped[str] = _t()
    eligibility_description: Mapped[str] = _t()
    minimum_age: Mapped[int | None] = mapped_column(Integer)
    maximum_age: Mapped[int | None] = mapped_column(Integer)
    assured_date: Mapped[str] = mapped_column(String(10), default="", index=True)
    assurer_email: Mapped[str] = _s()
    alert: Mapped[str] = _t()
    # Dutch additions
    x_kind: Mapped[ServiceKind] = mapped_column(
        _enum(ServiceKind, "service_kind"), default=ServiceKind.VOORLIGGEND, index=True)
    x_maatwerk_form: Mapped[MaatwerkForm] = mapped_column(
        _enum(MaatwerkForm, "maatwerk_form"), default=MaatwerkForm.NONE)
    x_gemeente_cost: Mapped[float | None] = mapped_column(Float)
    x_gemeente_cost_unit: Mapped[str] = _s(100)
    x_wait_days: Mapped[int | None] = mapped_column(Integer)
    x_keywords: Mapped[str] = _t()
    x_assurer_name: Mapped[str] = _s(150)
    # derived, for search and the result list only
    search_text: Mapped[str] = _t()
    is_free: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    list_address: Mapped[str] = _s()
    list_areas: Mapped[str] = _t()
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class SmLocation(Base):
    __tablename__ = "sm_location"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    location_type: Mapped[str] = _s(16)
    url: Mapped[str] = _s()
    organization_id: Mapped[str | None] = _fk("sm_organization.id")
    name: Mapped[str] = _s()
    alternate_name: Mapped[str] = _s()
    description: Mapped[str] = _t()
    transportation: Mapped[str] = _t()
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    external_identifier: Mapped[str] = _s()
    external_identifier_type: Mapped[str] = _s()
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class SmAddress(Base):
    __tablename__ = "sm_address"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    location_id: Mapped[str | None] = _fk("sm_location.id")
    attention: Mapped[str] = _s()
    address_1: Mapped[str] = _s()
    address_2: Mapped[str] = _s()
    city: Mapped[str] = _s()
    region: Mapped[str] = _s()
    state_province: Mapped[str] = _s()
    postal_code: Mapped[str] = _s(16)
    country: Mapped[str] = _s(2)
    address_type: Mapped[str] = _s(16)


class SmServiceAtLocation(Base):
    __tablename__ = "sm_service_at_location"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    service_id: Mapped[str | None] = _fk("sm_service.id")
    location_id: Mapped[str | None] = _fk("sm_location.id")
    description: Mapped[str] = _t()


class SmSchedule(Base):
    """Opening hours as HSDS/iCal rules, e.g. freq WEEKLY, byday MO,WE, 09:00-12:00."""

    __tablename__ = "sm_schedule"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    service_id: Mapped[str | None] = _fk("sm_service.id")
    location_id: Mapped[str | None] = _fk("sm_location.id")
    service_at_location_id: Mapped[str | None] = _fk("sm_service_at_location.id")
    valid_from: Mapped[str] = _s(10)
    valid_to: Mapped[str] = _s(10)
    dtstart: Mapped[str] = _s(32)
    timezone: Mapped[float | None] = mapped_column(Float)
    until: Mapped[str] = _s(32)
    count: Mapped[str] = _s(16)
    wkst: Mapped[str] = _s(3)
    freq: Mapped[str] = _s(8)
    interval: Mapped[int | None] = mapped_column(Integer)
    byday: Mapped[str] = _s(64)
    byweekno: Mapped[str] = _s(64)
    bymonthday: Mapped[int | None] = mapped_column(Integer)
    byyearday: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = _t()
    opens_at: Mapped[str] = _s(16)
    closes_at: Mapped[str] = _s(16)
    schedule_link: Mapped[str] = _s()
    attending_type: Mapped[str] = _s(64)
    notes: Mapped[str] = _t()


class SmCostOption(Base):
    __tablename__ = "sm_cost_option"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    service_id: Mapped[str | None] = _fk("sm_service.id")
    valid_from: Mapped[str] = _s(10)
    valid_to: Mapped[str] = _s(10)
    option: Mapped[str] = _s()
    currency: Mapped[str] = _s(3)
    amount: Mapped[float | None] = mapped_column(Float)
    amount_description: Mapped[str] = _t()


class SmRequiredDocument(Base):
    __tablename__ = "sm_required_document"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    service_id: Mapped[str | None] = _fk("sm_service.id")
    document: Mapped[str] = _t()


class SmLanguage(Base):
    __tablename__ = "sm_language"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    service_id: Mapped[str | None] = _fk("sm_service.id")
    location_id: Mapped[str | None] = _fk("sm_location.id")
    phone_id: Mapped[str | None] = _fk("sm_phone.id")
    name: Mapped[str] = _s(100)
    code: Mapped[str] = _s(16)
    note: Mapped[str] = _t()


class SmServiceArea(Base):
    """A wijk or dorp served (``name``)."""

    __tablename__ = "sm_service_area"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    service_id: Mapped[str | None] = _fk("sm_service.id")
    name: Mapped[str] = mapped_column(String(255), default="", index=True)
    description: Mapped[str] = _t()
    extent: Mapped[str] = _t()
    extent_type: Mapped[str] = _s(32)
    uri: Mapped[str] = _s()


class SmContact(Base):
    __tablename__ = "sm_contact"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    organization_id: Mapped[str | None] = _fk("sm_organization.id")
    service_id: Mapped[str | None] = _fk("sm_service.id")
    service_at_location_id: Mapped[str | None] = _fk("sm_service_at_location.id")
    location_id: Mapped[str | None] = _fk("sm_location.id")
    name: Mapped[str] = _s()
    title: Mapped[str] = _s()
    department: Mapped[str] = _s()
    email: Mapped[str] = _s()


class SmPhone(Base):
    __tablename__ = "sm_phone"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    location_id: Mapped[str | None] = _fk("sm_location.id")
    service_id: Mapped[str | None] = _fk("sm_service.id")
    organization_id: Mapped[str | None] = _fk("sm_organization.id")
    contact_id: Mapped[str | None] = _fk("sm_contact.id")
    service_at_location_id: Mapped[str | None] = _fk("sm_service_at_location.id")
    number: Mapped[str] = _s(64)
    extension: Mapped[int | None] = mapped_column(Integer)
    type: Mapped[str] = _s(32)
    description: Mapped[str] = _t()


class SmTaxonomy(Base):
    __tablename__ = "sm_taxonomy"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    name: Mapped[str] = _s()
    description: Mapped[str] = _t()
    uri: Mapped[str] = _s()


class SmTaxonomyTerm(Base):
    __tablename__ = "sm_taxonomy_term"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    code: Mapped[str] = _s(64)
    name: Mapped[str] = _s()
    description: Mapped[str] = _t()
    parent_id: Mapped[str | None] = mapped_column(String(ID))
    language: Mapped[str] = _s(16)
    taxonomy_id: Mapped[str | None] = _fk("sm_taxonomy.id")
    term_uri: Mapped[str] = _s()


class SmAttribute(Base):
    """Links a service (or other entity) to a taxonomy term: leefgebied or topic."""

    __tablename__ = "sm_attribute"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    link_id: Mapped[str] = mapped_column(String(ID), index=True)
    taxonomy_term_id: Mapped[str] = mapped_column(
        String(ID), ForeignKey("sm_taxonomy_term.id"), index=True)
    link_type: Mapped[str] = _s(64)
    link_entity: Mapped[str] = _s(64)
    value: Mapped[str] = _t()


class SmReport(Base):
    """A "klopt niet meer" report on a service, until the beheerder or teamleider checks it."""

    __tablename__ = "sm_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[str] = mapped_column(
        String(ID), ForeignKey("sm_service.id", ondelete="CASCADE"), index=True)
    note: Mapped[str] = _t()
    reported_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    reported_by_name: Mapped[str] = _s(150)
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_by_name: Mapped[str] = _s(150)


Index("ix_sm_service_name", SmService.name)
Index("ix_sm_report_open", SmReport.resolved_at)
