"""The queue's links to the dossier side: the yes/no household match and the warm
handover to the wijkteam as a signal, triaged without retyping."""

from __future__ import annotations

import pytest

from tests.conftest import ActorFactory
from wijkteam_desk.errors import ValidationError
from wijkteam_desk.services.accounts import LocationInput
from wijkteam_desk.services.household_types import HouseholdInput, MemberInput
from wijkteam_desk.services.inloop_types import Outcome, VisitInput
from wijkteam_desk.store.models import (
    LocationKind,
    MemberRole,
    Role,
    SignalSource,
    SignalStatus,
    Urgency,
    VisitOutcome,
)
from wijkteam_desk.wiring import Services


@pytest.fixture
def location(services: Services, make_actor: ActorFactory) -> int:
    return services.accounts.create_location(
        make_actor.admin, LocationInput("Buurtkamer Heechterp", LocationKind.BUURTKAMER,
                                        make_actor.team.id, "", "B")).id


def test_handover_creates_a_signal_the_teamleider_triages_without_retyping(
        services: Services, make_actor: ActorFactory, location: int) -> None:
    vera = make_actor(Role.VRIJWILLIGER)
    leader = make_actor(Role.TEAMLEIDER)
    worker = make_actor(Role.SOCIAAL_WERKER)
    services.inloop.open_session(vera, location)
    desk = services.inloop.list_desks(vera, location)[0]
    visit = services.inloop.register(vera, location, VisitInput(
        "Financiën", "brief van de deurwaarder, weet niet wat te doen", "Anna de Vries",
        spoed=True))
    services.inloop.call(vera, visit.visit_id, desk.id)
    done = services.inloop.finish(vera, visit.visit_id, Outcome(
        VisitOutcome.OVERGEDRAGEN, note="komt morgen terug met de brief"))
    assert done.signal_id is not None
    new = services.signals.list_new(leader)
    assert [s.id for s in new] == [done.signal_id]
    signal = new[0]
    assert signal.source is SignalSource.INLOOP and signal.urgency is Urgency.SPOED
    assert signal.name == "Anna de Vries"
    assert "Financiën" in signal.description and "deurwaarder" in signal.description
    assert "B-001" in signal.description and "morgen terug" in signal.description
    assert (signal.origin_type, signal.origin_id) == ("visit", visit.visit_id)
    result = services.signals.triage(leader, signal.id, SignalStatus.GEKOPPELD,
                                     signal.version, regievoerder_id=worker.user_id)
    assert result.household is not None
    assert result.household.name == "Anna de Vries"


def test_the_volunteer_learns_only_yes_or_no(
        services: Services, make_actor: ActorFactory, location: int) -> None:
    vera = make_actor(Role.VRIJWILLIGER)
    worker = make_actor(Role.SOCIAAL_WERKER)
    services.households.create(worker, HouseholdInput(
        street="Tuinstraat", house_number="12", postcode="8921ab", city="Leeuwarden",
        phone="058 123 4567"),
        [MemberInput("Bakker", "Jan", role=MemberRole.HOOFDBEWONER)])
    services.inloop.open_session(vera, location)
    visit = services.inloop.register(vera, location, VisitInput("Huisvesting", "", "Jan"))
    assert services.inloop.match_household(vera, visit.visit_id, "Visser", "8921 AB") is False
    assert services.inloop.match_household(vera, visit.visit_id, "bakker", "8921ab") is True
    row = services.inloop.board(vera, location).rows[0]
    assert row.household_match is True
    assert "Tuinstraat" not in repr(row) and "058" not in repr(row)
    with pytest.raises(ValidationError):
        services.inloop.match_household(vera, visit.visit_id, "Bakker", "")


def _service(services: Services, make_actor: ActorFactory, name: str) -> str:
    from wijkteam_desk.services.socialmap_types import OrganizationInput, ServiceInput

    admin = make_actor.admin
    org = services.socialmap.save_organization(admin, OrganizationInput(
        "Humanitas Oost", phone="058 111 2222"))
    return services.socialmap.save_service(admin, ServiceInput(org.id, name)).id


def test_doorverwezen_prints_the_wegwijzer_of_the_service(
        services: Services, make_actor: ActorFactory, location: int) -> None:
    import io

    from pypdf import PdfReader

    service_id = _service(services, make_actor, "Thuisadministratie Oost")
    vera = make_actor(Role.VRIJWILLIGER)
    services.inloop.open_session(vera, location)
    desk = services.inloop.list_desks(vera, location)[0]
    choices = services.inloop.outcomes.service_choices
    assert choices is not None
    assert (service_id, "Thuisadministratie Oost – Humanitas Oost") in choices(vera)
    visit = services.inloop.register(vera, location, VisitInput("Financiën", "post"))
    services.inloop.call(vera, visit.visit_id, desk.id)
    with pytest.raises(ValidationError):
        services.inloop.finish(vera, visit.visit_id,
                               Outcome(VisitOutcome.DOORVERWEZEN, service_id="bestaat-niet"))
    done = services.inloop.finish(vera, visit.visit_id,
                                  Outcome(VisitOutcome.DOORVERWEZEN, service_id=service_id))
    assert done.referral_id is not None
    from wijkteam_desk.store.models import Referral, ReferralOrigin, ReferralStatus

    with services.db.begin() as session:
        referral = session.get(Referral, done.referral_id)
        assert referral is not None
        assert (referral.service_id, referral.origin, referral.origin_id, referral.status) == (
            service_id, ReferralOrigin.VISIT, visit.visit_id, ReferralStatus.VOORGESTELD)
        assert referral.question == "Financiën: post"
    assert done.wegwijzer is not None
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(done.wegwijzer)).pages)
    assert "Thuisadministratie Oost" in text
    leader = make_actor(Role.TEAMLEIDER)
    prints = [e.action for e in services.audit.list_entries(leader)]
    assert "socialmap.print_wegwijzer" in prints
