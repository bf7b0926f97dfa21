"""Everything stored about one household, gathered as plain data for the per-household
prints (huishoudoverzicht, "Wat weten we over u?") and the machine-readable inzage export.

The caller checks access and writes the audit entry; this module only reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from wijkteam_desk.i18n import msg
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services import validation
from wijkteam_desk.services.budget import BudgetInfo, BudgetService
from wijkteam_desk.services.contacts import contact_rows
from wijkteam_desk.services.household_read import build_dossier
from wijkteam_desk.services.household_types import ContactFilter, ContactInfo, Dossier
from wijkteam_desk.services.plan_config import read_settings
from wijkteam_desk.services.referrals import ReferralInfo, ReferralService
from wijkteam_desk.services.search_index import member_name
from wijkteam_desk.services.settings_access import RETENTION_YEARS, int_setting
from wijkteam_desk.store.models import (
    AuditEntry,
    BudgetRequest,
    Gap,
    Household,
    HouseholdColleague,
    InloopVisit,
    Leefgebied,
    Location,
    Member,
    MemberRole,
    Plan,
    Referral,
    Role,
    Signal,
    SignalSource,
    SignalStatus,
    Team,
    UserRole,
)

ALL_CONTACTS = 1_000_000  # contact_rows needs a limit; an inzage leaves nothing out


@dataclass(frozen=True)
class MemberRecord:
    id: int
    name: str
    role: MemberRole
    date_of_birth: date | None
    bsn: str  # full in the inzage, masked (******782) in the huishoudoverzicht
    phone: str
    email: str


@dataclass(frozen=True)
class SignalRecord:
    received_on: date
    source: SignalSource
    description: str
    status: SignalStatus
    triage_note: str
    referred_to: str


@dataclass(frozen=True)
class VisitRecord:
    day: date
    location: str
    topic: str
    question: str
    outcome: str
    outcome_note: str


@dataclass(frozen=True)
class GapRecord:
    recorded_on: date
    topic: str
    description: str


@dataclass(frozen=True)
class AccessRecord:
    """One line of the logboek about this household, as the resident may see it: when,
    in which function, what and (where one was stated) why. No colleague's name."""

    at: datetime
    function: str  # "regievoerder", "betrokken collega", "sociaal werker", "teamleider"
    action: str  # the operation, e.g. households.open
    reason: str


@dataclass(frozen=True)
class HouseholdRecord:
    dossier: Dossier
    team_name: str
    members: tuple[MemberRecord, ...]
    contacts: tuple[ContactInfo, ...]  # newest first
    signals: tuple[SignalRecord, ...]
    plan: pm.Plan | None
    plan_agreed_on: date | None
    leefgebieden: dict[int, str]
    referrals: tuple[ReferralInfo, ...]
    budget: tuple[BudgetInfo, ...]
    visits: tuple[VisitRecord, ...]
    gaps: tuple[GapRecord, ...]
    access_log: tuple[AccessRecord, ...]
    retention_years: int
    weeks_without_plan: int  # a plan should be vastgesteld within this many weeks
    printed_at: datetime


def retention_years(session: Session) -> int:
    """Years a closed dossier is kept before destruction: the bewaartermijn the beheerder
    sets (Beheer → Instellingen), the same one the vernietigingslijst uses."""
    return int_setting(session, RETENTION_YEARS)


