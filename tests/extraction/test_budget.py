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
