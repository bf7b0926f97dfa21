"""All models, imported here so that ``Base.metadata`` is complete for Alembic."""

from wijkteam_desk.store.models.accounts import Location, LocationKind, Role, Team, User, UserRole
from wijkteam_desk.store.models.audit import AuditEntry, AuditHead
from wijkteam_desk.store.models.casework import (
    Consent,
    ConsentPurpose,
    Contact,
    ContactKind,
    OutreachAddress,
    OutreachOutcome,
    OutreachRound,
    Signal,
    SignalSource,
    SignalStatus,
    Urgency,
)
from wijkteam_desk.store.models.households import (
    Household,
    HouseholdColleague,
    HouseholdPartner,
    HouseholdStatus,
    HouseholdStatusChange,
    Member,
    MemberRole,
    ReasonedAccess,
    RegieHandover,
)
from wijkteam_desk.store.models.system import Draft, SystemSetting

__all__ = [
    "Consent",
    "ConsentPurpose",
    "Contact",
    "ContactKind",
    "OutreachAddress",
    "OutreachOutcome",
    "OutreachRound",
    "Signal",
    "SignalSource",
    "SignalStatus",
    "Urgency",
    "Household",
    "HouseholdColleague",
    "HouseholdPartner",
    "HouseholdStatus",
    "HouseholdStatusChange",
    "Member",
    "MemberRole",
    "ReasonedAccess",
    "RegieHandover",
    "AuditEntry",
    "AuditHead",
    "Draft",
    "Location",
    "LocationKind",
    "Role",
    "SystemSetting",
    "Team",
    "User",
    "UserRole",
]
