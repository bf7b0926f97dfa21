"""The laid-out report: sheets of titled tables and charts, with cell values already
suppressed. The xlsx and PDF builders and the preview screen all render this one shape."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal

Value = int | float | Decimal | str | None  # str: a suppression mark or text; None: "–"

NOT_AVAILABLE = "–"


class Kind(enum.StrEnum):
    TEXT = "text"
    COUNT = "count"
    PERCENT = "percent"  # a fraction, 0.25 = 25%
    HOURS = "hours"
    DAYS = "days"
    MINUTES = "minutes"
    SCORE = "score"
    CHANGE = "change"  # a signed score difference
    EURO = "euro"
    DATE = "date"  # already formatted text, d-m-jjjj


# Excel number formats (locale-neutral codes; Excel and LibreOffice show them the Dutch way).
NUMBER_FORMATS = {
    Kind.COUNT: "#,##0",
    Kind.PERCENT: "0.0%",
    Kind.HOURS: "#,##0.0",
    Kind.DAYS: "#,##0.0",
    Kind.MINUTES: "#,##0.0",
    Kind.SCORE: "0.00",
    Kind.CHANGE: "+0.00;-0.00;0.00",
    Kind.EURO: '"€" #,##0.00',
}


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = Kind.COUNT
    width: int = 14  # characters


@dataclass(frozen=True)
class Row:
    cells: tuple[Value, ...]
    kinds: tuple[Kind, ...] | None = None  # overrides the columns' kinds
    total: bool = False

    def kind(self, index: int, columns: tuple[Column, ...]) -> Kind:
        return self.kinds[index] if self.kinds else columns[index].kind


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    note: str = ""


@dataclass(frozen=True)
class Chart:
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    kind: str = "bar"  # bar | hbar | line
    value_label: str = ""
    note: str = ""


@dataclass(frozen=True)
class Sheet:
    name: str  # worksheet tab, at most 31 characters
    title: str
    tables: tuple[Table, ...] = ()
    charts: tuple[Chart, ...] = ()
    intro: str = ""


@dataclass(frozen=True)
class Report:
    title: str
    subtitle: str
    sheets: tuple[Sheet, ...]
    headline: tuple[tuple[str, Value, Kind], ...] = field(default=())


def _dutch(number: float, decimals: int) -> str:
    text = f"{number:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_cell(value: Value, kind: Kind) -> str:
    """The text of a cell as the PDF and the preview show it (Dutch notation)."""
    if value is None:
        return NOT_AVAILABLE
    if isinstance(value, str):
        return value
    if kind is Kind.COUNT:
        return _dutch(value, 0)
    if kind is Kind.PERCENT:
        return _dutch(float(value) * 100, 1) + "%"
    if kind in (Kind.HOURS, Kind.DAYS, Kind.MINUTES):
        return _dutch(float(value), 1)
    if kind is Kind.SCORE:
        return _dutch(float(value), 2)
    if kind is Kind.CHANGE:
        sign = "+" if value > 0 else ""
        return sign + _dutch(float(value), 2)
    if kind is Kind.EURO:
        return "€ " + _dutch(float(value), 2)
    return str(value)


def numeric(value: Value) -> float | None:
    """The value as a number for a chart, or None when it is suppressed or absent."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return None
    return float(value)
