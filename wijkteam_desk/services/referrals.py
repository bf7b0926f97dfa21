"""Referrals (doorverwijzingen) from a household to a service of the sociale kaart, and
hiaten ("geen passend aanbod"). DESIGN §2.4.

A referral moves voorgesteld -> aangemeld -> gestart -> afgerond, or ends afgewezen /
niet gestart. Registering with the provider (aangemeld) shares the resident's data, so it
needs the consent "doorverwijzen" for that provider (its organisation or the service's
name, as recorded with the household's consents). Only the household's regievoerder,
betrokken collega's and the teamleider of the team refer; everything is audited.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wijkteam_desk.errors import ConflictError, NotFoundError, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.consent import ConsentMissingError, require_consent
from wijkteam_desk.services.household_access import readable, user_names, writable
from wijkteam_desk.services.socialmap_format import dutch_local
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import (
    ConsentPurpose,
    Gap,
    Household,
    Referral,
    ReferralOrigin,
    ReferralStatus,
    SmOrganization,
    SmService,
    SmTaxonomyTerm,
)

S = ReferralStatus
NEXT: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    S.VOORGESTELD: frozenset({S.AANGEMELD, S.AFGEWEZEN, S.NIET_GESTART}),
    S.AANGEMELD: frozenset({S.GESTART, S.AFGEWEZEN, S.NIET_GESTART}),
    S.GESTART: frozenset({S.AFGEROND, S.NIET_GESTART}),
    S.AFGEROND: frozenset(), S.AFGEWEZEN: frozenset(), S.NIET_GESTART: frozenset(),
}
STARTED = (S.GESTART, S.AFGEROND)
MAX_TEXT = 4000


@dataclass(frozen=True)
class ReferralInfo:
    id: int
    household_id: int | None
    service_id: str
    service_name: str
    organization: str
    status: ReferralStatus
    question: str
    proposed_on: date
    registered_on: date | None
    started_on: date | None
    ended_on: date | None
    warm_handover: bool
    handover_note: str
    outcome: str
    created_by: str
    version: int


@dataclass(frozen=True)
class GapInfo:
    id: int
    topic: str
    area: str
    description: str
    household_number: str
    recorded_by: str
    recorded_on: date


@dataclass(frozen=True)
class GapCount:
    area: str
    topic: str
    count: int


def referral_counts(session: Session, service_id: str) -> tuple[int, int]:
    """(made, started) for one service: for the sociale kaart's detail view. No names."""
    rows = session.execute(select(Referral.status, func.count(Referral.id))
                           .where(Referral.service_id == service_id)
                           .group_by(Referral.status)).all()
    made = sum(n for _s, n in rows)
    started = sum(n for status, n in rows if status in STARTED)
    return made, started


def _text(value: str, field: str) -> str:
    value = (value or "").strip()
    if len(value) > MAX_TEXT:
        raise ValidationError(msg("Deze tekst is te lang."), field=field)
    return value


