"""Plain data passed in and out of the household, signal, contact and consent services."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from wijkteam_desk.store.models import (
    ClosingCategory,
    ConsentPurpose,
    ContactKind,
    HouseholdStatus,
    MemberRole,
    SignalSource,
    SignalStatus,
    Subdomain,
    Urgency,
)


class Unset(enum.Enum):
    """Marks an argument the caller did not give (None means "not recorded")."""

    UNSET = "unset"


UNSET = Unset.UNSET

# The subdomain a signal gets when its registration does not say: debt early-warning is
# about schulden, a school's worry about a child falls under the Jeugdwet.
SOURCE_SUBDOMAINS: dict[SignalSource, Subdomain] = {
    SignalSource.VROEGSIGNALERING_SCHULDEN: Subdomain.SCHULDEN,
    SignalSource.SCHOOL: Subdomain.JEUGD,
}


def default_subdomain(source: SignalSource | None) -> Subdomain | None:
    """The subdomain a signal from ``source`` gets when none is chosen (None: not recorded)."""
    return SOURCE_SUBDOMAINS.get(source) if source is not None else None


@dataclass(frozen=True)
class HouseholdInput:
    """What a form sends. Text as typed: the service validates and normalises.
    ``name`` defaults to the name of the first member."""

    name: str = ""
    street: str = ""
    house_number: str | int | None = None
    house_number_addition: str = ""
    postcode: str = ""
    city: str = ""
    area: str = ""  # wijk of dorp
    phone: str = ""
    email: str = ""
    language: str = ""
    interpreter_needed: bool = False


@dataclass(frozen=True)
class MemberInput:
    last_name: str
    first_name: str = ""
    tussenvoegsel: str = ""
    date_of_birth: date | None = None
    role: MemberRole = MemberRole.OVERIG
    bsn: str | None = ""  # None: keep the stored BSN (forms only know the masked one)
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class PartnerInput:
    name: str = ""
    organisation: str = ""
    role: str = ""
    phone: str = ""
    organisation_ref_id: int | None = None


@dataclass(frozen=True)
class HouseholdInfo:
    id: int
    number: str  # H-000123
    name: str
    street: str
    house_number: int | None
    house_number_addition: str
    postcode: str
    city: str
    area: str
    address: str  # "Tuinstraat 12 A"
    phone: str  # shown national, e.g. 058 123 4567
    email: str
    language: str
    interpreter_needed: bool
    status: HouseholdStatus
    closing_reason: str  # the typed toelichting of the afsluitreden (may be empty)
    closing_category: ClosingCategory | None  # the standard afsluitreden; None while open
    start_date: date
    end_date: date | None
    team_id: int
    regievoerder_id: int | None
    regievoerder_name: str
    regie_external: str
    version: int
    anonymised_at: datetime | None = None  # set when the bewaartermijn ended (read only)


@dataclass(frozen=True)
class MemberInfo:
    id: int
    first_name: str
    tussenvoegsel: str
    last_name: str
    full_name: str
    date_of_birth: date | None
    role: MemberRole
    bsn_masked: str  # ******782, or "" when no BSN is stored
    phone: str
    email: str
    version: int


@dataclass(frozen=True)
class StatusChangeInfo:
    status: HouseholdStatus
    reason: str
    at: datetime
    by_name: str


@dataclass(frozen=True)
class RegieHandoverInfo:
    from_name: str
    to_name: str
    external_party: str
    note: str
    at: datetime
    by_name: str


@dataclass(frozen=True)
class ColleagueInfo:
    user_id: int
    name: str
    role_note: str


@dataclass(frozen=True)
class PartnerInfo:
    id: int
    name: str
    organisation: str
    role: str
    phone: str
    organisation_ref_id: int | None


@dataclass(frozen=True)
class ContactInput:
    """Defaults give the quick entry: now, huisbezoek, 30 minutes, the acting worker."""

    kind: ContactKind = ContactKind.HUISBEZOEK
    at: datetime | None = None
    duration_minutes: int = 30
    leefgebieden: tuple[str, ...] = ()
    report: str = ""
    worker_id: int | None = None  # None: the acting worker
    second_worker_id: int | None = None


@dataclass(frozen=True)
class ContactInfo:
    id: int
    household_id: int
    kind: ContactKind
    at: datetime
    worker_id: int
    worker_name: str
    second_worker_id: int | None
    second_worker_name: str
    duration_minutes: int
    leefgebieden: tuple[str, ...]
    report: str


@dataclass(frozen=True)
class ContactTemplate:
    name: str
    kind: ContactKind
    duration_minutes: int
    leefgebieden: tuple[str, ...]
    report: str
    two_workers: bool = False


@dataclass(frozen=True)
class ContactFilter:
    kind: ContactKind | None = None
    worker_id: int | None = None
    leefgebied: str = ""
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class ConsentInfo:
    id: int
    purpose: ConsentPurpose
    partner: str
    given: bool
    given_by: str
    at: datetime
    recorded_by_name: str


@dataclass(frozen=True)
class Dossier:
    """Everything the dossier window shows. ``access`` says why the actor may read it:
    "betrokken", "teamleider" or "met_reden"; ``can_edit`` whether they may change it."""

    household: HouseholdInfo
    members: tuple[MemberInfo, ...]
    colleagues: tuple[ColleagueInfo, ...]
    partners: tuple[PartnerInfo, ...]
    contacts: tuple[ContactInfo, ...]  # newest first
    consents: tuple[ConsentInfo, ...]  # current statement per purpose and partner
    consent_history: tuple[ConsentInfo, ...]
    status_history: tuple[StatusChangeInfo, ...]
    regie_history: tuple[RegieHandoverInfo, ...]
    access: str
    can_edit: bool


@dataclass(frozen=True)
class SearchResult:
    """One row of the type-ahead. For a household the actor is not involved in only
    number, name, postcode and regievoerder are filled and ``involved`` is False."""

    household_id: int
    number: str
    name: str
    postcode: str
    regievoerder_name: str
    involved: bool
    address: str = ""
    city: str = ""
    phone: str = ""
    status: HouseholdStatus | None = None


@dataclass(frozen=True)
class CaseloadRow:
    household_id: int
    number: str
    name: str
    address: str
    postcode: str
    status: HouseholdStatus
    role: str  # "regievoerder" or "betrokken"
    last_contact: datetime | None
    weeks_since_contact: int | None
    attention: tuple[str, ...]  # Dutch notes, e.g. "Al lang geen contact"
    regievoerder_name: str = ""  # or the external party that has regie


@dataclass(frozen=True)
class ReasonedAccessRow:
    household_id: int
    number: str
    household_name: str
    user_name: str
    reason: str
    at: datetime


@dataclass(frozen=True)
class SignalInput:
    source: SignalSource
    description: str
    urgency: Urgency = Urgency.NORMAAL
    received_on: date | None = None  # None: today
    name: str = ""
    phone: str = ""
    email: str = ""
    street: str = ""
    house_number: str | int | None = None
    house_number_addition: str = ""
    postcode: str = ""
    city: str = ""
    origin_type: str = ""  # e.g. "visit": the record this signal came from
    origin_id: int | None = None
    # jeugd / Wmo / participatie / schulden; None = not recorded; UNSET = by the source
    subdomain: Subdomain | str | None | Unset = UNSET


@dataclass(frozen=True)
class SignalInfo:
    id: int
    source: SignalSource
    urgency: Urgency
    received_on: date
    description: str
    name: str
    phone: str
    email: str
    address: str
    postcode: str
    city: str
    origin_type: str
    origin_id: int | None
    status: SignalStatus
    triage_note: str
    referred_to: str
    household_id: int | None
    created_by_name: str
    days_open: int
    overdue: bool
    version: int
    subdomain: Subdomain | None = None


@dataclass(frozen=True)
class TriageResult:
    signal: SignalInfo
    household: HouseholdInfo | None = None


@dataclass(frozen=True)
class OutreachAddressInfo:
    id: int
    street: str
    house_number: int
    house_number_addition: str
    postcode: str
    outcome: str | None
    note: str
    signal_id: int | None
    household_id: int | None


@dataclass(frozen=True)
class OutreachRoundInfo:
    id: int
    name: str
    planned_on: date
    addresses: tuple[OutreachAddressInfo, ...]
    counts: dict[str, int] = field(default_factory=dict)  # outcome -> n, "open" -> n
