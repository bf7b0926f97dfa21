"""Changing households: create, edit, status, regie, colleagues, partners, members."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from wijkteam_desk.errors import ConflictError, NotFoundError, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services import search_index, validation
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.household_access import (
    household_info,
    member_info,
    writable,
)
from wijkteam_desk.services.household_labels import closing_line
from wijkteam_desk.services.household_types import (
    HouseholdInfo,
    HouseholdInput,
    MemberInfo,
    MemberInput,
    PartnerInput,
)
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import (
    ClosingCategory,
    Household,
    HouseholdColleague,
    HouseholdPartner,
    HouseholdStatus,
    HouseholdStatusChange,
    Member,
    MemberRole,
    RegieHandover,
    Role,
    User,
    UserRole,
)

S = HouseholdStatus
TRANSITIONS: dict[HouseholdStatus, set[HouseholdStatus]] = {
    S.AANGEMELD: {S.ACTIEF, S.AFGESLOTEN},
    S.ACTIEF: {S.AFGESLOTEN},
    S.AFGESLOTEN: {S.HEROPEND},
    S.HEROPEND: {S.ACTIEF, S.AFGESLOTEN},
}


def clean_household(data: HouseholdInput) -> dict[str, Any]:
    """Validated, normalised column values; raises ValidationError on the first bad field."""
    return {
        "name": validation.limited(data.name, "name", 150),
        "street": validation.limited(data.street, "street", 120),
        "house_number": validation.house_number(data.house_number),
        "house_number_addition": validation.addition(data.house_number_addition),
        "postcode": validation.postcode(data.postcode),
        "city": validation.limited(data.city, "city", 80),
        "area": validation.limited(data.area, "area", 80),
        "phone": validation.phone(data.phone),
        "email": validation.email(data.email),
        "language": validation.limited(data.language, "language", 60),
        "interpreter_needed": bool(data.interpreter_needed),
    }


def clean_member(data: MemberInput, today: date) -> dict[str, Any]:
    """Validated, normalised member columns; raises ValidationError on the first bad field."""
    if not isinstance(data.role, MemberRole):
        raise ValidationError(msg("Kies de rol in het huishouden."), field="role")
    values = {
        "last_name": validation.required(data.last_name, "last_name",
                                         msg("Vul de achternaam in."), 100),
        "first_name": validation.limited(data.first_name, "first_name", 80),
        "tussenvoegsel": validation.limited(data.tussenvoegsel, "tussenvoegsel", 20),
        "date_of_birth": validation.date_of_birth(data.date_of_birth, today),
        "role": data.role,
        "bsn": validation.bsn(data.bsn or ""),
        "phone": validation.phone(data.phone),
        "email": validation.email(data.email),
    }
    if data.bsn is None:
        del values["bsn"]
    return values


def clean_closing_category(category: ClosingCategory | str | None,
                           toelichting: str) -> ClosingCategory:
    """The standard afsluitreden (a ClosingCategory or its value, e.g. from the command
    line); "anders" needs a toelichting. Raises ValidationError."""
    try:
        chosen = ClosingCategory(category) if category else None
    except ValueError:
        chosen = None
    if chosen is None:
        raise ValidationError(msg("Kies een afsluitreden."), field="closing_category")
    if chosen is ClosingCategory.ANDERS and not toelichting:
        raise ValidationError(msg("Vul bij ‘Andere reden’ een toelichting in."),
                              field="closing_reason")
    return chosen


def reopen(household: Household) -> None:
    """Back to heropend: the afsluitreden and end date no longer apply."""
    household.status = HouseholdStatus.HEROPEND
    household.end_date = None
    household.closing_category = None
    household.closing_reason = ""


def check_worker(session: Session, user_id: int, team_id: int, field: str) -> User:
    """An active sociaal werker or teamleider of the team."""
    user = session.get(User, user_id)
    ok = user is not None and user.active and user.team_id == team_id and session.scalar(
        select(UserRole.id).where(UserRole.user_id == user_id, UserRole.role.in_(
            [Role.SOCIAAL_WERKER, Role.TEAMLEIDER]))) is not None
    if not ok or user is None:
        raise ValidationError(msg("Kies een medewerker van dit team."), field=field)
    return user


def insert_household(
    session: Session, actor: Actor, values: dict[str, Any], members: list[dict[str, Any]],
    *, team_id: int, regievoerder_id: int | None, start: date, now: datetime, reason: str,
) -> Household:
    """Add a household with its members and history rows; the caller audits."""
    if not values["name"] and members:
        first = members[0]
        values = {**values, "name": search_index.member_name(
            first["first_name"], first["tussenvoegsel"], first["last_name"])}
    if not values["name"]:
        raise ValidationError(msg("Vul een naam in voor het huishouden."), field="name")
    # a unique placeholder until the id is known
    household = Household(number=f"N-{uuid.uuid4().hex[:10]}", team_id=team_id,
                          regievoerder_id=regievoerder_id,
                          start_date=start, status=HouseholdStatus.AANGEMELD, created_at=now,
                          **values)
    session.add(household)
    session.flush()
    session.execute(update(Household).where(Household.id == household.id)
                    .values(number=f"H-{household.id:06d}"))
    for row in members:
        session.add(Member(household_id=household.id, **row))
    session.add(HouseholdStatusChange(household_id=household.id, status=HouseholdStatus.AANGEMELD,
                                      reason=reason, at=now, by_user_id=actor.user_id))
    if regievoerder_id is not None:
        session.add(RegieHandover(household_id=household.id, to_user_id=regievoerder_id,
                                  at=now, by_user_id=actor.user_id))
    session.flush()
    search_index.sync(session, household.id)
    return household


class HouseholdEditing:
    _db: Database
    _log: AuditLog
    _clock: Callable[[], datetime]

    def _today(self) -> date:
        return self._clock().astimezone().date()

    @operation("households.create")
    def create(
        self, actor: Actor, data: HouseholdInput, members: list[MemberInput] | None = None,
        *, regievoerder_id: int | None = None,
    ) -> HouseholdInfo:
        """Sociaal werker or teamleider; the household joins the actor's team. A sociaal
        werker becomes its regievoerder; a teamleider chooses one (or none yet).
        Raises ValidationError (nothing saved). Audited as households.create."""
        values = clean_household(data)
        rows = [clean_member(m, self._today()) for m in members or []]
        with self._db.begin() as session:
            if actor.team_id is None:
                raise ValidationError(msg("U hoort niet bij een team."), field="team_id")
            if not actor.has(Role.TEAMLEIDER):
                regievoerder_id = actor.user_id
            elif regievoerder_id is not None:
                check_worker(session, regievoerder_id, actor.team_id, "regievoerder_id")
            household = insert_household(
                session, actor, values, rows, team_id=actor.team_id,
                regievoerder_id=regievoerder_id, start=self._today(), now=self._clock(),
                reason="")
            self._log.append(session, actor, "households.create", "household", household.id)
            return household_info(session, household)

    @operation("households.update")
    def update(self, actor: Actor, household_id: int, data: HouseholdInput,
               version: int) -> HouseholdInfo:
        """Regievoerder, betrokken collega or teamleider. Raises ConflictError when someone
        saved the household since ``version`` was read (nothing is changed then)."""
        values = clean_household(data)
        with self._db.begin() as session:
            household = writable(session, actor, household_id, "households.update")
            if not values["name"]:
                raise ValidationError(msg("Vul een naam in voor het huishouden."),
                                      field="name")
            if household.version != version:
                raise ConflictError()
            for key, value in values.items():
                setattr(household, key, value)
            session.flush()
            search_index.sync(session, household.id)
            self._log.append(session, actor, "households.update", "household", household.id)
            return household_info(session, household)

    @operation("households.set_status")
    def set_status(self, actor: Actor, household_id: int, status: HouseholdStatus,
                   version: int, reason: str = "", *,
                   category: ClosingCategory | str | None = None) -> HouseholdInfo:
        """aangemeld -> actief -> afgesloten -> heropend. Closing requires the standard
        afsluitreden ``category``; ``reason`` is then its toelichting, required only for
        "anders". Reopening keeps the same regievoerder and clears the afsluitreden.
        Raises ValidationError (nothing changed) or ConflictError."""
        reason = validation.limited(reason, "closing_reason", 2000)
        with self._db.begin() as session:
            household = writable(session, actor, household_id, "households.set_status")
            if household.version != version:
                raise ConflictError()
            if status not in TRANSITIONS[household.status]:
                raise ValidationError(msg("Deze statuswijziging is niet mogelijk."),
                                      field="status")
            chosen = (clean_closing_category(category, reason)
                      if status is HouseholdStatus.AFGESLOTEN else None)
            line = reason
            if chosen is not None:
                household.closing_category = chosen
                household.closing_reason = reason
                household.end_date = self._today()
                line = closing_line(chosen, reason)
            if status is HouseholdStatus.HEROPEND:
                reopen(household)
            household.status = status
            session.add(HouseholdStatusChange(household_id=household.id, status=status,
                                              reason=line, closing_category=chosen,
                                              at=self._clock(), by_user_id=actor.user_id))
            session.flush()
            self._log.append(session, actor, "households.set_status", "household",
                             household.id, status.value)
            return household_info(session, household)

    @operation("households.assign_regievoerder")
    def assign_regievoerder(self, actor: Actor, household_id: int, user_id: int | None,
                            *, external_party: str = "", note: str = "") -> HouseholdInfo:
        """Teamleider of the household's team. ``user_id`` None with ``external_party``
        records that regie went to an outside party. Kept as handover history."""
        with self._db.begin() as session:
            household = writable(session, actor, household_id, "households.assign_regievoerder")
            external_party = validation.limited(external_party, "external_party", 200)
            if user_id is not None:
                check_worker(session, user_id, household.team_id, "regievoerder_id")
            elif not external_party:
                raise ValidationError(msg("Kies een regievoerder of vul de externe partij in."),
                                      field="regievoerder_id")
            session.add(RegieHandover(
                household_id=household.id, from_user_id=household.regievoerder_id,
                to_user_id=user_id, external_party=external_party,
                note=validation.limited(note, "note", 2000), at=self._clock(),
                by_user_id=actor.user_id))
            household.regievoerder_id = user_id
            household.regie_external = external_party
            session.flush()
            self._log.append(session, actor, "households.assign_regievoerder", "household",
                             household.id)
            return household_info(session, household)

    @operation("households.add_colleague")
    def add_colleague(self, actor: Actor, household_id: int, user_id: int,
                      role_note: str = "") -> None:
        """Make a team member betrokken collega (e.g. the jeugdspecialist): they read
        and write the dossier like the regievoerder. Regievoerder, betrokken collega or
        teamleider; raises ValidationError for someone outside the team. Audited."""
        with self._db.begin() as session:
            household = writable(session, actor, household_id, "households.add_colleague")
            check_worker(session, user_id, household.team_id, "user_id")
            exists = session.scalar(select(HouseholdColleague.id).where(
                HouseholdColleague.household_id == household_id,
                HouseholdColleague.user_id == user_id))
            if exists is None and user_id != household.regievoerder_id:
                session.add(HouseholdColleague(
                    household_id=household_id, user_id=user_id, added_at=self._clock(),
                    role_note=validation.limited(role_note, "role_note", 120)))
            self._log.append(session, actor, "households.add_colleague", "household",
                             household_id, str(user_id))

    @operation("households.remove_colleague")
    def remove_colleague(self, actor: Actor, household_id: int, user_id: int) -> None:
        """Remove a betrokken collega (they keep only the existence view). Same access
        as update; audited."""
        with self._db.begin() as session:
            writable(session, actor, household_id, "households.remove_colleague")
            session.execute(delete(HouseholdColleague).where(
                HouseholdColleague.household_id == household_id,
                HouseholdColleague.user_id == user_id))
            self._log.append(session, actor, "households.remove_colleague", "household",
                             household_id, str(user_id))

    @operation("households.add_partner")
    def add_partner(self, actor: Actor, household_id: int, data: PartnerInput) -> int:
        """A betrokken partner typed in freely (name and/or organisation, role, phone);
        ``organisation_ref_id`` links a sociale-kaart organisation later. Returns its id.
        Same access as update; audited."""
        name = validation.limited(data.name, "name", 150)
        organisation = validation.limited(data.organisation, "organisation", 150)
        if not name and not organisation:
            raise ValidationError(msg("Vul een naam of organisatie in."), field="name")
        phone = validation.phone(data.phone)
        with self._db.begin() as session:
            writable(session, actor, household_id, "households.add_partner")
            partner = HouseholdPartner(
                household_id=household_id, name=name, organisation=organisation,
                role=validation.limited(data.role, "role", 120), phone=phone,
                organisation_ref_id=data.organisation_ref_id, added_at=self._clock())
            session.add(partner)
            session.flush()
            self._log.append(session, actor, "households.add_partner", "household",
                             household_id)
            return partner.id

    @operation("households.remove_partner")
    def remove_partner(self, actor: Actor, household_id: int, partner_id: int) -> None:
        """Remove a betrokken partner. Same access as update; audited."""
        with self._db.begin() as session:
            writable(session, actor, household_id, "households.remove_partner")
            session.execute(delete(HouseholdPartner).where(
                HouseholdPartner.household_id == household_id,
                HouseholdPartner.id == partner_id))
            self._log.append(session, actor, "households.remove_partner", "household",
                             household_id)

    @operation("households.save_member")
    def save_member(self, actor: Actor, household_id: int, data: MemberInput,
                    member_id: int | None = None, version: int | None = None) -> MemberInfo:
        """Add (``member_id`` None) or change a gezinslid. Only the last name is required.
        Raises ValidationError (nothing saved) or ConflictError (stale ``version``)."""
        values = clean_member(data, self._today())
        with self._db.begin() as session:
            writable(session, actor, household_id, "households.save_member")
            if member_id is None:
                member = Member(household_id=household_id, **{"bsn": "", **values})
                session.add(member)
            else:
                found = session.get(Member, member_id)
                if found is None or found.household_id != household_id:
                    raise NotFoundError()
                if version is not None and found.version != version:
                    raise ConflictError()
                member = found
                for key, value in values.items():
                    setattr(member, key, value)
            session.flush()
            search_index.sync(session, household_id)
            self._log.append(session, actor, "households.save_member", "member", member.id)
            return member_info(member)

    @operation("households.remove_member")
    def remove_member(self, actor: Actor, household_id: int, member_id: int) -> None:
        """Remove a gezinslid (e.g. moved out); the search index follows. Audited."""
        with self._db.begin() as session:
            writable(session, actor, household_id, "households.remove_member")
            session.execute(delete(Member).where(Member.household_id == household_id,
                                                 Member.id == member_id))
            search_index.sync(session, household_id)
            self._log.append(session, actor, "households.remove_member", "member", member_id)
