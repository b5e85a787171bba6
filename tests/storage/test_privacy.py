"""Encryption at rest, wrong keys, rotation, erase, purge and consent, on both backends."""

from __future__ import annotations

import datetime as dt
import json
import re
import os
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet

from needscout.settings import load_settings
from store import repository as repo
from store.crypto import Keyring, KeyConfigError, WrongKeyError, check_key, key_file, load_keyring
from store.db import session_factory
from store.events import encode_event_data, transcript
from store.models import events
from store.rotation import rotate_key
from tests.storage.samples import assessment, fact

INCOME = 91234.0
PROFILE = {
    "age": fact(41), "occupation": fact("site engineer"), "occupation_class": fact(3),
    "annual_income": fact(INCOME), "conditions": fact(["diabetes"]), "smoker": fact(True),
    "liquid_savings": fact(15555.0),
}


def add_event(db, sender: str, text: str, ts: float, type_name: str = "user") -> None:
    data = json.dumps({"event": type_name, "text": text, "timestamp": ts,
                       "parse_data": {"intent": {"name": "inform"}}})
    with db.sessions.begin() as session:
        session.execute(events.insert().values(
            sender_id=sender, type_name=type_name, timestamp=ts, intent_name="inform",
            action_name=None, data=encode_event_data(db.keyring, data)))


TIMESTAMP_RE = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[+-]\d{2}:?\d{2})?")


def all_text(db) -> str:
    """Every value of every table, read with the raw driver, as one string. Timestamps are
    left out: they hold no personal data, and their microseconds can spell any five digits
    (a clean-clone run once found "91234" in 23:22:46.912349)."""
    names = sa.inspect(db.engine).get_table_names()
    return "\n".join(repr(tuple(v for v in row if not _is_timestamp(v)))
                     for name in names for row in db.raw_rows(f"SELECT * FROM {name}"))


def _is_timestamp(value: object) -> bool:
    """A date or time as PostgreSQL's driver returns it, or as SQLite stores it (text)."""
    return isinstance(value, (dt.date, dt.time)) or (isinstance(value, str) and bool(TIMESTAMP_RE.fullmatch(value)))


def test_sensitive_columns_are_unreadable_with_the_raw_driver(db) -> None:
    repo.record_consent(db.sessions, "dana", True, "v1")
    repo.save_assessment(db.sessions, "dana", PROFILE, assessment(premium_ceiling=321.0))
    add_event(db, "dana", "I have diabetes and earn 91234 a year", 1.0)
    raw = dict(db.raw_rows("SELECT name, value FROM facts"))
    for name in ("annual_income", "conditions", "smoker", "liquid_savings"):
        assert raw[name].startswith("gAAAA"), name  # a Fernet token
    assert json.loads(raw["occupation"]) == "site engineer"  # not sensitive: plain JSON
    dump = all_text(db)
    for secret in ("91234", "diabetes", "15555", "321.0", "high_debt"):
        assert secret not in dump
    assert transcript(db.sessions, "dana")[0]["text"] == "I have diabetes and earn 91234 a year"


def test_wrong_key_gives_a_clear_error(db) -> None:
    repo.record_consent(db.sessions, "erin", True, "v1")
    repo.save_facts(db.sessions, "erin", {"annual_income": fact(INCOME)})
    with db.sessions.begin() as session:
        check_key(session)
    other = session_factory(db.engine, Keyring((Fernet.generate_key().decode(),), "NEEDSCOUT_ENCRYPTION_KEY"))
    with pytest.raises(WrongKeyError, match="NEEDSCOUT_ENCRYPTION_KEY.*rotate-key"):
        repo.load_facts(other, "erin")
    with pytest.raises(WrongKeyError), other.begin() as session:
        check_key(session)


def test_a_malformed_key_is_refused_with_advice() -> None:
    with pytest.raises(KeyConfigError, match="Fernet.generate_key"):
        load_keyring(load_settings({"NEEDSCOUT_ENCRYPTION_KEY": "not-a-key"}))


def test_key_file_is_created_private_and_reused(tmp_path) -> None:
    settings = load_settings({"NEEDSCOUT_VAR_DIR": str(tmp_path)})
    first = load_keyring(settings)
    assert stat.S_IMODE(os.stat(key_file(settings)).st_mode) == 0o600
    assert load_keyring(settings).keys == first.keys


def test_processes_starting_together_share_one_generated_key(tmp_path) -> None:
    import subprocess
    import sys

    code = ("from needscout.settings import load_settings; from store.crypto import load_keyring; "
            "print(load_keyring(load_settings()).keys[0])")
    env = {"PATH": "/usr/bin:/bin", "NEEDSCOUT_VAR_DIR": str(tmp_path)}
    root = Path(__file__).resolve().parents[2]
    children = [subprocess.Popen([sys.executable, "-c", code], cwd=root, env=env,
                                 stdout=subprocess.PIPE, text=True) for _ in range(4)]
    keys = {child.communicate(timeout=60)[0].strip() for child in children}
    assert len(keys) == 1 and keys == {key_file(load_settings({"NEEDSCOUT_VAR_DIR": str(tmp_path)})).read_text().strip()}


