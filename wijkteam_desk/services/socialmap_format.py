"""Small pure helpers of the sociale kaart: search folding, Dutch local time, freshness,
and opening hours in plain Dutch. No database, no Qt."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

STALE_MONTHS = 6
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_TIME = re.compile(r"^([01]\d|2[0-4]):[0-5]\d(:[0-5]\d)?(Z|[+-]\d{2}:?\d{2})?$")


def fold(text: str) -> str:
    """Lower case without accents, so "financien" finds "Financiën"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(query: str) -> list[str]:
    return [w for w in re.split(r"[\s,;]+", fold(query)) if w]


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def dutch_local(moment: datetime) -> datetime:
    """Netherlands local time (CET/CEST by the EU rule), without needing tzdata on
    Windows. Returns a naive datetime in local time."""
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    start = datetime.combine(_last_sunday(utc.year, 3), datetime.min.time()) + timedelta(hours=1)
    end = datetime.combine(_last_sunday(utc.year, 10), datetime.min.time()) + timedelta(hours=1)
    return utc + timedelta(hours=2 if start <= utc < end else 1)


def months_before(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def stale_cutoff(today: date) -> str:
    """Entries assured before this ISO date (or never) are flagged as stale."""
    return months_before(today, STALE_MONTHS).isoformat()


def is_stale(assured_date: str, today: date) -> bool:
    return not assured_date or assured_date < stale_cutoff(today)


def valid_time(value: str) -> bool:
    return bool(_TIME.match(value))


def hhmm(value: str) -> str:
    return value[:5]


@dataclass(frozen=True)
class OpeningHours:
    """One line of opening hours: the days (MO..SU) and a time range HH:MM."""

    days: tuple[str, ...]
    opens: str
    closes: str
    note: str = ""


def days_text(days: tuple[str, ...]) -> str:
    names = [DAY_NAMES[DAY_CODES.index(d)] for d in DAY_CODES if d in days]
    if len(names) >= 3 and _consecutive(days):
        return f"{names[0]} t/m {names[-1]}"
    if len(names) > 1:
        return ", ".join(names[:-1]) + " en " + names[-1]
    return names[0] if names else ""


def _consecutive(days: tuple[str, ...]) -> bool:
    idx = sorted(DAY_CODES.index(d) for d in days)
    return idx == list(range(idx[0], idx[-1] + 1))


def hours_text(hours: OpeningHours) -> str:
    when = days_text(hours.days)
    times = f"{hhmm(hours.opens)}–{hhmm(hours.closes)} uur" if hours.opens else ""
    line = " ".join(p for p in (when.capitalize(), times) if p)
    return f"{line} ({hours.note})" if hours.note else line


def parse_byday(byday: str) -> tuple[str, ...]:
    return tuple(d for d in DAY_CODES if d in {p.strip().upper() for p in byday.split(",")})


def money(amount: float | None) -> str:
    if amount is None:
        return ""
    text = f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"€ {text}"
