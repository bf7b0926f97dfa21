"""Follow-through for the teamleider (DESIGN §2.1): plan actions of the whole team past
their deadline by more than a configurable number of days, and the two day thresholds
(signals not picked up, actions past their deadline)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from wijkteam_desk.errors import ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.plan_config import read_settings
from wijkteam_desk.services.plan_signals import ACTION_OVERDUE, PlanSignal, plan_signals
from wijkteam_desk.services.settings_access import (
    ACTION_OVERDUE_DAYS,
    SIGNAL_FLAG_DAYS,
    int_setting,
    put_setting,
)
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database

MAX_DAYS = 365


@dataclass(frozen=True)
class FollowUpThresholds:
    signal_days: int  # a new signal is flagged after this many days
    action_days: int  # an action is flagged this many days after its deadline


class FollowUpService:
    def __init__(self, db: Database, log: AuditLog, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._log = log
        self._clock = clock

    @operation("follow_up.thresholds")
    def thresholds(self, actor: Actor) -> FollowUpThresholds:
        """The two day thresholds (defaults 5 and 5)."""
        with self._db.begin() as session:
            return FollowUpThresholds(int_setting(session, SIGNAL_FLAG_DAYS),
                                      int_setting(session, ACTION_OVERDUE_DAYS))

    @operation("follow_up.set_thresholds")
    def set_thresholds(self, actor: Actor, thresholds: FollowUpThresholds) -> None:
        """Teamleider: change both thresholds (whole days, 1 to 365). Audited."""
        for field, value in (("signal_days", thresholds.signal_days),
                             ("action_days", thresholds.action_days)):
            if not isinstance(value, int) or isinstance(value, bool) \
                    or not 1 <= value <= MAX_DAYS:
                raise ValidationError(msg("Het aantal dagen moet een heel getal van 1 tot "
                                          "en met 365 zijn."), field=field)
        with self._db.begin() as session:
            put_setting(session, SIGNAL_FLAG_DAYS, str(thresholds.signal_days))
            put_setting(session, ACTION_OVERDUE_DAYS, str(thresholds.action_days))
            self._log.append(session, actor, "follow_up.set_thresholds", "setting",
                             "follow_up",
                             f"{thresholds.signal_days}/{thresholds.action_days}")

    @operation("follow_up.overdue_actions")
    def overdue_actions(self, actor: Actor, today: date | None = None) -> list[PlanSignal]:
        """Open plan actions of the teamleider's whole team whose deadline passed more
        than plans.action_overdue_days days ago, oldest first. Audited."""
        today = today or self._clock().astimezone().date()
        with self._db.begin() as session:
            days = int_setting(session, ACTION_OVERDUE_DAYS)
            weeks = read_settings(session).weeks_without_plan
            cutoff = today - timedelta(days=days)
            found = [s for s in plan_signals(session, actor, today, weeks, team=True)
                     if s.kind == ACTION_OVERDUE and s.since < cutoff]
            self._log.append(session, actor, "follow_up.overdue_actions", "household", "",
                             str(len(found)))
            return found
