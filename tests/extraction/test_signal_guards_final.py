"""Near-misses and families checked after the round-5 merges (fresh sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "do I need a medical?",
    "I'd rather not say",
    "i hate sales calls, just so you know",
])
def test_process_questions_and_declines_are_no_concerns_or_jobs(facts, text):
    got = facts(text)
    assert "concerns" not in got and "occupation" not in got


@pytest.mark.parametrize("text,concern", [
    ("do I honestly need cover at 25?", "not_needed"),
    ("do we need income protection as well?", "not_needed"),
    ("I'd rather not share my medical history on here", "privacy"),
    ("we were let down by our last insurer", "trust"),
])
def test_concerns_still_found(facts, text, concern):
    assert concern in facts(text).get("concerns", [])


def test_a_friends_bad_insurer_is_not_the_prospects_distrust(facts):
    assert "concerns" not in facts("my mate was let down by his insurer")


def test_tenure_from_an_age_said_now(facts):
    assert facts("been a sparky since I was 19, I'm 45 now").get("years_in_job") == 26


def test_since_i_was_is_no_tenure_outside_work(facts):
    assert "years_in_job" not in facts("I've been smoking since I was 16, I'm 40 now")
