"""Writing an HSDS 3.0 package: CSV tables in a folder or zip with datapackage.json, or an
xlsx workbook with one sheet per table. Files are written atomically."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkteam_desk.services.hsds import TABLES, _kind, _references, columns, format_value


def dump_tables(session: Session) -> dict[str, tuple[list[str], list[list[str]]]]:
    result = {}
    for table, model in TABLES.items():
        cols = columns(table)
        query = select(*cols).order_by(model.__table__.c.id)
        rows = [[format_value(v) for v in row] for row in session.execute(query)]
        result[table] = ([c.name for c in cols], rows)
    return result


def datapackage(tables: dict[str, tuple[list[str], list[list[str]]]]) -> dict[str, Any]:
    types = {"int": "integer", "float": "number", "enum": "string", "str": "string"}
    resources = []
    for table in tables:
        cols = columns(table)
        schema: dict[str, Any] = {
            "fields": [{"name": c.name, "type": types[_kind(c)]} for c in cols],
            "primaryKey": "id",
            "foreignKeys": [{"fields": col, "reference": {"resource": target, "fields": "id"}}
                            for col, target in _references(table).items()],
        }
        resources.append({"name": table, "path": f"{table}.csv", "profile":
                          "tabular-data-resource", "format": "csv", "encoding": "utf-8",
                          "schema": schema})
    return {"name": "sociale-kaart", "title": "Sociale kaart (HSDS 3.0)",
            "profile": "tabular-data-package", "resources": resources}


def _csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def write_package(tables: dict[str, tuple[list[str], list[list[str]]]], out: Path,
                  fmt: str) -> Path:
    meta = json.dumps(datapackage(tables), indent=2, ensure_ascii=False).encode("utf-8")
    if fmt == "xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        for table, (header, rows) in tables.items():
            sheet = book.create_sheet(table)
            sheet.append(header)
            for row in rows:
                sheet.append(row)
        return _atomic(out, book.save)
    if out.suffix.lower() == ".zip":
        def write_zip(target: str) -> None:
            with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("datapackage.json", meta)
                for table, (header, rows) in tables.items():
                    archive.writestr(f"{table}.csv", _csv_bytes(header, rows))
        return _atomic(out, write_zip)
    out.mkdir(parents=True, exist_ok=True)
    (out / "datapackage.json").write_bytes(meta)
    for table, (header, rows) in tables.items():
        _atomic(out / f"{table}.csv",
                lambda target, h=header, r=rows: Path(target).write_bytes(_csv_bytes(h, r)))
    return out


def _atomic(out: Path, write: Any) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=out.parent, suffix=".tmp")
    os.close(handle)
    try:
        write(temp)
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return out
