"""Round 6 of signal phrasings: beneficiaries named in new ways (plural relatives outside
the enum, "the one who'd get it", partners covering each other in a business, the only
person left) and their near-misses. Wording is new, not copied from any corpus.
"""

from __future__ import annotations

import pytest

BENEFICIARY = [
    ("I'd want it shared among my three nieces", "other"),
    ("everything would go to my cousins in Dublin", "other"),
    ("my daughter would be the one to receive it", "child"),
    ("my brother is the person who'd get the money", "sibling"),
    ("my co-director and I want policies on each other", "business_partner"),
    ("we're a partnership of two, so if either of us died the other needs to buy the share", "business_partner"),
    ("my oldest friend, there's no family left really", "friend"),
]

BENEFICIARY_NONE = [
    "my nephews are 4 and 9",
    "my son is the one who worries most about money",
    "my husband and I want cover on each other",
    "my wife, no family left in this country though",
]


@pytest.mark.parametrize("text,value", BENEFICIARY)
def test_beneficiary_round6(facts, text, value):
    assert facts(text).get("beneficiary_relation") == value


@pytest.mark.parametrize("text", BENEFICIARY_NONE)
def test_beneficiary_none_round6(facts, text):
    assert "beneficiary_relation" not in facts(text)


# a plain question on what the policy won't pay for asks about exclusions, it is no worry
EXCLUSION_QUESTIONS = [
    "are there any cases where the insurer wouldn't pay out?",
    "is there stuff you don't cover? want to know up front",
]


@pytest.mark.parametrize("text", EXCLUSION_QUESTIONS)
def test_exclusion_question_is_no_concern(facts, text):
    got = facts(text)
    assert got.get("asked_about_exclusions") is True
    assert "claims_denial" not in (got.get("concerns") or [])


CONCERNS_KEPT = [
    ("I'm scared they won't pay out if I get ill", ["claims_denial"]),
    ("they never pay out anyway, do they?", ["claims_denial"]),
    ("work covers me already, so why bother", ["not_needed"]),
    ("I'll look at it when I'm older", ["timing"]),
]


@pytest.mark.parametrize("text,value", CONCERNS_KEPT)
def test_concerns_kept_round6(facts, text, value):
    assert facts(text).get("concerns") == value


CONCERNS_NONE = [
    "my employer covers me for 4 times salary on death in service",
    "some savings for when I'm older would be nice",
]


@pytest.mark.parametrize("text", CONCERNS_NONE)
def test_concerns_none_round6(facts, text):
    assert "concerns" not in facts(text)


REFERRALS = [
    ("maybe my brother and his girlfriend would want a quote", "medium"),
    ("I can put you in touch with my neighbour, she's after the same thing", "low"),
    ("happy to put you onto my cousin if that helps", "low"),
]


@pytest.mark.parametrize("text,value", REFERRALS)
def test_referral_round6(facts, text, value):
    assert facts(text).get("referral_potential") == value


# a relative's case held up against the prospect's own is no introduction
REFERRAL_NONE = [
    "my sister was declined because of her weight, would I be the same?",
    "my dad had a heart attack at 50, will it be the same for me?",
]


@pytest.mark.parametrize("text", REFERRAL_NONE)
def test_referral_none_round6(facts, text):
    assert "referral_potential" not in facts(text)


GOALS = [
    ("enough to clear the flat and keep the family afloat", ["pay_off_mortgage", "protect_family"]),
    ("pay off the mortgage with something left over for my wife", ["pay_off_mortgage", "protect_family"]),
    ("mainly want the funeral paid so my children aren't out of pocket", ["protect_family"]),
    ("we'd like both boys covered for university if I'm not here", ["children_education"]),
    ("looking for a 20 year term so it lines up with our mortgage", ["pay_off_mortgage"]),
    ("if I came down with something nasty I'd want a lump sum to take time off", ["critical_illness"]),
]


@pytest.mark.parametrize("text,value", GOALS)
def test_goals_round6(facts, text, value):
    assert sorted(facts(text).get("goals") or []) == sorted(value)


# questions and cover already held name no goal
GOALS_NONE = [
    "what if I fall off a ladder lol",
    "if I had a stroke, would it pay the mortgage?",
    "I've 250k life cover and 50k critical illness through my bank",
]


@pytest.mark.parametrize("text", GOALS_NONE)
def test_goals_none_round6(facts, text):
    assert "goals" not in facts(text)


CONCERNS_ROUND6 = [
    ("honestly just show me the cheapest", ["cost"]),
    ("I'll go with whatever comes out cheapest", ["cost"]),
    ("not comfortable typing that kind of stuff into a chatbot", ["privacy"]),
    ("I'd rather not send those details over text", ["privacy"]),
]


@pytest.mark.parametrize("text,value", CONCERNS_ROUND6)
def test_cost_and_privacy_round6(facts, text, value):
    assert facts(text).get("concerns") == value


COST_PRIVACY_NONE = [
    "which plan is the cheapest for a couple in their 30s?",
    "happy to give this info in the chat, no problem",
]


@pytest.mark.parametrize("text", COST_PRIVACY_NONE)
def test_cost_privacy_none_round6(facts, text):
    assert "concerns" not in facts(text)


# a question about a term names no goal, for education too
@pytest.mark.parametrize("text", ["what's a school fees plan?", "what is education insurance?"])
def test_term_question_names_no_education_goal(facts, text):
    assert "goals" not in facts(text)
