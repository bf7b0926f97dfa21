"""Fictional demo data (``wijkteam-desk demo``). Deterministic per seed.

Demo data is written straight to the store: it seeds an empty database and is not a
user action. A database filled this way is marked as a demo database, and only then does
the login screen show the demo accounts.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from sqlalchemy import func, select

from wijkteam_desk.errors import KnownError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services import (
    demo_households,
    demo_inloop,
    demo_plans,
    demo_referrals,
    demo_retention,
    demo_socialmap,
)
from wijkteam_desk.services.demo_names import DEMO_WORKERS
from wijkteam_desk.services.system import DEMO_PASSWORD
from wijkteam_desk.store.models import Household, Location, LocationKind, Role, Team, User, UserRole

DEMO_TEAM = "Wijkteam Oost"
DEMO_LOCATIONS = (
    ("Buurtkamer Heechterp", LocationKind.BUURTKAMER, "B", "Fictieve Heechterpstraat 12, Leeuwarden"),
    ("Buurtkamer Vrijheidswijk", LocationKind.BUURTKAMER, "V", "Fictieve Vrijheidsplein 3, Leeuwarden"),
    ("Dorpskamer Wirdum", LocationKind.DORPSKAMER, "W", "Fictieve Dorpsstraat 8, Wirdum"),
    ("Wijkteamkantoor Oost", LocationKind.KANTOOR, "K", "Fictieve Kantoorweg 1, Leeuwarden"),
)
DEMO_ACCOUNTS = (
    ("vrijwilliger", "Vera de Vries", (Role.VRIJWILLIGER,)),
    ("sociaalwerker", "Sietske Hoekstra", (Role.SOCIAAL_WERKER,)),
    ("teamleider", "Tjeerd Zijlstra", (Role.TEAMLEIDER,)),
    ("beheerder", "Bauke Dijkstra", (Role.BEHEERDER,)),
)


@dataclass(frozen=True)
class DemoReport:
    created: bool
    users: int
    locations: int
    services: int = 0
    households: int = 0

    def __str__(self) -> str:
        if not self.created:
            return "Dit is al een demodatabase; er is niets toegevoegd."
        return (f"Demodatabase klaar: {self.users} gebruikers (wachtwoord {DEMO_PASSWORD}), "
                f"{self.locations} locaties, {self.households} huishoudens, "
                f"{self.services} voorzieningen in de sociale kaart.")


def fill_demo(services, *, seed: int = 1, households: int = 200,  # type: ignore[no-untyped-def]
              progress: Callable[[str], None] = lambda _t: None) -> DemoReport:
    """Fill an empty database with the demo team, locations, one user per role, extra
    demo sociaal werkers, and ``households`` fictional households with their history."""
    rng = random.Random(seed)
    if services.system.is_demo():
        return DemoReport(False, 0, 0)
    db = services.db
    with db.begin() as session:
        if session.scalar(select(func.count(User.id))):
            raise KnownError(msg(
                "Deze database bevat al echte gegevens; demogegevens worden alleen in een "
                "lege database gezet. Kies een andere map met --data-dir."))
        progress("Team, locaties en gebruikers aanmaken…")
        team = Team(name=DEMO_TEAM)
        session.add(team)
        session.flush()
        for name, kind, prefix, address in DEMO_LOCATIONS:
            session.add(Location(name=name, kind=kind, team_id=team.id, ticket_prefix=prefix,
                                 address=address))
        hasher = PasswordHasher()
        users = {}
        for username, full_name, roles in DEMO_ACCOUNTS:
            users[username] = User(username=username, full_name=full_name, team_id=team.id,
                                   password_hash=hasher.hash(DEMO_PASSWORD),
                                   role_rows=[UserRole(role=r) for r in roles])
            session.add(users[username])
        extra = max(2, min(len(DEMO_WORKERS), households // 1000))
        for username, full_name in DEMO_WORKERS[:extra]:
            users[username] = User(username=username, full_name=full_name, team_id=team.id,
                                   password_hash=hasher.hash(DEMO_PASSWORD),
                                   role_rows=[UserRole(role=Role.SOCIAAL_WERKER)])
            session.add(users[username])
        session.flush()
        team_id = team.id
        worker_ids = [users["sociaalwerker"].id] + [users[u].id for u, _n in
                                                    DEMO_WORKERS[:extra]]
        demo_households.fill(session, rng, households, team.id, worker_ids, progress)
        progress("Sociale kaart vullen…")
        services_count = demo_socialmap.fill(session, rng)
        progress("Doorverwijzingen en hiaten…")
        demo_referrals.fill(session, rng)
        demo_plans.fill(session, rng, progress)
        services.log.append(session, None, "demo.fill", "database", "", f"seed={seed}",
                            username="demo")
    rng.random()  # later demo parts draw from the same stream
    with db.begin() as session:
        staff = list(session.scalars(select(User.id).where(
            User.username.in_(("vrijwilliger", "sociaalwerker")))))
        known = list(session.scalars(select(Household.id).order_by(Household.id)))
        demo_inloop.fill(session, rng, households=households, staff=staff,
                         household_ids=known, progress=progress)
    with db.begin() as session:
        progress("Oude, afgesloten huishoudens voor de bewaartermijn…")
        demo_retention.fill(session, seed, team_id, worker_ids)
    services.system.mark_demo()
    return DemoReport(True, len(DEMO_ACCOUNTS) + extra, len(DEMO_LOCATIONS), services_count,
                      households)
