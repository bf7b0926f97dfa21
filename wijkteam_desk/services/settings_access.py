"""Reading configurable numbers from ``system_setting`` inside a unit of work."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkteam_desk.store.models import SystemSetting

SIGNAL_FLAG_DAYS = "signals.flag_after_days"
NO_CONTACT_WEEKS = "households.no_contact_weeks"
ACTION_OVERDUE_DAYS = "plans.action_overdue_days"
RETENTION_YEARS = "retention.years"  # bewaartermijn in whole years after afsluiting
IDLE_LOCK_MINUTES = "security.idle_lock_minutes"  # screen lock, for every PC
DEFAULTS = {SIGNAL_FLAG_DAYS: 5, NO_CONTACT_WEEKS: 6, ACTION_OVERDUE_DAYS: 5,
            RETENTION_YEARS: 15, IDLE_LOCK_MINUTES: 10}


def int_setting(session: Session, key: str) -> int:
    """The setting as a positive whole number, or its default."""
    value = session.scalar(select(SystemSetting.value).where(SystemSetting.key == key))
    try:
        number = int(value) if value is not None else DEFAULTS[key]
    except ValueError:
        number = DEFAULTS[key]
    return number if number > 0 else DEFAULTS[key]


def put_setting(session: Session, key: str, value: str) -> None:
    """Store ``value`` under ``key`` (insert or update)."""
    row = session.get(SystemSetting, key)
    if row is None:
        session.add(SystemSetting(key=key, value=value))
    else:
        row.value = value
