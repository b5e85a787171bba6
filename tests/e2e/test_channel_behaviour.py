"""What a prospect or agent notices through the real REST channel."""

from __future__ import annotations

import pytest
import requests

pytestmark = pytest.mark.e2e


def start_interview(bot) -> str:
    sender = bot.new_sender()
    bot.say(sender, "hi")
    bot.say(sender, "yes")
    return sender


@pytest.mark.parametrize("text", ["", "   ", "x" * 100_000, "我今年三十四岁，已婚，有两个孩子",
                                  "<script>alert(1)</script>", "'; DROP TABLE events; --",
                                  "\u0000\u0001\u0002 binary \ufffd\ufffd", "🙂" * 2000],
                         ids=["empty", "blank", "huge", "chinese", "html", "sql", "binary", "emoji"])
def test_bad_input_gets_a_reply_and_the_interview_carries_on(bot, text):
    sender = start_interview(bot)
    replies = bot.say(sender, text)
    assert replies, "the bot always answers"
    slots = bot.tracker(sender)["slots"]
    assert slots["age"] is None, "nothing is guessed from bad input"
    bot.say(sender, "I'm 44")
    assert bot.tracker(sender)["slots"]["age"] == 44, "the conversation is intact"


def test_agent_mode_returns_captured_facts_and_the_next_question(bot):
    sender = bot.new_sender()
    url = f"{bot.settings.rasa_url}/webhooks/rest/webhook"
    for text in ("hi", "yes"):
        requests.post(url, json={"sender": sender, "message": text}, timeout=60).raise_for_status()
    replies = requests.post(url, json={"sender": sender, "message": "I'm 50, married, one son aged 12",
                                       "metadata": {"agent_mode": True}}, timeout=60).json()
    payloads = [r["custom"]["needscout_agent"] for r in replies if "custom" in r]
    assert payloads, "agent mode sends a custom payload"
    facts = payloads[-1]["facts"]
    assert facts["age"]["value"] == 50 and facts["children_count"]["value"] == 1
    question = payloads[-1]["next_question"]
    assert question["slot"] and question["purpose"]


def test_prospect_mode_never_shows_the_underwriting_view(bot):
    sender = start_interview(bot)
    replies = bot.say(sender, "I'm 50, married, one son aged 12")
    assert not any("custom" in r for r in replies)


def test_asking_for_a_person_records_a_handoff_for_the_agent(bot):
    sender = start_interview(bot)
    bot.say(sender, "can I talk to a real person please")
    assert "action_handoff" in bot.actions(sender)
    assert bot.tracker(sender)["active_loop"].get("name") == "interview_form", "the interview stays open"
