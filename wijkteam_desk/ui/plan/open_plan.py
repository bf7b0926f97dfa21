"""Open the plan editor for a household, wired to the plan service. Called by app.py /
the household window; kept here so the editor itself stays free of services."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wijkteam_desk.services.authz import Actor
from wijkteam_desk.ui.plan.autosave import DraftStore
from wijkteam_desk.ui.plan.plan_editor import PlanEditor
from wijkteam_desk.wiring import Services


def draft_key(household_id: int) -> str:
    return f"plan/{household_id}"


def plan_editor_for(services: Services, actor: Actor, household_id: int, *,
                    reason: str = "", parent: QWidget | None = None) -> PlanEditor:
    """Open the household's plan (PermissionDenied/NotFoundError as the service raises
    them). A read-only opening (with a reason, or a closed plan) cannot save."""
    record = services.plans.open(actor, household_id, reason)
    settings = services.plan_config.get_settings(actor)

    def save(plan, base_version):  # type: ignore[no-untyped-def]
        return services.plans.save(actor, household_id, plan, base_version)

    editor = PlanEditor(
        record.plan, services.plan_config.list_leefgebieden(actor, include_retired=True),
        DraftStore(services.drafts, actor), draft_key(household_id),
        title=record.household_name, base_version=record.version,
        save=save if record.writable else None, ladder=settings.participatieladder,
        parent=parent)
    return editor
