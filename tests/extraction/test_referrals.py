"""Referral potential from the people a prospect mentions: one person low, a few medium,
many or a large network high (labelling guideline). Phrasings are not the corpus sentences."""

from __future__ import annotations

import pytest

CASES = [
    ("I'll point my sister-in-law your way, she's been asking", "low"),
    ("might mention you to my uncle", "low"),
    ("could send her your way if you like", "low"),
    ("three of my mates from football are in the same boat", "medium"),
    ("a couple of the girls at work want quotes too", "medium"),
    ("my brother and his wife are looking for the same", "medium"),
    ("we've got 5 staff at the shop", "medium"),
    ("I know a lot of young families who'd want this", "high"),
    ("the whole village knows me, I run the pub", "high"),
    ("our running club chat has about 200 people", "high"),
    ("half the team at work have nothing in place", "high"),
    ("I run a haulage firm with 25 drivers", "high"),
    ("I'm a vicar and the congregation is about 150", "high"),
]


@pytest.mark.parametrize("text,level", CASES)
def test_people_mentioned_give_referral_level(facts, text, level):
    assert facts(text).get("referral_potential") == level


@pytest.mark.parametrize("text", ["I know lots of self employed people", "loads of self-employed friends need this"])
def test_other_peoples_self_employment_is_not_the_prospects(facts, text):
    assert "employment_type" not in facts(text)


@pytest.mark.parametrize("text", ["I've been with them for 15 years", "I own a flat with 2 bedrooms",
                                  # a role alone mentions nobody (labelling guideline)
                                  "I'm a pastor", "I'm on the PTA", "I own a plumbing business"])
def test_numbers_that_are_not_people_give_no_referral(facts, text):
    assert "referral_potential" not in facts(text)


@pytest.mark.parametrize("text,wanted", [
    ("I run my own company", "business_owner"),
    ("my business employs 12 people", "business_owner"),
    ("I have a company car", None),
    ("my company pays for my health insurance", None),  # the employer, not a business they own
])
def test_business_ownership(facts, text, wanted):
    assert facts(text).get("employment_type") == wanted


@pytest.mark.parametrize("text", ["the policy through work covers our whole family", "my wife is worried about money too"])
def test_a_policy_for_the_family_or_a_worried_spouse_is_no_referral(facts, text):
    assert "referral_potential" not in facts(text)


@pytest.mark.parametrize("text,level", [
    ("I know heaps of sparkies who'd want this", "high"),
    ("a dozen lads from footy would need the same", "high"),
    ("five families at the school gate might want a quote", "medium"),
    ("maybe four mates, all in the same boat", "medium"),
])
def test_counted_people_tied_to_cover(facts, text, level):
    assert facts(text).get("referral_potential") == level


@pytest.mark.parametrize("text", ["five families live in our close", "a dozen mates came to the barbecue"])
def test_counted_people_with_no_link_to_cover(facts, text):
    assert "referral_potential" not in facts(text)


@pytest.mark.parametrize("text,level", [
    ("tons of folk at my church would need something like this", "high"),
    ("my other half might want a policy too", "low"),
])
def test_people_who_would_want_it_too(facts, text, level):
    assert facts(text).get("referral_potential") == level


def test_a_spouse_urging_cover_is_no_referral(facts):
    assert "referral_potential" not in facts("my husband wants me to get a policy too")
