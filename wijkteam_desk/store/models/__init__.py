"""All models, imported here so that ``Base.metadata`` is complete for Alembic."""

from wijkteam_desk.store.models.accounts import Location, LocationKind, Role, Team, User, UserRole
from wijkteam_desk.store.models.audit import AuditEntry, AuditHead
from wijkteam_desk.store.models.plans import Leefgebied
from wijkteam_desk.store.models.system import Draft, SystemSetting

__all__ = [
    "AuditEntry",
    "AuditHead",
    "Draft",
    "Leefgebied",
    "Location",
    "LocationKind",
    "Role",
    "SystemSetting",
    "Team",
    "User",
    "UserRole",
]
