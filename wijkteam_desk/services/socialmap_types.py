"""Plain data passed in and out of the sociale kaart services (frozen dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from wijkteam_desk.services.socialmap_format import OpeningHours
from wijkteam_desk.store.models import MaatwerkForm, ServiceKind


@dataclass(frozen=True)
class SearchFilter:
    """All criteria combine (AND). ``cost`` is "free", "paid" or ""."""

    text: str = ""
    leefgebied_id: str = ""
    topic_id: str = ""
    area: str = ""
    age: int | None = None
    cost: str = ""
    kind: ServiceKind | None = None
    open_now: bool = False
    only_stale: bool = False
    include_inactive: bool = False
    limit: int = 200


@dataclass(frozen=True)
class ServiceRow:
    id: str
    name: str
    organization: str
    kind: ServiceKind
    maatwerk_form: MaatwerkForm
    is_free: bool
    address: str
    areas: str
    assured_date: str
    stale: bool
    open_reports: int


@dataclass(frozen=True)
class TermInfo:
    id: str
    code: str
    name: str


@dataclass(frozen=True)
class LocationDetail:
    id: str
    name: str
    address: str  # "Straat 1, 8921 AB Leeuwarden"
    description: str
    transportation: str
    opening_hours: tuple[OpeningHours, ...]
    phones: tuple[str, ...]


@dataclass(frozen=True)
class ReportInfo:
    id: int
    note: str
    reported_by: str
    reported_at: datetime
    resolved: bool


@dataclass(frozen=True)
class ServiceDetail:
    """Everything a visitor or worker needs to know about one service."""

    id: str
    name: str
    alternate_name: str
    description: str
    organization_id: str
    organization: str
    organization_website: str
    status: str
    kind: ServiceKind
    maatwerk_form: MaatwerkForm
    url: str
    email: str
    phones: tuple[str, ...]
    application_process: str
    eligibility_description: str
    minimum_age: int | None
    maximum_age: int | None
    fees_description: str
    cost_amount: float | None
    is_free: bool
    gemeente_cost: float | None
    gemeente_cost_unit: str
    wait_days: int | None
    keywords: str
    required_documents: tuple[str, ...]
    languages: tuple[str, ...]
    areas: tuple[str, ...]
    leefgebieden: tuple[TermInfo, ...]
    topics: tuple[TermInfo, ...]
    opening_hours: tuple[OpeningHours, ...]
    locations: tuple[LocationDetail, ...]
    assured_date: str
    assurer: str
    stale: bool
    reports: tuple[ReportInfo, ...]
    referrals_made: int
    referrals_started: int
    version: int


@dataclass(frozen=True)
class ToCheckRow:
    service_id: str
    name: str
    organization: str
    assured_date: str
    stale: bool
    reports: tuple[ReportInfo, ...]


@dataclass(frozen=True)
class OrganizationInfo:
    id: str
    name: str
    description: str
    email: str
    website: str
    phone: str
    version: int


@dataclass(frozen=True)
class OrganizationInput:
    name: str
    description: str = ""
    email: str = ""
    website: str = ""
    phone: str = ""


@dataclass(frozen=True)
class LocationInfo:
    id: str
    name: str
    organization_id: str
    address_1: str
    postal_code: str
    city: str
    description: str
    transportation: str
    opening_hours: tuple[OpeningHours, ...]
    version: int


@dataclass(frozen=True)
class LocationInput:
    name: str
    organization_id: str = ""
    address_1: str = ""
    postal_code: str = ""
    city: str = ""
    description: str = ""
    transportation: str = ""
    opening_hours: tuple[OpeningHours, ...] = ()


@dataclass(frozen=True)
class ServiceInput:
    organization_id: str
    name: str
    description: str = ""
    kind: ServiceKind = ServiceKind.VOORLIGGEND
    maatwerk_form: MaatwerkForm = MaatwerkForm.NONE
    status: str = "active"
    url: str = ""
    email: str = ""
    phone: str = ""
    application_process: str = ""
    eligibility_description: str = ""
    minimum_age: int | None = None
    maximum_age: int | None = None
    fees_description: str = ""
    cost_amount: float | None = None
    gemeente_cost: float | None = None
    gemeente_cost_unit: str = ""
    wait_days: int | None = None
    keywords: str = ""
    required_documents: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    leefgebied_ids: tuple[str, ...] = ()
    topic_ids: tuple[str, ...] = ()
    location_ids: tuple[str, ...] = ()
    opening_hours: tuple[OpeningHours, ...] = ()


@dataclass(frozen=True)
class ImportProblem:
    file: str
    row: int
    column: str
    problem: str

    def __str__(self) -> str:
        where = f"{self.file}, regel {self.row}" if self.row else self.file
        if self.column:
            where += f", kolom {self.column}"
        return f"{where}: {self.problem}"


@dataclass(frozen=True)
class ImportReport:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    ignored_files: tuple[str, ...] = ()

    def __str__(self) -> str:
        new = sum(self.created.values())
        changed = sum(self.updated.values())
        return (f"Sociale kaart ingelezen: {self.created.get('service', 0)} nieuwe en "
                f"{self.updated.get('service', 0)} bijgewerkte voorzieningen "
                f"({new} nieuwe en {changed} bijgewerkte regels in totaal).")
