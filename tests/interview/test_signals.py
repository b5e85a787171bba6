"""Worries and questions asked in passing are captured for the agent."""

from __future__ import annotations

from bot.interview.signals import merge_signal, signals_from_messages


def test_signals_are_gathered_from_every_message():
    texts = ["I'm 40, married", "does the policy pay out for suicide?", "honestly it seems expensive",
             "I run the local rotary club and know loads of people"]
    found = signals_from_messages(texts, {"concerns": ["trust"]})
    assert found["asked_about_exclusions"] is True
    assert set(found["concerns"]) == {"cost", "trust"}
    assert found["referral_potential"] == "high"


def test_nothing_is_invented_from_plain_answers():
    assert signals_from_messages(["I'm 40", "two kids", "nurse"], {}) == {}


def test_referral_potential_keeps_its_highest_level():
    assert merge_signal("referral_potential", "high", "low") == "high"
    assert merge_signal("referral_potential", "low", "medium") == "medium"
