"""Reads the tables of a kwartaalrapportage worksheet back, the way a person would:
a bold 12-point title, a header row, then rows until a blank or italic line."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet


def read_tables(ws: Worksheet) -> dict[str, list[list[object]]]:
    tables: dict[str, list[list[object]]] = {}
    rows = list(ws.iter_rows())
    i = 0
    while i < len(rows):
        first = rows[i][0]
        if first.value and first.font.b and first.font.sz == 12:
            title = str(first.value)
            header = [c.value for c in rows[i + 1] if c.value is not None]
            body: list[list[object]] = [header]
            j = i + 2
            while j < len(rows) and rows[j][0].value is not None and not rows[j][0].font.i:
                body.append([c.value for c in rows[j][: len(header)]])
                j += 1
            tables[title] = body
            i = j
        else:
            i += 1
    return tables


def as_dict(table: list[list[object]], column: int = 1) -> dict[object, object]:
    """First column -> the given column, header left out."""
    return {row[0]: row[column] for row in table[1:]}
