"""Referral potential from counted groups with a hint of introducing them, a community that
turns to the prospect, a group they would tell, one person named by pronoun, and a relative
who might want cover of their own (DEV5.md counts: one person or household low, 2-5
medium, 6+ or a large group high). Phrasings are new; the near-misses name people with
no hint of introducing anyone, or answer another question.
"""

from __future__ import annotations

import pytest

CASES = [
    # counted group + hint
    ("I'm shop steward for about 120 nurses and most of them have no life cover", "high"),
    ("our allotment society has 40-odd members, they'd all be interested", "high"),
    ("there's about 30 of us in the parents' chat, I could post it there", "high"),
    ("I've got 12k subscribers on youtube", "high"),
    ("I share stuff on our village facebook page all the time, happy to post it there", "high"),
    ("I know everyone in the village, I'll spread the word", "high"),
    ("half the estate would want this, honestly", "high"),
    ("my sister and my best friend are both after a quote", "medium"),
    # community that turns to them
    ("as the local councillor, people always come to me about money worries", "high"),
    ("everyone at the mosque asks me for advice on this kind of thing", "high"),
    # a group they would tell
    ("my wife's netball team are all young mums, she could tell them about you", "high"),
    # a few of them
    ("I supervise a small crew and a couple of them were asking about cover", "medium"),
    # one person by pronoun
    ("my cousin's looking too, I'll send her your details", "low"),
    ("my flatmate mentioned needing this, I'll tell him about you", "low"),
    # a relative wanting cover of their own
    ("my folks would probably want a quote as well", "low"),
    ("my daughter's just bought a flat, she might need cover too", "low"),
]

NO_REFERRAL = [
    ("the depot has about 300 lorries", None),  # no people, no hint
    ("I work in a call centre with 200 others", None),  # colleagues with no hint
    ("we've paid into it for 25 years and none of them paid out", None),
    ("my team at work is about 15 people", None),
    ("my mum looks after the kids on Fridays", None),
    ("my son is 14 and wants a phone", None),
    ("my dad", "dependent_parents"),  # answering another question
    ("only my sister", "beneficiary_relation"),
    ("my husband reads the small print, I just sign", None),
    ("the money gets shared between the three of them", None),
    ("two of them are still at school", None),
]


@pytest.mark.parametrize("text,level", CASES)
def test_group_or_person_gives_referral_level(facts, text: str, level: str) -> None:
    assert facts(text).get("referral_potential") == level


@pytest.mark.parametrize("text,expect", NO_REFERRAL)
def test_people_without_a_hint_give_no_referral(facts, text: str, expect: str | None) -> None:
    assert "referral_potential" not in facts(text, expect=expect)


def test_own_small_children_are_no_referral(facts) -> None:
    assert "referral_potential" not in facts("married, 4 little lads, and we would like cover for the mortgage")
