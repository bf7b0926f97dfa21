"""The one plan per household: open, save (optimistic locking), vaststellen, evaluate,
close, compare versions and print.

Access (DESIGN §2.6) reuses the households rules: the regievoerder, betrokken collega's and
the teamleider of the team read and write; another sociaal werker of the team reads after
stating a reason (audited, listed for the teamleider); vrijwilliger and beheerder never.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from wijkteam_desk.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.household_access import (
    EXISTENCE,
    access_level,
    format_address,
    get_household,
    readable,
    user_names,
    writable,
)
from wijkteam_desk.services.plan_config import read_settings
from wijkteam_desk.services.plan_diff import Change, diff
from wijkteam_desk.services.plan_signals import PlanSignal, plan_signals
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import (
    Household,
    Leefgebied,
    PlanAction,
    PlanScore,
    PlanStatusColumn,
    PlanVersion,
    ReasonedAccess,
    Referral,
    ReferralOrigin,
    Role,
    SmService,
)
from wijkteam_desk.store.models import Plan as PlanRow

MIN_REASON = 10


@dataclass(frozen=True)
class VersionInfo:
    number: int
    agreed_on: date
    how: str
    created_by: str


@dataclass(frozen=True)
class PlanRecord:
    """A plan as opened: ``version`` is None while the household has no saved plan."""

    household_id: int
    household_name: str
    address: str
    regievoerder: str
    plan: pm.Plan
    version: int | None
    versions: tuple[VersionInfo, ...]
    writable: bool
    updated_at: datetime | None
    updated_by: str


class PlanConflictError(ConflictError):
    """A colleague saved the plan after it was opened. Carries both versions and what
    differs, so the worker can choose; nothing was written."""

    def __init__(self, mine: pm.Plan, theirs: pm.Plan, theirs_version: int,
                 changed_by: str, changes: list[Change]) -> None:
        super().__init__()
        self.mine, self.theirs = mine, theirs
        self.theirs_version = theirs_version
        self.changed_by = changed_by
        self.changes = changes


def _load(document: str) -> pm.Plan:
    return pm.from_dict(json.loads(document))


def _dump(plan: pm.Plan) -> str:
    return json.dumps(pm.to_dict(plan), ensure_ascii=False, sort_keys=True)


def leefgebied_names(session: Session) -> dict[int, str]:
    return {r[0]: r[1] for r in session.execute(select(Leefgebied.id, Leefgebied.name))}


class PlanService:
    def __init__(self, db: Database, log: AuditLog,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._log = log
        self._clock = clock

    # -- reading -----------------------------------------------------------------------

    @operation("plans.open")
    def open(self, actor: Actor, household_id: int, reason: str = "") -> PlanRecord:
        """The household's plan (a new concept with every active leefgebied when there is
        none yet). A sociaal werker of the team who is not involved gives ``reason`` and
        gets it read-only. Audited as plans.open."""
        with self._db.begin() as session:
            household, can_write = self._readable(session, actor, household_id, reason,
                                                  "plans.open")
            row = self._row(session, household_id)
            if row is None:
                ids = list(session.scalars(select(Leefgebied.id).where(
                    Leefgebied.retired.is_(False)).order_by(Leefgebied.position)))
                names = user_names(session, [household.regievoerder_id])
                plan = pm.new_plan(ids, names.get(household.regievoerder_id or 0, ""))
            else:
                plan = _load(row.document)
            self._log.append(session, actor, "plans.open", "household", household_id,
                             reason.strip())
            return self._record(session, household, row, plan, can_write)

    @operation("plans.get_version")
    def get_version(self, actor: Actor, household_id: int, number: int) -> pm.Plan:
        """A vastgesteld version, read-only. Audited."""
        with self._db.begin() as session:
            readable(session, actor, household_id, "plans.get_version")
            row = self._version(session, household_id, number)
            self._log.append(session, actor, "plans.get_version", "household", household_id,
                             str(number))
            return _load(row.document)

    @operation("plans.compare")
    def compare(self, actor: Actor, household_id: int, old: int, new: int | None = None
                ) -> list[Change]:
        """What changed between vastgesteld version ``old`` and version ``new`` (None:
        the plan as it is now). Audited."""
        with self._db.begin() as session:
            readable(session, actor, household_id, "plans.compare")
            before = _load(self._version(session, household_id, old).document)
            if new is None:
                row = self._row(session, household_id)
                if row is None:
                    raise NotFoundError()
                after = _load(row.document)
            else:
                after = _load(self._version(session, household_id, new).document)
            self._log.append(session, actor, "plans.compare", "household", household_id,
                             f"{old}-{new or 'nu'}")
            return diff(before, after, leefgebied_names(session))

    @operation("plans.signals")
    def signals(self, actor: Actor, today: date | None = None, *, team: bool = False
                ) -> list[PlanSignal]:
        """"Mijn huishoudens": evaluations past their date, actions past their deadline,
        households without a vastgesteld plan after N weeks (beheerder's setting). With
        ``team`` a teamleider gets the whole team. Audited."""
        if team and not actor.has(Role.TEAMLEIDER):
            raise PermissionDenied("plans.signals")
        with self._db.begin() as session:
            weeks = read_settings(session).weeks_without_plan
            found = plan_signals(session, actor, today or self._clock().date(), weeks, team)
            self._log.append(session, actor, "plans.signals", "household", "",
                             str(len(found)))
            return found

    # -- writing -----------------------------------------------------------------------

    @operation("plans.save")
    def save(self, actor: Actor, household_id: int, plan: pm.Plan, base_version: int | None
             ) -> int:
        """Save the plan as edited. ``base_version`` is the version it was opened at (None
        for a new plan). Raises PlanConflictError when a colleague saved meanwhile, and
        ValidationError for a closed plan. Status, agreement and evaluations only change
        through vaststellen/evaluate/close. Returns the new version. Audited."""
        return self._write(actor, household_id, base_version, "plans.save",
                           lambda stored: self._keep_lifecycle(plan, stored), plan)

    @operation("plans.vaststellen")
    def vaststellen(self, actor: Actor, household_id: int, plan: pm.Plan,
                    base_version: int | None, agreement: pm.Agreement) -> int:
        """Save and fix the plan with the resident's agreement (date and how); the
        vastgesteld version is kept read-only. Audited."""
        return self._write(actor, household_id, base_version, "plans.vaststellen",
                           lambda stored: pm.vaststellen(self._keep_lifecycle(plan, stored),
                                                         agreement), plan, snapshot=True)

    @operation("plans.evaluate")
    def evaluate(self, actor: Actor, household_id: int, plan: pm.Plan,
                 base_version: int | None, evaluation: pm.Evaluation,
                 scores: dict[int, int]) -> int:
        """Save the plan and record an evaluation (per doel the result, new scores)."""
        return self._write(actor, household_id, base_version, "plans.evaluate",
                           lambda stored: pm.evaluate(self._keep_lifecycle(plan, stored),
                                                      evaluation, scores), plan)

    @operation("plans.close")
    def close(self, actor: Actor, household_id: int, base_version: int, on: date,
              reason: str) -> int:
        """Close the plan (afgesloten); it stays readable."""
        return self._write(actor, household_id, base_version, "plans.close",
                           lambda stored: pm.close(stored, on, reason.strip()), None)

    @operation("plans.print")
    def print(self, actor: Actor, household_id: int, *, internal: bool = False,
              large_print: bool = False, today: date | None = None) -> bytes:
        """The plan as PDF: the resident's B1 version or the internal one. Audited as a
        print."""
        # reportlab is imported on use: the program starts faster without it
        from wijkteam_desk.reports.plan_pdf import (
            LeefgebiedText,
            PlanDocument,
            internal_pdf,
            resident_pdf,
        )

        with self._db.begin() as session:
            household, can_write = self._readable(session, actor, household_id, "",
                                                  "plans.print")
            row = self._row(session, household_id)
            if row is None:
                raise NotFoundError()
            plan = _load(row.document)
            texts = {r.id: LeefgebiedText(r.name, r.explanation, r.retired)
                     for r in session.scalars(select(Leefgebied))}
            wanted = {a.service_id for _g, a in plan.all_actions() if a.service_id}
            service_names = {r[0]: r[1] for r in session.execute(
                select(SmService.id, SmService.name).where(SmService.id.in_(wanted)))}
            record = self._record(session, household, row, plan, can_write)
            self._log.append(session, actor, "plans.print", "household", household_id,
                             "intern" if internal else ("groot" if large_print else "bewoner"))
        document = PlanDocument(plan, record.household_name, record.address,
                                record.regievoerder, texts, service_names,
                                today or self._clock().date())
        return internal_pdf(document) if internal else resident_pdf(
            document, large_print=large_print)

    # -- helpers -----------------------------------------------------------------------

    def _write(self, actor: Actor, household_id: int, base_version: int | None, action: str,
               change: Callable[[pm.Plan], pm.Plan], mine: pm.Plan | None, *,
               snapshot: bool = False) -> int:
        try:
            with self._db.begin() as session:
                writable(session, actor, household_id, action)
                row = self._row(session, household_id, lock=True)
                if row is not None and row.version != base_version or (
                        row is None and base_version is not None):
                    self._conflict(session, row, mine)
                stored = _load(row.document) if row is not None else pm.Plan()
                if stored.status is pm.PlanStatus.AFGESLOTEN:
                    raise ValidationError(msg("Dit plan is afgesloten en kan niet meer worden "
                                              "gewijzigd."))
                plan = change(stored)
                pm.check(plan)
                if row is None:
                    row = PlanRow(household_id=household_id, document="", created_at=
                                  self._clock())
                    session.add(row)
                    session.flush()
                plan = self._refer(session, actor, household_id, row.id, plan)
                row.document = _dump(plan)
                row.status = PlanStatusColumn(plan.status.value)
                row.next_evaluation = pm.next_evaluation(plan)
                if plan.agreement and row.agreed_on is None:
                    row.agreed_on = plan.agreement.agreed_on
                row.updated_at, row.updated_by = self._clock(), actor.user_id
                session.flush()
                self._index(session, row.id, plan)
                if snapshot and plan.agreement:
                    number = len(list(session.scalars(select(PlanVersion.id).where(
                        PlanVersion.plan_id == row.id)))) + 1
                    session.add(PlanVersion(plan_id=row.id, number=number,
                                            agreed_on=plan.agreement.agreed_on,
                                            how=plan.agreement.how, document=row.document,
                                            created_at=self._clock(),
                                            created_by=actor.user_id))
                self._log.append(session, actor, action, "household", household_id)
                return row.version
        except StaleDataError:
            with self._db.begin() as session:
                self._conflict(session, self._row(session, household_id), mine)
            raise

    def _refer(self, session: Session, actor: Actor, household_id: int, plan_id: int,
               plan: pm.Plan) -> pm.Plan:
        """An actie with a voorziening from the sociale kaart becomes a doorverwijzing
        (voorgesteld) the first time the plan is saved with it."""
        for goal, action in plan.all_actions():
            if action.who is not pm.Who.VOORZIENING or not action.service_id or \
                    action.referral_id is not None:
                continue
            if session.get(SmService, action.service_id) is None:
                raise ValidationError(msg("Kies een voorziening uit de sociale kaart."),
                                      field="actions")
            referral = Referral(household_id=household_id, service_id=action.service_id,
                                question=action.what, proposed_on=self._clock().date(),
                                created_by_id=actor.user_id, origin=ReferralOrigin.PLAN_ACTION,
                                origin_id=plan_id)
            session.add(referral)
            session.flush()
            self._log.append(session, actor, "referrals.create", "household", household_id,
                             f"doorverwijzing {referral.id} (plan)")
            plan = pm.put_action(plan, goal.id, replace(action, referral_id=referral.id))
        return plan

    def _conflict(self, session: Session, row: PlanRow | None, mine: pm.Plan | None) -> None:
        if row is None:
            raise NotFoundError()
        theirs = _load(row.document)
        by = user_names(session, [row.updated_by]).get(row.updated_by or 0, "")
        mine = mine or theirs
        raise PlanConflictError(mine, theirs, row.version, by,
                                diff(theirs, mine, leefgebied_names(session)))

    @staticmethod
    def _keep_lifecycle(plan: pm.Plan, stored: pm.Plan) -> pm.Plan:
        return replace(plan, status=stored.status, agreement=stored.agreement,
                       evaluations=stored.evaluations, closed_on=stored.closed_on,
                       closing_reason=stored.closing_reason)

    @staticmethod
    def _index(session: Session, plan_id: int, plan: pm.Plan) -> None:
        session.execute(delete(PlanAction).where(PlanAction.plan_id == plan_id))
        session.execute(delete(PlanScore).where(PlanScore.plan_id == plan_id))
        actions = [dict(plan_id=plan_id, goal_key=g.id, action_key=a.id, what=a.what[:300],
                        who=a.who.value, deadline=a.deadline, status=a.status.value,
                        service_id=a.service_id, referral_id=a.referral_id)
                   for g, a in plan.all_actions()]
        scores = [dict(plan_id=plan_id, leefgebied_id=d.leefgebied_id,
                       measured_on=s.measured_on, moment=s.moment.value, score=s.score)
                  for d in plan.domains for s in d.scores]
        if actions:
            session.execute(insert(PlanAction), actions)
        if scores:
            session.execute(insert(PlanScore), scores)

    def _readable(self, session: Session, actor: Actor, household_id: int, reason: str,
                  op: str) -> tuple[Household, bool]:
        household = get_household(session, household_id)
        level = access_level(session, actor, household)
        if level == EXISTENCE and len(reason.strip()) >= MIN_REASON:
            session.add(ReasonedAccess(household_id=household.id, team_id=household.team_id,
                                       user_id=actor.user_id, reason=reason.strip(),
                                       at=self._clock()))
            return household, False
        readable(session, actor, household_id, op)
        return household, household.anonymised_at is None

    @staticmethod
    def _row(session: Session, household_id: int, *, lock: bool = False) -> PlanRow | None:
        query = select(PlanRow).where(PlanRow.household_id == household_id)
        return session.scalar(query.with_for_update() if lock else query)

    def _version(self, session: Session, household_id: int, number: int) -> PlanVersion:
        row = self._row(session, household_id)
        version = None if row is None else session.scalar(select(PlanVersion).where(
            PlanVersion.plan_id == row.id, PlanVersion.number == number))
        if version is None:
            raise NotFoundError()
        return version

    @staticmethod
    def _record(session: Session, household: Household, row: PlanRow | None, plan: pm.Plan,
                can_write: bool) -> PlanRecord:
        versions: list[VersionInfo] = []
        names = user_names(session, [household.regievoerder_id,
                                     row.updated_by if row else None])
        if row is not None:
            rows = list(session.scalars(select(PlanVersion).where(
                PlanVersion.plan_id == row.id).order_by(PlanVersion.number)))
            creators = user_names(session, [v.created_by for v in rows])
            versions = [VersionInfo(v.number, v.agreed_on, v.how,
                                    creators.get(v.created_by or 0, "")) for v in rows]
        address = format_address(household.street, household.house_number,
                                 household.house_number_addition)
        if household.postcode or household.city:
            address = f"{address}, {household.postcode} {household.city}".strip(", ")
        return PlanRecord(household.id, household.name, address,
                          names.get(household.regievoerder_id or 0, ""), plan,
                          row.version if row else None, tuple(versions),
                          can_write and plan.status is not pm.PlanStatus.AFGESLOTEN,
                          row.updated_at if row else None,
                          names.get(row.updated_by or 0, "") if row else "")
