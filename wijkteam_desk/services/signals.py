"""Signals and intake (aanmeldingen): registering, "Nieuwe aanmeldingen", triage, and the
follow-through flag for signals nobody picked up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkteam_desk.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services import validation
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.household_access import (
    format_address,
    household_info,
    user_names,
    writable,
)
from wijkteam_desk.services.household_edit import check_worker, insert_household, reopen
from wijkteam_desk.services.household_types import (
    UNSET,
    HouseholdInfo,
    MemberInput,
    SignalInfo,
    SignalInput,
    TriageResult,
    Unset,
    default_subdomain,
)
from wijkteam_desk.services.settings_access import SIGNAL_FLAG_DAYS, int_setting
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import (
    HouseholdStatus,
    HouseholdStatusChange,
    MemberRole,
    Signal,
    SignalSource,
    SignalStatus,
    Subdomain,
    Urgency,
)

ORIGIN_TYPES = ("", "visit", "outreach", "signal")


def split_name(name: str) -> MemberInput:
    """A typed name as a member: the last word(s) as last name, with a tussenvoegsel
    recognised ("Jan de Vries" -> Jan / de / Vries)."""
    words = name.split()
    if len(words) < 2:
        return MemberInput(last_name=name.strip(), role=MemberRole.HOOFDBEWONER)
    small = {"de", "der", "den", "van", "te", "ten", "ter", "het", "'t", "in", "op", "la", "le"}
    i = 1
    while i < len(words) - 1 and words[i].lower() in small:
        i += 1
    return MemberInput(first_name=words[0], tussenvoegsel=" ".join(words[1:i]),
                       last_name=" ".join(words[i:]), role=MemberRole.HOOFDBEWONER)


class SignalService:
    def __init__(self, db: Database, log: AuditLog, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._log = log
        self._clock = clock

    def _today(self) -> date:
        return self._clock().astimezone().date()

    @operation("signals.create")
    def create(self, actor: Actor, data: SignalInput, *, team_id: int | None = None) -> SignalInfo:
        """Register a signal for the actor's team (or ``team_id``). Vrijwilliger (handover
        from the inloop), sociaal werker or teamleider. ``origin_type``/``origin_id`` keep
        where it came from, so nothing is typed twice. ``subdomain`` not given: the
        source's default (vroegsignalering schulden -> schulden, school -> jeugd), else not
        recorded. Raises ValidationError. Audited."""
        values = self._clean(data)
        team = team_id if team_id is not None else actor.team_id
        if team is None:
            raise ValidationError(msg("U hoort niet bij een team."), field="team_id")
        with self._db.begin() as session:
            signal = Signal(team_id=team, created_by_id=actor.user_id,
                            created_at=self._clock(), **values)
            session.add(signal)
            session.flush()
            self._log.append(session, actor, "signals.create", "signal", signal.id)
            return self._info(session, signal)

    @operation("signals.list_new")
    def list_new(self, actor: Actor) -> list[SignalInfo]:
        """"Nieuwe aanmeldingen" of the teamleider's team: untriaged signals, spoed first,
        then oldest first; ``overdue`` is set after signals.flag_after_days (default 5)
        days. Audited."""
        with self._db.begin() as session:
            signals = session.execute(select(Signal).where(
                Signal.team_id == actor.team_id, Signal.status == SignalStatus.NIEUW)
                .order_by(Signal.received_on, Signal.id)).scalars().all()
            days = int_setting(session, SIGNAL_FLAG_DAYS)
            rows = [self._info(session, s, days) for s in signals]
            self._log.append(session, actor, "signals.list_new", "signal", "", str(len(rows)))
        order = {Urgency.SPOED: 0, Urgency.HOOG: 1, Urgency.NORMAAL: 2}
        return sorted(rows, key=lambda s: (order[s.urgency], s.received_on, s.id))

    @operation("signals.list_overdue")
    def list_overdue(self, actor: Actor) -> list[SignalInfo]:
        """Follow-through for the teamleider: new signals older than the configured
        number of days (system_setting signals.flag_after_days, default 5)."""
        return [s for s in self.list_new(actor) if s.overdue]

    @operation("signals.triage")
    def triage(
        self, actor: Actor, signal_id: int, outcome: SignalStatus, version: int, *,
        note: str = "", referred_to: str = "", household_id: int | None = None,
        regievoerder_id: int | None = None, area: str = "",
        subdomain: Subdomain | str | None | Unset = UNSET,
    ) -> TriageResult:
        """Teamleider of the signal's team decides:
        - AFGEHANDELD (advies gegeven) or VERWEZEN (``referred_to`` required);
        - GEKOPPELD with ``household_id``: attach to an existing household of the team
          (a closed one is reopened, with the same regievoerder);
        - GEKOPPELD without ``household_id``: create a household from the signal's name,
          phone, e-mail and address, its description as the reason, with
          ``regievoerder_id`` (required).
        ``subdomain`` corrects what the registration recorded (None: not recorded); not
        given, it stays. Raises ValidationError, ConflictError (someone triaged
        meanwhile). Audited."""
        note = validation.limited(note, "note", 2000)
        referred_to = validation.limited(referred_to, "referred_to", 200)
        new_subdomain = None if subdomain is UNSET else validation.subdomain(subdomain)
        with self._db.begin() as session:
            signal = session.get(Signal, signal_id)
            if signal is None:
                raise NotFoundError()
            if signal.team_id != actor.team_id:
                raise PermissionDenied("signals.triage")
            if signal.version != version or signal.status is not SignalStatus.NIEUW:
                raise ConflictError()
            household: HouseholdInfo | None = None
            if outcome is SignalStatus.VERWEZEN and not referred_to:
                raise ValidationError(msg("Vul in waarnaar is verwezen."), field="referred_to")
            if outcome is SignalStatus.GEKOPPELD:
                household = self._link(session, actor, signal, household_id, regievoerder_id,
                                       area)
                signal.household_id = household.id
            elif outcome not in (SignalStatus.AFGEHANDELD, SignalStatus.VERWEZEN):
                raise ValidationError(msg("Kies wat er met de aanmelding gebeurt."),
                                      field="outcome")
            signal.status = outcome
            reason = outcome.value
            if subdomain is not UNSET and new_subdomain != signal.subdomain:
                reason += f" subdomain:{new_subdomain or 'none'}"
                signal.subdomain = new_subdomain
            signal.triage_note = note
            signal.referred_to = referred_to
            signal.triaged_by_id = actor.user_id
            signal.triaged_at = self._clock()
            session.flush()
            self._log.append(session, actor, "signals.triage", "signal", signal.id, reason)
            return TriageResult(self._info(session, signal), household)

    def _link(self, session: Session, actor: Actor, signal: Signal, household_id: int | None,
              regievoerder_id: int | None, area: str) -> HouseholdInfo:
        if household_id is not None:
            household = writable(session, actor, household_id, "signals.triage")
            if household.status is HouseholdStatus.AFGESLOTEN:
                # "zodra er weer een vraag komt, pakt dezelfde werker de zaak weer op"
                reopen(household)
                session.add(HouseholdStatusChange(
                    household_id=household.id, status=HouseholdStatus.HEROPEND,
                    reason=signal.description, at=self._clock(), by_user_id=actor.user_id))
                session.flush()
            return household_info(session, household)
        if regievoerder_id is None:
            raise ValidationError(msg("Kies een regievoerder voor het nieuwe huishouden."),
                                  field="regievoerder_id")
        check_worker(session, regievoerder_id, signal.team_id, "regievoerder_id")
        if not signal.name.strip():
            raise ValidationError(msg("De aanmelding heeft geen naam; vul die eerst in."),
                                  field="name")
        member = split_name(signal.name)
        values = {"name": signal.name, "street": signal.street,
                  "house_number": signal.house_number,
                  "house_number_addition": signal.house_number_addition,
                  "postcode": signal.postcode, "city": signal.city,
                  "area": validation.limited(area, "area", 80), "phone": signal.phone,
                  "email": signal.email, "language": "", "interpreter_needed": False}
        member_row = {"first_name": member.first_name, "tussenvoegsel": member.tussenvoegsel,
                      "last_name": member.last_name, "date_of_birth": None,
                      "role": MemberRole.HOOFDBEWONER, "bsn": "", "phone": signal.phone,
                      "email": signal.email}
        household = insert_household(
            session, actor, values, [member_row], team_id=signal.team_id,
            regievoerder_id=regievoerder_id, start=self._today(), now=self._clock(),
            reason=signal.description)
        self._log.append(session, actor, "households.create", "household", household.id,
                         f"signal:{signal.id}")
        return household_info(session, household)

    def _clean(self, data: SignalInput) -> dict[str, object]:
        if not isinstance(data.source, SignalSource):
            raise ValidationError(msg("Kies de bron van de aanmelding."), field="source")
        if not isinstance(data.urgency, Urgency):
            raise ValidationError(msg("Kies de urgentie."), field="urgency")
        received = data.received_on or self._today()
        if received > self._today():
            raise ValidationError(msg("De datum van de aanmelding ligt in de toekomst."),
                                  field="received_on")
        if data.origin_type not in ORIGIN_TYPES:
            raise ValidationError(msg("Onbekende herkomst van de aanmelding."),
                                  field="origin_type")
        subdomain = (default_subdomain(data.source) if data.subdomain is UNSET
                     else validation.subdomain(data.subdomain))
        return {
            "source": data.source, "urgency": data.urgency, "received_on": received,
            "subdomain": subdomain,
            "description": validation.required(
                data.description, "description",
                msg("Beschrijf kort waar de aanmelding over gaat."), 4000),
            "name": validation.limited(data.name, "name", 150),
            "phone": validation.phone(data.phone), "email": validation.email(data.email),
            "street": validation.limited(data.street, "street", 120),
            "house_number": validation.house_number(data.house_number),
            "house_number_addition": validation.addition(data.house_number_addition),
            "postcode": validation.postcode(data.postcode),
            "city": validation.limited(data.city, "city", 80),
            "origin_type": data.origin_type, "origin_id": data.origin_id,
        }

    def _info(self, session: Session, s: Signal, flag_days: int | None = None) -> SignalInfo:
        days = (self._today() - s.received_on).days
        if flag_days is None:
            flag_days = int_setting(session, SIGNAL_FLAG_DAYS)
        names = user_names(session, [s.created_by_id])
        return SignalInfo(
            s.id, s.source, s.urgency, s.received_on, s.description, s.name,
            validation.display_phone(s.phone), s.email,
            format_address(s.street, s.house_number, s.house_number_addition), s.postcode,
            s.city, s.origin_type, s.origin_id, s.status, s.triage_note, s.referred_to,
            s.household_id, names.get(s.created_by_id or 0, ""), days,
            s.status is SignalStatus.NIEUW and days >= flag_days, s.version,
            subdomain=s.subdomain)
