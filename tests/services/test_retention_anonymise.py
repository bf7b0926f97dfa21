"""Approving the vernietigingslijst anonymises a rich household (every identifying field,
on SQLite and PostgreSQL), keeps the kwartaalrapportage figures exactly as they were, and
leaves the logboek intact."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.services.test_report_figures_plans import dataset  # noqa: F401 - the fixture
from wijkteam_desk.errors import ValidationError
from wijkteam_desk.reports.figures import Period
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services import search_index
from wijkteam_desk.services.household_types import (
    ContactInput,
    HouseholdInput,
    MemberInput,
    PartnerInput,
)
from wijkteam_desk.store.models import (
    AuditEntry,
    BudgetRequest,
    ClosingCategory,
    Consent,
    Contact,
    Draft,
    Gap,
    Household,
    HouseholdPartner,
    HouseholdStatus,
    HouseholdStatusChange,
    InloopSession,
    InloopVisit,
    Location,
    LocationKind,
    Member,
    Plan,
    PlanAction,
    PlanVersion,
    ReasonedAccess,
    Referral,
    RegieHandover,
    Signal,
    SignalSource,
    SignalStatus,
)

LATER = date(2043, 1, 5)  # more than 15 years after the closings in 2026
PERIODS = (Period.quarter(2026, 3), Period.quarter(2026, 4))


def _personal_details(services, leader, household_id: int) -> int:  # type: ignore[no-untyped-def]
    """Everything the anonymising must remove that the report fixture did not add yet.
    Returns the id of the linked inloop visit."""
    services.households.add_partner(leader, household_id, PartnerInput(
        "Dokter Fictief", "Huisartsenpraktijk", "huisarts", "0581234567"))
    services.households.save_member(leader, household_id, MemberInput(
        "Fictief", "Klaas", date_of_birth=date(1980, 2, 3), bsn="111222333",
        phone="0612345678", email="klaas@voorbeeld.nl"))
    services.contacts.add(leader, household_id, ContactInput(
        at=datetime(2026, 9, 1, 10, tzinfo=UTC), report="Klaas vertelde over zijn schulden"))
    with services.db.begin() as session:
        household = session.get(Household, household_id)
        household.street, household.house_number, household.postcode = "Tuinstraat", 12, "8921 AB"
        household.city, household.phone = "Leeuwarden", "+31581234567"
        household.email, household.language = "plan1@voorbeeld.nl", "Fries"
        signal = Signal(team_id=household.team_id, source=SignalSource.HUISARTS,
                        received_on=date(2026, 6, 20), description="Klaas belt vaak huilend",
                        name="Klaas Fictief", phone="+31612345678", email="k@voorbeeld.nl",
                        street="Tuinstraat", house_number=12, postcode="8921 AB",
                        city="Leeuwarden", status=SignalStatus.GEKOPPELD,
                        triage_note="Bekend bij Klaas' huisarts", household_id=household_id)
        session.add(signal)
        location = Location(name="Buurtkamer Test", kind=LocationKind.BUURTKAMER,
                            team_id=household.team_id, ticket_prefix="B")
        session.add(location)
        session.flush()
        inloop = InloopSession(location_id=location.id, day=date(2026, 6, 19))
        session.add(inloop)
        session.flush()
        visit = InloopVisit(session_id=inloop.id, location_id=location.id,
                            day=date(2026, 6, 19), number=1, ticket="B-001",
                            first_name="Klaas", topic="Financiën",
                            question="Klaas kan de huur niet betalen",
                            outcome_note="Klaas komt terug", signal_id=signal.id,
                            arrived_at=datetime(2026, 6, 19, 9, tzinfo=UTC))
        session.add(visit)
        session.add(ReasonedAccess(household_id=household_id, team_id=household.team_id,
                                   user_id=household.regievoerder_id,
                                   reason="Klaas belde de receptie"))
        session.add(RegieHandover(household_id=household_id, note="Klaas wil een vrouw",
                                  external_party="Mevrouw Jansen"))
        session.add(Draft(user_id=household.regievoerder_id, key=f"plan/{household_id}",
                          data="{}"))
        session.add(Draft(user_id=household.regievoerder_id, key="beheer.gebruiker:nieuw",
                          data="{}"))
        for gap in session.scalars(select(Gap)):
            gap.household_id = household_id
            gap.description = "Klaas vond niets"
        for referral in session.scalars(select(Referral).where(
                Referral.household_id == household_id)):
            referral.question, referral.handover_note = "Klaas wil hulp", "Samen gebeld"
            referral.outcome = "Klaas gestart"
        session.flush()
        search_index.sync(session, household_id)
        return visit.id


def _with_free_text(services, worker, household_id: int) -> None:  # type: ignore[no-untyped-def]
    record = services.plans.open(worker, household_id)
    plan = pm.put_network(record.plan, pm.NetworkPerson(pm.new_id(), "Oom Piet", "oom",
                                                        "Boodschappen"))
    plan = pm.set_text(plan, "goes_well", "Klaas kookt elke dag")
    plan = pm.set_text(plan, "notes", "Klaas is boos op de buren")
    plan = pm.put_ladder(plan, pm.LadderScore("Klaas", 3, date(2026, 7, 1)))
    goal = plan.goals[0]
    plan = pm.put_action(plan, goal.id, pm.Action(pm.new_id(), "Klaas belt de bank",
                                                  who_name="Klaas"))
    plan = pm.set_situation(plan, plan.domains[0].leefgebied_id, "Klaas heeft schulden")
    services.plans.save(worker, household_id, plan, record.version)


def test_approving_anonymises_everything_personal_and_keeps_the_figures(
        dataset) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    services, leader, team = dataset
    hh = services.households
    first = min(h.household_id for h in hh.search(leader, "Plan1"))
    _with_free_text(services, leader, first)
    visit_id = _personal_details(services, leader, first)
    second = hh.search(leader, "Plan3")[0].household_id
    hh.set_status(leader, second, HouseholdStatus.AFGESLOTEN, hh.open(leader, second)
                  .household.version, "Klaas' buurman verhuisde",
                  category=ClosingCategory.ANDERS)
    before = [services.reports.quarterly_figures(leader, p, team) for p in PERIODS]
    assert hh.search(leader, "Tuinstraat") and hh.search(leader, "Klaas")

    listed = services.retention.destruction_list(leader, LATER)
    assert {r.household_id for r in listed.due} == {first, second}
    assert listed.years == 15 and all(r.years_closed == 16 for r in listed.due)
    approval = services.retention.approve(leader, [r.household_id for r in listed.due], 2,
                                          LATER)
    assert approval.count == 2

    # The kwartaalrapportage of the old periods counts exactly the same.
    assert [services.reports.quarterly_figures(leader, p, team) for p in PERIODS] == before
    # Nobody finds the household by a former name, street, postcode or phone any more.
    for query in ("Plan1", "Fictief Plan1", "Plan3", "Klaas", "Tuinstraat", "8921", "0581234567"):
        assert hh.search(leader, query) == [], query
    assert [r.household_id for r in hh.search(leader, hh.open(leader, first).household
                                              .number)] == [first]

    with services.db.begin() as s:
        h = s.get(Household, first)
        assert (h.name, h.street, h.house_number, h.house_number_addition, h.postcode, h.city,
                h.phone, h.email, h.language, h.regie_external) == (
            ("Geanonimiseerd", "", None) + ("",) * 7)
        assert (h.closing_reason, h.closing_category) == ("", ClosingCategory.DOELEN_BEHAALD)
        assert (h.area, h.status, h.start_date is not None, h.end_date) == (
            "Heechterp", HouseholdStatus.AFGESLOTEN, True, date(2026, 9, 20))
        assert h.anonymised_at == approval.approved_at
        other = s.get(Household, second)
        assert (other.closing_reason, other.closing_category) == ("", ClosingCategory.ANDERS)
        assert {c.reason for c in s.scalars(select(HouseholdStatusChange).where(
            HouseholdStatusChange.household_id == second))} == {"", "Andere reden"}
        members = s.scalars(select(Member).where(Member.household_id == first)).all()
        assert len(members) == 2 and {(m.first_name, m.tussenvoegsel, m.last_name, m.bsn,
                                       m.date_of_birth, m.phone, m.email) for m in members} == {
            ("", "", "Geanonimiseerd", "", None, "", "")}
        contacts = s.scalars(select(Contact).where(Contact.household_id == first)).all()
        assert contacts and all(c.report == "" and c.duration_minutes > 0 for c in contacts)
        signal = s.scalars(select(Signal).where(Signal.household_id == first,
                                                Signal.source == SignalSource.HUISARTS)).one()
        assert (signal.name, signal.phone, signal.email, signal.street, signal.house_number,
                signal.postcode, signal.city, signal.description, signal.triage_note) == (
            "", "", "", "", None, "", "", "", "")
        assert signal.received_on == date(2026, 6, 20)
        visit = s.get(InloopVisit, visit_id)
        assert (visit.first_name, visit.question, visit.outcome_note, visit.topic) == (
            "", "", "", "Financiën")
        referrals = s.scalars(select(Referral).where(Referral.household_id == first)).all()
        assert referrals and all((r.question, r.handover_note, r.outcome) == ("", "", "")
                                 for r in referrals)
        assert all(c.given_by == "" for c in s.scalars(select(Consent).where(
            Consent.household_id == first)))
        assert s.scalars(select(HouseholdPartner).where(
            HouseholdPartner.household_id == first)).all() == []
        assert {(r.note, r.external_party) for r in s.scalars(select(RegieHandover).where(
            RegieHandover.household_id == first))} == {("", "")}
        assert {c.reason for c in s.scalars(select(HouseholdStatusChange).where(
            HouseholdStatusChange.household_id == first))} <= {"", "Doelen behaald"}
        assert {r.reason for r in s.scalars(select(ReasonedAccess).where(
            ReasonedAccess.household_id == first))} == {""}
        assert {g.description for g in s.scalars(select(Gap))} == {""}
        budget = s.scalars(select(BudgetRequest).where(
            BudgetRequest.household_id == first)).all()
        assert budget and all((b.justification, b.decision_note) == ("", "") for b in budget)
        assert sum(b.amount_cents for b in budget) == 150_000  # 700 + 5 x 100 + 300 refused
        assert s.scalars(select(Draft.key)).all() == ["beheer.gebruiker:nieuw"]
        plan = s.scalars(select(Plan).where(Plan.household_id == first)).one()
        documents = [plan.document] + [v.document for v in s.scalars(
            select(PlanVersion).where(PlanVersion.plan_id == plan.id))]
        assert {v.how for v in s.scalars(select(PlanVersion).where(
            PlanVersion.plan_id == plan.id))} == {""}
        assert {a.what for a in s.scalars(select(PlanAction).where(
            PlanAction.plan_id == plan.id))} == {""}
        entries = s.execute(select(AuditEntry.action, AuditEntry.record_id)).all()
    for document in documents:
        for word in ("Klaas", "Piet", "Doel a", "mondeling", "Boodschappen"):
            assert word not in document
        stored = pm.from_dict(json.loads(document))
        assert [g.status for g in stored.goals] and stored.domains[0].scores
    scrubbed = pm.from_dict(json.loads(documents[0]))
    assert scrubbed.ladder == (pm.LadderScore("Gezinslid 1", 3, date(2026, 7, 1)),)
    assert [e.results for e in scrubbed.evaluations][0]
    assert scrubbed.agreement is not None and scrubbed.agreement.how == ""
    # One audit entry per household and one for the approval; the chain still verifies.
    assert {("retention.anonymise", str(first)), ("retention.anonymise", str(second)),
            ("retention.approve", "")} <= set(entries)
    admin = services.accounts.authenticate("eerstebeheerder", "geheim-wachtwoord")
    assert services.audit.verify(admin).ok

    # The dossier opens read only, saying when it was anonymised; editing is refused.
    dossier = hh.open(leader, first)
    assert dossier.household.anonymised_at == approval.approved_at and not dossier.can_edit
    assert not services.plans.open(leader, first).writable
    with pytest.raises(ValidationError) as refused:
        hh.update(leader, first, HouseholdInput(name="Terug"), dossier.household.version)
    assert "geanonimiseerd" in refused.value.message
    with pytest.raises(ValidationError):
        hh.set_status(leader, first, HouseholdStatus.HEROPEND, dossier.household.version)
    # Gone from the list; the archive print has numbers, wijk and dates, no names.
    assert services.retention.destruction_list(leader, LATER).due == ()
    text = "".join(p.extract_text() for p in PdfReader(__import__("io").BytesIO(
        services.retention.print_approval(leader, approval.approved_at))).pages)
    assert dossier.household.number in text and "Heechterp" in text and "20-9-2026" in text
    assert "Plan1" not in text and "Klaas" not in text
