"""The one plan per household: leefgebieden (configured by the beheerder), plans, their
vastgesteld versions, and the doorpakbudget."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from wijkteam_desk.store.base import Base, UTCDateTime, utcnow
from wijkteam_desk.store.models.accounts import _enum
from wijkteam_desk.store.models.casework import Subdomain


class Leefgebied(Base):
    """A life domain scored 1-5. Retired domains stay so that old plans remain readable."""

    __tablename__ = "leefgebied"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    # One or two short sentences in plain Dutch (B1) for the resident's plan.
    explanation: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    # The subdomain contacts, goals and services on this leefgebied count under in the
    # kwartaalrapportage; None = none (set by the beheerder).
    subdomain: Mapped[Subdomain | None] = mapped_column(_enum(Subdomain, "subdomain"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class PlanStatusColumn(enum.StrEnum):
    CONCEPT = "concept"
    VASTGESTELD = "vastgesteld"
    AFGESLOTEN = "afgesloten"


class Plan(Base):
    """The one plan of a household. ``document`` holds the whole plan as JSON (the editor
    works on it as one piece); the columns beside it and the plan_action / plan_score rows
    are kept in step by the plan service for signals and reports."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), unique=True)
    status: Mapped[PlanStatusColumn] = mapped_column(
        _enum(PlanStatusColumn, "plan_status"), default=PlanStatusColumn.CONCEPT)
    document: Mapped[str] = mapped_column(Text)
    agreed_on: Mapped[date | None] = mapped_column(Date)  # first vaststelling
    next_evaluation: Mapped[date | None] = mapped_column(Date, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class PlanVersion(Base):
    """A vastgesteld version, kept read-only."""

    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    agreed_on: Mapped[date] = mapped_column(Date)
    how: Mapped[str] = mapped_column(String(200))
    document: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class PlanAction(Base):
    """One actie of a plan, copied out of the document on every save."""

    __tablename__ = "plan_action"
    __table_args__ = (Index("ix_plan_action_deadline_status", "deadline", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    goal_key: Mapped[str] = mapped_column(String(32))
    action_key: Mapped[str] = mapped_column(String(32))
    what: Mapped[str] = mapped_column(String(300))
    who: Mapped[str] = mapped_column(String(32))
    deadline: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    service_id: Mapped[str | None] = mapped_column(String(36))  # sociale-kaart service
    referral_id: Mapped[int | None] = mapped_column(Integer)  # the doorverwijzing made


class PlanScore(Base):
    """One ZRM score (leefgebied, date), copied out of the document on every save."""

    __tablename__ = "plan_score"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    leefgebied_id: Mapped[int] = mapped_column(ForeignKey("leefgebied.id"))
    measured_on: Mapped[date] = mapped_column(Date)
    moment: Mapped[str] = mapped_column(String(16))
    score: Mapped[int] = mapped_column(Integer)


class BudgetStatus(enum.StrEnum):
    AANGEVRAAGD = "aangevraagd"
    GOEDGEKEURD = "goedgekeurd"
    AFGEWEZEN = "afgewezen"


class BudgetRequest(Base):
    """Doorpakbudget: a small sum to solve something outside the usual channels."""

    __tablename__ = "budget_request"
    __table_args__ = (Index("ix_budget_request_team_status", "team_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"))
    goal_key: Mapped[str] = mapped_column(String(32), default="")  # a doel of the plan
    purpose: Mapped[str] = mapped_column(String(200))
    amount_cents: Mapped[int] = mapped_column(Integer)
    justification: Mapped[str] = mapped_column(Text)
    status: Mapped[BudgetStatus] = mapped_column(
        _enum(BudgetStatus, "budget_status"), default=BudgetStatus.AANGEVRAAGD)
    requested_by: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decision_note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
