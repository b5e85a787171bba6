"""Beneficiary from a receiving cue beside any relative the lexicon knows
(data/beneficiary.yml). Phrasings are not the corpus sentences."""

from __future__ import annotations

import pytest

CASES = [
    ("all of it would go straight to my missus", "spouse"),
    ("my other half inherits the lot", "spouse"),
    ("I'd want my boyfriend to get the money", "spouse"),
    ("the payout gets split between our four girls", "child"),
    ("I'd leave the flat to my stepson", "child"),
    ("it'll go to Tom, my eldest", "child"),
    ("my folks would receive it", "parent"),
    ("my little sister should get everything", "sibling"),
    ("mainly that my girls get something", "child"),
    ("the beneficiary... probably my nan", "other"),
    ("benefishiary would be my husband", None),  # a misspelling the cue does not cover
]


@pytest.mark.parametrize("text,relation", CASES)
def test_cue_and_relative_give_beneficiary(facts, text, relation):
    assert facts(text).get("beneficiary_relation") == relation


@pytest.mark.parametrize("text", [
    "I left school at 16 to look after my mum",          # a verb between cue and relative
    "I give 300 a month to my dad",                      # support, not a payout
    "happy to pass your details on to my cousin",        # a referral
    "my son gets something from his job",                # not a payout
    "the money goes on my kids' clubs and uniforms",     # the children own, not receive
    "my son gets everything he asks for",                # not the payout
])
def test_cue_without_a_payout_gives_no_beneficiary(facts, text):
    assert "beneficiary_relation" not in facts(text)
