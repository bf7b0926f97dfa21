"""Per-household prints (DESIGN §2.5): the huishoudoverzicht for the worker and the
teamleider, and the inzage "Wat weten we over u?" (AVG art. 15) for the resident, as PDF
with a machine-readable JSON copy, in one click (§2.6).

Access as for the dossier: the regievoerder, betrokken collega's and the teamleider of the
team; another sociaal werker of the team only with a stated reason (recorded and listed for
the teamleider); vrijwilliger and beheerder never. Every print and export is written to the
logboek in the same unit of work as the file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from wijkteam_desk.errors import PermissionDenied, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.paths import atomic_write_bytes
from wijkteam_desk.services import validation
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.household_access import (
    EXISTENCE,
    INVOLVED,
    TEAMLEIDER,
    access_level,
    get_household,
)
from wijkteam_desk.services.household_read import MIN_REASON
from wijkteam_desk.services.household_record import collect
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import Household, ReasonedAccess

Progress = Callable[[int, str], None]
RECENT_CONTACTS = 10


@dataclass(frozen=True)
class PrintResult:
    path: Path
    size: int


@dataclass(frozen=True)
class InzageResult:
    pdf_path: Path
    json_path: Path
    contacts: int


def _no_progress(_percent: int, _text: str) -> None:
    pass


def summary_file_name(number: str, on: datetime) -> str:
    """``huishoudoverzicht-H-000123-2026-11-22.pdf``: the number, never the name."""
    return f"huishoudoverzicht-{number}-{on:%Y-%m-%d}.pdf"


def inzage_base_name(number: str, on: datetime) -> str:
    """``inzage-H-000123-2026-11-22``; the export adds .pdf and .json."""
    return f"inzage-{number}-{on:%Y-%m-%d}"


class HouseholdPrintService:
    def __init__(self, db: Database, log: AuditLog, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._log = log
        self._clock = clock

    @operation("households.print_summary")
    def print_summary(self, actor: Actor, household_id: int, target: Path, *,
                      reason: str = "", recent: int = RECENT_CONTACTS,
                      progress: Progress = _no_progress) -> PrintResult:
        """Write the vertrouwelijke huishoudoverzicht PDF to ``target`` atomically: details,
        members with the BSN masked, regie, betrokkenen, consents, open signals, the plan
        in short, the last ``recent`` contacts (no reports) and referrals. Audited as
        households.print_summary with the file name; nothing is logged when the file cannot
        be written (OSError). PermissionDenied as for opening the dossier."""
        from wijkteam_desk.reports.household_summary_pdf import summary_pdf

        target = Path(target)
        progress(10, msg("Gegevens verzamelen…"))
        with self._db.begin() as session:
            household = self._household(session, actor, household_id, reason,
                                        "households.print_summary")
            record = collect(session, household, full_bsn=False, complete=False,
                             contacts_limit=max(1, recent), now=self._clock())
        progress(50, msg("PDF opbouwen…"))
        data = summary_pdf(record)
        progress(90, msg("Bestand opslaan…"))
        with self._db.begin() as session:
            atomic_write_bytes(target, data)
            self._log.append(session, actor, "households.print_summary", "household",
                             household_id, _why(reason, target.name))
        progress(100, msg("Klaar."))
        return PrintResult(target, len(data))

    @operation("households.export_inzage")
    def export_inzage(self, actor: Actor, household_id: int, folder: Path, *,
                      reason: str = "", progress: Progress = _no_progress) -> InzageResult:
        """Write "Wat weten we over u?" (PDF, plain Dutch) and the complete machine-readable
        copy (JSON) into ``folder``: everything stored about the household and its members,
        the full BSN included, all contacts with their reports, and who looked at the
        dossier (function and reason, no colleague's name). Both files appear together or
        not at all. Audited as households.export_inzage; ValidationError when ``folder`` is
        not an existing folder."""
        from wijkteam_desk.reports.inzage_json import inzage_json
        from wijkteam_desk.reports.inzage_pdf import inzage_pdf

        folder = Path(folder) if folder is not None else Path()
        if not folder.is_dir():
            raise ValidationError(msg("Kies een bestaande map voor de inzage-export."),
                                  field="folder")
        progress(10, msg("Gegevens verzamelen…"))
        with self._db.begin() as session:
            household = self._household(session, actor, household_id, reason,
                                        "households.export_inzage")
            now = self._clock()
            base = inzage_base_name(household.number, now)
            record = collect(session, household, full_bsn=True, complete=True, now=now)
        progress(40, msg("PDF opbouwen…"))
        pdf = inzage_pdf(record, f"{base}.json")
        data = inzage_json(record)
        progress(80, msg("Bestanden opslaan…"))
        pdf_path, json_path = folder / f"{base}.pdf", folder / f"{base}.json"
        with self._db.begin() as session:
            _write_together([(pdf_path, pdf), (json_path, data)])
            self._log.append(session, actor, "households.export_inzage", "household",
                             household_id, _why(reason, base))
        progress(100, msg("Klaar."))
        return InzageResult(pdf_path, json_path, len(record.contacts))

    def _household(self, session: Session, actor: Actor, household_id: int, reason: str,
                   op: str) -> Household:
        """The household if the actor may read it; a sociaal werker of the team who is not
        involved states a reason, which is recorded for the teamleider."""
        household = get_household(session, household_id)
        level = access_level(session, actor, household)
        if level in (INVOLVED, TEAMLEIDER):
            return household
        if level != EXISTENCE:
            raise PermissionDenied(op)
        reason = (reason or "").strip()
        if len(reason) < MIN_REASON:
            raise ValidationError(
                msg("Geef de reden waarom u dit huishouden afdrukt (minstens 10 tekens)."),
                field="reason")
        session.add(ReasonedAccess(household_id=household.id, team_id=household.team_id,
                                   user_id=actor.user_id,
                                   reason=validation.limited(reason, "reason", 500),
                                   at=self._clock()))
        return household


def _why(reason: str, file_name: str) -> str:
    reason = (reason or "").strip()
    return f"{reason}; {file_name}" if reason else file_name


def _write_together(files: list[tuple[Path, bytes]]) -> None:
    """Write every file to a temporary name first, then move them all into place: a
    failure before the moves leaves nothing behind, and a failed move undoes the ones
    already made."""
    temps: list[tuple[str, Path]] = []
    moved: list[Path] = []
    try:
        for target, data in files:
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                       suffix=".tmp")
            temps.append((tmp, target))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        for tmp, target in temps:
            os.replace(tmp, target)
            moved.append(target)
    except BaseException:
        for tmp, _target in temps:
            Path(tmp).unlink(missing_ok=True)
        for target in moved:
            target.unlink(missing_ok=True)
        raise
