"""HSDS 3.0 tabular packages: the table specifications, reading a package (folder, zip
or xlsx), checking every cell, applying it all-or-nothing, and writing one.

Files and columns carry the names of the HSDS 3.0 specification; our Dutch additions are
extra ``x_`` columns (HSDS readers ignore unknown columns). Unknown files and columns are
ignored on import.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Enum, Float, Integer, bindparam, insert, select, update
from sqlalchemy.orm import Session

from wijkteam_desk.errors import KnownError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services.socialmap_format import valid_time
from wijkteam_desk.services.socialmap_types import ImportProblem, ImportReport
from wijkteam_desk.store.base import Base
from wijkteam_desk.store.models import (
    SmAddress,
    SmAttribute,
    SmContact,
    SmCostOption,
    SmLanguage,
    SmLocation,
    SmOrganization,
    SmPhone,
    SmRequiredDocument,
    SmSchedule,
    SmService,
    SmServiceArea,
    SmServiceAtLocation,
    SmTaxonomy,
    SmTaxonomyTerm,
)

# In dependency order: a table only refers to tables before it.
TABLES: dict[str, type[Base]] = {
    "taxonomy": SmTaxonomy, "taxonomy_term": SmTaxonomyTerm, "organization": SmOrganization,
    "location": SmLocation, "address": SmAddress, "service": SmService,
    "service_at_location": SmServiceAtLocation, "contact": SmContact, "phone": SmPhone,
    "schedule": SmSchedule, "cost_option": SmCostOption,
    "required_document": SmRequiredDocument, "language": SmLanguage,
    "service_area": SmServiceArea, "attribute": SmAttribute,
}
DERIVED = {"search_text", "is_free", "list_address", "list_areas", "version"}
VERSIONED = {"organization", "service", "location"}
REQUIRED = {
    "organization": ("name",), "service": ("organization_id", "name", "status"),
    "location": ("location_type",),
    "address": ("address_1", "city", "postal_code", "country", "address_type"),
    "service_at_location": ("service_id", "location_id"), "phone": ("number",),
    "cost_option": ("service_id",), "taxonomy": ("name",), "taxonomy_term": ("name",),
    "attribute": ("link_id", "taxonomy_term_id", "link_type", "link_entity"),
}
ENUMS = {
    ("service", "status"): ("active", "inactive", "defunct", "temporarily closed"),
    ("location", "location_type"): ("physical", "postal", "virtual"),
    ("address", "address_type"): ("physical", "postal", "virtual"),
    ("schedule", "freq"): ("WEEKLY", "MONTHLY"),
    ("schedule", "wkst"): ("MO", "TU", "WE", "TH", "FR", "SA", "SU"),
}
DATES = {"assured_date", "valid_from", "valid_to"}
TIMES = {"opens_at", "closes_at"}
EMAILS = {"email", "assurer_email"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
_INT = re.compile(r"^-?\d+$")


class ImportRejected(KnownError):
    """The package has problems; nothing was imported. ``problems`` lists each one."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        super().__init__(
            msg("Het bestand bevat fouten; er is niets ingelezen. Herstel de fouten in de "
                "lijst en probeer het opnieuw."),
            detail="\n".join(str(p) for p in problems[:200]))
        self.problems = problems


def columns(table: str) -> list[Column[Any]]:
    return [c for c in TABLES[table].__table__.columns if c.name not in DERIVED]


def _kind(column: Column[Any]) -> str:
    if isinstance(column.type, Enum):
        return "enum"
    if isinstance(column.type, Integer):
        return "int"
    if isinstance(column.type, Float):
        return "float"
    return "str"


def _references(table: str) -> dict[str, str]:
    """column -> HSDS table it refers to."""
    refs = {}
    for column in columns(table):
        for fk in column.foreign_keys:
            refs[column.name] = fk.column.table.name.removeprefix("sm_")
    return refs


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        text = repr(value)
        return text[:-2] if text.endswith(".0") else text
    if hasattr(value, "value"):  # enum members
        return str(value.value)
    return str(value)


# -- reading ---------------------------------------------------------------------------

@dataclass
class Sheet:
    label: str  # file or sheet name shown in problems
    header: list[str]
    rows: list[tuple[int, list[str]]]


@dataclass
class Package:
    sheets: dict[str, Sheet] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)


