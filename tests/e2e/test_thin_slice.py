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


def test_consent_then_multi_fact_answer_fills_three_facts_at_once(bot):
    sender = bot.new_sender()
    bot.say(sender, "hello")
    bot.say(sender, "/affirm")
    tracker = bot.tracker(sender)
    assert tracker["slots"]["consent"] is True
    assert tracker["slots"]["requested_slot"] == "age"
    assert "utter_open_family" in bot.actions(sender), "the topic opens with an open question"

    replies = bot.say(sender, "I'm 34, married, with two kids")
    slots = bot.tracker(sender)["slots"]
    assert (slots["age"], slots["marital_status"], slots["children_count"]) == (34, "married", 2)
    span = slots["fact_meta"]["age"]["source"]["span"]
    assert span[1] > span[0], "each fact keeps the span of text that gave it"
    assert slots["requested_slot"] == "children_ages", "only what is still missing is asked"
    assert len(replies) == 1, "one question at a time"


def test_missing_facts_are_asked_one_at_a_time(bot):
    sender = bot.new_sender()
    bot.say(sender, "hi")
    bot.say(sender, "yes")
    bot.say(sender, "I'm 41")
    slots = bot.tracker(sender)["slots"]
    assert slots["age"] == 41
    assert slots["requested_slot"] in {"marital_status", "children_count"}
    assert bot.actions(sender)[-2] == f"utter_q_{slots['requested_slot']}"


def test_declining_consent_ends_politely_and_stores_no_facts(bot):
    sender = bot.new_sender()
    bot.say(sender, "hi")
    bot.say(sender, "/deny")
    actions = bot.actions(sender)
    assert "utter_consent_declined" in actions
    assert "interview_form" not in actions
    bot.say(sender, "I'm 34 and married")
    slots = bot.tracker(sender)["slots"]
    assert slots["age"] is None and slots["marital_status"] is None
    db_path = bot.settings.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(db_path) as db:
        stored = db.execute("SELECT count(*) FROM events WHERE sender_id = ?", (sender,)).fetchone()[0]
    assert stored == 0, "nothing of a declined conversation reaches the database"


def test_consented_conversation_is_stored_encrypted(bot):
    sender = bot.new_sender()
    bot.say(sender, "hi")
    bot.say(sender, "yes")
    bot.say(sender, "I'm 34 and my name is Zebediah")
    db_path = bot.settings.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(db_path) as db:
        rows = db.execute("SELECT data FROM events WHERE sender_id = ?", (sender,)).fetchall()
    assert rows, "the conversation is in the SQL tracker store"
    assert not any("Zebediah" in str(row[0]) for row in rows), "raw text is encrypted at rest"


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
