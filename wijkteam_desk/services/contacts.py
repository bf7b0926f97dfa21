"""The contact log (contactmomenten): quick entry with defaults and templates, and a
timeline with filters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from wijkteam_desk.errors import ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services import validation
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.household_access import readable, user_names, writable
from wijkteam_desk.services.household_types import (
    ContactFilter,
    ContactInfo,
    ContactInput,
    ContactTemplate,
)
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import (
    Contact,
    ContactKind,
    Household,
    HouseholdStatus,
    HouseholdStatusChange,
    User,
)

K = ContactKind
TEMPLATES: tuple[ContactTemplate, ...] = (
    ContactTemplate(msg("Eerste huisbezoek (met z'n tweeën)"), K.HUISBEZOEK, 60, (),
                    msg("Kennismaking bij de bewoner thuis. Besproken: "), two_workers=True),
    ContactTemplate(msg("Huisbezoek"), K.HUISBEZOEK, 45, (), msg("Bij u thuis gesproken over: ")),
    ContactTemplate(msg("Telefonisch contact"), K.TELEFOON, 10, (),
                    msg("Telefonisch gesproken over: ")),
    ContactTemplate(msg("Post en geldzaken doorgenomen"), K.HUISBEZOEK, 45, ("Financiën",),
                    msg("Samen de post en rekeningen doorgenomen. Afgesproken: ")),
    ContactTemplate(msg("Overleg met partner"), K.OVERLEG, 30, (),
                    msg("Met uw toestemming overlegd met: ")),
    ContactTemplate(msg("Gesprek in de buurtkamer"), K.INLOOP, 20, (),
                    msg("In de buurtkamer gesproken over: ")),
)
MAX_DURATION = 24 * 60
FUTURE_GRACE = timedelta(minutes=5)
_SEP = "|"


def encode_leefgebieden(names: tuple[str, ...]) -> str:
    """Names as ``|A|B|`` for storage (duplicates dropped)."""
    clean = [n.strip() for n in names if n.strip()]
    if any(_SEP in n or len(n) > 60 for n in clean):
        raise ValidationError(msg("Kies de leefgebieden uit de lijst."), field="leefgebieden")
    return _SEP + _SEP.join(dict.fromkeys(clean)) + _SEP if clean else ""


def decode_leefgebieden(value: str) -> tuple[str, ...]:
    """The stored ``|A|B|`` back as a tuple of names."""
    return tuple(n for n in value.split(_SEP) if n)


def contact_rows(session: Session, household_id: int, flt: ContactFilter,
                 limit: int = 2000) -> list[ContactInfo]:
    """Contacts of one household, newest first, filtered."""
    query = select(Contact).where(Contact.household_id == household_id)
    if flt.kind is not None:
        query = query.where(Contact.kind == flt.kind)
    if flt.worker_id is not None:
        query = query.where((Contact.worker_id == flt.worker_id)
                            | (Contact.second_worker_id == flt.worker_id))
    if flt.leefgebied:
        query = query.where(Contact.leefgebieden.contains(_SEP + flt.leefgebied + _SEP,
                                                          autoescape=True))
    if flt.since is not None:
        query = query.where(Contact.at >= flt.since)
    if flt.until is not None:
        query = query.where(Contact.at < flt.until)
    contacts = session.execute(query.order_by(Contact.at.desc(), Contact.id.desc())
                               .limit(limit)).scalars().all()
    names = user_names(session, {x for c in contacts
                                 for x in (c.worker_id, c.second_worker_id)})
    return [ContactInfo(c.id, c.household_id, c.kind, c.at, c.worker_id,
                        names.get(c.worker_id, ""), c.second_worker_id,
                        names.get(c.second_worker_id or 0, ""), c.duration_minutes,
                        decode_leefgebieden(c.leefgebieden), c.report) for c in contacts]


class ContactService:
    def __init__(self, db: Database, log: AuditLog, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._log = log
        self._clock = clock

    @operation("contacts.templates")
    def templates(self, actor: Actor) -> list[ContactTemplate]:
        """Built-in templates for common contacts (Dutch); the dialog fills its fields."""
        return list(TEMPLATES)

    @operation("contacts.add")
    def add(self, actor: Actor, household_id: int, data: ContactInput) -> ContactInfo:
        """Regievoerder, betrokken collega or teamleider. Defaults: now, huisbezoek,
        30 minutes, the acting worker. A first contact makes an aangemeld household
        actief. Raises ValidationError (nothing saved). Audited as contacts.add."""
        at = data.at or self._clock()
        if at.tzinfo is None:
            raise ValidationError(msg("Vul een geldige datum en tijd in."), field="at")
        if at > self._clock() + FUTURE_GRACE:
            raise ValidationError(msg("Een contactmoment kan niet in de toekomst liggen."),
                                  field="at")
        if not isinstance(data.kind, ContactKind):
            raise ValidationError(msg("Kies het soort contact."), field="kind")
        if not 0 < data.duration_minutes <= MAX_DURATION:
            raise ValidationError(msg("Duur: vul het aantal minuten in (1 tot 1440)."),
                                  field="duration_minutes")
        leefgebieden = encode_leefgebieden(data.leefgebieden)
        report = validation.limited(data.report, "report", 4000)
        worker_id = data.worker_id or actor.user_id
        if data.second_worker_id == worker_id:
            raise ValidationError(msg("Kies als tweede medewerker iemand anders."),
                                  field="second_worker_id")
        with self._db.begin() as session:
            household = writable(session, actor, household_id, "contacts.add")
            for field, uid in (("worker_id", worker_id),
                               ("second_worker_id", data.second_worker_id)):
                if uid is not None:
                    user = session.get(User, uid)
                    if user is None or user.team_id != household.team_id:
                        raise ValidationError(msg("Kies een medewerker van dit team."),
                                              field=field)
            contact = Contact(household_id=household_id, kind=data.kind, at=at,
                              worker_id=worker_id, second_worker_id=data.second_worker_id,
                              duration_minutes=data.duration_minutes,
                              leefgebieden=leefgebieden, report=report,
                              created_at=self._clock())
            session.add(contact)
            if household.status is HouseholdStatus.AANGEMELD:
                # an automatic step: no version bump, so a colleague's open form of the
                # household (which never writes the status) does not conflict
                session.execute(update(Household).where(Household.id == household_id)
                                .values(status=HouseholdStatus.ACTIEF))
                session.add(HouseholdStatusChange(household_id=household_id,
                                                  status=HouseholdStatus.ACTIEF,
                                                  reason=msg("Eerste contact"),
                                                  at=self._clock(), by_user_id=actor.user_id))
            session.flush()
            self._log.append(session, actor, "contacts.add", "household", household_id)
            names = user_names(session, [worker_id, data.second_worker_id])
            return ContactInfo(contact.id, household_id, contact.kind, contact.at, worker_id,
                               names.get(worker_id, ""), data.second_worker_id,
                               names.get(data.second_worker_id or 0, ""),
                               contact.duration_minutes, decode_leefgebieden(leefgebieden),
                               report)

    @operation("contacts.list")
    def list(self, actor: Actor, household_id: int,
             flt: ContactFilter | None = None) -> list[ContactInfo]:
        """The timeline of one household, newest first, filtered by kind, worker,
        leefgebied and period. Same access as opening the dossier. Audited."""
        with self._db.begin() as session:
            readable(session, actor, household_id, "contacts.list")
            rows = contact_rows(session, household_id, flt or ContactFilter())
            self._log.append(session, actor, "contacts.list", "household", household_id)
            return rows

