"""End to end through the real REST channel: greeting, consent, one answer, advice."""

from __future__ import annotations

import sqlite3

import pytest
import requests

pytestmark = pytest.mark.e2e

FACT_UTTERANCES = ("utter_recommendation", "utter_no_recommendation")


def test_greeting_shows_privacy_notice_and_asks_consent(bot):
    sender = bot.new_sender()
    replies = bot.say(sender, "hi")
    assert replies, "the bot said nothing"
    assert any(r.get("buttons") for r in replies), "consent question has yes/no buttons"
    actions = bot.actions(sender)
    assert actions.index("utter_greet") < actions.index("utter_privacy_notice") < actions.index("utter_ask_consent")


def test_consent_then_multi_fact_answer_fills_three_facts_and_recommends(bot):
    sender = bot.new_sender()
    bot.say(sender, "hello")
    bot.say(sender, "/affirm")
    tracker = bot.tracker(sender)
    assert tracker["slots"]["consent"] is True
    assert tracker["slots"]["requested_slot"] == "age", "the open question about you comes first"

    replies = bot.say(sender, "I'm 34, married, with two kids")
    slots = bot.tracker(sender)["slots"]
    assert slots["age"] == 34
    assert slots["marital_status"] == "married"
    assert slots["children_count"] == 2
    meta = slots["fact_meta"]
    assert meta["age"]["source"]["span"][1] > meta["age"]["source"]["span"][0]
    actions = bot.actions(sender)
    assert "action_assess" in actions
    assert any(a in actions for a in FACT_UTTERANCES)
    assert len(replies) >= 2, "a recommendation and a next step"


def test_missing_facts_are_asked_one_at_a_time(bot):
    sender = bot.new_sender()
    bot.say(sender, "hi")
    bot.say(sender, "yes")
    bot.say(sender, "I'm 41")
    slots = bot.tracker(sender)["slots"]
    assert slots["age"] == 41
    assert slots["requested_slot"] == "marital_status"
    bot.say(sender, "divorced")
    assert bot.tracker(sender)["slots"]["requested_slot"] == "children_count"


def test_declining_consent_ends_politely_and_stores_no_facts(bot):
    sender = bot.new_sender()
    bot.say(sender, "hi")
    bot.say(sender, "/deny")
    actions = bot.actions(sender)
    assert "utter_consent_declined" in actions
    assert "about_you_form" not in actions
    bot.say(sender, "I'm 34 and married")
    slots = bot.tracker(sender)["slots"]
    assert slots["age"] is None and slots["marital_status"] is None


def test_conversation_is_stored_in_the_sqlite_tracker_store(bot):
    sender = bot.new_sender()
    bot.say(sender, "hi")
    db_path = bot.settings.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(db_path) as db:
        count = db.execute("SELECT count(*) FROM events WHERE sender_id = ?", (sender,)).fetchone()[0]
    assert count > 0


def test_rasa_http_api_requires_the_token(bot):
    url = f"{bot.settings.rasa_url}/conversations/someone/tracker"
    assert requests.get(url, timeout=10).status_code == 401
    assert requests.get(url, params={"token": "wrong"}, timeout=10).status_code == 401


def test_action_server_rejects_calls_without_the_shared_token(bot):
    url = bot.settings.action_url
    call = {"next_action": "action_assess", "tracker": {"sender_id": "x", "slots": {}, "events": []},
            "domain": {}, "version": "3.6.2"}
    assert requests.post(url, json=call, timeout=10).status_code == 401
    wrong = requests.post(url, json=call, headers={"X-NeedScout-Token": "nope"}, timeout=10)
    assert wrong.status_code == 401


def test_web_chat_page_and_proxy(bot):
    base = f"http://{bot.settings.host}:{bot.settings.web_port}"
    page = requests.get(base + "/", timeout=10)
    assert page.status_code == 200 and "NeedScout" in page.text
    replies = requests.post(base + "/api/chat", json={"sender": bot.new_sender(), "message": "hi"},
                            timeout=60).json()
    assert any(r.get("buttons") for r in replies)
    bad = requests.post(base + "/api/chat", json={"message": 5}, timeout=10)
    assert bad.status_code == 400
