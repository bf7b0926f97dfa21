from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from wijkteam_desk.errors import ValidationError
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services.plan_diff import diff


def sample_plan() -> pm.Plan:
    plan = pm.new_plan([1, 2, 4], coordinator="Sietske")
    plan = pm.set_text(plan, "goes_well", "De kinderen gaan graag naar school.")
    plan = pm.put_network(plan, pm.NetworkPerson("n1", "Anja", "buurvrouw", "past op"))
    plan = pm.set_score(plan, 1, date(2026, 1, 5), 2)
    plan = pm.set_target(plan, 1, 4)
    plan = pm.set_situation(plan, 1, "Schulden bij de energieleverancier.")
    goal = pm.Goal("g1", "Binnen drie maanden een betalingsregeling", 1, date(2026, 4, 1))
    plan = pm.put_goal(plan, goal)
    plan = pm.put_action(plan, "g1", pm.Action("a1", "Brieven sorteren", pm.Who.BEWONER,
                                               deadline=date(2026, 2, 1)))
    plan = pm.put_action(plan, "g1", pm.Action("a2", "Aanmelden schuldhulp", pm.Who.VOORZIENING,
                                               service_id="svc-17"))
    plan = pm.set_regie(plan, pm.Regie("Sietske", (date(2026, 4, 1), date(2026, 2, 1))))
    return plan


def test_plan_survives_json_round_trip() -> None:
    plan = pm.put_ladder(sample_plan(), pm.LadderScore("Jan", 2, date(2026, 1, 5)))
    plan = pm.vaststellen(plan, pm.Agreement(date(2026, 1, 10), "getekend"))
    text = json.dumps(pm.to_dict(plan))
    assert pm.from_dict(json.loads(text)) == plan


def test_lifecycle_concept_vastgesteld_evaluatie_afgesloten() -> None:
    plan = sample_plan()
    assert plan.status is pm.PlanStatus.CONCEPT
    with pytest.raises(ValidationError):
        pm.evaluate(plan, pm.Evaluation(date(2026, 2, 1)), {})
    with pytest.raises(ValidationError):
        pm.vaststellen(plan, pm.Agreement(date(2026, 1, 10), " "))
    plan = pm.vaststellen(plan, pm.Agreement(date(2026, 1, 10), "mondeling"))
    assert pm.next_evaluation(plan) == date(2026, 2, 1)
    plan = pm.evaluate(plan, pm.Evaluation(date(2026, 2, 2), (pm.GoalResult(
        "g1", pm.GoalStatus.DEELS),)), {1: 3})
    assert plan.goal("g1").status is pm.GoalStatus.DEELS
    assert [s.score for s in plan.domain(1).scores] == [2, 3]
    assert plan.domain(1).scores[-1].moment is pm.Moment.EVALUATIE
    assert pm.next_evaluation(plan) == date(2026, 4, 1)
    plan = pm.close(plan, date(2026, 5, 1), "doelen behaald")
    assert pm.next_evaluation(plan) is None


def test_scores_and_goal_count_are_checked() -> None:
    plan = sample_plan()
    with pytest.raises(ValidationError):
        pm.set_score(plan, 1, date(2026, 1, 5), 6)
    with pytest.raises(ValidationError):
        pm.put_ladder(plan, pm.LadderScore("Jan", 7, date(2026, 1, 5)))
    for i in range(pm.MAX_GOALS - 1):
        plan = pm.put_goal(plan, pm.Goal(f"x{i}", "doel"))
    with pytest.raises(ValidationError):
        pm.put_goal(plan, pm.Goal("te veel", "doel"))
    broken = pm.put_action(plan, "g1", pm.Action("a3", "Naar de voedselbank",
                                                 pm.Who.VOORZIENING))
    with pytest.raises(ValidationError):
        pm.check(broken)


def test_diff_names_every_change() -> None:
    old = sample_plan()
    new = pm.set_text(old, "goes_well", "Iets anders.")
    new = pm.remove_network(new, "n1")
    new = pm.set_score(new, 1, date(2026, 3, 1), 3, pm.Moment.EVALUATIE)
    goal = new.goal("g1")
    new = pm.put_goal(new, replace(goal, text="Binnen vier maanden een regeling"))
    new = pm.put_action(new, "g1", replace(goal.actions[0], status=pm.ActionStatus.GEDAAN))
    new = pm.put_goal(new, pm.Goal("g2", "Een baan vinden", 2))
    changes = diff(old, new, {1: "Financiën", 2: "Werk & opleiding"})
    summary = {(c.section, c.field) for c in changes}
    assert ("Wat gaat goed", "") in summary
    assert ("Eigen kracht en netwerk", "naam") in summary
    assert ("Leefgebieden", "scores") in summary
    assert ("Doelen", "doel") in summary
    assert ("Acties", "status") in summary
    removed = [c for c in changes if c.section == "Eigen kracht en netwerk"]
    assert all(c.after == "" for c in removed)
    added = [c for c in changes if c.subject == "Een baan vinden"]
    assert {c.after for c in added} >= {"Een baan vinden", "Werk & opleiding"}
    assert diff(old, old, {}) == []
