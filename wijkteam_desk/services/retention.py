"""Retention (bewaartermijn, DESIGN §2.6): closed dossiers are anonymised after a
configurable number of years, via a vernietigingslijst the teamleider approves.

- the beheerder sets the bewaartermijn (whole years after afsluiting, 1 to 30, default 15);
- the teamleider sees the households of the team whose term has passed, may keep one
  longer with a reason (a hold, e.g. a lopende klacht), and approves the list: every
  household on it is anonymised in one unit of work (services/anonymise.py).

The logboek is append-only and hash-chained; anonymising never touches it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from wijkteam_desk.errors import NotFoundError, PermissionDenied, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services import validation
from wijkteam_desk.services.anonymise import anonymise
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.household_access import user_names
from wijkteam_desk.services.settings_access import RETENTION_YEARS, int_setting, put_setting
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import Household, HouseholdStatus, Team

MIN_YEARS = 1
MAX_YEARS = 30


@dataclass(frozen=True)
class RetentionRow:
    """One closed household on the vernietigingslijst (or held back from it)."""

    household_id: int
    number: str
    area: str  # wijk of dorp
    closed_on: date
    years_closed: int  # whole years since afsluiting
    regievoerder: str
    hold_until: date | None = None
    hold_reason: str = ""


@dataclass(frozen=True)
class DestructionList:
    years: int  # the bewaartermijn
    due: tuple[RetentionRow, ...]  # to be anonymised when approved, oldest first
    held: tuple[RetentionRow, ...]  # kept longer by a teamleider


@dataclass(frozen=True)
class Approval:
    count: int
    approved_at: datetime
    numbers: tuple[str, ...]


def years_before(day: date, years: int) -> date:
    """``day`` so many years earlier (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def whole_years(since: date, today: date) -> int:
    return today.year - since.year - ((today.month, today.day) < (since.month, since.day))


def _held(today: date):  # type: ignore[no-untyped-def]
    return and_(Household.retention_hold_until.is_not(None),
                Household.retention_hold_until >= today)


def _due(team_id: int, years: int, today: date):  # type: ignore[no-untyped-def]
    """Closed households of the team whose bewaartermijn has passed, not yet anonymised."""
    return and_(Household.team_id == team_id, Household.status == HouseholdStatus.AFGESLOTEN,
                Household.end_date.is_not(None),
                Household.end_date <= years_before(today, years),
                Household.anonymised_at.is_(None))


class RetentionService:
    def __init__(self, db: Database, log: AuditLog, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._log = log
        self._clock = clock

    def _today(self, today: date | None) -> date:
        return today or self._clock().astimezone().date()

    @operation("retention.years")
    def years(self, actor: Actor) -> int:
        """The bewaartermijn in whole years after afsluiting (default 15)."""
        with self._db.begin() as session:
            return int_setting(session, RETENTION_YEARS)

    @operation("retention.set_years")
    def set_years(self, actor: Actor, years: int) -> None:
        """Beheerder: change the bewaartermijn (whole years, 1 to 30). Audited with the old
        and new value. Raises ValidationError with nothing changed."""
        if not isinstance(years, int) or isinstance(years, bool) \
                or not MIN_YEARS <= years <= MAX_YEARS:
            raise ValidationError(msg("De bewaartermijn moet een heel aantal jaren van 1 tot "
                                      "en met 30 zijn."), field="years")
        with self._db.begin() as session:
            old = int_setting(session, RETENTION_YEARS)
            put_setting(session, RETENTION_YEARS, str(years))
            self._log.append(session, actor, "retention.set_years", "setting",
                             RETENTION_YEARS, f"{old} -> {years}")

    @operation("retention.destruction_list")
    def destruction_list(self, actor: Actor, today: date | None = None) -> DestructionList:
        """Teamleider: the team's closed households whose bewaartermijn has passed, not
        anonymised and not held (``due``), and those held back with their reason
        (``held``). Audited (household numbers and regievoerders are shown)."""
        today = self._today(today)
        with self._db.begin() as session:
            years = int_setting(session, RETENTION_YEARS)
            if actor.team_id is None:
                return DestructionList(years, (), ())
            rows = session.scalars(select(Household).where(
                Household.team_id == actor.team_id, Household.anonymised_at.is_(None),
                Household.status == HouseholdStatus.AFGESLOTEN,
                or_(_due(actor.team_id, years, today), _held(today)))
                .order_by(Household.end_date, Household.id)).all()
            names = user_names(session, [h.regievoerder_id for h in rows])
            due, held = [], []
            for h in rows:
                assert h.end_date is not None
                on_hold = h.retention_hold_until is not None and h.retention_hold_until >= today
                row = RetentionRow(h.id, h.number, h.area, h.end_date,
                                   whole_years(h.end_date, today),
                                   names.get(h.regievoerder_id or 0, ""),
                                   h.retention_hold_until if on_hold else None,
                                   h.retention_hold_reason if on_hold else "")
                (held if on_hold else due).append(row)
            self._log.append(session, actor, "retention.destruction_list", "household", "",
                             f"{len(due)} te anonimiseren, {len(held)} langer bewaard")
            return DestructionList(years, tuple(due), tuple(held))

    @operation("retention.hold")
    def hold(self, actor: Actor, household_id: int, until: date, reason: str,
             today: date | None = None) -> None:
        """Teamleider: keep a closed household of the team until ``until`` (after today)
        for ``reason`` (required, e.g. a lopende klacht of procedure). Audited with the
        reason. Raises ValidationError, NotFoundError or PermissionDenied."""
        today = self._today(today)
        reason = validation.required(
            reason, "reason", msg("Schrijf op waarom dit dossier langer bewaard blijft."), 500)
        if not isinstance(until, date) or until <= today:
            raise ValidationError(msg("Kies een datum na vandaag tot wanneer het dossier "
                                      "bewaard blijft."), field="until")
        with self._db.begin() as session:
            household = self._team_household(session, actor, household_id, "retention.hold")
            if household.anonymised_at is not None:
                raise ValidationError(msg("Dit dossier is al geanonimiseerd."), field="until")
            if household.status is not HouseholdStatus.AFGESLOTEN:
                raise ValidationError(msg("Alleen een afgesloten dossier kan langer bewaard "
                                          "worden."), field="until")
            household.retention_hold_until = until
            household.retention_hold_reason = reason
            self._log.append(session, actor, "retention.hold", "household", household.id,
                             f"tot {until.isoformat()}: {reason}")

    @operation("retention.approve")
    def approve(self, actor: Actor, household_ids: Sequence[int], expected_count: int,
                today: date | None = None) -> Approval:
        """Teamleider: approve the vernietigingslijst. Every household must still be on
        it (closed, term passed, not held, not anonymised, of the team) and their number
        must be ``expected_count`` (what the teamleider confirmed); otherwise a
        ValidationError and nothing is changed. Anonymises them all in one unit of work;
        one audit entry per household and one for the approval. Cannot be undone."""
        today = self._today(today)
        ids = list(dict.fromkeys(household_ids or ()))
        if not ids:
            raise ValidationError(msg("Er staan geen huishoudens op de vernietigingslijst."),
                                  field="households")
        if len(ids) != expected_count:
            raise ValidationError(_STALE, field="households")
        if actor.team_id is None:
            raise PermissionDenied("retention.approve")
        at = self._clock()
        with self._db.begin() as session:
            years = int_setting(session, RETENTION_YEARS)
            households = session.scalars(select(Household).where(Household.id.in_(ids))
                                         .order_by(Household.id).with_for_update()).all()
            eligible = set(session.scalars(select(Household.id).where(
                Household.id.in_(ids), _due(actor.team_id, years, today),
                or_(Household.retention_hold_until.is_(None),
                    Household.retention_hold_until < today))))
            if len(households) != len(ids) or eligible != set(ids):
                raise ValidationError(_STALE, field="households")
            for household in households:
                anonymise(session, household, at)
                self._log.append(session, actor, "retention.anonymise", "household",
                                 household.id, f"bewaartermijn {years} jaar")
            self._log.append(session, actor, "retention.approve", "household", "",
                             f"{len(households)} huishoudens geanonimiseerd")
            return Approval(len(households), at, tuple(h.number for h in households))

    @operation("retention.print_approval")
    def print_approval(self, actor: Actor, approved_at: datetime) -> bytes:
        """Teamleider: the approved list as a PDF for the archive: household numbers,
        wijk/dorp and closing dates only. Audited as a print."""
        from wijkteam_desk.reports.destruction_list_pdf import destruction_list_pdf

        with self._db.begin() as session:
            years = int_setting(session, RETENTION_YEARS)
            rows = session.execute(select(Household.number, Household.area,
                                          Household.end_date).where(
                Household.team_id == actor.team_id, Household.anonymised_at == approved_at)
                .order_by(Household.end_date, Household.number)).all()
            if not rows:
                raise NotFoundError()
            team = session.get(Team, actor.team_id)
            self._log.append(session, actor, "retention.print_approval", "household", "",
                             f"{len(rows)} huishoudens")
            return destruction_list_pdf(
                team.name if team else "", approved_at.astimezone().date(), actor.full_name,
                years, [(r[0], r[1], r[2]) for r in rows])

    @staticmethod
    def _team_household(session: Session, actor: Actor, household_id: int,
                        op: str) -> Household:
        household = session.get(Household, household_id)
        if household is None:
            raise NotFoundError()
        if actor.team_id is None or household.team_id != actor.team_id:
            raise PermissionDenied(op)
        return household


_STALE = msg("De vernietigingslijst is intussen veranderd (een dossier is heropend, langer "
             "bewaard of al geanonimiseerd). Er is niets gewijzigd; bekijk de lijst opnieuw "
             "en keur hem dan goed.")
