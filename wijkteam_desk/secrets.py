"""The database key and the PostgreSQL password: OS keyring first, never plaintext.

The key is used as the SQLCipher passphrase itself, so a beheerder can open the database
file with the standard ``sqlcipher`` tool (``PRAGMA key = '...'``) for recovery.
"""

from __future__ import annotations

import os
import secrets as _secrets
from collections.abc import Callable

import keyring
import keyring.backend
import keyring.errors

from wijkteam_desk import APP_NAME

KEY_ENV = "WIJKTEAM_DESK_DB_KEY"
PASSWORD_ENV = "WIJKTEAM_DESK_PASSWORD"
_INSECURE_BACKENDS = ("fail", "null", "PlaintextKeyring", "chainer")


def keyring_usable() -> bool:
    """True when a real, secure credential store is available."""
    backend = keyring.get_keyring()
    name = type(backend).__module__ + "." + type(backend).__name__
    if any(part in name for part in _INSECURE_BACKENDS):
        # A chainer is only usable when it chains at least one real backend.
        backends = getattr(backend, "backends", None)
        if "chainer" in name and backends:
            return any(b.priority > 0 for b in backends)
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # noqa: BLE001 - a broken backend is simply not usable
        return False


def _key_entry(database_id: str) -> str:
    return f"db-key:{database_id}"


def generate_key() -> str:
    return _secrets.token_urlsafe(32)


class KeyStore:
    """Finds or creates the database key.

    Order: the environment variable, then the keyring, then ``ask`` (the GUI's passphrase
    dialog). ``ask`` receives ``True`` when a new key must be chosen.
    """

    def __init__(self, database_id: str, ask: Callable[[bool], str | None] | None = None):
        self.database_id = database_id
        self._ask = ask

    def existing_key(self) -> str | None:
        env = os.environ.get(KEY_ENV)
        if env:
            return env
        if keyring_usable():
            try:
                stored = keyring.get_password(APP_NAME, _key_entry(self.database_id))
            except keyring.errors.KeyringError:
                stored = None
            if stored:
                return stored
        if self._ask is not None:
            return self._ask(False)
        return None

    def new_key(self) -> str | None:
        env = os.environ.get(KEY_ENV)
        if env:
            return env
        if keyring_usable():
            key = generate_key()
            try:
                keyring.set_password(APP_NAME, _key_entry(self.database_id), key)
                return key
            except keyring.errors.KeyringError:
                pass
        if self._ask is not None:
            return self._ask(True)
        return None

    def forget(self) -> None:
        if keyring_usable():
            try:
                keyring.delete_password(APP_NAME, _key_entry(self.database_id))
            except keyring.errors.KeyringError:
                pass


def server_password(entry: str) -> str | None:
    """The PostgreSQL password for ``user@host/db`` from the keyring, if stored."""
    if not keyring_usable():
        return None
    try:
        return keyring.get_password(APP_NAME, f"pg:{entry}")
    except keyring.errors.KeyringError:
        return None


def store_server_password(entry: str, password: str) -> bool:
    if not keyring_usable():
        return False
    try:
        keyring.set_password(APP_NAME, f"pg:{entry}", password)
    except keyring.errors.KeyringError:
        return False
    return True
