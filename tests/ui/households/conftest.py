"""A small team with households made through the services, on encrypted SQLite."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest

from tests.conftest import TEST_PASSWORD
from wijkteam_desk.services.accounts import UserInput
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.household_types import (
    ContactInput,
    HouseholdInfo,
    HouseholdInput,
    MemberInput,
    SignalInput,
)
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.models import ContactKind, MemberRole, Role, SignalSource, Urgency
from wijkteam_desk.wiring import Services


@dataclass
class Team:
    services: Services
    worker: Actor  # Sietske: regievoerder of the Hoekstra and Bakker households
    other: Actor  # Pieter: another sociaal werker of the team
    leader: Actor
    hoekstra: HouseholdInfo
    bakker: HouseholdInfo
    de_vries: HouseholdInfo  # Pieter's household


def _in_team(services: Services, admin: Actor, team_id: int, username: str, name: str,
             *roles: Role) -> Actor:
    services.accounts.create_user(admin, UserInput(username, name, frozenset(roles), team_id),
                                  TEST_PASSWORD)
    return services.accounts.authenticate(username, TEST_PASSWORD)


@pytest.fixture
def team(gui_services: Services, admin: Actor) -> Team:
    s = gui_services
    wt = s.accounts.create_team(admin, "Wijkteam Oost")
    worker = _in_team(s, admin, wt.id, "sietske", "Sietske Hoekstra", Role.SOCIAAL_WERKER)
    other = _in_team(s, admin, wt.id, "pieter", "Pieter de Jong", Role.SOCIAAL_WERKER)
    leader = _in_team(s, admin, wt.id, "tjeerd", "Tjeerd Zijlstra", Role.TEAMLEIDER)
    hoekstra = s.households.create(
        worker, HouseholdInput(street="Tuinstraat", house_number="12", postcode="8921ab",
                               city="Leeuwarden", phone="058 123 4567"),
        [MemberInput("Hoekstra", "Wiebe", role=MemberRole.HOOFDBEWONER),
         MemberInput("Hoekstra", "Anna", role=MemberRole.KIND, bsn="111222333")])
    bakker = s.households.create(
        worker, HouseholdInput(street="Molenweg", house_number="3", postcode="8922 CD",
                               city="Leeuwarden"),
        [MemberInput("Bakker", "Jelle", role=MemberRole.HOOFDBEWONER)])
    s.contacts.add(worker, bakker.id, ContactInput(
        kind=ContactKind.TELEFOON, at=utcnow() - timedelta(days=3), duration_minutes=10,
        leefgebieden=("Financiën",), report="Gebeld over de post."))
    de_vries = s.households.create(
        other, HouseholdInput(street="Kerkpad", house_number="7", postcode="8923 EF",
                              city="Leeuwarden"),
        [MemberInput("Vries", "Klaas", "de", role=MemberRole.HOOFDBEWONER)])
    return Team(s, worker, other, leader, hoekstra, bakker, de_vries)


def make_signal(team: Team, **overrides: object) -> int:
    data = {"source": SignalSource.WONINGCORPORATIE, "urgency": Urgency.HOOG,
            "description": "Huurachterstand van drie maanden; brief kwam terug.",
            "name": "Jan de Boer", "phone": "06 12345678", "street": "Schoolstraat",
            "house_number": "5", "postcode": "8924 GH", "city": "Leeuwarden"}
    data.update(overrides)
    return team.services.signals.create(team.worker, SignalInput(**data)).id  # type: ignore[arg-type]
