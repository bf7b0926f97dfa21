"""Consent (toestemming) per purpose, and the check sharing operations call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wijkteam_desk.errors import KnownError, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services import validation
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.household_access import readable, writable
from wijkteam_desk.services.household_read import consent_infos, current_consents
from wijkteam_desk.services.household_types import ConsentInfo
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import Consent, ConsentPurpose

NEEDS_PARTNER = (ConsentPurpose.DELEN_MET_PARTNER, ConsentPurpose.DOORVERWIJZEN)


class ConsentMissingError(KnownError):
    """A sharing operation lacks the resident's consent (never given, or withdrawn)."""

    def __init__(self, purpose: ConsentPurpose, partner: str, withdrawn: bool) -> None:
        if withdrawn:
            text = msg("De bewoner heeft de toestemming hiervoor ingetrokken. Er is niets "
                       "gedeeld of verstuurd.")
        else:
            text = msg("Er is geen toestemming van de bewoner vastgelegd voor dit doel. "
                       "Leg eerst de toestemming vast; er is niets gedeeld of verstuurd.")
        super().__init__(text, detail=f"{purpose.value}:{partner}")
        self.purpose = purpose
        self.partner = partner
        self.withdrawn = withdrawn


def require_consent(session: Session, household_id: int, purpose: ConsentPurpose,
                    partner: str = "") -> None:
    """Raise ConsentMissingError unless the newest statement for ``purpose`` (and, for
    delen/doorverwijzen, ``partner``, compared case-insensitively) is "given". Call it
    inside the sharing operation's unit of work."""
    query = (select(Consent.given).where(Consent.household_id == household_id,
                                         Consent.purpose == purpose)
             .order_by(Consent.at.desc(), Consent.id.desc()).limit(1))
    if purpose in NEEDS_PARTNER:
        query = query.where(func.lower(Consent.partner) == partner.strip().lower())
    given = session.scalar(query)
    if not given:
        raise ConsentMissingError(purpose, partner, withdrawn=given is False)


class ConsentService:
    def __init__(self, db: Database, log: AuditLog, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._log = log
        self._clock = clock

    @operation("consent.record")
    def record(self, actor: Actor, household_id: int, purpose: ConsentPurpose, given: bool,
               given_by: str, *, partner: str = "", at: datetime | None = None) -> ConsentInfo:
        """Record that resident ``given_by`` gave (``given``) or withdrew consent for
        ``purpose`` (with ``partner`` for delen/doorverwijzen). Regievoerder, betrokken
        collega or teamleider. Withdrawal blocks future sharing. Audited."""
        if not isinstance(purpose, ConsentPurpose):
            raise ValidationError(msg("Kies het doel van de toestemming."), field="purpose")
        given_by = validation.required(given_by, "given_by",
                                       msg("Vul in wie de toestemming geeft of intrekt."), 150)
        partner = validation.limited(partner, "partner", 200)
        if purpose in NEEDS_PARTNER and not partner:
            raise ValidationError(msg("Vul de partner in met wie gedeeld wordt."),
                                  field="partner")
        if purpose not in NEEDS_PARTNER:
            partner = ""
        when = at or self._clock()
        if when > self._clock():
            raise ValidationError(msg("De datum ligt in de toekomst."), field="at")
        with self._db.begin() as session:
            writable(session, actor, household_id, "consent.record")
            row = Consent(household_id=household_id, purpose=purpose, partner=partner,
                          given=bool(given), given_by=given_by, at=when,
                          recorded_by_id=actor.user_id, recorded_at=self._clock())
            session.add(row)
            session.flush()
            self._log.append(session, actor, "consent.record", "household", household_id,
                             f"{purpose.value}:{'gegeven' if given else 'ingetrokken'}")
            return ConsentInfo(row.id, purpose, partner, row.given, given_by, when,
                               actor.full_name)

    @operation("consent.list")
    def list(self, actor: Actor, household_id: int, *,
             history: bool = False) -> list[ConsentInfo]:
        """Current statement per purpose and partner (or the whole history, newest
        first). Same access as opening the dossier. Audited."""
        with self._db.begin() as session:
            readable(session, actor, household_id, "consent.list")
            rows = consent_infos(session, household_id)
            self._log.append(session, actor, "consent.list", "household", household_id)
        return rows if history else current_consents(rows)
