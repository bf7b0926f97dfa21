"""Undoable edits of a plan. Each command keeps the whole plan before and after (plans are
immutable), so undo restores the exact previous state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from wijkteam_desk.services import plan_model as pm

TEXT_MERGE_ID = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanCommands", text)


class PlanHolder(Protocol):
    @property
    def plan(self) -> pm.Plan: ...

    def apply_plan(self, plan: pm.Plan) -> None: ...


class PlanCommand(QUndoCommand):
    """Replaces the plan by ``change(plan)``. ``change`` runs at once, so a ValidationError
    is raised before the command reaches the stack."""

    def __init__(self, holder: PlanHolder, text: str,
                 change: Callable[[pm.Plan], pm.Plan]) -> None:
        super().__init__(text)
        self._holder = holder
        self.before = holder.plan
        self.after = change(self.before)

    def redo(self) -> None:
        self._holder.apply_plan(self.after)

    def undo(self) -> None:
        self._holder.apply_plan(self.before)


class EditText(PlanCommand):
    """Typing in one text field: consecutive keystrokes merge into one undo step."""

    def __init__(self, holder: PlanHolder, key: str, text: str,
                 change: Callable[[pm.Plan], pm.Plan]) -> None:
        super().__init__(holder, text, change)
        self.key = key

    def id(self) -> int:
        return TEXT_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditText) or other.key != self.key:
            return False
        self.after = other.after
        return True


def edit_text(holder: PlanHolder, name: str, value: str) -> EditText:
    return EditText(holder, name, _tr("Tekst wijzigen"), lambda p: pm.set_text(p, name, value))


def edit_situation(holder: PlanHolder, leefgebied_id: int, value: str) -> EditText:
    return EditText(holder, f"situation/{leefgebied_id}", _tr("Situatie wijzigen"),
                    lambda p: pm.set_situation(p, leefgebied_id, value))


def edit_regie_text(holder: PlanHolder, field: str, value: str) -> EditText:
    return EditText(holder, f"regie.{field}", _tr("Regie-afspraken wijzigen"),
                    lambda p: pm.set_regie(p, replace(p.regie, **{field: value})))


def put_network(holder: PlanHolder, person: pm.NetworkPerson, adding: bool) -> PlanCommand:
    return PlanCommand(holder, _tr("Persoon toevoegen") if adding else _tr("Persoon wijzigen"),
                       lambda p: pm.put_network(p, person))


def remove_network(holder: PlanHolder, person_id: str) -> PlanCommand:
    return PlanCommand(holder, _tr("Persoon verwijderen"),
                       lambda p: pm.remove_network(p, person_id))


def set_score(holder: PlanHolder, leefgebied_id: int, on: pm.date, score: int | None,
              moment: pm.Moment) -> PlanCommand:
    return PlanCommand(holder, _tr("Score wijzigen"),
                       lambda p: pm.set_score(p, leefgebied_id, on, score, moment))


def set_target(holder: PlanHolder, leefgebied_id: int, target: int | None) -> PlanCommand:
    return PlanCommand(holder, _tr("Doelscore wijzigen"),
                       lambda p: pm.set_target(p, leefgebied_id, target))


def put_goal(holder: PlanHolder, goal: pm.Goal, adding: bool) -> PlanCommand:
    return PlanCommand(holder, _tr("Doel toevoegen") if adding else _tr("Doel wijzigen"),
                       lambda p: pm.put_goal(p, goal))


def remove_goal(holder: PlanHolder, goal_id: str) -> PlanCommand:
    return PlanCommand(holder, _tr("Doel verwijderen"), lambda p: pm.remove_goal(p, goal_id))


def put_action(holder: PlanHolder, goal_id: str, action: pm.Action,
               adding: bool) -> PlanCommand:
    return PlanCommand(holder, _tr("Actie toevoegen") if adding else _tr("Actie wijzigen"),
                       lambda p: pm.put_action(p, goal_id, action))


def remove_action(holder: PlanHolder, goal_id: str, action_id: str) -> PlanCommand:
    return PlanCommand(holder, _tr("Actie verwijderen"),
                       lambda p: pm.remove_action(p, goal_id, action_id))


def set_regie(holder: PlanHolder, regie: pm.Regie) -> PlanCommand:
    return PlanCommand(holder, _tr("Regie-afspraken wijzigen"),
                       lambda p: pm.set_regie(p, regie))


def put_ladder(holder: PlanHolder, item: pm.LadderScore) -> PlanCommand:
    return PlanCommand(holder, _tr("Participatieladder wijzigen"),
                       lambda p: pm.put_ladder(p, item))


def replace_plan(holder: PlanHolder, plan: pm.Plan, text: str) -> PlanCommand:
    """Load another version (a restored draft, a colleague's version) as one undo step."""
    return PlanCommand(holder, text, lambda _p: plan)
