"""Signals round 12: fresh phrasings of concerns, goals and payees, and their near-misses."""

from __future__ import annotations

import pytest

from bot.actions.extraction.api import extract


def _value(text: str, fact: str, expect: str | None = None):
    facts = extract(text, expect=expect)
    return facts[fact].value if fact in facts else None


def _goals(text: str) -> list[str]:
    return _value(text, "goals") or []


def _concerns(text: str, expect: str | None = None) -> list[str]:
    return _value(text, "concerns", expect) or []


@pytest.mark.parametrize("text", [
    "would I still be paid out if I died riding drunk, or is that excluded?",
    "if I die scuba diving is that one of the exclusions?",
])
def test_how_one_dies_asked_as_an_exclusion_is_no_family_goal(text):
    assert "protect_family" not in _goals(text)
    assert _value(text, "asked_about_exclusions") is True


def test_a_plain_if_i_die_wish_still_counts():
    assert "protect_family" in _goals("if I die I want my husband looked after")


@pytest.mark.parametrize("text, relation", [
    ("my sister and I run the bakery together, she'd get my half", "sibling"),
    ("I farm alongside my dad, he'd inherit my share if I went", "parent"),
])
def test_a_co_owner_getting_the_prospects_share_is_the_payee(text, relation):
    assert _value(text, "beneficiary_relation") == relation
    assert "protect_family" not in _goals(text)


@pytest.mark.parametrize("text", [
    "enough so the kids aren't scrimping after I'm gone",
    "so my wife never has to worry about money if I die",
])
def test_family_kept_from_hardship(text):
    assert "protect_family" in _goals(text)


@pytest.mark.parametrize("text", [
    "I'm after income protection and critical illness",
    "need income protection plus some critical illness",
])
def test_income_protection_named_before_critical_illness_keeps_both(text):
    goals = _goals(text)
    assert "income_protection" in goals and "critical_illness" in goals


def test_income_protection_and_ci_asked_about_are_no_wish_for_ci():
    assert "critical_illness" not in _goals("what's the difference between income protection and critical illness?")


@pytest.mark.parametrize("text", ["ideally a plan we could put money into each month",
                                  "looking for somewhere to save into as well"])
def test_somewhere_to_save_is_a_savings_goal(text):
    assert "savings" in _goals(text)


@pytest.mark.parametrize("text", [
    "we cut back on takeaways to save money",
    "I sold the second car to save a bit",
    "I already have an account I can save into",
    "there's roughly 25k sitting in retirement savings",
    "my retirement savings are in an index fund",
])
def test_money_held_or_cut_back_is_no_goal(text):
    goals = _goals(text)
    assert "savings" not in goals and "retirement" not in goals


@pytest.mark.parametrize("text", [
    "care bills when I'm older worry me, and I'd like some savings",
    "we want money for when we're older",
])
def test_a_need_in_old_age_is_no_wish_to_wait(text):
    assert "timing" not in _concerns(text)


def test_waiting_until_older_is_still_timing():
    assert "timing" in _concerns("I'd rather leave it until I'm older")


@pytest.mark.parametrize("text", ["it's complicated", "complicated, to be honest"])
def test_complicated_answering_the_marital_question_is_no_complexity_worry(text):
    assert "complexity" not in _concerns(text, expect="marital_status")


def test_complicated_then_the_relationship_is_no_complexity_worry():
    assert "complexity" not in _concerns("bit complicated. we're separated, not divorced")


def test_complicated_about_the_product_is_still_complexity():
    assert "complexity" in _concerns("the policy wording is really complicated")


@pytest.mark.parametrize("text", [
    "honestly the premium is the main thing for me",
    "cost matters a lot to us",
    "we'd sign up if the price is right, and the price really matters",
])
def test_the_price_said_to_matter_is_a_cost_worry(text):
    assert "cost" in _concerns(text)


@pytest.mark.parametrize("text", [
    "the price isn't the main thing",
    "cost isn't really important to us",
    "if the cost is reasonable I'll go ahead",
    "what matters is my daughter",
])
def test_the_price_said_not_to_matter_is_no_worry(text):
    assert "cost" not in _concerns(text)


@pytest.mark.parametrize("text", [
    "I'd want 350k so the mortgage and the boys' uni are taken care of",
    "we're after roughly 600k so the mortgage and the little ones are both sorted",
])
def test_a_sum_wanted_for_the_mortgage_and_more_is_cover_not_the_balance(text):
    facts = extract(text)
    assert "mortgage_balance" not in facts
    assert "requested_cover" in facts


def test_so_the_mortgage_is_sorted_is_a_goal_but_a_renewal_is_not():
    assert "pay_off_mortgage" in _goals("enough so the mortgage and the car loan are sorted if I die")
    assert "pay_off_mortgage" not in _goals("so the mortgage renewal is sorted now")


def test_a_relative_and_a_few_cousins_wanting_in_is_medium_referral():
    assert _value("my brother and a couple of cousins would want in as well", "referral_potential") == "medium"


@pytest.mark.parametrize("text", ["Life cover yes, around 800k I believe, my husband set it up",
                                  "term insurance yeah, 2 million, the wife handled it"])
def test_a_yes_to_having_life_cover_is_held_not_wanted_and_no_family_goal(text):
    facts = extract(text)
    assert "requested_cover" not in facts
    assert "protect_family" not in _goals(text)


def test_a_yes_please_to_cover_is_still_wanted():
    assert _value("life cover yes please, 300k", "requested_cover") == 300000
