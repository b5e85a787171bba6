"""A wish, a mood or an example is not a present fact: "I want the house paid off" is a
goal, not a zero balance; "anxious about the kids" is no diagnosis. Phrasings are not the
corpus sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,wanted,absent", [
    ("I'd like the flat paid off if I die", {"goals": ["pay_off_mortgage"]}, "mortgage_balance"),
    ("so the mortgage is cleared if I'm gone", {"goals": ["pay_off_mortgage"]}, "mortgage_balance"),
    ("really just that the mortgage gets cleared", {"goals": ["pay_off_mortgage"]}, "mortgage_balance"),
    ("that the kids get a bit when I'm gone", {"goals": ["wealth_transfer"]}, "mortgage_balance"),
    ("some money left for the grandkids", {"goals": ["wealth_transfer"]}, "liquid_savings"),
    ("something for the kids' uni fees", {"goals": ["children_education"]}, "beneficiary_relation"),
    ("I get anxious about money", {}, "conditions"),
    ("a lump sum for something nasty like a stroke", {"goals": ["critical_illness"]}, "conditions"),
    ("if I got really sick, such as cancer", {}, "conditions"),
    ("are you on commission?", {"concerns": ["trust"]}, "income_stability"),
])
def test_not_a_present_fact(facts, text, wanted, absent):
    got = facts(text)
    assert absent not in got
    for name, value in wanted.items():
        assert sorted(got.get(name, [])) == sorted(value)


@pytest.mark.parametrize("text,wanted", [
    ("the flat is paid off", {"mortgage_balance": 0}),
    ("my blood pressure is high, I'm on tablets for my blood pressure", {"conditions": ["hypertension"]}),
    ("I've had anxiety for years", {"conditions": ["mental_health"]}),
    ("a beer with dinner now and then", {"alcohol": "light"}),
    ("a glass of wine with dinner most nights", {"alcohol": "moderate"}),
    ("I'm on commission so pay jumps around", {"income_stability": "variable"}),
])
def test_present_facts_still_count(facts, text, wanted):
    got = facts(text)
    for name, value in wanted.items():
        assert got.get(name) == value
