"""Keeping and querying the household search index (store/search.py).

The document is lower-case, without diacritics, and holds the household's name,
members' names, address, postcode (``8921 ab`` and ``8921ab``), phone digits and
number. Queries match every typed word as a prefix.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from wijkteam_desk.store.models import Household, Member
from wijkteam_desk.store.search import FTS_TABLE

_WORD = re.compile(r"\w+")
MAX_TERMS = 6
MATCH_LIMIT = 2000


def fold(value: str) -> str:
    """Lower case without diacritics: ``Wâlde`` -> ``walde``."""
    decomposed = unicodedata.normalize("NFKD", value.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _phone_tokens(e164: str) -> list[str]:
    if not e164.startswith("+31"):
        return [e164.lstrip("+")] if e164 else []
    national = "0" + e164[3:]
    return [national, e164[1:]]


def document(
    number: str, name: str, street: str, house_number: int | None, addition: str,
    postcode: str, city: str, phone: str, member_names: Iterable[str] = (),
    member_phones: Iterable[str] = (),
) -> str:
    """The searchable text of one household."""
    digits = number.split("-")[-1]
    parts = [number.replace("-", ""), digits, str(int(digits)) if digits.isdigit() else "",
             name, street, "" if house_number is None else f"{house_number}{addition}",
             postcode, postcode.replace(" ", ""), city]
    parts.extend(member_names)
    for value in (phone, *member_phones):
        parts.extend(_phone_tokens(value))
    return fold(" ".join(p for p in parts if p))


def terms(query: str) -> list[str]:
    """The words of a typed query, folded; at most MAX_TERMS. A phone number typed in
    groups ("06 12 34", "+31 58 212") becomes one word."""
    words: list[str] = []
    phone = False
    for word in _WORD.findall(fold(query.replace("+31", " 0").replace("+", " "))):
        if phone and word.isdigit():
            words[-1] += word
            continue
        phone = word.isdigit() and word.startswith("0")
        words.append(word)
    return words[:MAX_TERMS]


def member_name(first: str, tussenvoegsel: str, last: str) -> str:
    """First name, tussenvoegsel and last name as one display name."""
    return " ".join(p for p in (first, tussenvoegsel, last) if p)


def sync(session: Session, household_id: int) -> None:
    """Recompute the household's document from the database. Call after every change to
    a household or its members, inside the same unit of work."""
    household = session.get(Household, household_id)
    if household is None:
        return
    members = session.execute(
        select(Member.first_name, Member.tussenvoegsel, Member.last_name, Member.phone)
        .where(Member.household_id == household_id)).all()
    doc = document(household.number, household.name, household.street,
                   household.house_number, household.house_number_addition,
                   household.postcode, household.city, household.phone,
                   [member_name(m[0], m[1], m[2]) for m in members],
                   [m[3] for m in members if m[3]])
    # a bulk UPDATE: keeping the index must not bump the household's version
    session.execute(update(Household).where(Household.id == household_id)
                    .values(search_text=doc))
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"),
                        {"id": household_id})
        session.execute(text(f"INSERT INTO {FTS_TABLE}(rowid, document) VALUES (:id, :doc)"),
                        {"id": household_id, "doc": doc})


def rebuild(session: Session) -> None:
    """Fill the SQLite FTS table from ``household.search_text`` (after bulk loads)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"DELETE FROM {FTS_TABLE}"))
        session.execute(text(f"INSERT INTO {FTS_TABLE}(rowid, document) "
                             "SELECT id, search_text FROM household"))


_PARAM = re.compile(r"(?<![:\w]):(\w+)")


@functools.lru_cache(maxsize=64)
def driver_sql(dialect: str, sql: str) -> str:
    """``:name`` parameters for the DB-API itself: sqlite3 takes them as they are (with a
    dict), psycopg wants ``%(name)s``; ``::type`` casts stay."""
    if dialect == "sqlite":
        return sql
    return _PARAM.sub(r"%(\1)s", sql)


def match_sql(dialect: str, words: list[str]) -> tuple[str, dict[str, str]]:
    """The WHERE fragment (on alias ``h``) and parameters matching all ``words``."""
    if dialect == "sqlite":
        fts = " ".join(f'"{w}"*' for w in words)
        # The inner LIMIT keeps a very broad prefix ("06", "89") from materialising every
        # household; such a query shows a first page until the user types more.
        return (f"h.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q "
                f"LIMIT {MATCH_LIMIT})", {"q": fts})
    tsq = " & ".join(f"{w}:*" for w in words)
    return ("to_tsvector('simple'::regconfig, h.search_text) @@ "
            "to_tsquery('simple'::regconfig, :q)", {"q": tsq})