def test_rotation_reencrypts_every_row_and_drops_the_old_key(db, tmp_path) -> None:
    settings = load_settings({"NEEDSCOUT_VAR_DIR": str(tmp_path), "NEEDSCOUT_DATABASE_URL": db.url})
    old = load_keyring(settings)
    sessions = session_factory(db.engine, old)
    repo.record_consent(sessions, "finn", True, "v1")
    repo.save_assessment(sessions, "finn", PROFILE, assessment())
    repo.save_facts(sessions, "finn", {"annual_income": fact(99000.0)})
    with sessions.begin() as session:
        check_key(session)
        session.execute(events.insert().values(sender_id="finn", type_name="user", timestamp=1.0,
                                               data=encode_event_data(old, '{"text": "hi"}')))
    before = dict(db.raw_rows("SELECT name, value FROM facts"))

    report = rotate_key(settings)

    new = load_keyring(settings)
    assert len(new.keys) == 1 and new.keys[0] != old.keys[0]
    assert report["rows"]["facts"] == 4 and report["rows"]["fact_revisions"] == 5
    assert report["rows"]["events"] == 1
    after = dict(db.raw_rows("SELECT name, value FROM facts"))
    assert after["annual_income"] != before["annual_income"]
    assert repo.load_facts(session_factory(db.engine, new), "finn")["annual_income"]["value"] == 99000.0
    assert repo.peers(session_factory(db.engine, new), "40-49", 3)[0]["tier"] == "gold"
    with pytest.raises(WrongKeyError):
        repo.load_facts(session_factory(db.engine, old), "finn")


def test_erase_removes_everything_and_audits_without_personal_data(db) -> None:
    repo.record_consent(db.sessions, "gail", True, "v1")
    repo.save_assessment(db.sessions, "gail", PROFILE, assessment())
    repo.request_handoff(db.sessions, "gail", "asked_for_human")
    add_event(db, "gail", "my income is 91234", 1.0)
    repo.record_consent(db.sessions, "hugo", True, "v1")
    repo.save_facts(db.sessions, "hugo", {"age": fact(29)})
    add_event(db, "hugo", "hello", 1.0)

    counts = repo.erase_prospect(db.sessions, "gail")

    assert counts["facts"] == 7 and counts["assessments"] == 1 and counts["events"] == 1
    assert repo.load_facts(db.sessions, "gail") == {}
    assert transcript(db.sessions, "gail") == []
    dump = all_text(db)
    assert "gail" not in dump and "91234" not in dump
    audit = repo.audit_entries(db.sessions)
    assert audit[-1]["action"] == "erase" and audit[-1]["detail"]["facts"] == 7
    assert repo.load_facts(db.sessions, "hugo")["age"]["value"] == 29  # others untouched
    assert len(transcript(db.sessions, "hugo")) == 1


def test_purge_removes_only_conversations_past_retention(db) -> None:
    for sender in ("old", "new"):
        repo.record_consent(db.sessions, sender, True, "v1")
        repo.save_assessment(db.sessions, sender, PROFILE, assessment())
    long_ago = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=400)
    with db.sessions.begin() as session:
        session.execute(sa.text("UPDATE prospects SET last_activity_at = :t WHERE sender_id = 'old'"),
                        {"t": long_ago.replace(tzinfo=None)})
    add_event(db, "old", "a year ago", long_ago.timestamp())
    add_event(db, "stranger", "never consented", long_ago.timestamp())
    add_event(db, "new", "today", dt.datetime.now().timestamp())

    totals = repo.purge_older_than(db.sessions, 365)

    assert totals["prospects"] == 1 and totals["events"] == 2
    assert repo.sender_ids(db.sessions) == ["new"]
    assert [t["text"] for t in transcript(db.sessions, "new")] == ["today"]
    assert repo.audit_entries(db.sessions)[-1]["action"] == "purge"


def test_declined_consent_leaves_no_personal_fact_in_any_table(db) -> None:
    repo.record_consent(db.sessions, "ivan", False, "v1")
    for attempt in (lambda: repo.save_facts(db.sessions, "ivan", PROFILE),
                    lambda: repo.save_assessment(db.sessions, "ivan", PROFILE, assessment())):
        with pytest.raises(repo.ConsentRequired):
            attempt()
    dump = all_text(db)
    for value in ("91234", "diabetes", "site engineer", "15555", "gold"):
        assert value not in dump
    assert db.raw_rows("SELECT count(*) FROM facts") == [(0,)]
    assert db.raw_rows("SELECT granted FROM consents") in ([(0,)], [(False,)])


def test_withdrawing_consent_erases_what_was_stored(db) -> None:
    repo.record_consent(db.sessions, "jade", True, "v1")
    repo.save_assessment(db.sessions, "jade", PROFILE, assessment())
    add_event(db, "jade", "I earn 91234", 1.0)
    repo.record_consent(db.sessions, "jade", False, "v1")
    assert repo.load_facts(db.sessions, "jade") == {}
    assert "91234" not in all_text(db)
    assert db.raw_rows("SELECT count(*) FROM assessments") == [(0,)]
