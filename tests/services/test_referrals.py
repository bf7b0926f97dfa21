"""Referrals (doorverwijzingen) with the consent check, and hiaten."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from wijkteam_desk.errors import ConflictError, PermissionDenied, ValidationError
from wijkteam_desk.services.consent import ConsentMissingError
from wijkteam_desk.services.household_types import HouseholdInput, MemberInput
from wijkteam_desk.services.socialmap_terms import TOPIC_IDS
from wijkteam_desk.store.models import ConsentPurpose, MemberRole, ReferralStatus, Role
from wijkteam_desk.wiring import Services

SAMPLE = Path(__file__).parent.parent / "fixtures" / "hsds-sample"
MAATJE = "0b6b1c7e-2222-4d2a-9f00-000000000001"  # Stichting Geldzorgen Oost
TAALCAFE = "0b6b1c7e-2222-4d2a-9f00-000000000002"
S = ReferralStatus


@pytest.fixture
def setting(services: Services, make_actor):  # type: ignore[no-untyped-def]
    lead = make_actor(Role.TEAMLEIDER, name="teamleider")
    worker = make_actor(Role.SOCIAAL_WERKER, name="sietske")
    other = make_actor(Role.SOCIAAL_WERKER, name="other")
    volunteer = make_actor(Role.VRIJWILLIGER, name="vera")
    services.socialmap.import_hsds(lead, SAMPLE)
    household = services.households.create(
        lead, HouseholdInput(street="Tuinstraat", house_number="12", postcode="8921ab",
                             city="Leeuwarden", area="Vrijheidswijk"),
        [MemberInput(first_name="Jan", last_name="Visser", role=MemberRole.HOOFDBEWONER)],
        regievoerder_id=worker.user_id)
    return lead, worker, other, volunteer, household


def test_referral_lifecycle_with_the_consent_check(services: Services, setting) -> None:
    lead, worker, other, volunteer, household = setting
    today = date.today()
    referral = services.referrals.create(worker, household.id, MAATJE, "Hulp met post",
                                         on=today - timedelta(days=10))
    assert referral.status is S.VOORGESTELD and referral.organization == "Stichting Geldzorgen Oost"
    with pytest.raises(ConsentMissingError):
        services.referrals.advance(worker, referral.id, S.AANGEMELD, referral.version)
    services.consent.record(worker, household.id, ConsentPurpose.DOORVERWIJZEN, True,
                            "Jan Visser", partner="stichting geldzorgen oost")
    registered = services.referrals.advance(
        worker, referral.id, S.AANGEMELD, referral.version, on=today - timedelta(days=8),
        warm_handover=True, handover_note="Samen gebeld met het maatje.")
    assert registered.registered_on == today - timedelta(days=8) and registered.warm_handover
    with pytest.raises(ValidationError) as bad:
        services.referrals.advance(worker, referral.id, S.AFGEROND, registered.version)
    assert bad.value.field == "status"  # gestart comes first
    with pytest.raises(ValidationError) as early:
        services.referrals.advance(worker, referral.id, S.GESTART, registered.version,
                                   on=today - timedelta(days=9))
    assert early.value.field == "on"
    with pytest.raises(ConflictError):
        services.referrals.advance(worker, referral.id, S.GESTART, referral.version)
    started = services.referrals.advance(worker, referral.id, S.GESTART, registered.version,
                                         on=today - timedelta(days=2))
    done = services.referrals.advance(lead, referral.id, S.AFGEROND, started.version,
                                      outcome="Administratie op orde.")
    assert (done.status, done.ended_on, done.outcome) == (S.AFGEROND, today,
                                                          "Administratie op orde.")
    # a second referral, to the taalcafé, that never starts
    second = services.referrals.create(worker, household.id, TAALCAFE)
    services.referrals.advance(worker, second.id, S.NIET_GESTART, second.version,
                               outcome="Bewoner wilde toch niet.")
    detail = services.socialmap.get_service(volunteer, MAATJE)
    assert (detail.referrals_made, detail.referrals_started) == (1, 1)
    taal = services.socialmap.get_service(volunteer, TAALCAFE)
    assert (taal.referrals_made, taal.referrals_started) == (1, 0)
    listed = services.referrals.list_for_household(worker, household.id)
    assert [r.service_name for r in listed] == ["Taalcafé De Linde", "Schuldhulpmaatje Oost"]
    entries = services.audit.list_entries(lead, action_prefix="referrals.")
    assert len(entries) == 7


def test_withdrawn_consent_blocks_registering(services: Services, setting) -> None:
    _lead, worker, *_rest, household = setting
    services.consent.record(worker, household.id, ConsentPurpose.DOORVERWIJZEN, True,
                            "Jan Visser", partner="Taalcafé De Linde")
    services.consent.record(worker, household.id, ConsentPurpose.DOORVERWIJZEN, False,
                            "Jan Visser", partner="Taalcafé De Linde")
    referral = services.referrals.create(worker, household.id, TAALCAFE)
    with pytest.raises(ConsentMissingError) as info:
        services.referrals.advance(worker, referral.id, S.AANGEMELD, referral.version)
    assert info.value.withdrawn
    assert services.referrals.list_for_household(worker, household.id)[0].status is S.VOORGESTELD


def test_only_involved_workers_refer(services: Services, setting) -> None:
    _lead, _worker, other, volunteer, household = setting
    with pytest.raises(PermissionDenied):
        services.referrals.create(other, household.id, MAATJE)  # same team, not involved
    with pytest.raises(PermissionDenied):
        services.referrals.create(volunteer, household.id, MAATJE)
    with pytest.raises(PermissionDenied):
        services.referrals.list_for_household(other, household.id)


def test_hiaten_per_wijk_for_the_teamleider(services: Services, setting) -> None:
    lead, worker, _other, volunteer, household = setting
    services.referrals.record_gap(volunteer, TOPIC_IDS["vervoer"], "Wirdum",
                                  "Geen vervoer naar de dagbesteding in het weekend.")
    services.referrals.record_gap(worker, TOPIC_IDS["schulden"], "",
                                  "Schuldhulp in het Tigrinya bestaat niet.",
                                  household_id=household.id)
    services.referrals.record_gap(worker, TOPIC_IDS["vervoer"], "Wirdum", "Geen buurtbus.")
    with pytest.raises(PermissionDenied):
        services.referrals.record_gap(volunteer, TOPIC_IDS["vervoer"], "Wirdum", "x",
                                      household_id=household.id)
    with pytest.raises(ValidationError):
        services.referrals.record_gap(volunteer, TOPIC_IDS["vervoer"], "Wirdum", " ")
    with pytest.raises(PermissionDenied):
        services.referrals.list_gaps(worker)
    counts, gaps = services.referrals.list_gaps(lead)
    assert [(c.area, c.topic, c.count) for c in counts] == [
        ("Vrijheidswijk", "Schulden en geldzorgen", 1), ("Wirdum", "Vervoer en hulpmiddelen", 2)]
    assert {g.household_number for g in gaps} == {"", household.number}
    counts, gaps = services.referrals.list_gaps(lead, area="Wirdum")
    assert len(gaps) == 2 and gaps[0].recorded_by in ("Sietske", "Vera")
