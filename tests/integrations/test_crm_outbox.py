"""The CRM webhook through the outbox: signed, retried, exactly once per assessment id."""

from __future__ import annotations

import json
import threading
import time
from datetime import datetime

import requests
import sqlalchemy as sa

from needscout.settings import load_settings
from store import repository as repo
from store.outbox import Backoff, deliver_pending, delivery_states, encode_body, run_loop, sign
from tests.integrations.conftest import SECRET
from tests.storage.samples import assessment, fact

FAST = Backoff(base_s=0.05, cap_s=0.4, max_attempts=1000)


def crm_settings(tmp_path, url: str):
    return load_settings({"NEEDSCOUT_VAR_DIR": str(tmp_path), "NEEDSCOUT_CRM_SECRET": SECRET,
                          "NEEDSCOUT_CRM_WEBHOOK_URL": url + "/crm/assessments"})


def assess(db, n: int) -> str:
    sender = f"prospect-{n}"
    repo.record_consent(db.sessions, sender, True, "v1")
    return repo.save_assessment(db.sessions, sender, {"age": fact(30 + n % 30),
                                                      "annual_income": fact(40000.0 + n)},
                                assessment(id=f"assessment-{n:03d}"))


def wait_for(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_crm_receives_signed_json(db, reference_service, tmp_path) -> None:
    assess(db, 1)
    result = deliver_pending(db.sessions, crm_settings(tmp_path, reference_service.url))
    assert result["delivered"] == 1
    stored = [json.loads(line) for line in (reference_service.data_dir / "received.jsonl").read_text().splitlines()]
    body = stored[0]["body"]
    assert stored[0]["id"] == body["assessment_id"] == "assessment-001"
    assert body["assessment"]["rules_version"] == "2025.11-1"
    assert body["facts"]["annual_income"] == 40001.0
    state = delivery_states(db.sessions)
    assert state["summary"] == {"pending": 0, "delivered": 1, "failed": 0}


def test_a_bad_signature_is_refused_and_retried_later(db, reference_service, tmp_path) -> None:
    assess(db, 2)
    wrong = load_settings({"NEEDSCOUT_VAR_DIR": str(tmp_path), "NEEDSCOUT_CRM_SECRET": "wrong",
                           "NEEDSCOUT_CRM_WEBHOOK_URL": reference_service.url + "/crm/assessments"})
    assert deliver_pending(db.sessions, wrong, backoff=FAST)["retrying"] == 1
    row = delivery_states(db.sessions)["deliveries"][0]
    assert row["state"] == "pending" and row["attempts"] == 1 and "HTTP 401" in row["last_error"]
    assert reference_service.received()["total"] == 0
    time.sleep(0.5)
    assert deliver_pending(db.sessions, crm_settings(tmp_path, reference_service.url))["delivered"] == 1
    # A forged POST with the right id but no valid signature changes nothing.
    body = encode_body({"assessment_id": "assessment-002"})
    forged = requests.post(reference_service.url + "/crm/assessments", data=body, timeout=5,
                           headers={"Idempotency-Key": "assessment-002",
                                    "X-NeedScout-Signature": sign(body, "guess")})
    assert forged.status_code == 401


def test_backoff_grows_and_is_recorded(db, tmp_path) -> None:
    assess(db, 3)
    down = crm_settings(tmp_path, "http://127.0.0.1:9")  # nothing listens on the discard port
    backoff = Backoff(base_s=10, cap_s=1000, max_attempts=3)
    delays = []
    for attempt in range(1, 4):
        with db.sessions.begin() as session:  # make the row due now
            session.execute(sa.text("UPDATE deliveries SET next_attempt_at = created_at"))
        before = time.time()
        deliver_pending(db.sessions, down, backoff=backoff, timeout_s=1)
        row = delivery_states(db.sessions)["deliveries"][0]
        assert row["attempts"] == attempt
        if row["state"] == "pending":
            delays.append(datetime.fromisoformat(row["next_attempt_at"]).timestamp() - before)
    assert 5 <= delays[0] <= 11 and 10 <= delays[1] <= 21  # base*2^(n-1), jitter 0.5..1
    assert row["state"] == "failed" and "ConnectionError" in row["last_error"]
    assert repo.load_facts(db.sessions, "prospect-3")  # nothing lost


def test_crm_killed_mid_run_gets_every_assessment_exactly_once(db, reference_service, tmp_path) -> None:
    settings = crm_settings(tmp_path, reference_service.url)
    ids = [assess(db, n) for n in range(20)]
    stop = threading.Event()
    worker = threading.Thread(target=run_loop, args=(db.sessions, settings),
                              kwargs={"interval_s": 0.05, "stop": stop, "backoff": FAST,
                                      "max_batch": 2, "timeout_s": 2})
    worker.start()
    try:
        wait_for(lambda: delivery_states(db.sessions)["summary"]["delivered"] >= 4)
        reference_service.kill()  # mid-run: some rows delivered, some in flight, most pending
        ids += [assess(db, n) for n in range(20, 30)]  # new assessments while the CRM is down
        wait_for(lambda: any(d["attempts"] > 0 and d["state"] == "pending"
                             for d in delivery_states(db.sessions)["deliveries"]))
        reference_service.start()  # same port, same data directory
        wait_for(lambda: delivery_states(db.sessions)["summary"]["delivered"] == 30)
    finally:
        stop.set()
        worker.join(timeout=30)
    received = reference_service.received()
    assert sorted(received["received"]) == sorted(ids)
    assert all(entry["stored"] == 1 for entry in received["received"].values())
    lines = (reference_service.data_dir / "received.jsonl").read_text().splitlines()
    assert sorted(json.loads(line)["id"] for line in lines) == sorted(ids)  # no duplicates
    retried = [d for d in delivery_states(db.sessions)["deliveries"] if d["attempts"] > 1]
    assert retried, "the outage should have forced retries"


def test_no_webhook_configured_keeps_rows_pending(db, tmp_path) -> None:
    assess(db, 4)
    result = deliver_pending(db.sessions, load_settings({"NEEDSCOUT_VAR_DIR": str(tmp_path)}))
    assert "no CRM webhook" in result["skipped"]
    assert delivery_states(db.sessions)["summary"]["pending"] == 1
