"""Rasa's SQL tracker store, pointed at NeedScout's database URL, encrypted and consent-gated.

Rasa's stock SQLTrackerStore wants dialect/host/db pieces in endpoints.yml; NeedScout
has one database URL in settings (SQLite under var/ by default, PostgreSQL in
production), so this subclass splits that URL for it.

Events hold the raw message text, so:
- ``events.data`` is encrypted at rest: the store swaps Rasa's ``SQLEvent`` model for an
  identical one whose ``data`` column encrypts on write and decrypts on read (the two
  points where rasa 3.6.21 calls json.dumps / json.loads on it);
- nothing reaches the database before the prospect grants consent: until then the
  conversation is held in memory only (bounded, expiring), and a prospect who declines
  leaves no row. Once consent is recorded, the next save writes the whole conversation.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from pathlib import Path
from typing import Any, Optional

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore, _create_sequence
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.engine import make_url
from sqlalchemy.orm import declarative_base

from needscout.settings import load_settings
from store.crypto import Keyring, check_key, load_keyring
from store.db import make_engine, session_factory
from store.events import EncryptedEventData, may_persist_events
from store.migrate import upgrade


def sqltrackerstore_kwargs(database_url: str) -> dict[str, Any]:
    """Translate a SQLAlchemy URL into SQLTrackerStore's constructor arguments."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        db_path = Path(url.database or "var/needscout.db")
        db_path.parent.mkdir(parents=True, exist_ok=True)
        return {"dialect": "sqlite", "db": str(db_path)}
    return {
        "dialect": url.drivername,
        "host": url.host,
        "port": url.port,
        "db": url.database,
        "username": url.username,
        "password": url.password,
        "query": dict(url.query) or None,
    }


def encrypted_event_model(keyring: Keyring) -> tuple[Any, Any]:
    """A declarative base and an ``events`` model like Rasa's SQLEvent, data encrypted."""
    base = declarative_base()

    class SQLEvent(base):  # type: ignore[misc, valid-type]
        """Rasa 3.6.21's SQLEvent, column for column, with ``data`` encrypted."""

        __tablename__ = "events"

        id = sa.Column(sa.Integer, _create_sequence(__tablename__), primary_key=True)
        sender_id = sa.Column(sa.String(255), nullable=False, index=True)
        type_name = sa.Column(sa.String(255), nullable=False)
        timestamp = sa.Column(sa.Float)
        intent_name = sa.Column(sa.String(255))
        action_name = sa.Column(sa.String(255))
        data = sa.Column(EncryptedEventData(keyring))

    return base, SQLEvent


class ConsentWaitingRoom:
    """Conversations without consent, in memory only: bounded and expiring."""

    def __init__(self, max_conversations: int = 10_000, ttl_s: float = 24 * 3600) -> None:
        self.max_conversations, self.ttl_s = max_conversations, ttl_s
        self._held: "OrderedDict[str, tuple[float, list[dict[str, Any]]]]" = OrderedDict()

    def hold(self, sender_id: str, events: list[dict[str, Any]]) -> None:
        self._held[sender_id] = (time.monotonic(), events)
        self._held.move_to_end(sender_id)
        while len(self._held) > self.max_conversations:
            self._held.popitem(last=False)

    def get(self, sender_id: str) -> Optional[list[dict[str, Any]]]:
        entry = self._held.get(sender_id)
        if entry is None or time.monotonic() - entry[0] > self.ttl_s:
            self._held.pop(sender_id, None)
            return None
        return entry[1]

    def drop(self, sender_id: str) -> None:
        self._held.pop(sender_id, None)


class NeedScoutTrackerStore(SQLTrackerStore):
    """SQL tracker store configured from NEEDSCOUT_DATABASE_URL, encrypted, consent-gated."""

    def __init__(
        self,
        domain: Optional[Domain] = None,
        host: Optional[str] = None,
        event_broker: Optional[EventBroker] = None,
        **kwargs: Any,
    ) -> None:
        settings = load_settings()
        self.keyring = load_keyring(settings)
        # Rasa's methods use self.Base / self.SQLEvent: these shadow the class attributes.
        self.Base, self.SQLEvent = encrypted_event_model(self.keyring)
        self._store_engine = make_engine(settings.database_url)
        self._sessions = session_factory(self._store_engine, self.keyring)
        if "key_check" not in sa.inspect(self._store_engine).get_table_names():
            upgrade(settings.database_url)  # a fresh database: bring the schema up first
        with self._sessions.begin() as session:
            check_key(session)  # WrongKeyError here, at start-up, not mid-conversation
        self.waiting_room = ConsentWaitingRoom()
        super().__init__(
            domain=domain,
            event_broker=event_broker,
            **sqltrackerstore_kwargs(settings.database_url),
        )

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Write new events once consent is granted; before that keep them in memory."""
        if not may_persist_events(self._sessions, tracker.sender_id):
            self.waiting_room.hold(tracker.sender_id, [e.as_dict() for e in tracker.events])
            return
        self.waiting_room.drop(tracker.sender_id)
        await super().save(tracker)

    async def _retrieve(
        self, sender_id: str, fetch_events_from_all_sessions: bool
    ) -> Optional[DialogueStateTracker]:
        tracker = await super()._retrieve(sender_id, fetch_events_from_all_sessions)
        if tracker is not None or self.domain is None:
            return tracker
        held = self.waiting_room.get(sender_id)
        if not held:
            return None
        return DialogueStateTracker.from_dict(sender_id, held, self.domain.slots)
