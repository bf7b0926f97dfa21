"""Doorpakbudget (DESIGN §2.1): a small flexible team budget to solve things outside the
usual channels. A worker asks for it per household (purpose, amount, justification,
optionally for a doel of the plan); the teamleider approves or refuses with a note."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wijkteam_desk.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.household_access import readable, user_names, writable
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import BudgetRequest, BudgetStatus, Household, Plan

MAX_CENTS = 10_000_00
_AMOUNT = re.compile(r"^(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d{1,2}))?$")


@dataclass(frozen=True)
class BudgetInfo:
    id: int
    household_id: int
    household_number: str
    household_name: str
    goal_key: str
    purpose: str
    amount_cents: int
    justification: str
    status: BudgetStatus
    requested_by: str
    requested_at: datetime
    decided_by: str
    decided_at: datetime | None
    decision_note: str
    version: int


@dataclass(frozen=True)
class BudgetTotals:
    start: date
    end: date
    requested: int
    requested_cents: int
    approved: int
    approved_cents: int
    refused: int
    pending: int


def parse_amount(text: str | int) -> int:
    """Euros as typed ("700", "1.250,50", "€ 35,5") to cents; ValidationError otherwise."""
    if isinstance(text, int):
        cents = text * 100
    else:
        cleaned = text.replace("€", "").replace(" ", "").strip()
        match = _AMOUNT.match(cleaned)
        if not match:
            raise ValidationError(msg("Schrijf het bedrag in euro's, bijvoorbeeld 700 of "
                                      "35,50."), field="amount")
        cents = int(match.group(1).replace(".", "")) * 100 + int(
            (match.group(2) or "0").ljust(2, "0"))
    if not 0 < cents <= MAX_CENTS:
        raise ValidationError(msg("Het bedrag ligt tussen 1 cent en 10.000 euro."),
                              field="amount")
    return cents


class BudgetService:
    def __init__(self, db: Database, log: AuditLog,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._log = log
        self._clock = clock

    @operation("budget.request")
    def request(self, actor: Actor, household_id: int, purpose: str, amount: str | int,
                justification: str, goal_key: str = "") -> BudgetInfo:
        """Regievoerder, betrokken collega or teamleider of the household. ``goal_key``
        must be a doel of the household's plan when given. Audited."""
        purpose, justification = " ".join(purpose.split()), justification.strip()
        if not purpose:
            raise ValidationError(msg("Waarvoor is het geld?"), field="purpose")
        if len(purpose) > 200:
            raise ValidationError(msg("Houd het doel van de uitgave kort (200 tekens)."),
                                  field="purpose")
        if not justification:
            raise ValidationError(msg("Leg kort uit waarom dit nodig is."),
                                  field="justification")
        cents = parse_amount(amount)
        with self._db.begin() as session:
            household = writable(session, actor, household_id, "budget.request")
            if goal_key:
                document = session.scalar(select(Plan.document).where(
                    Plan.household_id == household_id))
                goals = {g["id"] for g in json.loads(document)["goals"]} if document else set()
                if goal_key not in goals:
                    raise ValidationError(msg("Dit doel staat niet in het plan."),
                                          field="goal_key")
            row = BudgetRequest(household_id=household_id, team_id=household.team_id,
                                goal_key=goal_key, purpose=purpose, amount_cents=cents,
                                justification=justification, requested_by=actor.user_id,
                                requested_at=self._clock())
            session.add(row)
            session.flush()
            self._log.append(session, actor, "budget.request", "budget_request", row.id)
            return self.info(session, row)

    @operation("budget.list_for_household")
    def list_for_household(self, actor: Actor, household_id: int) -> list[BudgetInfo]:
        """Those who may open the household. Audited."""
        with self._db.begin() as session:
            readable(session, actor, household_id, "budget.list_for_household")
            rows = session.scalars(select(BudgetRequest).where(
                BudgetRequest.household_id == household_id).order_by(BudgetRequest.id))
            self._log.append(session, actor, "budget.list_for_household", "household",
                             household_id)
            return [self.info(session, r) for r in rows]

    @operation("budget.list_pending")
    def list_pending(self, actor: Actor) -> list[BudgetInfo]:
        """Teamleider: the requests of the team waiting for a decision. Audited."""
        with self._db.begin() as session:
            rows = session.scalars(select(BudgetRequest).where(
                BudgetRequest.team_id == actor.team_id,
                BudgetRequest.status == BudgetStatus.AANGEVRAAGD).order_by(BudgetRequest.id))
            result = [self.info(session, r) for r in rows]
            self._log.append(session, actor, "budget.list_pending", "budget_request", "",
                             str(len(result)))
            return result

    @operation("budget.decide")
    def decide(self, actor: Actor, request_id: int, approve: bool, note: str,
               version: int) -> BudgetInfo:
        """Teamleider of the household's team. Refusing needs a note. ConflictError when
        someone decided meanwhile. Audited."""
        note = note.strip()
        if not approve and not note:
            raise ValidationError(msg("Schrijf erbij waarom u het afwijst."), field="note")
        with self._db.begin() as session:
            row = session.get(BudgetRequest, request_id)
            if row is None:
                raise NotFoundError()
            if row.team_id != actor.team_id:
                raise PermissionDenied("budget.decide")
            if row.version != version or row.status is not BudgetStatus.AANGEVRAAGD:
                raise ConflictError()
            row.status = BudgetStatus.GOEDGEKEURD if approve else BudgetStatus.AFGEWEZEN
            row.decided_by, row.decided_at = actor.user_id, self._clock()
            row.decision_note = note
            session.flush()
            self._log.append(session, actor, "budget.decide", "budget_request", row.id,
                             row.status.value)
            return self.info(session, row)

    @operation("budget.team_totals")
    def team_totals(self, actor: Actor, start: date, end: date) -> BudgetTotals:
        """Teamleider: requests made from ``start`` to ``end`` (inclusive) in the team,
        and what was approved. No personal data; not audited."""
        if end < start:
            raise ValidationError(msg("De einddatum ligt voor de begindatum."), field="end")
        since = datetime.combine(start, time(), UTC)
        until = datetime.combine(end + timedelta(days=1), time(), UTC)
        with self._db.begin() as session:
            rows = session.execute(
                select(BudgetRequest.status, func.count(BudgetRequest.id),
                       func.coalesce(func.sum(BudgetRequest.amount_cents), 0))
                .where(BudgetRequest.team_id == actor.team_id,
                       BudgetRequest.requested_at >= since, BudgetRequest.requested_at < until)
                .group_by(BudgetRequest.status)).all()
        by = {BudgetStatus(r[0]): (int(r[1]), int(r[2])) for r in rows}
        count = sum(c for c, _s in by.values())
        cents = sum(s for _c, s in by.values())
        approved = by.get(BudgetStatus.GOEDGEKEURD, (0, 0))
        return BudgetTotals(start, end, count, cents, approved[0], approved[1],
                            by.get(BudgetStatus.AFGEWEZEN, (0, 0))[0],
                            by.get(BudgetStatus.AANGEVRAAGD, (0, 0))[0])

    @staticmethod
    def info(session: Session, row: BudgetRequest) -> BudgetInfo:
        """The frozen view of a request; no authorisation (callers have checked)."""
        household = session.get(Household, row.household_id)
        assert household is not None
        names = user_names(session, [row.requested_by, row.decided_by])
        return BudgetInfo(row.id, row.household_id, household.number, household.name,
                          row.goal_key, row.purpose, row.amount_cents, row.justification,
                          row.status, names.get(row.requested_by, ""), row.requested_at,
                          names.get(row.decided_by or 0, ""), row.decided_at,
                          row.decision_note, row.version)
