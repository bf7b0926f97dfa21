"""The household service: one object for the dossier screens.

Editing lives in household_edit.py, reading (dossier, reasoned access, search, "Mijn
huishoudens") in household_read.py; access rules in household_access.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.household_edit import HouseholdEditing
from wijkteam_desk.services.household_read import HouseholdReading
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database


class HouseholdService(HouseholdEditing, HouseholdReading):
    """Households, members, regie, betrokkenen, dossier reads and search."""

    def __init__(self, db: Database, log: AuditLog, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._log = log
        self._clock = clock
