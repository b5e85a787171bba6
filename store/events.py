"""Rasa's tracker events as the store sees them: encrypted JSON in the ``events`` table.

The tracker store (bot/tracker_store.py) writes ``data`` through :func:`encode_event_data`;
the agent API reads transcripts through :func:`transcript`. No Rasa import here.
"""

from __future__ import annotations

import json
from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from store.crypto import Keyring, keyring_of
from store.models import events
from store.repository import has_consent


def encode_event_data(keyring: Keyring, data_json: str) -> str:
    """Encrypt one event's JSON (it holds the raw message text)."""
    return keyring.encrypt_text(data_json)


def decode_event_data(keyring: Keyring, data: Optional[str]) -> str:
    """The event JSON; rows written before encryption was on are plain JSON."""
    if data is None:
        return "{}"
    if data.lstrip().startswith("{"):
        return data
    return keyring.decrypt_text(data)


class EncryptedEventData(sa.types.TypeDecorator):
    """The ``events.data`` column type: JSON text in Python, a Fernet token on disk."""

    impl = sa.Text
    cache_ok = True

    def __init__(self, keyring: Keyring) -> None:
        super().__init__()
        self.keyring = keyring

    def process_bind_param(self, value: Optional[str], dialect: Any) -> Optional[str]:
        return None if value is None else encode_event_data(self.keyring, value)

    def process_result_value(self, value: Optional[str], dialect: Any) -> Optional[str]:
        return None if value is None else decode_event_data(self.keyring, value)


def may_persist_events(session_factory: sessionmaker, sender_id: str) -> bool:
    """Events hit the database only once the prospect has granted consent."""
    return has_consent(session_factory, sender_id)


def transcript(session_factory: sessionmaker, sender_id: str) -> list[dict[str, Any]]:
    """The conversation's user and bot messages, oldest first, decrypted."""
    with session_factory() as session:
        keyring = keyring_of(session)
        rows = session.execute(
            sa.select(events.c.type_name, events.c.timestamp, events.c.data)
            .where(events.c.sender_id == sender_id, events.c.type_name.in_(["user", "bot"]))
            .order_by(events.c.id)
        ).all()
    lines = []
    for type_name, timestamp, data in rows:
        event = json.loads(decode_event_data(keyring, data))
        line: dict[str, Any] = {"speaker": "prospect" if type_name == "user" else "bot",
                                "text": event.get("text"), "timestamp": timestamp}
        if type_name == "user":
            line["intent"] = (event.get("parse_data") or {}).get("intent", {}).get("name")
            line["message_id"] = event.get("message_id")
        lines.append(line)
    return lines