def collect(session: Session, household: Household, *, full_bsn: bool, complete: bool,
            contacts_limit: int = ALL_CONTACTS, now: datetime) -> HouseholdRecord:
    """The household's record. ``full_bsn`` only for the resident's own inzage;
    ``complete`` (the inzage) adds the inloop visits, hiaten and who looked at the
    dossier, which the huishoudoverzicht does not show. (Inloop visits have no index on
    household_id: that query scans the visits, about 0.2 s at office scale.)"""
    hid = household.id
    dossier = build_dossier(session, household, "", False)
    members = tuple(
        MemberRecord(m.id, member_name(m.first_name, m.tussenvoegsel, m.last_name), m.role,
                     m.date_of_birth, m.bsn if full_bsn else validation.mask_bsn(m.bsn),
                     validation.display_phone(m.phone), m.email)
        for m in session.scalars(select(Member).where(Member.household_id == hid)
                                 .order_by(Member.id)))
    team = session.get(Team, household.team_id)
    plan_row = session.scalar(select(Plan).where(Plan.household_id == hid))
    plan = pm.from_dict(json.loads(plan_row.document)) if plan_row is not None else None
    referrals = tuple(ReferralService.info(session, r) for r in session.scalars(
        select(Referral).where(Referral.household_id == hid)
        .order_by(Referral.proposed_on.desc(), Referral.id.desc())))
    budget = tuple(BudgetService.info(session, r) for r in session.scalars(
        select(BudgetRequest).where(BudgetRequest.household_id == hid)
        .order_by(BudgetRequest.id)))
    signals = tuple(SignalRecord(s.received_on, s.source, s.description, s.status,
                                 s.triage_note, s.referred_to)
                    for s in session.scalars(select(Signal).where(Signal.household_id == hid)
                                             .order_by(Signal.received_on, Signal.id)))
    visits, gaps = (_visits(session, hid), _gaps(session, hid)) if complete else ((), ())
    return HouseholdRecord(
        dossier, team.name if team else "", members,
        tuple(contact_rows(session, hid, ContactFilter(), limit=contacts_limit)),
        signals, plan, plan_row.agreed_on if plan_row is not None else None,
        {r[0]: r[1] for r in session.execute(select(Leefgebied.id, Leefgebied.name))},
        referrals, budget, visits, gaps,
        _access_log(session, household, [m.id for m in members],
                    [r.id for r in referrals], [b.id for b in budget]) if complete else (),
        retention_years(session), read_settings(session).weeks_without_plan, now)


def _visits(session: Session, hid: int) -> tuple[VisitRecord, ...]:
    locations = {r[0]: r[1] for r in session.execute(select(Location.id, Location.name))}
    return tuple(VisitRecord(v.day, locations.get(v.location_id, ""), v.topic, v.question,
                             v.outcome.value if v.outcome else "", v.outcome_note)
                 for v in session.scalars(select(InloopVisit).where(
                     InloopVisit.household_id == hid).order_by(InloopVisit.arrived_at)))


def _gaps(session: Session, hid: int) -> tuple[GapRecord, ...]:
    return tuple(GapRecord(g.recorded_on, g.topic, g.description)
                 for g in session.scalars(select(Gap).where(Gap.household_id == hid)
                                          .order_by(Gap.recorded_on, Gap.id)))


def _access_log(session: Session, household: Household, member_ids: list[int],
                referral_ids: list[int], budget_ids: list[int]) -> tuple[AccessRecord, ...]:
    """Every logboek entry about the household, its members, referrals and budget."""
    def about(kind: str, ids: list[int]):  # type: ignore[no-untyped-def]
        return and_(AuditEntry.record_type == kind,
                    AuditEntry.record_id.in_([str(i) for i in ids]))

    entries = session.execute(
        select(AuditEntry.at, AuditEntry.user_id, AuditEntry.action, AuditEntry.reason)
        .where(or_(about("household", [household.id]), about("member", member_ids),
                   about("referral", referral_ids), about("budget_request", budget_ids)))
        .order_by(AuditEntry.seq)).all()
    user_ids = {e.user_id for e in entries if e.user_id is not None}
    roles: dict[int, set[Role]] = {}
    for uid, role in session.execute(select(UserRole.user_id, UserRole.role)
                                     .where(UserRole.user_id.in_(user_ids))):
        roles.setdefault(uid, set()).add(role)
    colleagues = {c for c in session.scalars(
        select(HouseholdColleague.user_id).where(
            HouseholdColleague.household_id == household.id))}
    return tuple(AccessRecord(datetime.fromisoformat(e.at),
                              _function(e.user_id, household, colleagues, roles),
                              e.action, e.reason) for e in entries)


def _function(user_id: int | None, household: Household, colleagues: set[int],
              roles: dict[int, set[Role]]) -> str:
    if user_id is None:
        return msg("systeem")
    if user_id == household.regievoerder_id:
        return msg("regievoerder")
    if user_id in colleagues:
        return msg("betrokken collega")
    held = roles.get(user_id, set())
    for role, name in ((Role.TEAMLEIDER, msg("teamleider")),
                       (Role.SOCIAAL_WERKER, msg("sociaal werker")),
                       (Role.VRIJWILLIGER, msg("vrijwilliger")),
                       (Role.BEHEERDER, msg("beheerder"))):
        if role in held:
            return name
    return msg("medewerker")
