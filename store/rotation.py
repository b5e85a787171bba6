"""Key rotation: re-encrypt every encrypted column under a new primary key.

With the key file, rotation is automatic: the new key is added in front, every row is
re-encrypted in one transaction, then the old key is dropped. With
NEEDSCOUT_ENCRYPTION_KEY the operator sets ``new,old``, runs this, then removes ``old``.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from cryptography.fernet import Fernet
from sqlalchemy.orm import Session, sessionmaker

from needscout.settings import Settings
from store.crypto import Keyring, KeyConfigError, key_file, load_keyring, read_key_file, write_key_file
from store.db import make_engine, session_factory
from store.models import Assessment, Delivery, FactRecord, FactRevision, KeyCheck, events


def _rotate_column(session: Session, keyring: Keyring, model: Any, column: str,
                   where: Any = None) -> int:
    query = sa.select(model.id, getattr(model, column))
    if where is not None:
        query = query.where(where)
    count = 0
    for row_id, token in session.execute(query).all():
        if token is None:
            continue
        session.execute(sa.update(model).where(model.id == row_id)
                        .values({column: keyring.rotate(token)}))
        count += 1
    return count


def reencrypt_all(sessions: sessionmaker, keyring: Keyring) -> dict[str, int]:
    """Re-encrypt every token under ``keyring``'s primary key, in one transaction."""
    with sessions.begin() as session:
        counts = {
            "facts": _rotate_column(session, keyring, FactRecord, "value", FactRecord.encrypted),
            "fact_revisions": _rotate_column(session, keyring, FactRevision, "value",
                                             FactRevision.encrypted),
            "assessments": _rotate_column(session, keyring, Assessment, "payload")
            + _rotate_column(session, keyring, Assessment, "facts_snapshot"),
            "deliveries": _rotate_column(session, keyring, Delivery, "payload"),
            "key_check": _rotate_column(session, keyring, KeyCheck, "token"),
        }
        rotated = 0
        for row_id, data in session.execute(sa.select(events.c.id, events.c.data)).all():
            if data is None or data.lstrip().startswith("{"):
                continue
            session.execute(events.update().where(events.c.id == row_id)
                            .values(data=keyring.rotate(data)))
            rotated += 1
        counts["events"] = rotated
    return counts


def rotate_key(settings: Settings) -> dict[str, Any]:
    """Rotate to a new key and re-encrypt the database at ``settings.database_url``."""
    engine = make_engine(settings.database_url)
    try:
        if settings.encryption_key_env:
            keyring = load_keyring(settings)
            if len(keyring.keys) < 2:
                raise KeyConfigError(
                    "NEEDSCOUT_ENCRYPTION_KEY holds one key: set it to 'NEW,OLD' (for example "
                    f"NEW={Fernet.generate_key().decode()}), run rotate-key, then keep only NEW")
            counts = reencrypt_all(session_factory(engine, keyring), keyring)
            return {"key_source": "environment", "primary": keyring.fingerprint, "rows": counts,
                    "next_step": "remove the old keys from NEEDSCOUT_ENCRYPTION_KEY"}
        path = key_file(settings)
        old = read_key_file(path) if path.exists() else list(load_keyring(settings).keys)
        new = Fernet.generate_key().decode()
        write_key_file(path, [new, *old])  # a crash here leaves every row readable
        keyring = Keyring((new, *old), str(path))
        counts = reencrypt_all(session_factory(engine, keyring), keyring)
        write_key_file(path, [new])
        return {"key_source": str(path), "primary": Keyring((new,), str(path)).fingerprint,
                "rows": counts}
    finally:
        engine.dispose()
