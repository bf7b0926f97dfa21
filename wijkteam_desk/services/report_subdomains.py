"""Figures per subdomain (jeugd, Wmo, participatie, schulden) of one team in a period
(DESIGN §2.5; the Rekenkamer found these missing).

Where the subdomain comes from:
- a signal records its own subdomain (``Signal.subdomain``; None = not recorded);
- a referral counts under the subdomains of the leefgebieden of its sociale-kaart
  service: the service's leefgebied terms (by code) matched to ``Leefgebied.code``,
  whose ``subdomain`` the beheerder sets;
- a contact counts under the subdomains of its leefgebieden, stored as names
  (``|Financiën|Huisvesting|``) matched to ``Leefgebied.name``.
A referral or contact touching two subdomains counts, in full, in both.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkteam_desk.reports.figures import Period, SubdomainFigures, Subdomeinen
from wijkteam_desk.services.household_labels import SUBDOMAIN
from wijkteam_desk.services.plan_config import subdomain_by_leefgebied_name
from wijkteam_desk.services.report_referrals import referral_rows
from wijkteam_desk.services.report_trajecten import period_contacts
from wijkteam_desk.services.socialmap_terms import LEEFGEBIED_TAXONOMY_ID
from wijkteam_desk.store.models import (
    Leefgebied,
    ServiceKind,
    Signal,
    SmAttribute,
    SmTaxonomyTerm,
    Subdomain,
)

_SEP = "|"


def _signals(session: Session, period: Period, team_id: int,
             households: dict[Subdomain, set[int]]) -> tuple[Counter[Subdomain], int]:
    rows = session.execute(
        select(Signal.subdomain, Signal.household_id)
        .where(Signal.team_id == team_id, Signal.received_on >= period.start,
               Signal.received_on <= period.end)).all()
    counts: Counter[Subdomain] = Counter()
    not_recorded = 0
    for subdomain, household_id in rows:
        if subdomain is None:
            not_recorded += 1
            continue
        counts[subdomain] += 1
        if household_id is not None:
            households[subdomain].add(household_id)
    return counts, not_recorded


def _referrals(session: Session, period: Period, team_id: int,
               households: dict[Subdomain, set[int]]
               ) -> tuple[Counter[Subdomain], Counter[Subdomain]]:
    """Referrals made in the period, per subdomain of their service's leefgebieden; a
    referral counts once per subdomain however many of its leefgebieden map to it."""
    rows = referral_rows(session, period, team_id)
    services = sorted({row[5] for row in rows})
    of_service: dict[str, set[Subdomain]] = defaultdict(set)
    for i in range(0, len(services), 5000):
        for service_id, subdomain in session.execute(
                select(SmAttribute.link_id, Leefgebied.subdomain)
                .join(SmTaxonomyTerm, SmTaxonomyTerm.id == SmAttribute.taxonomy_term_id)
                .join(Leefgebied, Leefgebied.code == SmTaxonomyTerm.code)
                .where(SmAttribute.link_id.in_(services[i:i + 5000]),
                       SmTaxonomyTerm.taxonomy_id == LEEFGEBIED_TAXONOMY_ID,
                       Leefgebied.subdomain.is_not(None))):
            of_service[service_id].add(subdomain)
    made: Counter[Subdomain] = Counter()
    maatwerk: Counter[Subdomain] = Counter()
    for _id, household_id, _day, _status, kind, service_id in rows:
        for subdomain in of_service.get(service_id, ()):
            made[subdomain] += 1
            maatwerk[subdomain] += kind is ServiceKind.MAATWERK
            if household_id is not None:
                households[subdomain].add(household_id)
    return made, maatwerk


def _contacts(session: Session, period: Period, team_id: int,
              households: dict[Subdomain, set[int]]
              ) -> tuple[dict[Subdomain, float], dict[Subdomain, set[int]]]:
    """Contact hours per subdomain; like the team's contact hours, a contact with two
    workers counts for each worker."""
    by_name = subdomain_by_leefgebied_name(session)
    minutes: dict[Subdomain, int] = defaultdict(int)
    with_contact: dict[Subdomain, set[int]] = defaultdict(set)
    touched_by: dict[str, frozenset[Subdomain]] = {}  # few distinct combinations
    for household_id, _at, _worker, second, duration, names in period_contacts(
            session, period, team_id):
        if not names:
            continue
        touched = touched_by.get(names)
        if touched is None:
            touched = touched_by[names] = frozenset(
                by_name[n] for n in names.split(_SEP) if n in by_name)
        for subdomain in touched:
            minutes[subdomain] += duration * (2 if second else 1)
            with_contact[subdomain].add(household_id)
    for subdomain, ids in with_contact.items():
        households[subdomain] |= ids
    return {s: m / 60 for s, m in minutes.items()}, with_contact


def subdomeinen(session: Session, period: Period, team_id: int) -> Subdomeinen:
    households: dict[Subdomain, set[int]] = defaultdict(set)
    signals, not_recorded = _signals(session, period, team_id, households)
    referrals, maatwerk = _referrals(session, period, team_id, households)
    hours, with_contact = _contacts(session, period, team_id, households)
    return Subdomeinen(tuple(
        SubdomainFigures(label, len(households[s]), signals[s], referrals[s], maatwerk[s],
                         round(hours.get(s, 0.0), 2), len(with_contact[s]))
        for s, label in SUBDOMAIN.items()), not_recorded)
