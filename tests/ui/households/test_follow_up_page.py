"""Signalering: the teamleider sees a signal nobody picked up and a plan action past its
deadline, opens them with Enter, and changes the day thresholds."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import message_boxes
from tests.ui.households.conftest import Team, make_signal
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services.follow_up import FollowUpThresholds
from wijkteam_desk.ui.households.dossier_window import DossierWindow
from wijkteam_desk.ui.households.follow_up_page import FollowUpPage
from wijkteam_desk.ui.households.triage_dialog import TriageDialog


def _overdue_action(team: Team, days_late: int) -> None:
    s = team.services
    plan = s.plans.open(team.worker, team.bakker.id).plan
    goal = pm.Goal(pm.new_id(), "Schulden op orde", 1, date.today() + timedelta(days=60))
    plan = pm.put_goal(plan, goal)
    plan = pm.put_action(plan, goal.id, pm.Action(
        pm.new_id(), "Budgetcoach bellen", deadline=date.today() - timedelta(days=days_late)))
    s.plans.save(team.worker, team.bakker.id, plan, None)


def _page(qtbot: QtBot, team: Team) -> FollowUpPage:
    page = FollowUpPage(team.services, team.leader)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    return page


def test_lists_overdue_signal_and_action_and_opens_them(qtbot: QtBot, team: Team) -> None:
    make_signal(team, name="Els Visser", received_on=date.today() - timedelta(days=8))
    make_signal(team, name="Vers Binnen")  # today: not overdue
    _overdue_action(team, days_late=9)
    page = _page(qtbot, team)

    assert page.signal_days.value() == 5 and page.action_days.value() == 5
    assert page.signals_model.rowCount() == 1
    assert page.signals_model.index(0, 5).data() == "Els Visser"
    assert page.actions_model.rowCount() == 1
    assert page.actions_model.index(0, 2).data() == "Budgetcoach bellen"
    assert page.actions_model.index(0, 4).data() == "9"

    page.actions_table.setFocus()
    qtbot.waitUntil(page.actions_table.hasFocus, timeout=2000)
    qtbot.keyClick(page.actions_table, Qt.Key.Key_Return)
    windows = [w for w in page.findChildren(DossierWindow) if w.isVisible()]
    assert [w.dossier.household.id for w in windows] == [team.bakker.id]

    page.activateWindow()
    page.signals_table.setFocus()
    qtbot.waitUntil(page.signals_table.hasFocus, timeout=2000)
    qtbot.keyClick(page.signals_table, Qt.Key.Key_Return)
    assert len([w for w in page.findChildren(TriageDialog) if w.isVisible()]) == 1


def test_thresholds_change_what_is_listed(qtbot: QtBot, team: Team) -> None:
    _overdue_action(team, days_late=3)
    page = _page(qtbot, team)
    assert page.actions_model.rowCount() == 0
    page.action_days.setValue(2)
    page.signal_days.setValue(7)
    page.save_button.click()
    assert page.actions_model.rowCount() == 1
    assert [b.text() for b in message_boxes()] == ["De drempels zijn opgeslagen."]
    assert team.services.follow_up.thresholds(team.leader) == FollowUpThresholds(7, 2)
