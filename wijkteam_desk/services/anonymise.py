"""Anonymising one household at the end of its bewaartermijn (DESIGN §2.6).

Keeps what the kwartaalrapportage counts (area, team, dates, status, closing categories,
the member rows with their role, contact kinds/times/durations/leefgebieden, signal
sources and dates, referral statuses, plan structure with scores and results) and
removes everything that identifies a person. Runs inside the caller's unit of work; the
caller checks eligibility and writes the audit entries. The logboek is never touched.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select, text, update
from sqlalchemy.orm import Session

from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services import search_index
from wijkteam_desk.services.household_labels import closing_line
from wijkteam_desk.store.models import (
    BudgetRequest,
    Consent,
    Contact,
    Draft,
    Gap,
    Household,
    HouseholdPartner,
    HouseholdStatusChange,
    InloopVisit,
    Member,
    OutreachAddress,
    Plan,
    PlanAction,
    PlanVersion,
    ReasonedAccess,
    Referral,
    RegieHandover,
    Signal,
)
from wijkteam_desk.store.search import FTS_TABLE

ANONYMISED_NAME = "Geanonimiseerd"


def draft_keys(household_id: int) -> tuple[str, ...]:
    """The keys under which the UI keeps unsaved work of one household (plan editor,
    contact dialog)."""
    return (f"plan/{household_id}", f"huishoudens.contact:{household_id}")


def scrub_plan(plan: pm.Plan) -> pm.Plan:
    """The plan without free text: goal and action texts, situations, network persons,
    notes, wat gaat goed, regie names, the "how" of the agreement, evaluation notes and
    ladder names (replaced by "Gezinslid n"). Leefgebied ids, scores, targets, goal and
    action statuses, results and all dates stay, so the reports read the same."""
    members: dict[str, str] = {}
    for item in plan.ladder:
        members.setdefault(item.member, f"Gezinslid {len(members) + 1}")
    return replace(
        plan, goes_well="", notes="", closing_reason="", network=(),
        domains=tuple(replace(d, situation="") for d in plan.domains),
        goals=tuple(replace(g, text="", actions=tuple(
            replace(a, what="", who_name="") for a in g.actions)) for g in plan.goals),
        regie=replace(plan.regie, coordinator="", handed_to=""),
        agreement=replace(plan.agreement, how="") if plan.agreement else None,
        evaluations=tuple(replace(e, note="") for e in plan.evaluations),
        ladder=tuple(replace(x, member=members[x.member]) for x in plan.ladder))


def scrub_document(document: str) -> str:
    """A stored plan document (JSON) scrubbed, written the way the plan service writes it
    (the reports search the stored text for evaluation months)."""
    data: dict[str, Any] = json.loads(document)
    plan = scrub_plan(pm.from_dict(data))
    return json.dumps(pm.to_dict(plan), ensure_ascii=False, sort_keys=True)


def anonymise(session: Session, household: Household, at: datetime) -> None:
    """Remove every personal detail of ``household`` and what hangs off it."""
    hid = household.id
    household.name = ANONYMISED_NAME  # lists and search results say what happened
    household.street = ""
    household.house_number = None
    household.house_number_addition = ""
    household.postcode = ""
    household.city = ""
    household.phone = ""
    household.email = ""
    household.language = ""
    household.interpreter_needed = False
    household.closing_reason = ""  # the typed toelichting; closing_category stays
    household.regie_external = ""
    household.retention_hold_until = None
    household.retention_hold_reason = ""
    household.anonymised_at = at
    session.execute(update(Member).where(Member.household_id == hid).values(
        first_name="", tussenvoegsel="", last_name=ANONYMISED_NAME, date_of_birth=None,
        bsn="", phone="", email="", version=Member.version + 1))
    session.execute(update(Contact).where(Contact.household_id == hid).values(report=""))
    signal_ids = list(session.scalars(select(Signal.id).where(Signal.household_id == hid)))
    session.execute(update(Signal).where(Signal.household_id == hid).values(
        name="", phone="", email="", street="", house_number=None, house_number_addition="",
        postcode="", city="", description="", triage_note="", version=Signal.version + 1))
    referral_ids = list(session.scalars(select(Referral.id).where(
        Referral.household_id == hid)))
    session.execute(update(Referral).where(Referral.household_id == hid).values(
        question="", handover_note="", outcome="", version=Referral.version + 1))
    visits = [InloopVisit.household_id == hid]
    if signal_ids:
        visits.append(InloopVisit.signal_id.in_(signal_ids))
    if referral_ids:
        visits.append(InloopVisit.referral_id.in_(referral_ids))
    session.execute(update(InloopVisit).where(or_(*visits)).values(
        first_name="", question="", outcome_note="", version=InloopVisit.version + 1))
    session.execute(update(Consent).where(Consent.household_id == hid).values(given_by=""))
    session.execute(delete(HouseholdPartner).where(HouseholdPartner.household_id == hid))
    session.execute(update(RegieHandover).where(RegieHandover.household_id == hid).values(
        note="", external_party=""))
    for change in session.scalars(select(HouseholdStatusChange).where(
            HouseholdStatusChange.household_id == hid)):
        # a closing keeps the label of its standard afsluitreden, without the toelichting
        change.reason = closing_line(change.closing_category) if change.closing_category else ""
    session.execute(update(ReasonedAccess).where(ReasonedAccess.household_id == hid)
                    .values(reason=""))
    session.execute(update(Gap).where(Gap.household_id == hid).values(description=""))
    session.execute(update(BudgetRequest).where(BudgetRequest.household_id == hid).values(
        justification="", decision_note="", version=BudgetRequest.version + 1))
    session.execute(update(OutreachAddress).where(OutreachAddress.household_id == hid)
                    .values(note=""))
    session.execute(delete(Draft).where(Draft.key.in_(draft_keys(hid))))
    _scrub_plans(session, hid)
    _clear_search(session, household)


def _scrub_plans(session: Session, household_id: int) -> None:
    plan = session.scalar(select(Plan).where(Plan.household_id == household_id))
    if plan is None:
        return
    plan.document = scrub_document(plan.document)
    for version in session.scalars(select(PlanVersion).where(PlanVersion.plan_id == plan.id)):
        version.document = scrub_document(version.document)
        version.how = ""
    session.execute(update(PlanAction).where(PlanAction.plan_id == plan.id).values(what=""))


def _clear_search(session: Session, household: Household) -> None:
    """Only the household number stays findable (for the teamleider's archive)."""
    doc = search_index.document(household.number, "", "", None, "", "", "", "")
    household.search_text = doc
    if session.get_bind().dialect.name == "sqlite":
        session.flush()
        session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"),
                        {"id": household.id})
        session.execute(text(f"INSERT INTO {FTS_TABLE}(rowid, document) VALUES (:id, :doc)"),
                        {"id": household.id, "doc": doc})
