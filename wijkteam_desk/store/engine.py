"""Engine and session factory for encrypted SQLite (SQLCipher) and PostgreSQL."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from wijkteam_desk.errors import (
    ConflictError,
    DatabaseLockedError,
    DiskFullError,
    NotADatabaseError,
    ServerPasswordError,
    ServerUnreachableError,
    WrongKeyError,
)

SQLITE_HEADER = b"SQLite format 3\x00"


def _translate(exc: BaseException) -> Exception | None:
    """Map driver errors that are environment faults to known errors."""
    text_ = str(getattr(exc, "orig", exc)).lower()
    if "database is locked" in text_ or "database table is locked" in text_:
        return DatabaseLockedError()
    if "disk is full" in text_ or "no space left" in text_:
        return DiskFullError()
    if "file is not a database" in text_:
        return WrongKeyError()
    if "password authentication failed" in text_ or "no password supplied" in text_:
        return ServerPasswordError()
    if isinstance(exc, OperationalError) and (
        "connection" in text_ or "could not connect" in text_ or "server closed" in text_
    ):
        return ServerUnreachableError()
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return DiskFullError()
    return None


class Database:
    """Owns the engine and the session factory. One per open database."""

    def __init__(self, engine: Engine, *, path: Path | None = None, key: str | None = None):
        self.engine = engine
        self.path = path
        self.key = key
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self._read_engine = engine.execution_options(wijkteam_read_only=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @classmethod
    def open_sqlite(cls, path: Path, key: str, *, create: bool = False) -> Database:
        """Open (or with ``create``, create) the encrypted database at ``path``.

        Raises WrongKeyError when ``key`` does not open an existing file; never creates a
        plaintext database.
        """
        path = Path(path)
        if not path.exists() and not create:
            raise FileNotFoundError(path)
        if path.exists() and path.stat().st_size >= 16:
            with path.open("rb") as handle:
                if handle.read(16) == SQLITE_HEADER:
                    # A plaintext SQLite file is not ours: refuse rather than use it.
                    raise NotADatabaseError()
        if not key:
            raise WrongKeyError()
        url = URL.create("sqlite+pysqlcipher", password=key, database=str(path))
        engine = create_engine(url, hide_parameters=True)
        _configure_sqlite(engine)
        db = cls(engine, path=path, key=key)
        db.check_access()
        return db

    @classmethod
    def open_url(cls, url: str | URL, *, password: str | None = None) -> Database:
        parsed = make_url(url) if isinstance(url, str) else url
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        if password and not parsed.password:
            parsed = parsed.set(password=password)
        engine = create_engine(
            parsed,
            hide_parameters=True,
            pool_pre_ping=True,
            connect_args={"connect_timeout": 5, "application_name": "wijkteam-desk"},
        )
        db = cls(engine)
        db.check_access()
        return db

    def check_access(self) -> None:
        """Fail early and clearly when the key is wrong or the server is unreachable."""
        try:
            with self.engine.connect() as conn:
                if self.is_sqlite:
                    conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
                else:
                    conn.execute(text("SELECT 1")).scalar_one()
        except (DatabaseError, OSError) as exc:
            self.engine.dispose()
            known = _translate(exc)
            if known is not None:
                raise known from None
            raise

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on error. A record saved by
        someone else meanwhile (optimistic locking) raises ConflictError."""
        try:
            with self.sessions.begin() as session:
                yield session
        except StaleDataError:
            raise ConflictError() from None
        except (OperationalError, OSError) as exc:
            known = _translate(exc)
            if known is not None:
                raise known from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for a unit of work that only reads with Core statements (e.g.
        type-ahead search, where an ORM session costs more than the query). On SQLite
        it starts with a plain BEGIN instead of BEGIN IMMEDIATE, so it never waits for,
        or holds, the write lock. Never write through it."""
        try:
            with self._read_engine.connect() as conn, conn.begin():
                yield conn
        except (OperationalError, OSError) as exc:
            known = _translate(exc)
            if known is not None:
                raise known from exc
            raise

    def dispose(self) -> None:
        self.engine.dispose()


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Python's sqlite driver starts transactions lazily; we issue BEGIN ourselves.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
        # Reading the schema fails with "file is not a database" when the key is wrong;
        # nothing else may run before that (SQLCipher misbehaves after the failure).
        cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        cursor.execute("PRAGMA journal_mode = WAL")
        # SQLCipher decrypts every page it reads: a 32 MB page cache per connection keeps
        # searches over the sociale kaart (~50 MB at 15,000 services) from re-decrypting.
        cursor.execute("PRAGMA cache_size = -32768")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE: take the write lock up front so two windows never deadlock mid-way.
        # Read-only units of work (Database.read) need no lock.
        if conn.get_execution_options().get("wijkteam_read_only"):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
