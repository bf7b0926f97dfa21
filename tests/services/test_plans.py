from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.conftest import ActorFactory
from wijkteam_desk.errors import PermissionDenied, ValidationError
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services.household_types import HouseholdInput, MemberInput
from wijkteam_desk.services.plan_config import PlanSettings
from wijkteam_desk.services.plan_signals import ACTION_OVERDUE, EVALUATION_OVERDUE, NO_PLAN
from wijkteam_desk.services.plans import PlanConflictError
from wijkteam_desk.store.models import AuditEntry, Role


@pytest.fixture
def case(make_actor: ActorFactory):  # type: ignore[no-untyped-def]
    """A household with its regievoerder, a betrokken collega, a teamleider, another
    worker of the team and a volunteer."""
    services = make_actor.services
    worker = make_actor(Role.SOCIAAL_WERKER, name="sietske")
    colleague = make_actor(Role.SOCIAAL_WERKER, name="jelle")
    other = make_actor(Role.SOCIAAL_WERKER, name="anders")
    lead = make_actor(Role.TEAMLEIDER, name="tjeerd")
    household = services.households.create(
        worker, HouseholdInput(street="Fictieve Heechterpstraat", house_number="12",
                               postcode="8924AB", city="Leeuwarden"),
        [MemberInput("Boer", "Jan", "de")])
    services.households.add_colleague(worker, household.id, colleague.user_id)
    return services, household.id, worker, colleague, other, lead


def _goal(plan: pm.Plan, text: str, deadline: date | None = None) -> pm.Plan:
    goal = pm.Goal(pm.new_id(), text, 1, date(2026, 6, 1))
    plan = pm.put_goal(plan, goal)
    return pm.put_action(plan, goal.id, pm.Action(pm.new_id(), f"actie bij {text}",
                                                  deadline=deadline))


def test_a_new_plan_has_every_leefgebied_and_saves(case) -> None:  # type: ignore[no-untyped-def]
    services, hid, worker, *_ = case
    record = services.plans.open(worker, hid)
    assert record.version is None and record.writable
    assert len(record.plan.domains) == 13
    assert record.plan.regie.coordinator == "Sietske"
    plan = _goal(pm.set_score(record.plan, 1, date(2026, 1, 5), 2), "Schulden op orde")
    version = services.plans.save(worker, hid, plan, None)
    again = services.plans.open(worker, hid)
    assert again.plan == plan and again.version == version


def test_second_save_of_the_same_plan_is_a_conflict_with_both_versions(case) -> None:  # type: ignore[no-untyped-def]
    services, hid, worker, colleague, *_ = case
    base = services.plans.save(worker, hid, services.plans.open(worker, hid).plan, None)
    mine = services.plans.open(worker, hid)
    theirs = services.plans.open(colleague, hid)
    services.plans.save(colleague, hid, _goal(theirs.plan, "Werk vinden"), theirs.version)
    my_plan = pm.set_text(mine.plan, "goes_well", "De tuin is mooi.")
    with pytest.raises(PlanConflictError) as info:
        services.plans.save(worker, hid, my_plan, base)
    conflict = info.value
    assert conflict.mine.goes_well == "De tuin is mooi."
    assert [g.text for g in conflict.theirs.goals] == ["Werk vinden"]
    assert {c.section for c in conflict.changes} >= {"Wat gaat goed", "Doelen"}
    assert conflict.changed_by == "Jelle"
    stored = services.plans.open(worker, hid)
    assert [g.text for g in stored.plan.goals] == ["Werk vinden"]  # nothing overwritten
    assert stored.plan.goes_well == ""
    merged = pm.set_text(conflict.theirs, "goes_well", conflict.mine.goes_well)
    services.plans.save(worker, hid, merged, conflict.theirs_version)
    final = services.plans.open(colleague, hid).plan
    assert final.goes_well == "De tuin is mooi." and final.goals[0].text == "Werk vinden"


