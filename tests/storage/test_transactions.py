"""Atomic writes: crashes leave nothing half-written; concurrent turns lose nothing."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from store import repository as repo
from tests.storage.samples import assessment, fact

ROOT = Path(__file__).resolve().parents[2]
PROFILE = {"age": fact(37), "annual_income": fact(64000.0), "smoker": fact(False)}


def counts(db) -> dict[str, int]:
    return {table: db.raw_rows(f"SELECT count(*) FROM {table}")[0][0]
            for table in ("facts", "fact_revisions", "assessments", "deliveries")}


def test_an_error_between_facts_and_assessment_rolls_everything_back(db, monkeypatch) -> None:
    repo.record_consent(db.sessions, "kim", True, "v1")

    def explode(*_args, **_kwargs):
        raise RuntimeError("scoring store failed")

    monkeypatch.setattr(repo, "_write_assessment", explode)
    with pytest.raises(RuntimeError):
        repo.save_assessment(db.sessions, "kim", PROFILE, assessment())
    assert counts(db) == {"facts": 0, "fact_revisions": 0, "assessments": 0, "deliveries": 0}


CRASHING_WRITER = textwrap.dedent("""
    import os, sys
    from store import repository as repo
    from store.crypto import Keyring
    from store.db import make_engine, session_factory

    url, key = sys.argv[1], sys.argv[2]
    sessions = session_factory(make_engine(url), Keyring((key,), "test"))
    real = repo._write_assessment

    def write_then_die(session, *args):
        real(session, *args)
        session.flush()          # facts, assessment and outbox rows are in the database...
        print("flushed", flush=True)
        os._exit(9)              # ...and the process dies before COMMIT

    repo._write_assessment = write_then_die
    fact = lambda v: {"value": v, "confidence": 0.9, "source": {"message_id": "m", "span": [0, 1]}}
    repo.save_assessment(sessions, "lee", {"age": fact(37), "annual_income": fact(64000.0)},
        {"composite_score": 1, "tier": "gold", "risk_class": "standard", "decision": "x",
         "needs": {}, "premium_ceiling": 1, "flags": [], "reasons": [], "missing_facts": [],
         "rules_version": "r1"})
""")


def test_a_process_killed_mid_write_leaves_no_half_record(db) -> None:
    repo.record_consent(db.sessions, "lee", True, "v1")
    result = subprocess.run([sys.executable, "-c", CRASHING_WRITER, db.url, db.keyring.keys[0]],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 9, result.stderr
    assert "flushed" in result.stdout
    assert counts(db) == {"facts": 0, "fact_revisions": 0, "assessments": 0, "deliveries": 0}
    # The database is not left locked: the next turn writes normally.
    repo.save_assessment(db.sessions, "lee", PROFILE, assessment())
    assert counts(db) == {"facts": 3, "fact_revisions": 3, "assessments": 1, "deliveries": 1}


def run_threads(targets) -> None:
    errors: list[BaseException] = []

    def guarded(target):
        try:
            target()
        except BaseException as error:  # surfaced below
            errors.append(error)

    threads = [threading.Thread(target=guarded, args=(t,)) for t in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors


def test_concurrent_conversations_keep_their_own_facts(db) -> None:
    senders = [f"conv-{i}" for i in range(6)]

    def conversation(sender: str, n: int) -> None:
        repo.record_consent(db.sessions, sender, True, "v1")
        for turn in range(5):
            repo.save_facts(db.sessions, sender, {
                "age": fact(20 + n), "annual_income": fact(1000.0 * n + turn, message_id=f"t{turn}"),
            })
        repo.save_assessment(db.sessions, sender, {"children_count": fact(n)},
                             assessment(tier=f"tier-{n}"))

    run_threads([lambda s=s, n=n: conversation(s, n) for n, s in enumerate(senders)])
    for n, sender in enumerate(senders):
        facts = repo.load_facts(db.sessions, sender)
        assert facts["age"]["value"] == 20 + n
        assert facts["annual_income"]["value"] == 1000.0 * n + 4
        assert facts["children_count"]["value"] == n
        history = repo.fact_history(db.sessions, sender, "annual_income")
        assert [h["value"] for h in history] == [1000.0 * n + t for t in range(5)]
    assert counts(db)["deliveries"] == 6


def test_concurrent_turns_of_one_conversation_lose_no_update(db) -> None:
    # Several workers race on the first turn (creating the prospect) and on one fact.
    run_threads([lambda: repo.record_consent(db.sessions, "mia", True, "v1")] * 4)
    names = ["age", "children_count", "dependent_parents", "claims_5y"]

    def worker(i: int) -> None:
        for turn in range(4):
            repo.save_facts(db.sessions, "mia", {
                names[i]: fact(i + turn), "annual_income": fact(float(100 * i + turn)),
            })

    run_threads([lambda i=i: worker(i) for i in range(4)])
    facts = repo.load_facts(db.sessions, "mia")
    assert {name: facts[name]["value"] for name in names} == {n: i + 3 for i, n in enumerate(names)}
    history = repo.fact_history(db.sessions, "mia", "annual_income")
    assert sorted(h["value"] for h in history) == sorted(float(100 * i + t) for i in range(4) for t in range(4))
    assert [h["revision"] for h in history] == list(range(1, 17))
    assert db.raw_rows("SELECT count(*) FROM prospects") == [(1,)]
    assert db.raw_rows("SELECT count(*) FROM consents") == [(4,)]
