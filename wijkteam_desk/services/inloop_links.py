"""Where the inloop queue touches other areas, each inside the queue's unit of work:

- the yes/no household match (the volunteer learns only *whether* a household of the
  team has this name at this postcode; the household id stays on the visit, unseen);
- the warm handover: a signal (aanmelding, source inloop) carrying the visit's first
  name, topic and question, for the teamleider's "Nieuwe aanmeldingen", and the subdomain
  of the topic's leefgebied (set by the beheerder) so the reports can count it;
- the referral to a sociale-kaart service, and the wegwijzer printed after it.

Wired into InloopService by wiring.py; the queue service itself knows none of these tables.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkteam_desk.errors import ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services import search_index, validation
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.inloop_types import local_day
from wijkteam_desk.services.plan_config import subdomain_by_leefgebied_name
from wijkteam_desk.services.socialmap import SocialMapService
from wijkteam_desk.services.socialmap_types import SearchFilter
from wijkteam_desk.store.models import (
    Household,
    InloopVisit,
    Location,
    Referral,
    ReferralOrigin,
    Signal,
    SignalSource,
    SmService,
    Subdomain,
    Urgency,
)


def match_household(session: Session, actor: Actor, visit: InloopVisit, name: str,
                     postcode: str) -> int | None:
    """The id of the team's household with a member or name matching ``name`` at
    ``postcode``, or None. Same rule as HouseholdService.match_exists."""
    code = validation.postcode(postcode)
    words = search_index.terms(name)
    if not code or not words:
        raise ValidationError(msg("Vul een achternaam en een postcode in."), field="name")
    location = session.get(Location, visit.location_id)
    team_id = location.team_id if location and location.team_id else actor.team_id
    if team_id is None:
        return None
    for household_id, doc in session.execute(
            select(Household.id, Household.search_text).where(
                Household.team_id == team_id, Household.postcode == code)
            .order_by(Household.id)):
        if all(f" {w}" in f" {doc}" for w in words):
            return int(household_id)
    return None


def signal_description(visit: InloopVisit, location_name: str) -> str:
    question = visit.question or msg("(geen vraag genoteerd)")
    text = msg("Inloop {ticket} in {location}. Onderwerp: {topic}. Vraag: {question}").format(
        ticket=visit.ticket, location=location_name, topic=visit.topic, question=question)
    if visit.outcome_note:
        text += " " + msg("Notitie: {note}").format(note=visit.outcome_note)
    if visit.household_id is not None:
        text += " " + msg("(Er is een bekend huishouden met deze naam en postcode.)")
    return text


def visit_subdomain(session: Session, visit: InloopVisit) -> Subdomain | None:
    """The subdomain of the leefgebied the visit was about (its topic, and the topic of
    the answer if one was noted), when those point to exactly one subdomain; else None
    (not recorded): a guess would skew the gemeente's figures."""
    mapping = {name.casefold(): sub for name, sub in subdomain_by_leefgebied_name(session).items()}
    topics = {t.strip().casefold() for t in (visit.topic, visit.outcome_topic) if t.strip()}
    found = {mapping.get(t) for t in topics}
    return found.pop() if len(found) == 1 else None


class SignalHandover:
    """Creates the signal for "overgedragen aan het wijkteam" in the visit's unit of work."""

    def __init__(self, log: AuditLog) -> None:
        self._log = log

    def __call__(self, session: Session, actor: Actor, visit: InloopVisit) -> int:
        location = session.get(Location, visit.location_id)
        team_id = location.team_id if location and location.team_id else actor.team_id
        if team_id is None:
            raise ValidationError(msg("Deze locatie hoort bij geen team; overdragen kan niet. "
                                      "Vraag de beheerder de locatie aan een team te koppelen."),
                                  field="outcome")
        signal = Signal(
            team_id=team_id, source=SignalSource.INLOOP,
            urgency=Urgency.SPOED if visit.spoed else Urgency.NORMAAL,
            received_on=local_day(visit.arrived_at),
            description=signal_description(visit, location.name if location else ""),
            name=visit.first_name, origin_type="visit", origin_id=visit.id,
            subdomain=visit_subdomain(session, visit), created_by_id=actor.user_id)
        session.add(signal)
        session.flush()
        self._log.append(session, actor, "signals.create", "signal", signal.id,
                         f"inloop:{visit.id}")
        return signal.id


class VisitReferral:
    """Doorverwezen: a referral (status voorgesteld, origin: this visit) to the chosen
    service, with the visit's question; linked to the matched household if there is one."""

    def __init__(self, log: AuditLog) -> None:
        self._log = log

    def __call__(self, session: Session, actor: Actor, visit: InloopVisit,
                 service_id: str) -> int:
        if session.get(SmService, service_id) is None:
            raise ValidationError(msg("Deze voorziening staat niet (meer) in de sociale kaart."),
                                  field="service")
        question = f"{visit.topic}: {visit.question}" if visit.question else visit.topic
        referral = Referral(household_id=visit.household_id, origin=ReferralOrigin.VISIT,
                            origin_id=visit.id, service_id=service_id, question=question,
                            proposed_on=local_day(visit.finished_at or visit.arrived_at),
                            created_by_id=actor.user_id)
        session.add(referral)
        session.flush()
        self._log.append(session, actor, "referrals.create", "referral", referral.id,
                         f"inloop:{visit.id}")
        return referral.id


def service_choices(socialmap: SocialMapService) -> Callable[[Actor], list[tuple[str, str]]]:
    """Every service of the sociale kaart as (id, "name – organisation"), by name."""
    def choices(actor: Actor) -> list[tuple[str, str]]:
        rows = socialmap.search(actor, SearchFilter(limit=100_000))
        return sorted(((r.id, f"{r.name} – {r.organization}" if r.organization else r.name)
                       for r in rows), key=lambda c: c[1].casefold())
    return choices


def wegwijzer(socialmap: SocialMapService) -> Callable[[Actor, str], bytes]:
    def print_(actor: Actor, service_id: str) -> bytes:
        return socialmap.print_wegwijzer(actor, service_id).pdf
    return print_
