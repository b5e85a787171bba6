"""bot.tracker_store on both backends: encrypted events, no rows before consent, erase."""

from __future__ import annotations

import asyncio

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.tracker_store import NeedScoutTrackerStore
from store import repository as repo
from store.crypto import WrongKeyError
from store.events import transcript

DOMAIN = Domain.from_yaml("version: '3.1'\nintents:\n- greet\n- inform\n")
SECRET_TEXT = "I earn 91234 a year and have diabetes"


@pytest.fixture
def store(db, monkeypatch) -> NeedScoutTrackerStore:
    monkeypatch.setenv("NEEDSCOUT_DATABASE_URL", db.url)
    monkeypatch.setenv("NEEDSCOUT_ENCRYPTION_KEY", db.keyring.keys[0])
    tracker_store = NeedScoutTrackerStore(domain=DOMAIN)
    yield tracker_store
    tracker_store.engine.dispose()
    tracker_store._store_engine.dispose()


def say(store: NeedScoutTrackerStore, sender: str, *texts: str) -> DialogueStateTracker:
    """One turn: load the tracker as Rasa does, add messages, save it."""
    async def turn() -> DialogueStateTracker:
        tracker = await store.retrieve(sender) or DialogueStateTracker(sender, DOMAIN.slots)
        for text in texts:
            tracker.update(UserUttered(text, intent={"name": "inform", "confidence": 1.0}))
            tracker.update(BotUttered("noted"))
        await store.save(tracker)
        return tracker

    return asyncio.run(turn())


def user_texts(store: NeedScoutTrackerStore, sender: str) -> list[str]:
    tracker = asyncio.run(store.retrieve(sender))
    return [] if tracker is None else [e.text for e in tracker.events if isinstance(e, UserUttered)]


def test_consented_events_are_encrypted_at_rest(db, store) -> None:
    repo.record_consent(db.sessions, "pia", True, "v1")
    say(store, "pia", "hello", SECRET_TEXT)
    rows = db.raw_rows("SELECT data FROM events WHERE sender_id = 'pia'")
    assert len(rows) == 4 and all(data.startswith("gAAAA") for (data,) in rows)
    assert not any("91234" in data for (data,) in rows)
    assert user_texts(store, "pia") == ["hello", SECRET_TEXT]
    assert [line["text"] for line in transcript(db.sessions, "pia")] == ["hello", "noted", SECRET_TEXT, "noted"]


def test_declined_consent_leaves_no_event_and_no_fact(db, store) -> None:
    say(store, "quinn", "hi there")
    repo.record_consent(db.sessions, "quinn", False, "v1")
    say(store, "quinn", SECRET_TEXT)
    assert user_texts(store, "quinn") == ["hi there", SECRET_TEXT]  # the bot still follows along
    assert db.raw_rows("SELECT count(*) FROM events") == [(0,)]
    assert db.raw_rows("SELECT count(*) FROM facts") == [(0,)]


def test_consent_flushes_the_earlier_turns(db, store) -> None:
    say(store, "rosa", "hello")
    assert db.raw_rows("SELECT count(*) FROM events") == [(0,)]
    repo.record_consent(db.sessions, "rosa", True, "v1")
    say(store, "rosa", "yes I agree")
    assert db.raw_rows("SELECT count(*) FROM events WHERE sender_id = 'rosa'") == [(4,)]
    assert user_texts(store, "rosa") == ["hello", "yes I agree"]


def test_erase_deletes_the_conversation_events(db, store) -> None:
    repo.record_consent(db.sessions, "sam", True, "v1")
    say(store, "sam", SECRET_TEXT)
    repo.erase_prospect(db.sessions, "sam")
    assert db.raw_rows("SELECT count(*) FROM events") == [(0,)]
    assert asyncio.run(store.retrieve("sam")) is None


def test_a_wrong_key_stops_the_store_at_start_up(db, store, monkeypatch) -> None:
    from cryptography.fernet import Fernet

    monkeypatch.setenv("NEEDSCOUT_ENCRYPTION_KEY", Fernet.generate_key().decode())
    with pytest.raises(WrongKeyError, match="NEEDSCOUT_ENCRYPTION_KEY"):
        NeedScoutTrackerStore(domain=DOMAIN)
