from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.conftest import ActorFactory
from wijkteam_desk.errors import PermissionDenied, ValidationError
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services.follow_up import FollowUpThresholds
from wijkteam_desk.services.household_types import HouseholdInput, MemberInput, SignalInput
from wijkteam_desk.store.models import AuditEntry, Role, SignalSource


def _plan_with_action(services, worker, household_id: int, deadline: date) -> None:  # type: ignore[no-untyped-def]
    plan = services.plans.open(worker, household_id).plan
    goal = pm.Goal(pm.new_id(), "Schulden op orde", 1, date(2026, 6, 1))
    plan = pm.put_goal(plan, goal)
    plan = pm.put_action(plan, goal.id, pm.Action(pm.new_id(), "Budgetcoach bellen",
                                                  deadline=deadline))
    services.plans.save(worker, household_id, plan, None)


def test_actions_past_deadline_by_more_than_the_setting_for_the_whole_team(
        make_actor: ActorFactory) -> None:
    services = make_actor.services
    worker = make_actor(Role.SOCIAAL_WERKER, name="sietske")
    lead = make_actor(Role.TEAMLEIDER, name="tjeerd")
    today = date.today()
    late = services.households.create(worker, HouseholdInput(), [MemberInput("Boer", "Jan")])
    recent = services.households.create(worker, HouseholdInput(),
                                        [MemberInput("Visser", "Anna")])
    _plan_with_action(services, worker, late.id, today - timedelta(days=9))
    _plan_with_action(services, worker, recent.id, today - timedelta(days=2))

    assert services.follow_up.thresholds(lead) == FollowUpThresholds(5, 5)
    found = services.follow_up.overdue_actions(lead, today)
    assert [(s.household_id, s.detail) for s in found] == [(late.id, "Budgetcoach bellen")]

    services.follow_up.set_thresholds(lead, FollowUpThresholds(3, 1))
    assert services.follow_up.thresholds(lead) == FollowUpThresholds(3, 1)
    assert {s.household_id for s in services.follow_up.overdue_actions(lead, today)} == {
        late.id, recent.id}
    # the signal threshold is the one "Nieuwe aanmeldingen" uses
    services.signals.create(worker, SignalInput(SignalSource.HUISARTS, "Eenzaamheid",
                                                received_on=today - timedelta(days=4)))
    assert len(services.signals.list_overdue(lead)) == 1
    with services.db.begin() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "follow_up.set_thresholds" in actions and "follow_up.overdue_actions" in actions
    with pytest.raises(PermissionDenied):
        services.follow_up.overdue_actions(worker)


@pytest.mark.parametrize("bad", [0, -3, 366])
def test_bad_thresholds_are_refused_and_change_nothing(make_actor: ActorFactory,
                                                       bad: int) -> None:
    services = make_actor.services
    lead = make_actor(Role.TEAMLEIDER)
    with pytest.raises(ValidationError) as error:
        services.follow_up.set_thresholds(lead, FollowUpThresholds(4, bad))
    assert error.value.field == "action_days"
    assert services.follow_up.thresholds(lead) == FollowUpThresholds(5, 5)
