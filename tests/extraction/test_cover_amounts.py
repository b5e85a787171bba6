"""Cover held vs cover asked for: the intent word nearest the amount decides, and the
cover kind words ("term life", "CI") are cues. Phrasings are not the corpus sentences."""

from __future__ import annotations

import pytest

CASES = [
    ("a 600k policy would be plenty", {"requested_cover": 600000}),
    ("how about a policy of 275k?", {"requested_cover": 275000}),
    ("I'd like a hundred and twenty thousand of cover", {"requested_cover": 120000}),
    ("work gives me 150k of life cover, I want another 250k on top", {"existing_life_cover": 150000, "requested_cover": 250000}),
    ("there's 90k through my employer but I'd like 200k more", {"existing_life_cover": 90000, "requested_cover": 200000}),
    ("I've a 250k term life and 75k critical illness cover", {"existing_life_cover": 250000, "existing_ci_cover": 75000}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_cover_amount_goes_to_held_or_wanted(facts, text, expected):
    got = facts(text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text,fact,value", [
    ("the company pays for private medical for all of us", "has_medical_cover", True),
    ("work covers our private healthcare", "has_medical_cover", True),
    ("we don't have any CI or accident cover", "existing_ci_cover", 0),
    ("no income protection or accident insurance", "existing_accident_cover", 0),
])
def test_cover_statements(facts, text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize("text", ["who sees my private medical history?", "my life savings are 30k"])
def test_private_medical_info_and_life_savings_are_not_cover(facts, text):
    got = facts(text)
    assert "has_medical_cover" not in got and "existing_life_cover" not in got and "requested_cover" not in got


@pytest.mark.parametrize("text,amount", [
    ("hoping for about £600k", 600000),
    ("300 grand ought to be enough", 300000),
    ("I'd want the family to get 450k", 450000),
])
def test_a_large_sum_wanted_with_no_other_cue_is_requested_cover(facts, text, amount):
    assert facts(text).get("requested_cover") == amount


@pytest.mark.parametrize("text", [
    "we're saving 40k for a wedding",
    "I want to retire on 600k",
    "we need 25k to buy a car",
    "I want to earn 90k by next year",
])
def test_a_sum_for_another_purpose_is_not_cover(facts, text):
    assert "requested_cover" not in facts(text)
