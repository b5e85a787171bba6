"""Encryption at rest: Fernet tokens under a MultiFernet keyring.

The key comes from NEEDSCOUT_ENCRYPTION_KEY (``new,old,...``: the first encrypts, all
decrypt) or from var/secrets/encryption.key (one key a line, created 0600 on first use).
Decrypting with the wrong key raises :class:`WrongKeyError`, whose message says what to do.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, Sequence

import sqlalchemy as sa
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy.exc import IntegrityError

from needscout.settings import Settings, load_settings
from store.models import KeyCheck

KEY_CHECK_PLAINTEXT = "needscout key check v1"


class WrongKeyError(RuntimeError):
    """Stored data cannot be decrypted with the configured key(s)."""


class KeyConfigError(ValueError):
    """The configured key is not a Fernet key."""


def key_file(settings: Settings) -> Path:
    """Where the generated key lives when the environment gives none."""
    return settings.var_dir / "secrets" / "encryption.key"


@dataclass(frozen=True)
class Keyring:
    """Fernet keys, primary first; ``origin`` says where they came from (for messages)."""

    keys: tuple[str, ...]
    origin: str

    def __post_init__(self) -> None:
        if not self.keys:
            raise KeyConfigError(f"no encryption key in {self.origin}")
        for key in self.keys:
            try:
                Fernet(key.encode())
            except (ValueError, TypeError) as error:
                raise KeyConfigError(
                    f"{self.origin} holds a value that is not a Fernet key ({error}); "
                    "generate one with: python -c 'from cryptography.fernet import Fernet; "
                    "print(Fernet.generate_key().decode())'"
                ) from None

    @functools.cached_property
    def _fernet(self) -> MultiFernet:
        return MultiFernet([Fernet(k.encode()) for k in self.keys])

    @property
    def fingerprint(self) -> str:
        """A short, non-secret id of the primary key, for logs and error messages."""
        return hashlib.sha256(self.keys[0].encode()).hexdigest()[:12]

    def encrypt_text(self, text: str) -> str:
        return self._fernet.encrypt(text.encode("utf-8")).decode("ascii")

    def decrypt_text(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken:
            raise WrongKeyError(
                f"stored data cannot be decrypted with the key from {self.origin} "
                f"(primary key {self.fingerprint}). Set NEEDSCOUT_ENCRYPTION_KEY (or the key "
                "file var/secrets/encryption.key) to the key the data was written with; during "
                "a rotation give both as 'new,old' and run `needscout rotate-key`."
            ) from None

    def encrypt_json(self, value: Any) -> str:
        return self.encrypt_text(json.dumps(value, sort_keys=True))

    def decrypt_json(self, token: str) -> Any:
        return json.loads(self.decrypt_text(token))

    def rotate(self, token: str) -> str:
        """Re-encrypt ``token`` under the primary key (it may be under any key held)."""
        try:
            return self._fernet.rotate(token.encode("ascii")).decode("ascii")
        except InvalidToken:
            self.decrypt_text(token)  # raises WrongKeyError with the full message
            raise

    def subject_hash(self, sender_id: str) -> str:
        """A keyed hash of a sender id for audit entries: links entries, reveals nothing."""
        secret = hashlib.sha256(("audit:" + self.keys[-1]).encode()).digest()
        return hmac.new(secret, sender_id.encode(), hashlib.sha256).hexdigest()[:32]


def read_key_file(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text().splitlines() if line.strip()]


def write_key_file(path: Path, keys: Sequence[str]) -> None:
    """Replace the key file atomically, mode 0600."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write("\n".join(keys) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def load_keyring(settings: Settings) -> Keyring:
    """The keyring the settings point at; creates the key file on first use."""
    if settings.encryption_key_env:
        keys = tuple(k.strip() for k in settings.encryption_key_env.split(",") if k.strip())
        return Keyring(keys, "NEEDSCOUT_ENCRYPTION_KEY")
    path = key_file(settings)
    if not path.exists():
        _create_key_file(path)
    return Keyring(tuple(read_key_file(path)), str(path))


def _create_key_file(path: Path) -> None:
    """Write a new key file atomically: processes starting together all get the same key."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(Fernet.generate_key().decode() + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    try:
        os.link(tmp, path)  # fails if another process created it first; theirs wins
    except FileExistsError:
        pass
    finally:
        os.unlink(tmp)


def keyring_of(session: Any) -> Keyring:
    """The keyring attached to a session (store.db.session_factory), else from settings."""
    keyring: Optional[Keyring] = session.info.get("keyring")
    if keyring is None:
        keyring = load_keyring(load_settings())
        session.info["keyring"] = keyring
    return keyring


def check_key(session: Any) -> None:
    """Fail fast with WrongKeyError when the database was written with another key."""
    keyring = keyring_of(session)
    query = sa.select(KeyCheck).where(KeyCheck.id == 1)
    row = session.execute(query).scalar_one_or_none()
    if row is None:
        try:
            with session.begin_nested():  # another process may be writing it right now
                session.add(KeyCheck(id=1, token=keyring.encrypt_text(KEY_CHECK_PLAINTEXT)))
            return
        except IntegrityError:
            row = session.execute(query).scalar_one()
    if keyring.decrypt_text(row.token) != KEY_CHECK_PLAINTEXT:
        raise WrongKeyError("key check row holds unexpected data; the key_check table was altered")
