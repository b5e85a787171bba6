"""Premium budget vs what an existing policy costs (fresh phrasings, not corpus sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,budget", [
    ("I could manage £70 a month", 70),
    ("we can spare about $45 a month", 45),
    ("realistically we could find 35 quid a month", 35),
])
def test_budget_phrasings(facts, text, budget):
    assert facts(text).get("monthly_premium_budget") == budget


@pytest.mark.parametrize("text", [
    "we pay £28 a month for our existing policy",
    "I currently pay 40 a month on my old cover",
])
def test_an_existing_premium_is_neither_budget_nor_income(facts, text):
    got = facts(text)
    assert "monthly_premium_budget" not in got and "annual_income" not in got


def test_what_they_can_spend_is_the_budget_not_expenses(facts):
    got = facts("honestly I can spend 55 a month on it")
    assert got.get("monthly_premium_budget") == 55 and "monthly_expenses" not in got


@pytest.mark.parametrize("text,expect,budget", [
    ("£38pm would be fine", None, 38),
    ("25 pm", "monthly_premium_budget", 25),
    ("80 is my limit really", None, 80),
    ("I might stretch to 65", None, 65),
    ("50 tops", None, 50),
    ("not more than 35", "monthly_premium_budget", 35),
])
def test_compact_or_bare_budget_beside_a_cue(facts, text, expect, budget):
    assert facts(text, expect=expect).get("monthly_premium_budget") == budget


@pytest.mark.parametrize("text", ["the meeting is at 5pm", "call me after 7 pm", "I'm 42 and my limit is my back"])
def test_clock_times_and_other_numbers_are_no_budget(facts, text):
    assert "monthly_premium_budget" not in facts(text)
