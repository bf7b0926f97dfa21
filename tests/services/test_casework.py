"""Signals and triage, the contact log, consent and outreach rounds."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from wijkteam_desk.errors import ConflictError, PermissionDenied, ValidationError
from wijkteam_desk.services.consent import ConsentMissingError, require_consent
from wijkteam_desk.services.outreach import street_addresses
from wijkteam_desk.services.household_types import (
    ContactFilter,
    ContactInput,
    HouseholdInput,
    MemberInput,
    SignalInput,
)
from wijkteam_desk.store.models import (
    ClosingCategory,
    ConsentPurpose,
    ContactKind,
    Household,
    HouseholdStatus,
    OutreachOutcome,
    Role,
    SignalSource,
    SignalStatus,
    SystemSetting,
    Urgency,
)
from wijkteam_desk.wiring import Services

VISIT = SignalInput(
    source=SignalSource.INLOOP, urgency=Urgency.HOOG,
    description="Mevrouw heeft een stapel onbetaalde rekeningen en is bang afgesloten te worden.",
    name="Grietje van der Meer", phone="06 12345678", street="Schieringerweg",
    house_number="101", house_number_addition="b", postcode="8924ac", city="Leeuwarden",
    origin_type="visit", origin_id=4711)


@pytest.fixture
def team(services: Services, make_actor):  # type: ignore[no-untyped-def]
    return (make_actor(Role.TEAMLEIDER, name="teamleider"),
            make_actor(Role.SOCIAAL_WERKER, name="sietske"),
            make_actor(Role.SOCIAAL_WERKER, name="other"),
            make_actor(Role.VRIJWILLIGER, name="vera"))


def test_signal_triaged_into_a_new_household_keeps_text_and_origin(services: Services,
                                                                  team) -> None:
    lead, worker, _other, volunteer = team
    signal = services.signals.create(volunteer, VISIT)
    assert (signal.origin_type, signal.origin_id) == ("visit", 4711)
    new = services.signals.list_new(lead)
    assert [s.id for s in new] == [signal.id] and new[0].phone == "06 12345678"
    with pytest.raises(ValidationError) as error:
        services.signals.triage(lead, signal.id, SignalStatus.GEKOPPELD, signal.version)
    assert error.value.field == "regievoerder_id"
    result = services.signals.triage(lead, signal.id, SignalStatus.GEKOPPELD, signal.version,
                                     regievoerder_id=worker.user_id, area="Schieringen")
    h = result.household
    assert h is not None and result.signal.household_id == h.id
    assert (h.name, h.address, h.postcode, h.phone, h.area, h.regievoerder_name) == (
        "Grietje van der Meer", "Schieringerweg 101 B", "8924 AC", "06 12345678",
        "Schieringen", "Sietske")
    dossier = services.households.open(worker, h.id)
    member = dossier.members[0]
    assert (member.first_name, member.tussenvoegsel, member.last_name) == (
        "Grietje", "van der", "Meer")
    assert dossier.status_history[0].reason == VISIT.description
    assert (result.signal.origin_type, result.signal.origin_id) == ("visit", 4711)
    assert services.signals.list_new(lead) == []
    assert [r.household_id for r in services.households.my_caseload(worker)] == [h.id]


def test_triage_outcomes_and_conflicts(services: Services, team) -> None:
    lead, worker, _other, _v = team
    a = services.signals.create(worker, SignalInput(SignalSource.HUISARTS, "Eenzaamheid"))
    b = services.signals.create(worker, SignalInput(SignalSource.SCHOOL, "Verzuim"))
    with pytest.raises(ValidationError):
        services.signals.triage(lead, a.id, SignalStatus.VERWEZEN, a.version)
    done = services.signals.triage(lead, a.id, SignalStatus.VERWEZEN, a.version,
                                   referred_to="Humanitas thuisadministratie")
    assert done.signal.status is SignalStatus.VERWEZEN and done.household is None
    with pytest.raises(ConflictError):
        services.signals.triage(lead, a.id, SignalStatus.AFGEHANDELD, a.version)
    existing = services.households.create(lead, HouseholdInput(postcode="8921 AB"),
                                          [MemberInput(last_name="Bakker")],
                                          regievoerder_id=worker.user_id)
    existing = services.households.set_status(worker, existing.id, HouseholdStatus.AFGESLOTEN,
                                              existing.version, "Vraag opgelost",
                                              category=ClosingCategory.DOELEN_BEHAALD)
    linked = services.signals.triage(lead, b.id, SignalStatus.GEKOPPELD, b.version,
                                     household_id=existing.id)
    assert linked.household is not None and linked.household.id == existing.id
    assert linked.household.status is HouseholdStatus.HEROPEND
    # the new question reopens the household: the old afsluitreden no longer applies
    assert (linked.household.closing_category, linked.household.closing_reason,
            linked.household.end_date) == (None, "", None)
    assert linked.household.regievoerder_id == worker.user_id
    with pytest.raises(PermissionDenied):
        services.signals.triage(worker, b.id, SignalStatus.AFGEHANDELD, b.version)


def test_bad_signal_saves_nothing(services: Services, team) -> None:
    _lead, worker, *_ = team
    for bad, field in ((SignalInput(SignalSource.ZELFMELDER, "  "), "description"),
                       (SignalInput(SignalSource.ZELFMELDER, "x", phone="123"), "phone"),
                       (SignalInput(SignalSource.ZELFMELDER, "x",
                                    received_on=date(2999, 1, 1)), "received_on")):
        with pytest.raises(ValidationError) as error:
            services.signals.create(worker, bad)
        assert error.value.field == field
    assert services.signals.list_new(team[0]) == []


def test_signals_not_picked_up_are_flagged_after_configured_days(services: Services,
                                                                 team) -> None:
    lead, worker, *_ = team
    today = date.today()
    old = services.signals.create(worker, SignalInput(
        SignalSource.WONINGCORPORATIE, "Huurachterstand", received_on=today - timedelta(days=6)))
    services.signals.create(worker, SignalInput(SignalSource.WIJKAGENT, "Overlast",
                                                received_on=today - timedelta(days=2)))
    assert [s.id for s in services.signals.list_overdue(lead)] == [old.id]
    with services.db.begin() as session:
        session.add(SystemSetting(key="signals.flag_after_days", value="2"))
    assert len(services.signals.list_overdue(lead)) == 2


def test_contact_quick_entry_defaults_templates_and_timeline_filters(services: Services,
                                                                     team) -> None:
    lead, worker, other, _v = team
    h = services.households.create(lead, HouseholdInput(), [MemberInput(last_name="Bakker")],
                                   regievoerder_id=worker.user_id)
    first = services.contacts.add(worker, h.id, ContactInput(second_worker_id=other.user_id,
                                                             report="Kennismaking"))
    assert (first.kind, first.duration_minutes, first.worker_name, first.second_worker_name) == (
        ContactKind.HUISBEZOEK, 30, "Sietske", "Other")
    assert abs(first.at - datetime.now(UTC)) < timedelta(minutes=1)
    now = services.households.open(worker, h.id).household
    assert now.status is HouseholdStatus.ACTIEF and now.version == h.version
    template = next(t for t in services.contacts.templates(worker)
                    if t.kind is ContactKind.TELEFOON)
    services.contacts.add(worker, h.id, ContactInput(
        kind=template.kind, duration_minutes=template.duration_minutes,
        leefgebieden=("Financiën", "Huisvesting"), report=template.report + "huur",
        at=datetime.now(UTC) - timedelta(days=40)))
    timeline = services.contacts.list(worker, h.id)
    assert [c.kind for c in timeline] == [ContactKind.HUISBEZOEK, ContactKind.TELEFOON]
    financial = services.contacts.list(worker, h.id, ContactFilter(leefgebied="Financiën"))
    assert [c.report for c in financial] == ["Telefonisch gesproken over: huur"]
    assert len(services.contacts.list(worker, h.id, ContactFilter(kind=ContactKind.TELEFOON))) == 1
    assert len(services.contacts.list(worker, h.id, ContactFilter(worker_id=other.user_id))) == 1
    assert len(services.contacts.list(worker, h.id, ContactFilter(
        since=datetime.now(UTC) - timedelta(days=7)))) == 1
    for bad, field in ((ContactInput(duration_minutes=0), "duration_minutes"),
                       (ContactInput(at=datetime.now(UTC) + timedelta(days=1)), "at"),
                       (ContactInput(second_worker_id=worker.user_id), "second_worker_id")):
        with pytest.raises(ValidationError) as error:
            services.contacts.add(worker, h.id, bad)
        assert error.value.field == field
    assert len(services.contacts.list(worker, h.id)) == 2
    with pytest.raises(PermissionDenied):
        services.contacts.add(other, h.id, ContactInput())
    rows = services.households.my_caseload(worker)
    assert rows[0].last_contact == first.at and rows[0].attention == ()
    assert rows[0].weeks_since_contact == 0


def test_consent_given_withdrawn_and_checked_by_sharing(services: Services, team) -> None:
    lead, worker, *_ = team
    h = services.households.create(lead, HouseholdInput(), [MemberInput(last_name="Bakker")],
                                   regievoerder_id=worker.user_id)

    def check(partner: str) -> None:
        with services.db.begin() as session:
            require_consent(session, h.id, ConsentPurpose.DELEN_MET_PARTNER, partner)

    with pytest.raises(ConsentMissingError) as error:
        check("Woonbedrijf")
    assert "geen toestemming" in error.value.message and not error.value.withdrawn
    with pytest.raises(ValidationError):
        services.consent.record(worker, h.id, ConsentPurpose.DELEN_MET_PARTNER, True, "Anne")
    services.consent.record(worker, h.id, ConsentPurpose.DELEN_MET_PARTNER, True,
                            "Anne Bakker", partner="Woonbedrijf",
                            at=datetime.now(UTC) - timedelta(days=3))
    check("woonbedrijf")
    with pytest.raises(ConsentMissingError):
        check("Huisarts")
    services.consent.record(worker, h.id, ConsentPurpose.DELEN_MET_PARTNER, False,
                            "Anne Bakker", partner="Woonbedrijf")
    with pytest.raises(ConsentMissingError) as error:
        check("Woonbedrijf")
    assert error.value.withdrawn and "ingetrokken" in error.value.message
    current = services.consent.list(worker, h.id)
    assert [(c.partner, c.given, c.recorded_by_name) for c in current] == [
        ("Woonbedrijf", False, "Sietske")]
    assert len(services.consent.list(worker, h.id, history=True)) == 2


def test_outreach_round_counts_and_printed_looplijst(services: Services, team,
                                                     tmp_path: Path) -> None:
    lead, worker, *_ = team
    addresses = street_addresses("Heechterpstraat", 1, 6, "8932 AB")
    rnd = services.outreach.create_round(worker, "Heechterp noord", date(2026, 11, 24),
                                         addresses)
    assert rnd.counts == {"niet_thuis": 0, "geen_contact_gewenst": 0, "gesprek": 0, "open": 6}
    a1, a2, a3 = rnd.addresses[:3]
    services.outreach.record_outcome(worker, a1.id, OutreachOutcome.NIET_THUIS, "flyer")
    services.outreach.record_outcome(worker, a2.id, OutreachOutcome.GEEN_CONTACT_GEWENST)
    signal = services.signals.create(worker, SignalInput(
        SignalSource.OUTREACH, "Zorgen over schulden", street=a3.street,
        house_number=a3.house_number, postcode=a3.postcode, origin_type="outreach",
        origin_id=a3.id))
    rnd = services.outreach.record_outcome(worker, a3.id, OutreachOutcome.GESPREK,
                                           signal_id=signal.id)
    assert rnd.counts == {"niet_thuis": 1, "geen_contact_gewenst": 1, "gesprek": 1, "open": 3}
    out = services.outreach.print_looplijst(worker, rnd.id, tmp_path / "looplijst.pdf")
    pdf_text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Looplijst: Heechterp noord" in pdf_text
    assert "Heechterpstraat 6" in pdf_text and "8932 AB" in pdf_text
    assert [r.name for r in services.outreach.list_rounds(lead)] == ["Heechterp noord"]
    with services.db.begin() as session:
        assert session.scalar(select(func.count(Household.id))) == 0
