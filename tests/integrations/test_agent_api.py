"""The agent API served alone (`python -m web.agent_api`) over real HTTP, on both backends."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
import requests

from needscout.settings import load_settings
from store import repository as repo
from store.events import encode_event_data
from store.models import events
from tests.integrations.conftest import ROOT, free_port
from tests.storage.samples import assessment, fact
from web.agent_api import agent_tokens

AGENT = {"Authorization": "Bearer agent-token-1"}
ADMIN = {"Authorization": "Bearer admin-token-1"}


@pytest.fixture
def api(db, tmp_path):
    port = free_port()
    env = {"PATH": "/usr/bin:/bin", "NEEDSCOUT_DATABASE_URL": db.url,
           "NEEDSCOUT_ENCRYPTION_KEY": db.keyring.keys[0], "NEEDSCOUT_VAR_DIR": str(tmp_path),
           "NEEDSCOUT_AGENT_TOKENS": "agent-token-1:agent,admin-token-1:admin"}
    process = subprocess.Popen([sys.executable, "-m", "web.agent_api", "--port", str(port)],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/api/agent"
    deadline = time.monotonic() + 60
    while True:
        try:
            requests.get(f"http://127.0.0.1:{port}/health", timeout=1)
            break
        except requests.RequestException:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "agent API did not start"
            time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=20)


def populate(db) -> None:
    repo.record_consent(db.sessions, "tara", True, "consent-v1")
    repo.save_facts(db.sessions, "tara", {"annual_income": fact(70000.0, message_id="u1")})
    repo.save_assessment(db.sessions, "tara", {"annual_income": fact(76000.0, message_id="u2"),
                                               "smoker": fact(False)},
                         assessment(id="a-tara", tier="gold", decision="refer_to_agent"))
    repo.record_consent(db.sessions, "uma", True, "consent-v1")
    repo.save_assessment(db.sessions, "uma", {"age": fact(55)},
                         assessment(id="a-uma", tier="bronze", decision="decline"))
    with db.sessions.begin() as session:
        for i, (kind, text) in enumerate([("user", "I make 76k now"), ("bot", "Thanks!")]):
            data = json.dumps({"event": kind, "text": text, "timestamp": i,
                               "parse_data": {"intent": {"name": "inform"}}, "message_id": "u2"})
            session.execute(events.insert().values(sender_id="tara", type_name=kind, timestamp=i,
                                                   data=encode_event_data(db.keyring, data)))


def test_agent_reads_and_admin_erases(db, api) -> None:
    populate(db)
    assert requests.get(api + "/prospects", timeout=5).status_code == 401
    assert requests.get(api + "/prospects", headers={"Authorization": "Bearer nope"},
                        timeout=5).status_code == 401

    listed = requests.get(api + "/prospects", headers=AGENT, timeout=5).json()["prospects"]
    assert {(p["sender_id"], p["tier"], p["decision"]) for p in listed} == {
        ("tara", "gold", "refer_to_agent"), ("uma", "bronze", "decline")}
    only_gold = requests.get(api + "/prospects?tier=gold", headers=AGENT, timeout=5).json()
    assert [p["sender_id"] for p in only_gold["prospects"]] == ["tara"]

    record = requests.get(api + "/prospects/tara", headers=AGENT, timeout=5).json()
    assert record["facts"]["annual_income"]["value"] == 76000.0  # decrypted
    assert [h["value"] for h in record["facts"]["annual_income"]["history"]] == [70000.0, 76000.0]
    assert record["assessment"]["tier"] == "gold" and record["assessment"]["rules_version"] == "2025.11-1"
    assert record["assessment"]["crm_delivery"] == "pending"
    assert [(t["speaker"], t["text"]) for t in record["transcript"]] == [
        ("prospect", "I make 76k now"), ("bot", "Thanks!")]

    exported = requests.get(api + "/prospects/tara/export", headers=AGENT, timeout=5)
    assert exported.headers["Content-Disposition"] == 'attachment; filename="prospect-tara.json"'
    assert exported.json()["facts"]["smoker"]["value"] is False

    assert requests.delete(api + "/prospects/tara", headers=AGENT, timeout=5).status_code == 403
    erased = requests.delete(api + "/prospects/tara", headers=ADMIN, timeout=5)
    assert erased.status_code == 200 and erased.json()["erased"]["events"] == 2
    assert requests.get(api + "/prospects/tara", headers=ADMIN, timeout=5).status_code == 404
    assert repo.audit_entries(db.sessions)[-1]["action"] == "erase"


def test_without_configured_tokens_one_admin_token_is_generated(tmp_path) -> None:
    settings = load_settings({"NEEDSCOUT_VAR_DIR": str(tmp_path)})
    tokens = agent_tokens(settings)
    assert list(tokens.values()) == ["admin"]
    assert (tmp_path / "secrets" / "agent_tokens").read_text().strip() in tokens
    with pytest.raises(ValueError, match="TOKEN:agent"):
        agent_tokens(load_settings({"NEEDSCOUT_AGENT_TOKENS": "abc:root"}))
