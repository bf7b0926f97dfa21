"""Open the plan editor for a household, wired to the plan service. Called by app.py /
the household window; kept here so the editor itself stays free of services."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.plan_diff import Change
from wijkteam_desk.services.plans import VersionInfo
from wijkteam_desk.ui.plan.autosave import DraftStore
from wijkteam_desk.ui.plan.plan_editor import PlanEditor
from wijkteam_desk.wiring import Services


def draft_key(household_id: int) -> str:
    return f"plan/{household_id}"


class ServiceBackend:
    """The editor's PlanBackend for one household, acting as ``actor``."""

    def __init__(self, services: Services, actor: Actor, household_id: int) -> None:
        self._plans = services.plans
        self._actor = actor
        self._household_id = household_id

    def save(self, plan: pm.Plan, base_version: int | None) -> int:
        return self._plans.save(self._actor, self._household_id, plan, base_version)

    def vaststellen(self, plan: pm.Plan, base_version: int | None,
                    agreement: pm.Agreement) -> int:
        return self._plans.vaststellen(self._actor, self._household_id, plan, base_version,
                                       agreement)

    def evaluate(self, plan: pm.Plan, base_version: int | None, evaluation: pm.Evaluation,
                 scores: dict[int, int]) -> int:
        return self._plans.evaluate(self._actor, self._household_id, plan, base_version,
                                    evaluation, scores)

    def reload(self) -> tuple[pm.Plan, int | None]:
        record = self._plans.open(self._actor, self._household_id)
        return record.plan, record.version

    def versions(self) -> list[VersionInfo]:
        return list(self._plans.open(self._actor, self._household_id).versions)

    def compare(self, old: int, new: int | None) -> list[Change]:
        return self._plans.compare(self._actor, self._household_id, old, new)

    def print(self, *, internal: bool, large_print: bool) -> bytes:
        return self._plans.print(self._actor, self._household_id, internal=internal,
                                 large_print=large_print)


def plan_editor_for(services: Services, actor: Actor, household_id: int, *,
                    reason: str = "", parent: QWidget | None = None) -> PlanEditor:
    """Open the household's plan (PermissionDenied/NotFoundError as the service raises
    them). A read-only opening (with a reason, or a closed plan) cannot save."""
    record = services.plans.open(actor, household_id, reason)
    settings = services.plan_config.get_settings(actor)
    return PlanEditor(
        record.plan, services.plan_config.list_leefgebieden(actor, include_retired=True),
        DraftStore(services.drafts, actor), draft_key(household_id),
        title=record.household_name, base_version=record.version,
        backend=ServiceBackend(services, actor, household_id) if record.writable else None,
        ladder=settings.participatieladder, parent=parent)