def read_package(path: Path) -> Package:
    """Read a folder of CSV files, a zip of them, or an xlsx workbook."""
    if not path.exists():
        raise ImportRejected([ImportProblem(path.name, 0, "", "bestand of map niet gevonden")])
    package = Package()
    if path.is_dir():
        for file in sorted(path.iterdir()):
            if file.suffix.lower() == ".csv":
                _add_csv(package, file.name, file.read_bytes())
            elif file.name != "datapackage.json":
                package.ignored.append(file.name)
    elif path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as archive:
                for name in sorted(archive.namelist()):
                    base = name.rsplit("/", 1)[-1]
                    if base.lower().endswith(".csv"):
                        _add_csv(package, base, archive.read(name))
                    elif base and base != "datapackage.json":
                        package.ignored.append(base)
        except zipfile.BadZipFile:
            raise ImportRejected([ImportProblem(path.name, 0, "", "dit is geen geldig "
                                                "zip-bestand")]) from None
    elif path.suffix.lower() == ".xlsx":
        _read_xlsx(package, path)
    else:
        raise ImportRejected([ImportProblem(path.name, 0, "", "kies een map, een .zip met "
                                            "CSV-bestanden of een .xlsx-bestand")])
    if not package.sheets:
        raise ImportRejected([ImportProblem(path.name, 0, "", "geen HSDS-tabellen gevonden "
                                            "(zoals organization.csv en service.csv)")])
    return package


def _add_csv(package: Package, name: str, data: bytes) -> None:
    table = name[:-4].lower()
    if table not in TABLES:
        package.ignored.append(name)
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRejected([ImportProblem(name, 0, "", "het bestand is niet in UTF-8 "
                                            "opgeslagen")]) from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        lines = list(reader)
    except csv.Error as error:
        raise ImportRejected([ImportProblem(name, reader.line_num, "",
                                            f"onleesbare regel ({error})")]) from None
    header = [h.strip() for h in lines[0]] if lines else []
    package.sheets[table] = Sheet(name, header, list(enumerate(lines[1:], start=2)))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return format_value(value)


def _read_xlsx(package: Package, path: Path) -> None:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise ImportRejected([ImportProblem(path.name, 0, "", "dit is geen leesbaar "
                                            "xlsx-bestand")]) from None
    try:
        for sheet in book.worksheets:
            table = sheet.title.strip().lower()
            if table not in TABLES:
                package.ignored.append(sheet.title)
                continue
            values = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            header = [h.strip() for h in values[0]] if values else []
            package.sheets[table] = Sheet(f"{sheet.title} (werkblad)", header,
                                          list(enumerate(values[1:], start=2)))
    finally:
        book.close()


# -- checking and applying -----------------------------------------------------------------

def _convert(table: str, column: Column[Any], raw: str) -> tuple[Any, str]:
    """(value, problem) for one cell; problem is "" when fine."""
    name, kind = column.name, _kind(column)
    if raw.strip() == "":
        if name in REQUIRED.get(table, ()) or name == "id":
            return None, "verplicht veld is leeg"
        if kind == "enum":
            return column.default.arg if column.default is not None else None, ""
        return (None if column.nullable else ""), ""
    if kind == "int":
        text = raw.strip()
        if not _INT.match(text):
            return None, f"'{raw}' is geen geheel getal"
        return int(text), ""
    if kind == "float":
        try:
            return float(raw.strip().replace(",", ".")), ""
        except ValueError:
            return None, f"'{raw}' is geen getal"
    if kind == "enum":
        allowed = [e for e in column.type.enums if e]  # type: ignore[attr-defined]
        if raw not in allowed:
            return None, f"'{raw}' is geen geldige waarde; kies uit {', '.join(allowed)}"
        return column.type.enum_class(raw), ""  # type: ignore[attr-defined]
    allowed_values = ENUMS.get((table, name))
    if allowed_values and raw not in allowed_values:
        return None, f"'{raw}' is geen geldige waarde; kies uit {', '.join(allowed_values)}"
    length = getattr(column.type, "length", None)
    if length and len(raw) > length:
        return None, f"te lang: {len(raw)} tekens, hoogstens {length}"
    if name in DATES and not _DATE.match(raw):
        return None, f"'{raw}' is geen datum; schrijf JJJJ-MM-DD"
    if name in TIMES and not valid_time(raw):
        return None, f"'{raw}' is geen tijd; schrijf uu:mm"
    if name in EMAILS and not _EMAIL.match(raw):
        return None, f"'{raw}' is geen e-mailadres"
    return raw, ""