def test_vastgesteld_versions_are_kept_and_compared(case) -> None:  # type: ignore[no-untyped-def]
    services, hid, worker, *_ = case
    record = services.plans.open(worker, hid)
    plan = _goal(record.plan, "Schulden op orde")
    with pytest.raises(ValidationError):
        services.plans.vaststellen(worker, hid, record.plan, None,
                                   pm.Agreement(date(2026, 1, 10), "getekend"))
    v1 = services.plans.vaststellen(worker, hid, plan, None,
                                    pm.Agreement(date(2026, 1, 10), "getekend"))
    record = services.plans.open(worker, hid)
    assert record.plan.status is pm.PlanStatus.VASTGESTELD
    changed = _goal(record.plan, "Elke week sporten")
    # saving cannot sneak in a different status
    services.plans.save(worker, hid, replace(changed, status=pm.PlanStatus.AFGESLOTEN), v1)
    record = services.plans.open(worker, hid)
    assert record.plan.status is pm.PlanStatus.VASTGESTELD
    services.plans.vaststellen(worker, hid, record.plan, record.version,
                               pm.Agreement(date(2026, 3, 1), "mondeling, huisbezoek"))
    record = services.plans.open(worker, hid)
    assert [(v.number, v.how) for v in record.versions] == [
        (1, "getekend"), (2, "mondeling, huisbezoek")]
    assert [g.text for g in services.plans.get_version(worker, hid, 1).goals] == [
        "Schulden op orde"]
    changes = services.plans.compare(worker, hid, 1, 2)
    assert any(c.section == "Doelen" and c.after == "Elke week sporten" for c in changes)
    goal_id = record.plan.goals[0].id
    services.plans.evaluate(worker, hid, record.plan, record.version,
                            pm.Evaluation(date(2026, 4, 1),
                                          (pm.GoalResult(goal_id, pm.GoalStatus.BEHAALD),)),
                            {1: 4})
    record = services.plans.open(worker, hid)
    assert record.plan.goals[0].status is pm.GoalStatus.BEHAALD
    services.plans.close(worker, hid, record.version, date(2026, 5, 1), "Doelen behaald")
    closed = services.plans.open(worker, hid)
    assert not closed.writable
    with pytest.raises(ValidationError):
        services.plans.save(worker, hid, closed.plan, closed.version)


def test_retiring_a_leefgebied_keeps_old_plans_readable(case, make_actor) -> None:  # type: ignore[no-untyped-def]
    services, hid, worker, *_ = case
    admin = make_actor(Role.BEHEERDER)
    record = services.plans.open(worker, hid)
    plan = pm.set_score(_goal(record.plan, "Justitie-zaak afronden"), 13, date(2026, 1, 5), 2)
    plan = replace(plan, goals=(replace(plan.goals[0], leefgebied_id=13),))
    services.plans.save(worker, hid, plan, None)
    justitie = services.plan_config.list_leefgebieden(admin)[-1]
    services.plan_config.set_leefgebied_retired(admin, justitie.id, True, justitie.version)
    assert services.plans.open(worker, hid).plan.domain(13).scores[0].score == 2
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        services.plans.print(worker, hid))).pages)
    assert "Justitie" in text and "Justitie-zaak afronden" in text
    internal = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        services.plans.print(worker, hid, internal=True))).pages)
    assert "Justitie (vervallen)" in internal


def test_who_may_open_and_save(case, make_actor) -> None:  # type: ignore[no-untyped-def]
    services, hid, worker, colleague, other, lead = case
    services.plans.save(worker, hid, services.plans.open(worker, hid).plan, None)
    assert services.plans.open(lead, hid).writable
    assert services.plans.open(colleague, hid).writable
    with pytest.raises(PermissionDenied):
        services.plans.open(other, hid)
    with_reason = services.plans.open(other, hid, "Vervanging tijdens vakantie van Sietske")
    assert not with_reason.writable
    with pytest.raises(PermissionDenied):
        services.plans.save(other, hid, with_reason.plan, with_reason.version)
    outsider = make_actor(Role.TEAMLEIDER, team_id=None, name="buitenstaander")
    with pytest.raises(PermissionDenied):
        services.plans.open(outsider, hid)
    reasons = services.households.list_reasoned_access(lead)
    assert any("vakantie" in r.reason for r in reasons)


def test_signals_for_mijn_huishoudens(case, make_actor) -> None:  # type: ignore[no-untyped-def]
    services, hid, worker, colleague, other, lead = case
    today = date.today()
    later = today + timedelta(weeks=7)
    kinds = {s.kind for s in services.plans.signals(worker, later)}
    assert kinds == {NO_PLAN}
    admin = make_actor(Role.BEHEERDER)
    services.plan_config.update_settings(admin, PlanSettings(False, 8))
    assert services.plans.signals(worker, later) == []
    record = services.plans.open(worker, hid)
    plan = _goal(record.plan, "Schulden op orde", deadline=today + timedelta(days=10))
    plan = pm.set_regie(plan, pm.Regie("Sietske", (today + timedelta(days=20),)))
    services.plans.vaststellen(worker, hid, plan, None, pm.Agreement(today, "getekend"))
    found = services.plans.signals(colleague, today + timedelta(days=30))
    assert {s.kind for s in found} == {EVALUATION_OVERDUE, ACTION_OVERDUE}
    assert services.plans.signals(other, today + timedelta(days=30)) == []
    assert len(services.plans.signals(lead, today + timedelta(days=30), team=True)) == 2
    with pytest.raises(PermissionDenied):
        services.plans.signals(worker, today, team=True)


