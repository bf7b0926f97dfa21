"""Fictional households, members, contacts, signals and consent for ``wijkteam-desk demo``.

Written with bulk inserts (15,000 households with ~400,000 contacts in minutes).
Deterministic per seed; dates are relative to ``today`` so the demo always looks current.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from wijkteam_desk.services import search_index
from wijkteam_desk.services.demo_names import (
    AREAS,
    FIRST_NAMES_F,
    FIRST_NAMES_M,
    LANGUAGES,
    LAST_NAMES,
    LEEFGEBIEDEN,
    PARTNER_ORGS,
    REPORT_OPENINGS,
)
from wijkteam_desk.services.household_labels import closing_line
from wijkteam_desk.store.models import (
    ClosingCategory,
    Consent,
    ConsentPurpose,
    Contact,
    ContactKind,
    Household,
    HouseholdPartner,
    HouseholdStatus,
    HouseholdStatusChange,
    Member,
    MemberRole,
    RegieHandover,
    Signal,
    SignalSource,
    SignalStatus,
    Subdomain,
    Urgency,
)

BATCH = 20_000
CONTACTS_PER_HOUSEHOLD = 27
OPEN_PER_WORKER = 45
YEARS = 10
# The afsluitredenen of the closed demo households (drawn evenly, like the typed reasons
# the demo used before the standard categories).
CLOSING_CATEGORIES = (ClosingCategory.DOELEN_BEHAALD, ClosingCategory.VERHUISD,
                      ClosingCategory.MAATWERK, ClosingCategory.WIL_NIET)
SOURCES = list(SignalSource)
SOURCE_WEIGHTS = [14, 12, 16, 10, 9, 6, 7, 8, 9, 5, 4]
# What the signals are about, as the Rekenkamer asked (most support falls under the Wmo; a
# few are not recorded); debt early-warning is always schulden, a school mostly jeugd.
SUBDOMAINS = [Subdomain.WMO, Subdomain.JEUGD, Subdomain.PARTICIPATIE, Subdomain.SCHULDEN, None]
SUBDOMAIN_WEIGHTS = [35, 20, 20, 20, 5]
KINDS = [ContactKind.HUISBEZOEK, ContactKind.TELEFOON, ContactKind.INLOOP,
         ContactKind.EMAIL, ContactKind.OVERLEG, ContactKind.OUTREACH]
KIND_WEIGHTS = [40, 30, 10, 8, 10, 2]


def bsn(rng: random.Random) -> str:
    """A fictional number that passes the 11-proef."""
    while True:
        head = [rng.randint(0, 9) for _ in range(8)]
        head[0] = rng.randint(1, 9)
        check = sum(d * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if check < 10:
            return "".join(map(str, head)) + str(check)


def mobile(rng: random.Random) -> str:
    """A fictional Dutch mobile number in E.164."""
    return f"+316{rng.randint(1, 5)}{rng.randint(0, 9_999_999):07d}"


class _Writer:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[type, list[dict[str, Any]]] = {}

    def add(self, model: type, row: dict[str, Any]) -> None:
        rows = self.rows.setdefault(model, [])
        rows.append(row)
        if len(rows) >= BATCH:
            self.flush()  # every model, parents first (the order rows were first added)

    def flush(self, model: type | None = None) -> None:
        for m in [model] if model else list(self.rows):
            if self.rows.get(m):
                self.session.execute(insert(m), self.rows[m])
                self.rows[m] = []


def _subdomain(rng: random.Random, source: SignalSource) -> Subdomain | None:
    if source is SignalSource.VROEGSIGNALERING_SCHULDEN:
        return Subdomain.SCHULDEN
    if source is SignalSource.SCHOOL and rng.random() < 0.8:
        return Subdomain.JEUGD
    return rng.choices(SUBDOMAINS, SUBDOMAIN_WEIGHTS)[0]


def _moment(rng: random.Random, day: date) -> datetime:
    return datetime.combine(day, time(rng.randint(8, 16), rng.choice((0, 15, 30, 45))),
                            tzinfo=UTC)


def fill(session: Session, rng: random.Random, households: int, team_id: int,
         worker_ids: Sequence[int], progress: Callable[[str], None], *,
         today: date | None = None, contacts_per_household: int = CONTACTS_PER_HOUSEHOLD,
         ) -> None:
    """Add ``households`` households of team ``team_id``. ``worker_ids[0]`` is the demo
    user ``sociaalwerker``; open households are shared out so every worker has about
    45 (a realistic caseload), closed ones cover ten years of history."""
    today = today or date.today()
    writer = _Writer(session)
    first_id = (session.scalar(select(func.max(Household.id))) or 0) + 1
    open_count = min(int(households * 0.6), OPEN_PER_WORKER * len(worker_ids))
    progress(f"{households} huishoudens met gezinsleden en contactmomenten aanmaken…")
    for i in range(households):
        hid = first_id + i
        is_open = i < open_count
        regie = worker_ids[i % len(worker_ids)] if is_open else rng.choice(worker_ids)
        _household(writer, rng, hid, team_id, regie, is_open, today, worker_ids,
                   contacts_per_household)
        if (i + 1) % 2500 == 0:
            progress(f"  {i + 1} van {households} huishoudens")
    _loose_signals(writer, rng, households, team_id, worker_ids, today)
    writer.flush()
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT setval(pg_get_serial_sequence('household', 'id'), "
                             "(SELECT max(id) FROM household))"))
    progress("Zoekindex bijwerken…")
    search_index.rebuild(session)


def _household(writer: _Writer, rng: random.Random, hid: int, team_id: int, regie: int,
               is_open: bool, today: date, workers: Sequence[int], per_household: int) -> None:
    area, _kind, pc_base, city, streets = rng.choice(AREAS)
    street = rng.choice(streets)
    number = rng.randint(1, 180)
    addition = rng.choice(("",) * 8 + ("A", "B"))
    postcode = f"{pc_base} {chr(65 + number % 20)}{chr(65 + (number // 20) % 20)}"
    if postcode[-2:] in ("SA", "SD", "SS"):
        postcode = postcode[:-2] + "AB"
    tussen, last = rng.choice(LAST_NAMES)
    female = rng.random() < 0.55
    first = rng.choice(FIRST_NAMES_F if female else FIRST_NAMES_M)
    days_back = rng.randint(10, 400) if is_open else rng.randint(120, YEARS * 365)
    start = today - timedelta(days=days_back)
    end = None if is_open else min(today - timedelta(days=1),
                                   start + timedelta(days=rng.randint(60, 700)))
    status = (rng.choice((HouseholdStatus.ACTIEF,) * 8 + (HouseholdStatus.AANGEMELD,
                                                           HouseholdStatus.HEROPEND))
              if is_open else HouseholdStatus.AFGESLOTEN)
    phone = mobile(rng) if rng.random() < 0.8 else ""
    members = [(first, tussen, last, MemberRole.HOOFDBEWONER, rng.randint(19, 85), phone)]
    size = rng.choices((1, 2, 3, 4, 5), (30, 25, 20, 15, 10))[0]
    if size > 1 and rng.random() < 0.6:
        p_tussen, p_last = rng.choice(LAST_NAMES) if rng.random() < 0.5 else (tussen, last)
        members.append((rng.choice(FIRST_NAMES_M if female else FIRST_NAMES_F), p_tussen,
                        p_last, MemberRole.PARTNER, rng.randint(19, 85),
                        mobile(rng) if rng.random() < 0.5 else ""))
    while len(members) < size:
        members.append((rng.choice(FIRST_NAMES_F + FIRST_NAMES_M), tussen, last,
                        MemberRole.KIND, rng.randint(0, 18), ""))
    name = search_index.member_name(first, tussen, last)
    number_text = f"H-{hid:06d}"
    doc = search_index.document(
        number_text, name, street, number, addition, postcode, city, phone,
        [search_index.member_name(m[0], m[1], m[2]) for m in members],
        [m[5] for m in members if m[5]])
    created = _moment(rng, start)
    # drawn in this order so a seed gives the same demo as before the standard categories
    email = (f"{first.lower()}.{last.lower().replace(' ', '')}@voorbeeld.nl"
             if rng.random() < 0.4 else "")
    language = rng.choice(LANGUAGES)
    interpreter_needed = rng.random() < 0.05
    category = None if is_open else rng.choice(CLOSING_CATEGORIES)
    writer.add(Household, dict(
        id=hid, number=number_text, name=name, street=street, house_number=number,
        house_number_addition=addition, postcode=postcode, city=city, area=area,
        phone=phone, email=email, language=language, interpreter_needed=interpreter_needed,
        status=status, closing_category=category, closing_reason="", start_date=start,
        end_date=end, team_id=team_id, regievoerder_id=regie, regie_external="",
        search_text=doc, created_at=created, version=1))
    for m_first, m_tussen, m_last, role, age, m_phone in members:
        born = today - timedelta(days=age * 365 + rng.randint(0, 364))
        writer.add(Member, dict(
            household_id=hid, first_name=m_first, tussenvoegsel=m_tussen, last_name=m_last,
            date_of_birth=born if rng.random() < 0.9 else None, role=role,
            bsn=bsn(rng) if rng.random() < 0.3 else "", phone=m_phone, email="", version=1))
    writer.add(HouseholdStatusChange, dict(household_id=hid, status=HouseholdStatus.AANGEMELD,
                                           reason="", closing_category=None, at=created,
                                           by_user_id=regie))
    if category is not None:
        writer.add(HouseholdStatusChange, dict(
            household_id=hid, status=HouseholdStatus.AFGESLOTEN,
            reason=closing_line(category), closing_category=category,
            at=_moment(rng, end or start), by_user_id=regie))
    writer.add(RegieHandover, dict(household_id=hid, from_user_id=None, to_user_id=regie,
                                   external_party="", note="", at=created, by_user_id=regie))
    source = rng.choices(SOURCES, SOURCE_WEIGHTS)[0]
    writer.add(Signal, dict(
        team_id=team_id, source=source, subdomain=_subdomain(rng, source),
        urgency=rng.choices(list(Urgency), (85, 12, 3))[0], received_on=start,
        description=rng.choice(REPORT_OPENINGS), name=name, phone=phone, email="",
        street=street, house_number=number, house_number_addition=addition,
        postcode=postcode, city=city, origin_type="", origin_id=None,
        status=SignalStatus.GEKOPPELD, triage_note="", referred_to="", household_id=hid,
        created_by_id=regie, created_at=created, triaged_by_id=regie,
        triaged_at=created, version=1))
    if rng.random() < 0.5:
        org, role_name = rng.choice(PARTNER_ORGS)
        writer.add(HouseholdPartner, dict(household_id=hid, name="", organisation=org,
                                          role=role_name, phone="", organisation_ref_id=None,
                                          added_at=created))
        writer.add(Consent, dict(household_id=hid, purpose=ConsentPurpose.DELEN_MET_PARTNER,
                                 partner=org, given=True, given_by=name, at=created,
                                 recorded_by_id=regie, recorded_at=created))
    writer.add(Consent, dict(household_id=hid, purpose=ConsentPurpose.VASTLEGGEN,
                             partner="", given=True, given_by=name, at=created,
                             recorded_by_id=regie, recorded_at=created))
    if status is HouseholdStatus.AANGEMELD:
        return
    last_day = end or (today - timedelta(days=rng.choice((1, 3, 8, 15, 30, 60))))
    span = max((last_day - start).days, 1)
    count = max(1, int(rng.triangular(1, per_household * 2, per_household)))
    for n in range(count):
        day = start + timedelta(days=span if n == count - 1 else rng.randint(0, span))
        second = rng.choice(workers) if n == 0 and len(workers) > 1 else None
        writer.add(Contact, dict(
            household_id=hid, kind=rng.choices(KINDS, KIND_WEIGHTS)[0],
            at=_moment(rng, day), worker_id=regie,
            second_worker_id=second if second != regie else None,
            duration_minutes=rng.choice((10, 15, 30, 30, 45, 60, 90)),
            leefgebieden="|" + "|".join(rng.sample(LEEFGEBIEDEN, rng.randint(1, 2))) + "|",
            report=rng.choice(REPORT_OPENINGS), created_at=_moment(rng, day)))


def _loose_signals(writer: _Writer, rng: random.Random, households: int, team_id: int,
                   workers: Sequence[int], today: date) -> None:
    """Signals that did not become a household (advies, verwezen), and ~20 new ones
    waiting in "Nieuwe aanmeldingen" (some past the follow-through limit)."""
    for i in range(households // 3 + 20):
        new = i < 20
        received = today - timedelta(days=rng.randint(0, 12) if new
                                     else rng.randint(1, YEARS * 365))
        tussen, last = rng.choice(LAST_NAMES)
        status = SignalStatus.NIEUW if new else rng.choice(
            (SignalStatus.AFGEHANDELD, SignalStatus.VERWEZEN))
        area, _k, pc_base, city, streets = rng.choice(AREAS)
        source = rng.choices(SOURCES, SOURCE_WEIGHTS)[0]
        writer.add(Signal, dict(
            team_id=team_id, source=source, subdomain=_subdomain(rng, source),
            urgency=rng.choices(list(Urgency), (85, 12, 3))[0], received_on=received,
            description=rng.choice(REPORT_OPENINGS),
            name=search_index.member_name(rng.choice(FIRST_NAMES_F + FIRST_NAMES_M), tussen,
                                          last),
            phone=mobile(rng) if rng.random() < 0.7 else "", email="",
            street=rng.choice(streets), house_number=rng.randint(1, 180),
            house_number_addition="", postcode=f"{pc_base} {rng.choice('ABCDEFGH')}"
            f"{rng.choice('ABCDEFGH')}", city=city, origin_type="", origin_id=None,
            status=status, triage_note="" if new else "Advies gegeven",
            referred_to="Voorliggende voorziening" if status is SignalStatus.VERWEZEN else "",
            household_id=None, created_by_id=rng.choice(workers),
            created_at=_moment(rng, received), triaged_by_id=None, triaged_at=None,
            version=1))
