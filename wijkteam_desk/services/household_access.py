"""Who may see which household (DESIGN §2.6, issue 3 point 7), and turning rows into the
plain data the services return.

- regievoerder and betrokken collega's: read and write;
- the teamleider: reads and writes every household of the team;
- another sociaal werker of the team: only that the household exists (search row), and
  the dossier after stating a reason (read only, audited, listed for the teamleider);
- vrijwilliger and beheerder: never dossier contents.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkteam_desk.errors import NotFoundError, PermissionDenied, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services import validation
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.household_types import HouseholdInfo, MemberInfo
from wijkteam_desk.services.search_index import member_name
from wijkteam_desk.store.models import Household, HouseholdColleague, Member, Role, User

INVOLVED = "betrokken"
TEAMLEIDER = "teamleider"
WITH_REASON = "met_reden"
EXISTENCE = "bestaan"
NONE = "geen"


def is_involved(session: Session, actor: Actor, household: Household) -> bool:
    """True when the actor is the regievoerder or a betrokken collega."""
    if household.regievoerder_id == actor.user_id:
        return True
    return session.scalar(
        select(HouseholdColleague.id).where(
            HouseholdColleague.household_id == household.id,
            HouseholdColleague.user_id == actor.user_id)) is not None


def access_level(session: Session, actor: Actor, household: Household) -> str:
    """INVOLVED, TEAMLEIDER, EXISTENCE or NONE for ``actor`` on ``household``."""
    if actor.has(Role.SOCIAAL_WERKER, Role.TEAMLEIDER) and is_involved(session, actor, household):
        return INVOLVED
    same_team = actor.team_id is not None and actor.team_id == household.team_id
    if same_team and actor.has(Role.TEAMLEIDER):
        return TEAMLEIDER
    if same_team and actor.has(Role.SOCIAAL_WERKER):
        return EXISTENCE
    return NONE


def get_household(session: Session, household_id: int) -> Household:
    """The household, or NotFoundError."""
    household = session.get(Household, household_id)
    if household is None:
        raise NotFoundError()
    return household


def writable(session: Session, actor: Actor, household_id: int, op: str) -> Household:
    """The household if ``actor`` may change it (involved, or teamleider of its team)."""
    household = get_household(session, household_id)
    if access_level(session, actor, household) not in (INVOLVED, TEAMLEIDER):
        raise PermissionDenied(op)
    if household.anonymised_at is not None:
        raise ValidationError(msg("Dit dossier is geanonimiseerd na afloop van de "
                                  "bewaartermijn en kan niet meer worden gewijzigd."))
    return household


def readable(session: Session, actor: Actor, household_id: int, op: str) -> tuple[Household, str]:
    """The household and the access level if ``actor`` may read it without a reason."""
    household = get_household(session, household_id)
    level = access_level(session, actor, household)
    if level not in (INVOLVED, TEAMLEIDER):
        raise PermissionDenied(op)
    return household, level


def user_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    """Full names of the given user ids."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.full_name).where(User.id.in_(wanted)))
    return {r[0]: r[1] for r in rows}


def format_address(street: str, number: int | None, addition: str) -> str:
    """``Tuinstraat 12 A``; empty without a street."""
    if not street:
        return ""
    if number is None:
        return street
    return f"{street} {number}{' ' + addition if addition else ''}"


def household_info(session: Session, h: Household) -> HouseholdInfo:
    """The household as plain data, phone shown nationally."""
    names = user_names(session, [h.regievoerder_id])
    return HouseholdInfo(
        h.id, h.number, h.name, h.street, h.house_number, h.house_number_addition,
        h.postcode, h.city, h.area, format_address(h.street, h.house_number,
                                                   h.house_number_addition),
        validation.display_phone(h.phone), h.email, h.language, h.interpreter_needed,
        h.status, h.closing_reason, h.closing_category, h.start_date, h.end_date, h.team_id,
        h.regievoerder_id, names.get(h.regievoerder_id or 0, ""), h.regie_external, h.version,
        h.anonymised_at)


def member_info(m: Member) -> MemberInfo:
    """The member as plain data, BSN masked."""
    return MemberInfo(
        m.id, m.first_name, m.tussenvoegsel, m.last_name,
        member_name(m.first_name, m.tussenvoegsel, m.last_name), m.date_of_birth, m.role,
        validation.mask_bsn(m.bsn), validation.display_phone(m.phone), m.email, m.version)
