"""The household search index outside the ORM models.

SQLite: an FTS5 table ``household_fts`` (rowid = household.id) holding the same text as
``household.search_text``. PostgreSQL: a GIN full-text index on ``household.search_text``
(``simple`` configuration, prefix queries). Both are created by revision 0002 and kept
in sync by the services (services/search_index.py), never by triggers.
"""

from __future__ import annotations

from typing import Any

FTS_TABLE = "household_fts"
PG_INDEX = "ix_household_search_fts"

SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "document, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)
PG_DDL = (
    f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON household "
    "USING gin (to_tsvector('simple'::regconfig, search_text))"
)


def include_name(name: str | None, type_: str, _parent: Any = None) -> bool:
    """For Alembic comparisons: the search structures are not part of the models."""
    if name is None:
        return True
    if type_ == "table" and name.startswith(FTS_TABLE):
        return False
    if type_ == "index" and name == PG_INDEX:
        return False
    return True
