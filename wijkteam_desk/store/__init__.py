"""Persistence: SQLAlchemy models, engine and session, encryption, migrations and backups."""
