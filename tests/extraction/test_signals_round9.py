"""Round 9 of signal phrasings (DEV14.md families): doubting the need through a chain of
hedges ("don't really think I need it"), the bother of it ("too much hassle"), a fear of
falling ill oneself as a wish for critical illness cover (and not an illness held), a goals
list, exclusions asked as "what do you not pay out for?", a community counted in people or
women, and the near-misses a user would notice: someone else's refusal told as news, and
whether a relative with a risk could get cover at all. Wording is new, not copied from any
corpus.
"""

from __future__ import annotations

import pytest

SIGNALS = [
    ("honestly I don't really reckon I need it yet", "concerns", ["not_needed"]),
    ("don't think we really need any of this tbh", "concerns", ["not_needed"]),
    ("can't see why I'd need it, no kids", "concerns", ["not_needed"]),
    ("sounds like a right faff to be honest", "concerns", ["complexity"]),
    ("all that red tape just puts me off", "concerns", ["complexity"]),
    ("too much hassle for what it is", "concerns", ["complexity"]),
    ("what does the policy not cover then?", "asked_about_exclusions", True),
    ("which illnesses would they not pay out on?", "asked_about_exclusions", True),
    ("after about 300k, mainly scared of a heart attack like my old man", "goals", ["critical_illness"]),
    ("terrified of getting cancer, I'd want a lump sum to fall back on", "goals", ["critical_illness"]),
    ("my goals: pay off the house and my own retirement", "goals", ["pay_off_mortgage", "retirement"]),
    ("I do nails from home and I see hundreds of women a month, they'd all want this", "referral_potential", "high"),
    ("I train about 60 men at the dojo, none of them are insured", "referral_potential", "high"),
]


@pytest.mark.parametrize("text,fact,value", SIGNALS)
def test_signal_is_read(facts, text, fact, value):
    got = facts(text).get(fact)
    assert (sorted(got) if isinstance(got, list) else got) == (sorted(value) if isinstance(value, list) else value)


def test_fear_of_an_illness_is_no_illness_held(facts):
    got = facts("want cover mainly because I'm worried about cancer or a stroke")
    assert got.get("goals") == ["critical_illness"]
    assert "conditions" not in got


def test_exclusion_question_is_no_claims_worry(facts):
    got = facts("what would you not pay out for?")
    assert got.get("asked_about_exclusions") is True
    assert "concerns" not in got


NO_CONCERN = [
    "my cousin got declined because of his heart, is that common?",
    "a bloke at work got turned down for his weight",
    "not too much hassle I hope?",
    "no hassle, ask away",
    "I don't want my wife to have the hassle of sorting everything out",
]


@pytest.mark.parametrize("text", NO_CONCERN)
def test_no_concern(facts, text):
    assert "concerns" not in facts(text)


def test_own_fear_after_someone_elses_refusal_stays(facts):
    assert facts("my sister got refused for her asthma and I'm worried they'll turn me down too").get("concerns") == ["claims_denial"]


NO_REFERRAL = [
    "my brother-in-law is a scaffolder, could he get insured too?",
    "my sister's partner has diabetes, can she get cover as well?",
]


@pytest.mark.parametrize("text", NO_REFERRAL)
def test_eligibility_question_is_no_referral(facts, text):
    assert "referral_potential" not in facts(text)


def test_interested_relative_is_still_a_referral(facts):
    assert facts("my brother is keen too, can he get cover as well?").get("referral_potential") == "low"
