"""Round 8 of signal phrasings (DEV12.md families): who gets the money said through a reason
("she'd be on her own otherwise", "he's basically family", "she'd be the one I'd leave it to"
with a "she" that can only mean a woman named before), buy-sell cover for a business partner,
trust named as the sticking point, insurers finding a reason not to pay, exclusions asked as
"won't you pay if ...?", CI wished for beside other cover, and the near-misses a user would
notice: cover a relative holds, eligibility and comparison questions, a pension held, school
fees in a spending list, not knowing one's own figures, someone else's pastime. Wording is new,
not copied from any corpus.
"""

from __future__ import annotations

import pytest

BENEFICIARIES = [
    ("my nan, she'd be left with nothing otherwise", "other"),
    ("my dad - he'd be on his own if I went", "parent"),
    ("my old school mate, he's like a brother really", "friend"),
    ("my sister's husband and my mum both help out, she'd be the person I'd leave it to", "parent"),
    ("my son's at uni, he's the one who'd get it", "child"),
    ("me and my business partner, it's for a cross-option agreement", "business_partner"),
    ("my auntie, she's got nobody else", "other"),
    ("both my boys, split evenly", "child"),
]


@pytest.mark.parametrize("text,relation", BENEFICIARIES)
def test_beneficiary_named_with_a_reason(facts, text, relation):
    assert facts(text).get("beneficiary_relation") == relation


NO_BENEFICIARY = [
    "my kids' school is brilliant",
    "my mum, she'd be fine without me really",
    "my wife's got a policy and I'm the beneficiary on hers",
]


@pytest.mark.parametrize("text", NO_BENEFICIARY)
def test_no_beneficiary(facts, text):
    assert "beneficiary_relation" not in facts(text)


SIGNALS = [
    ("honestly trust is the big problem for me with insurers", "concerns", ["trust"]),
    ("it's more of a trust thing than the money", "concerns", ["trust"]),
    ("had a bad experience with a broker once", "concerns", ["trust"]),
    ("I bet they'd find some tiny technicality not to pay", "concerns", ["claims_denial"]),
    ("so you don't pay out if I die on a motorbike?", "asked_about_exclusions", True),
    ("would my epilepsy be covered?", "asked_about_exclusions", True),
    ("whats not covered then?", "asked_about_exclusions", True),
    ("is the cover still valid if I emigrate?", "asked_about_exclusions", True),
    ("we're getting this for the kids really", "goals", ["protect_family"]),
    ("got 300k on the house already, thinking of adding some CI", "goals", ["critical_illness"]),
    ("I'd need roughly 400k life and perhaps 80k critical illness on top", "goals", ["critical_illness"]),
    ("life cover for the kids mainly, and maybe trauma as well", "goals", ["protect_family", "critical_illness"]),
    ("only taking this out for the sake of our little ones", "goals", ["protect_family"]),
]


@pytest.mark.parametrize("text,fact,value", SIGNALS)
def test_signal_said_in_new_words(facts, text, fact, value):
    got = facts(text)
    assert got.get(fact) == value if not isinstance(value, list) else sorted(got.get(fact, [])) == sorted(value)


NEAR_MISSES = [
    ("my husband has critical illness cover through his job, I don't", "goals", None),
    ("my partner's got trauma cover, not me", "goals", None),
    ("my wife has income protection, I don't", "goals", "goals"),
    ("what age can you get life insurance until", "goals", None),
    ("is decreasing cover the same as mortgage protection?", "goals", None),
    ("I get a small army pension and have about 20k in the bank", "goals", None),
    ("petrol, groceries, school fees, it all adds up to about 3k a month", "goals", None),
    ("not a clue what we spend on food to be honest", "concerns", None),
    ("my daughter rides horses, would that change my premium?", "asked_about_exclusions", None),
    ("I want my family covered if something happens to me.", "asked_about_exclusions", None),
    ("what if they refuse to pay out when the time comes?", "asked_about_exclusions", None),
    ("do I even need life insurance with no kids?", "goals", None),
    ("I'd like the home covered if I die.", "asked_about_exclusions", None),
    ("would the children be covered as well?", "asked_about_exclusions", None),
    ("I honestly don't mind sharing my health history", "concerns", None),
    ("too busy with the farm to have a hobby", "concerns", None),
    ("we had a bad experience with a builder last year", "concerns", None),
    ("I'm a bit sceptical about vaccines", "concerns", None),
    ("the new rota at work is really confusing", "concerns", None),
]


@pytest.mark.parametrize("text,fact,expect", NEAR_MISSES)
def test_near_miss_gives_nothing(facts, text, fact, expect):
    got = facts(text, expect=expect)
    assert fact not in got