def test_every_plan_read_and_print_is_audited(case) -> None:  # type: ignore[no-untyped-def]
    services, hid, worker, *_ = case
    services.plans.save(worker, hid, _goal(services.plans.open(worker, hid).plan, "X"), None)
    services.plans.print(worker, hid, large_print=True)
    with services.db.begin() as session:
        actions = [a for a in session.scalars(select(AuditEntry.action)
                                              .order_by(AuditEntry.seq))
                   if a.startswith("plans.")]
    assert actions == ["plans.open", "plans.save", "plans.print"]


def test_concurrent_saves_never_both_win(case) -> None:  # type: ignore[no-untyped-def]
    import threading

    services, hid, worker, colleague, *_ = case
    base = services.plans.save(worker, hid, services.plans.open(worker, hid).plan, None)
    start = services.plans.open(worker, hid).plan
    outcomes: list[str] = []

    def save(actor, text: str) -> None:  # type: ignore[no-untyped-def]
        try:
            services.plans.save(actor, hid, pm.set_text(start, "goes_well", text), base)
            outcomes.append("ok")
        except PlanConflictError as conflict:
            assert conflict.mine.goes_well == text
            outcomes.append("conflict")
        except Exception as exc:  # noqa: BLE001 - e.g. database busy counts as not saved
            outcomes.append(type(exc).__name__)

    threads = [threading.Thread(target=save, args=(a, t))
               for a, t in ((worker, "Een"), (colleague, "Twee"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("ok") == 1, outcomes
    final = services.plans.open(worker, hid)
    assert final.version == base + 1 and final.plan.goes_well in ("Een", "Twee")


def test_an_action_with_a_voorziening_creates_a_referral(case, make_actor) -> None:  # type: ignore[no-untyped-def]
    from tests.services.test_referrals import MAATJE, SAMPLE
    from wijkteam_desk.store.models import ConsentPurpose, ReferralOrigin, ReferralStatus

    services, hid, worker, colleague, other, lead = case
    volunteer = make_actor(Role.VRIJWILLIGER, name="vera")
    services.socialmap.import_hsds(lead, SAMPLE)
    plan = _goal(services.plans.open(worker, hid).plan, "Post op orde")
    goal_id = plan.goals[0].id
    plan = pm.put_action(plan, goal_id, pm.Action("maatje", "Een maatje voor de post",
                                                  pm.Who.VOORZIENING, service_id=MAATJE))
    version = services.plans.save(worker, hid, plan, None)
    saved = services.plans.open(worker, hid)
    action = next(a for _g, a in saved.plan.all_actions() if a.id == "maatje")
    assert action.referral_id is not None
    services.plans.save(worker, hid, saved.plan, version)  # no second referral
    referrals = services.referrals.list_for_household(worker, hid)
    assert [(r.id, r.question) for r in referrals] == [(action.referral_id,
                                                        "Een maatje voor de post")]
    with services.db.begin() as session:
        from wijkteam_desk.store.models import Referral
        assert session.get(Referral, action.referral_id).origin is ReferralOrigin.PLAN_ACTION
    before = services.socialmap.get_service(volunteer, MAATJE)
    assert (before.referrals_made, before.referrals_started) == (1, 0)
    services.consent.record(worker, hid, ConsentPurpose.DOORVERWIJZEN, True, "Jan de Boer",
                            partner="Stichting Geldzorgen Oost")
    referral = referrals[0]
    registered = services.referrals.advance(worker, referral.id, ReferralStatus.AANGEMELD,
                                            referral.version)
    services.referrals.advance(worker, referral.id, ReferralStatus.GESTART, registered.version)
    after = services.socialmap.get_service(volunteer, MAATJE)
    assert (after.referrals_made, after.referrals_started) == (1, 1)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        services.plans.print(worker, hid))).pages)
    assert "Een maatje voor de post" in text and before.name in " ".join(text.split())
    bogus = pm.put_action(saved.plan, goal_id, pm.Action("x", "Iets", pm.Who.VOORZIENING,
                                                         service_id="bestaat-niet"))
    with pytest.raises(ValidationError):
        services.plans.save(worker, hid, bogus, services.plans.open(worker, hid).version)
