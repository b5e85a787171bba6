"""Beneficiaries named through a pronoun, "it's for", "want X for", "falls on", and
business partners buying a share. Phrasings are new, not the corpus sentences.
"""

from __future__ import annotations

import pytest

CASES = [
    ("my niece has been like a daughter to me, I want her to inherit it", "other"),
    ("my eldest would manage it best, so it should go to him", "child"),
    ("my boyfriend and I live apart but I'd like him to get the payout", "spouse"),
    ("honestly it's mainly for my daughter", "child"),
    ("I'd want about 250k for my mum", "parent"),
    ("so the debt never lands on my wife", "spouse"),
    ("we're co-directors, if one of us dies the other needs to buy his shares", "business_partner"),
    ("my partner and I run the firm together, the payout goes to him so he can keep it going", "business_partner"),
]

NONE = [
    "my sister is a nurse and she loves it",  # a relative, no receiving cue
    "I want to leave something for my kids",  # a goal (wealth transfer), not a named beneficiary
    "want money for my son's university",  # their education, not the payout
    "my dad's birthday falls on a Sunday",
    "I told her about you already",
]


@pytest.mark.parametrize("text,relation", CASES)
def test_beneficiary_is_found(facts, text: str, relation: str) -> None:
    assert facts(text).get("beneficiary_relation") == relation


@pytest.mark.parametrize("text", NONE)
def test_no_beneficiary(facts, text: str) -> None:
    assert "beneficiary_relation" not in facts(text)