class ReferralService:
    def __init__(self, db: Database, log: AuditLog, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._log = log
        self._clock = clock

    def _today(self) -> date:
        return dutch_local(self._clock()).date()

    @operation("referrals.create")
    def create(self, actor: Actor, household_id: int, service_id: str, question: str = "",
               *, on: date | None = None) -> ReferralInfo:
        """Propose a service to the household (status voorgesteld). Regievoerder,
        betrokken collega or teamleider of the team. Audited."""
        question = _text(question, "question")
        on = self._check_date(on or self._today(), None)
        with self._db.begin() as session:
            writable(session, actor, household_id, "referrals.create")
            if session.get(SmService, service_id) is None:
                raise ValidationError(msg("Kies een voorziening uit de sociale kaart."),
                                      field="service_id")
            referral = Referral(household_id=household_id, service_id=service_id,
                                question=question, proposed_on=on,
                                created_by_id=actor.user_id, origin=ReferralOrigin.HOUSEHOLD)
            session.add(referral)
            session.flush()
            self._log.append(session, actor, "referrals.create", "household", household_id,
                             f"doorverwijzing {referral.id}")
            return self.info(session, referral)

    @operation("referrals.advance")
    def advance(self, actor: Actor, referral_id: int, status: ReferralStatus, version: int,
                *, on: date | None = None, warm_handover: bool | None = None,
                handover_note: str | None = None, outcome: str | None = None) -> ReferralInfo:
        """Move the referral to ``status`` on date ``on`` (default today). Aangemeld needs
        the resident's consent to refer to this provider (ConsentMissingError otherwise).
        Raises ValidationError for a step that is not allowed, ConflictError when someone
        changed the referral meanwhile. Audited."""
        if not isinstance(status, ReferralStatus):
            raise ValidationError(msg("Kies een geldige status."), field="status")
        with self._db.begin() as session:
            referral = session.get(Referral, referral_id)
            if referral is None or referral.household_id is None:
                raise NotFoundError()
            writable(session, actor, referral.household_id, "referrals.advance")
            if referral.version != version:
                raise ConflictError()
            if status not in NEXT[referral.status]:
                raise ValidationError(msg("Deze stap kan niet vanuit de huidige status."),
                                      field="status")
            previous = max(d for d in (referral.proposed_on, referral.registered_on,
                                       referral.started_on) if d is not None)
            when = self._check_date(on or self._today(), previous)
            if status is S.AANGEMELD:
                self._require_consent(session, referral)
                referral.registered_on = when
            elif status is S.GESTART:
                referral.started_on = when
            else:
                referral.ended_on = when
            referral.status = status
            if warm_handover is not None:
                referral.warm_handover = warm_handover
            if handover_note is not None:
                referral.handover_note = _text(handover_note, "handover_note")
            if outcome is not None:
                referral.outcome = _text(outcome, "outcome")
            session.flush()
            self._log.append(session, actor, "referrals.advance", "household",
                             referral.household_id, f"doorverwijzing {referral.id}: {status}")
            return self.info(session, referral)

    @operation("referrals.list_for_household")
    def list_for_household(self, actor: Actor, household_id: int) -> list[ReferralInfo]:
        """Newest first. Same access as opening the dossier. Audited."""
        with self._db.begin() as session:
            readable(session, actor, household_id, "referrals.list_for_household")
            rows = session.scalars(select(Referral).where(Referral.household_id == household_id)
                                   .order_by(Referral.proposed_on.desc(), Referral.id.desc()))
            result = [self.info(session, r) for r in rows]
            self._log.append(session, actor, "referrals.list_for_household", "household",
                             household_id)
            return result

    # -- hiaten ---------------------------------------------------------------------

    @operation("gaps.record")
    def record_gap(self, actor: Actor, topic_id: str, area: str, description: str, *,
                   topic: str = "", household_id: int | None = None) -> int:
        """Record "geen passend aanbod". Anyone; linking a household needs write access
        to it (so a volunteer records without a household). Audited."""
        description = _text(description, "description")
        if not description:
            raise ValidationError(msg("Beschrijf kort welke hulp er niet was."),
                                  field="description")
        area = (area or "").strip()[:80]
        with self._db.begin() as session:
            if topic_id:
                term = session.get(SmTaxonomyTerm, topic_id)
                if term is None:
                    raise ValidationError(msg("Kies een onderwerp."), field="topic_id")
                topic = term.name
            topic = (topic or "").strip()[:200]
            if not topic:
                raise ValidationError(msg("Kies een onderwerp."), field="topic_id")
            if household_id is not None:
                household = writable(session, actor, household_id, "gaps.record")
                area = area or household.area
            gap = Gap(topic_id=topic_id or None, topic=topic, area=area,
                      description=description, household_id=household_id,
                      recorded_by_id=actor.user_id, recorded_on=self._today())
            session.add(gap)
            session.flush()
            self._log.append(session, actor, "gaps.record", "gap", gap.id)
            return gap.id

    @operation("gaps.list")
    def list_gaps(self, actor: Actor, *, area: str = "", since: date | None = None
                  ) -> tuple[list[GapCount], list[GapInfo]]:
        """Teamleider: counts per wijk/dorp and topic, and the recorded hiaten (newest
        first), optionally for one wijk and from a date. Audited."""
        with self._db.begin() as session:
            query = select(Gap)
            if area:
                query = query.where(Gap.area == area)
            if since:
                query = query.where(Gap.recorded_on >= since)
            gaps = list(session.scalars(query.order_by(Gap.recorded_on.desc(), Gap.id.desc())))
            names = user_names(session, [g.recorded_by_id for g in gaps])
            numbers = dict(session.execute(select(Household.id, Household.number).where(
                Household.id.in_({g.household_id for g in gaps if g.household_id}))).all())
            counts: dict[tuple[str, str], int] = defaultdict(int)
            for g in gaps:
                counts[(g.area, g.topic)] += 1
            self._log.append(session, actor, "gaps.list", "gap", "", area)
            return ([GapCount(a, t, n) for (a, t), n in sorted(counts.items())],
                    [GapInfo(g.id, g.topic, g.area, g.description,
                             numbers.get(g.household_id or 0, ""), names.get(g.recorded_by_id, ""),
                             g.recorded_on) for g in gaps])

    # -- helpers ------------------------------------------------------------------

    def _check_date(self, when: date, previous: date | None) -> date:
        if when > self._today():
            raise ValidationError(msg("De datum ligt in de toekomst."), field="on")
        if previous is not None and when < previous:
            raise ValidationError(msg("De datum ligt voor de vorige stap."), field="on")
        return when

    @staticmethod
    def _require_consent(session: Session, referral: Referral) -> None:
        service = session.get(SmService, referral.service_id)
        org = session.get(SmOrganization, service.organization_id) if service else None
        assert referral.household_id is not None
        first: ConsentMissingError | None = None
        for partner in (org.name if org else "", service.name if service else ""):
            if not partner:
                continue
            try:
                require_consent(session, referral.household_id, ConsentPurpose.DOORVERWIJZEN,
                                partner)
                return
            except ConsentMissingError as missing:
                if first is None or (missing.withdrawn and not first.withdrawn):
                    first = missing  # a withdrawal says more than "never given"
        raise first or ConsentMissingError(ConsentPurpose.DOORVERWIJZEN, "", withdrawn=False)

    @staticmethod
    def info(session: Session, r: Referral) -> ReferralInfo:
        """The frozen view of a referral; no authorisation (callers have checked)."""
        service = session.get(SmService, r.service_id)
        org = session.get(SmOrganization, service.organization_id) if service else None
        names = user_names(session, [r.created_by_id])
        return ReferralInfo(r.id, r.household_id, r.service_id, service.name if service else "",
                            org.name if org else "", r.status, r.question, r.proposed_on,
                            r.registered_on, r.started_on, r.ended_on, r.warm_handover,
                            r.handover_note, r.outcome, names.get(r.created_by_id, ""),
                            r.version)