def _existing_ids(session: Session, table: str, ids: list[str]) -> set[str]:
    model = TABLES[table]
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        found.update(session.scalars(select(model.id).where(  # type: ignore[attr-defined]
            model.id.in_(ids[start:start + 500]))))  # type: ignore[attr-defined]
    return found


def check_package(session: Session, package: Package) -> dict[str, list[dict[str, Any]]]:
    """Every problem of the package at once, or the converted rows per table."""
    problems: list[tuple[int, ImportProblem]] = []
    order = {t: i for i, t in enumerate(TABLES)}
    converted: dict[str, list[dict[str, Any]]] = {}
    for table, sheet in package.sheets.items():
        known = {c.name: c for c in columns(table)}
        if "id" not in sheet.header:
            problems.append((order[table], ImportProblem(sheet.label, 1, "id",
                                                         "de kolom id ontbreekt")))
            continue
        for name in REQUIRED.get(table, ()):
            if name not in sheet.header:
                problems.append((order[table], ImportProblem(sheet.label, 1, name,
                                                             "verplichte kolom ontbreekt")))
        used = [(i, known[h]) for i, h in enumerate(sheet.header) if h in known]
        seen: dict[str, int] = {}
        rows = converted.setdefault(table, [])
        for number, cells in sheet.rows:
            if not any(c.strip() for c in cells):
                continue
            row: dict[str, Any] = {"_row": number}
            for index, column in used:
                raw = cells[index] if index < len(cells) else ""
                value, problem = _convert(table, column, raw)
                if problem:
                    problems.append((order[table], ImportProblem(sheet.label, number,
                                                                 column.name, problem)))
                row[column.name] = value
            rid = row.get("id")
            if rid is not None:
                if rid in seen:
                    problems.append((order[table], ImportProblem(sheet.label, number, "id",
                                                  f"id komt dubbel voor (ook op regel "
                                                  f"{seen[rid]})")))
                seen[rid] = number
            rows.append(row)
    for table, rows in converted.items():
        label = package.sheets[table].label
        for column, target in _references(table).items():
            wanted = {r[column] for r in rows if r.get(column)}
            available = {r["id"] for r in converted.get(target, ())}
            missing = wanted - available
            missing -= _existing_ids(session, target, sorted(missing))
            for row in rows:
                if row.get(column) in missing:
                    problems.append((order[table], ImportProblem(label, row["_row"], column,
                                                  f"verwijst naar {target} '{row[column]}' die "
                                                  "niet bestaat")))
    if problems:
        problems.sort(key=lambda p: (p[0], p[1].row, p[1].column))
        raise ImportRejected([p for _o, p in problems])
    return converted


def apply_package(session: Session, package: Package) -> ImportReport:
    converted = check_package(session, package)
    created: dict[str, int] = {}
    updated: dict[str, int] = {}
    for table, model in TABLES.items():
        rows = converted.get(table)
        if not rows:
            continue
        names = [c for c in rows[0] if c != "_row"]
        sql_table = model.__table__
        existing: dict[str, tuple[Any, ...]] = {}
        ids = [r["id"] for r in rows]
        for start in range(0, len(ids), 500):
            cols = [sql_table.c[n] for n in names]
            for found in session.execute(select(*cols).where(
                    sql_table.c.id.in_(ids[start:start + 500]))):
                existing[found[0]] = tuple(found)
        fresh = [{n: r[n] for n in names} for r in rows if r["id"] not in existing]
        changed = [{f"b_{n}": r[n] for n in names} for r in rows
                   if r["id"] in existing and existing[r["id"]] != tuple(r[n] for n in names)]
        if fresh:
            session.execute(insert(sql_table), fresh)
        if changed:
            values: dict[str, Any] = {n: bindparam(f"b_{n}") for n in names if n != "id"}
            if table in VERSIONED:
                values["version"] = sql_table.c.version + 1
            session.execute(update(sql_table).where(sql_table.c.id == bindparam("b_id"))
                            .values(values), changed)
        created[table], updated[table] = len(fresh), len(changed)
    return ImportReport(created, updated, tuple(package.ignored))
