"""Reading households: the dossier, reasoned access, BSN reveal, search, the vrijwilliger's
existence check and "Mijn huishoudens"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wijkteam_desk.errors import NotFoundError, PermissionDenied, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services import search_index, validation
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.contacts import contact_rows
from wijkteam_desk.services.household_access import (
    EXISTENCE,
    WITH_REASON,
    access_level,
    format_address,
    get_household,
    household_info,
    member_info,
    readable,
    user_names,
)
from wijkteam_desk.services.household_types import (
    CaseloadRow,
    ColleagueInfo,
    ConsentInfo,
    ContactFilter,
    Dossier,
    PartnerInfo,
    ReasonedAccessRow,
    RegieHandoverInfo,
    SearchResult,
    StatusChangeInfo,
)
from wijkteam_desk.services.plan_config import read_settings
from wijkteam_desk.services.plan_signals import KIND_NAMES as PLAN_KIND_NAMES
from wijkteam_desk.services.plan_signals import caseload_scope, plan_signals
from wijkteam_desk.services.settings_access import NO_CONTACT_WEEKS, int_setting
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import (
    Consent,
    Contact,
    Household,
    HouseholdColleague,
    HouseholdPartner,
    HouseholdStatus,
    HouseholdStatusChange,
    Member,
    ReasonedAccess,
    RegieHandover,
    Role,
    User,
    UserRole,
)

SEARCH_LIMIT = 50
_STATUS = {s.value: s for s in HouseholdStatus}
# One indexed query: the match, the regievoerder's name and whether the actor is a
# betrokken collega (tests/bench/households.py compares it with the bare SQL). The unary
# plus keeps SQLite from walking the team index instead of the (few) matches.
SEARCH_SQL = (
    "SELECT h.id, h.number, h.name, h.postcode, u.full_name, h.regievoerder_id, h.street, "
    "h.house_number, h.house_number_addition, h.city, h.phone, h.status, "
    "EXISTS (SELECT 1 FROM household_colleague c WHERE c.household_id = h.id "
    "AND c.user_id = :me) AS colleague "
    "FROM household h LEFT JOIN user_account u ON u.id = h.regievoerder_id "
    "WHERE {where} AND +h.team_id = :team LIMIT :limit")
MIN_REASON = 10


def consent_infos(session: Session, household_id: int) -> list[ConsentInfo]:
    """All consent statements, newest first."""
    rows = session.execute(select(Consent).where(Consent.household_id == household_id)
                           .order_by(Consent.at.desc(), Consent.id.desc())).scalars().all()
    names = user_names(session, [c.recorded_by_id for c in rows])
    return [ConsentInfo(c.id, c.purpose, c.partner, c.given, c.given_by, c.at,
                        names.get(c.recorded_by_id, "")) for c in rows]


def current_consents(history: list[ConsentInfo]) -> list[ConsentInfo]:
    """The newest statement per purpose and partner from a newest-first history."""
    seen: set[tuple[str, str]] = set()
    current = []
    for c in history:
        key = (c.purpose.value, c.partner.casefold())
        if key not in seen:
            seen.add(key)
            current.append(c)
    return current


def build_dossier(session: Session, household: Household, access: str,
                  can_edit: bool) -> Dossier:
    """Everything the dossier window shows; the caller has checked access and audits."""
    hid = household.id
    members = session.execute(select(Member).where(Member.household_id == hid)
                              .order_by(Member.id)).scalars().all()
    colleagues = session.execute(select(HouseholdColleague).where(
        HouseholdColleague.household_id == hid)).scalars().all()
    partners = session.execute(select(HouseholdPartner).where(
        HouseholdPartner.household_id == hid).order_by(HouseholdPartner.id)).scalars().all()
    statuses = session.execute(select(HouseholdStatusChange).where(
        HouseholdStatusChange.household_id == hid).order_by(HouseholdStatusChange.id)
    ).scalars().all()
    handovers = session.execute(select(RegieHandover).where(
        RegieHandover.household_id == hid).order_by(RegieHandover.id)).scalars().all()
    names = user_names(session, [c.user_id for c in colleagues]
                       + [s.by_user_id for s in statuses]
                       + [x for h in handovers for x in (h.from_user_id, h.to_user_id,
                                                         h.by_user_id)])
    history = consent_infos(session, hid)
    return Dossier(
        household_info(session, household),
        tuple(member_info(m) for m in members),
        tuple(ColleagueInfo(c.user_id, names.get(c.user_id, ""), c.role_note)
              for c in colleagues),
        tuple(PartnerInfo(p.id, p.name, p.organisation, p.role,
                          validation.display_phone(p.phone), p.organisation_ref_id)
              for p in partners),
        tuple(contact_rows(session, hid, ContactFilter())),
        tuple(current_consents(history)), tuple(history),
        tuple(StatusChangeInfo(s.status, s.reason, s.at, names.get(s.by_user_id or 0, ""))
              for s in statuses),
        tuple(RegieHandoverInfo(names.get(h.from_user_id or 0, ""),
                                names.get(h.to_user_id or 0, ""), h.external_party, h.note,
                                h.at, names.get(h.by_user_id or 0, "")) for h in handovers),
        access, can_edit and household.anonymised_at is None)


class HouseholdReading:
    _db: Database
    _log: AuditLog
    _clock: Callable[[], datetime]

    @operation("households.open")
    def open(self, actor: Actor, household_id: int) -> Dossier:
        """The whole dossier for its regievoerder, betrokken collega's and the teamleider
        of the team. Others get PermissionDenied (a sociaal werker of the team may use
        open_with_reason). Audited as households.open."""
        with self._db.begin() as session:
            household, level = readable(session, actor, household_id, "households.open")
            self._log.append(session, actor, "households.open", "household", household.id)
            return build_dossier(session, household, level, True)

    @operation("households.open_with_reason")
    def open_with_reason(self, actor: Actor, household_id: int, reason: str) -> Dossier:
        """A sociaal werker of the same team opens a household they are not involved in,
        read only, after stating why (at least 10 characters). Audited with the reason
        and listed for the teamleider (list_reasoned_access)."""
        reason = (reason or "").strip()
        if len(reason) < MIN_REASON:
            raise ValidationError(
                msg("Geef de reden waarom u dit huishouden opent (minstens 10 tekens)."),
                field="reason")
        reason = validation.limited(reason, "reason", 500)
        with self._db.begin() as session:
            household = get_household(session, household_id)
            level = access_level(session, actor, household)
            if level != EXISTENCE:
                if level == "geen":
                    raise PermissionDenied("households.open_with_reason")
                self._log.append(session, actor, "households.open", "household", household.id)
                return build_dossier(session, household, level, True)
            session.add(ReasonedAccess(household_id=household.id, team_id=household.team_id,
                                       user_id=actor.user_id, reason=reason, at=self._clock()))
            self._log.append(session, actor, "households.open_with_reason", "household",
                             household.id, reason)
            return build_dossier(session, household, WITH_REASON, False)

    @operation("households.reveal_bsn")
    def reveal_bsn(self, actor: Actor, member_id: int, reason: str) -> str:
        """The full BSN of a gezinslid, for someone who may open the dossier. The reason
        is required and audited."""
        reason = validation.required(reason, "reason", msg("Geef de reden waarom u het BSN "
                                                          "wilt zien."), 500)
        with self._db.begin() as session:
            member = session.get(Member, member_id)
            if member is None:
                raise NotFoundError()
            readable(session, actor, member.household_id, "households.reveal_bsn")
            self._log.append(session, actor, "households.reveal_bsn", "member", member.id,
                             reason)
            return member.bsn

    @operation("households.search")
    def search(self, actor: Actor, query: str, *, limit: int = SEARCH_LIMIT) -> list[SearchResult]:
        """Type-ahead over name, address, postcode, phone and household number, within the
        actor's team; every word matches as a prefix. At most ``limit`` (50) rows. Rows
        for households the actor may not open carry only number, name, postcode and
        regievoerder. Not audited (no dossier contents)."""
        words = search_index.terms(query)
        if not words or actor.team_id is None:
            return []
        with self._db.read() as conn:
            where, params = search_index.match_sql(conn.dialect.name, words)
            # the DB-API cursor itself: the type-ahead runs on every keystroke (DESIGN §5)
            sql = search_index.driver_sql(conn.dialect.name,
                                          SEARCH_SQL.format(where=where))
            cursor = conn.connection.cursor()
            try:
                cursor.execute(sql, {**params, "team": actor.team_id, "me": actor.user_id,
                                     "limit": min(limit, SEARCH_LIMIT)})
                rows = cursor.fetchall()
            finally:
                cursor.close()
        full_access = actor.has(Role.TEAMLEIDER)
        results = []
        for r in rows:
            involved = full_access or r[5] == actor.user_id or bool(r[12])
            if involved:
                results.append(SearchResult(
                    r[0], r[1], r[2], r[3], r[4] or "", True,
                    format_address(r[6], r[7], r[8]), r[9], validation.display_phone(r[10]),
                    _STATUS[r[11]]))
            else:
                results.append(SearchResult(r[0], r[1], r[2], r[3], r[4] or "", False))
        results.sort(key=lambda s: (s.name.casefold(), s.number))
        return results

    @operation("households.match_exists")
    def match_exists(self, actor: Actor, name: str, postcode: str) -> bool:
        """True when a household of the actor's team has a member or name matching
        ``name`` (a last name, or first and last name) at ``postcode``. The only thing a
        vrijwilliger learns: "er is een huishouden met deze naam en postcode". Audited."""
        code = validation.postcode(postcode)
        words = search_index.terms(name)
        if not code or not words or actor.team_id is None:
            return False
        with self._db.begin() as session:
            candidates = session.execute(
                select(Household.id, Household.search_text).where(
                    Household.team_id == actor.team_id, Household.postcode == code)).all()
            found = any(all(f" {w}" in f" {doc}" for w in words)
                        for _hid, doc in candidates)
            self._log.append(session, actor, "households.match_exists", "household", "",
                             "gevonden" if found else "niet gevonden")
        return found

    @operation("households.my_caseload")
    def my_caseload(self, actor: Actor) -> list[CaseloadRow]:
        """"Mijn huishoudens": open households where the actor is regievoerder or betrokken,
        with the last contact and what needs attention: the plan's signals (evaluation
        overdue, action past its deadline, no vastgesteld plan after N weeks), status
        aangemeld, no contact yet, or none for more than households.no_contact_weeks
        (default 6) weeks. Audited."""
        return self._caseload(actor, team=False)

    @operation("households.team_caseload")
    def team_caseload(self, actor: Actor) -> list[CaseloadRow]:
        """Teamleider: every open household of the team, with its regievoerder and the
        same attention notes as "Mijn huishoudens". Audited."""
        return self._caseload(actor, team=True)

    def _caseload(self, actor: Actor, *, team: bool) -> list[CaseloadRow]:
        today = self._clock()
        action = "households.team_caseload" if team else "households.my_caseload"
        with self._db.begin() as session:
            weeks = int_setting(session, NO_CONTACT_WEEKS)
            # per household through ix_contact_household_at, not over all contacts
            last_at = (select(func.max(Contact.at)).where(Contact.household_id == Household.id)
                       .correlate(Household).scalar_subquery())
            rows = session.execute(
                select(Household, last_at, User.full_name)
                .outerjoin(User, User.id == Household.regievoerder_id)
                .where(caseload_scope(actor, team), Household.status != HouseholdStatus.AFGESLOTEN)
                .order_by(Household.name)).all()
            self._log.append(session, actor, action, "household", "", str(len(rows)))
            # the one plan: evaluation overdue, actions past deadline, no vastgesteld plan
            plan_kinds: dict[int, list[str]] = {}
            for signal in plan_signals(session, actor, today.date(),
                                       read_settings(session).weeks_without_plan, team):
                kinds = plan_kinds.setdefault(signal.household_id, [])
                if PLAN_KIND_NAMES[signal.kind] not in kinds:
                    kinds.append(PLAN_KIND_NAMES[signal.kind])
            result = []
            for household, last_at, regievoerder in rows:
                attention = list(plan_kinds.get(household.id, ()))
                if household.status is HouseholdStatus.AANGEMELD:
                    attention.append(msg("Aangemeld: nog niet gestart"))
                if last_at is None:
                    attention.append(msg("Nog geen contact"))
                elif today - last_at > timedelta(weeks=weeks):
                    attention.append(msg("Al lang geen contact"))
                result.append(CaseloadRow(
                    household.id, household.number, household.name,
                    format_address(household.street, household.house_number,
                                   household.house_number_addition),
                    household.postcode, household.status,
                    "regievoerder" if household.regievoerder_id == actor.user_id
                    else "betrokken" if not team else "", last_at,
                    None if last_at is None else (today - last_at).days // 7, tuple(attention),
                    regievoerder or household.regie_external or ""))
            return result

    @operation("households.list_workers")
    def list_workers(self, actor: Actor) -> list[ColleagueInfo]:
        """Active sociaal werkers and teamleiders of the actor's team, by name: the choice
        of regievoerder, betrokken collega or second worker of a contact."""
        with self._db.begin() as session:
            rows = session.execute(
                select(User.id, User.full_name).where(
                    User.team_id == actor.team_id, User.active.is_(True),
                    User.id.in_(select(UserRole.user_id).where(UserRole.role.in_(
                        [Role.SOCIAAL_WERKER, Role.TEAMLEIDER]))))
                .order_by(User.full_name)).all()
        return [ColleagueInfo(uid, name, "") for uid, name in rows]

    @operation("households.list_reasoned_access")
    def list_reasoned_access(self, actor: Actor, *, since: date | None = None,
                             limit: int = 500) -> list[ReasonedAccessRow]:
        """Teamleider: who opened which household of the team with a stated reason,
        newest first. Audited."""
        with self._db.begin() as session:
            query = (select(ReasonedAccess, Household.number, Household.name, User.full_name)
                     .join(Household, Household.id == ReasonedAccess.household_id)
                     .join(User, User.id == ReasonedAccess.user_id)
                     .where(ReasonedAccess.team_id == actor.team_id)
                     .order_by(ReasonedAccess.at.desc()).limit(limit))
            if since is not None:
                query = query.where(ReasonedAccess.at >= datetime.combine(
                    since, datetime.min.time(), tzinfo=self._clock().tzinfo))
            rows = [ReasonedAccessRow(a.household_id, number, name, user, a.reason, a.at)
                    for a, number, name, user in session.execute(query)]
            self._log.append(session, actor, "households.list_reasoned_access")
            return rows
