from __future__ import annotations

import pytest

from tests.conftest import ActorFactory
from wijkteam_desk.errors import ConflictError, PermissionDenied, ValidationError
from wijkteam_desk.services.plan_config import PlanSettings
from wijkteam_desk.store.models import Role

ZRM = ["Financiën", "Werk & opleiding", "Tijdsbesteding", "Huisvesting", "Huiselijke relaties",
       "Geestelijke gezondheid", "Lichamelijke gezondheid", "Middelengebruik", "Basale ADL",
       "Instrumentele ADL", "Sociaal netwerk", "Maatschappelijke participatie", "Justitie"]


def test_the_default_set_is_the_zrm_2017(make_actor: ActorFactory) -> None:
    worker = make_actor(Role.SOCIAAL_WERKER)
    rows = make_actor.services.plan_config.list_leefgebieden(worker)
    assert [r.name for r in rows] == ZRM
    assert all(r.explanation for r in rows)


def test_beheerder_adds_renames_reorders_and_retires(make_actor: ActorFactory) -> None:
    config = make_actor.services.plan_config
    admin = make_actor(Role.BEHEERDER)
    added = config.create_leefgebied(admin, "  Zingeving ", "Wat u belangrijk vindt.")
    assert added.name == "Zingeving" and added.position == 14
    with pytest.raises(ValidationError):
        config.create_leefgebied(admin, "zingeving")
    renamed = config.update_leefgebied(admin, added.id, "Zingeving en geloof", "", added.version)
    with pytest.raises(ConflictError):
        config.update_leefgebied(admin, added.id, "Oud", "", added.version)
    ids = [r.id for r in config.list_leefgebieden(admin)]
    config.reorder_leefgebieden(admin, [ids[-1], *ids[:-1]])
    first = config.list_leefgebieden(admin)[0]
    assert first.name == renamed.name == "Zingeving en geloof"
    config.set_leefgebied_retired(admin, first.id, True, first.version)
    assert "Zingeving en geloof" not in [r.name for r in config.list_leefgebieden(admin)]
    everything = config.list_leefgebieden(admin, include_retired=True)
    assert [r.name for r in everything if r.retired] == ["Zingeving en geloof"]
    with pytest.raises(ValidationError):
        config.reorder_leefgebieden(admin, ids[:3])


def test_ladder_switch_and_signal_period(make_actor: ActorFactory) -> None:
    config = make_actor.services.plan_config
    admin, worker = make_actor(Role.BEHEERDER), make_actor(Role.SOCIAAL_WERKER)
    assert config.get_settings(worker) == PlanSettings(False, 6)
    config.update_settings(admin, PlanSettings(True, 8))
    assert config.get_settings(worker) == PlanSettings(True, 8)
    with pytest.raises(ValidationError):
        config.update_settings(admin, PlanSettings(True, 0))
    with pytest.raises(PermissionDenied):
        config.update_settings(worker, PlanSettings(False, 8))


def test_renaming_a_leefgebied_renames_it_in_the_contacts(make_actor: ActorFactory) -> None:
    """Contacts keep leefgebieden by name; after a rename they still count under the
    leefgebied (and its subdomain in the kwartaalrapportage)."""
    from wijkteam_desk.services.household_types import ContactInput, HouseholdInput, MemberInput

    services = make_actor.services
    admin = make_actor(Role.BEHEERDER)
    worker = make_actor(Role.SOCIAAL_WERKER, name="wim")
    household = services.households.create(worker, HouseholdInput(), [MemberInput("Fictief")])
    services.contacts.add(worker, household.id, ContactInput(
        leefgebieden=("Financiën", "Huisvesting"), report="Post doorgenomen."))
    services.contacts.add(worker, household.id, ContactInput(leefgebieden=("Huisvesting",)))
    money = next(r for r in services.plan_config.list_leefgebieden(admin)
                 if r.name == "Financiën")
    services.plan_config.update_leefgebied(admin, money.id, "Geld & schulden",
                                           money.explanation, money.version)
    stored = sorted(c.leefgebieden for c in services.contacts.list(worker, household.id))
    assert stored == [("Geld & schulden", "Huisvesting"), ("Huisvesting",)]
