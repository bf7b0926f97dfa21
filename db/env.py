"""Alembic environment. Migrations run from code (wijkteam_desk.store.migrations) with a
connection handed in through ``config.attributes["connection"]``."""

from __future__ import annotations

from alembic import context

from wijkteam_desk.store.base import Base
from wijkteam_desk.store import models  # noqa: F401 - registers all tables
from wijkteam_desk.store import search

config = context.config
target_metadata = Base.metadata


def render_item(type_, obj, autogen_context):
    """Render our own column types as plain SQLAlchemy ones: revisions stay self-contained."""
    from wijkteam_desk.store.base import UTCDateTime

    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through wijkteam_desk.store.migrations")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
        include_name=search.include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline migrations are not supported")
run_migrations_online()
