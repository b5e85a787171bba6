"""Signals round 10: phrasings of worries, goals and referrals met in a fresh interview corpus
(dev13), written anew here. Each asserts what a user would notice: the value, or nothing."""

from __future__ import annotations

import pytest

from bot.actions.extraction import extract


def _value(text: str, fact: str):
    got = extract(text).get(fact)
    return None if got is None else got.value


@pytest.mark.parametrize("text", [
    "to be honest the money is my biggest worry with all this",
    "Affordability is the main issue for us",
    "I couldn't be forking out 70 quid a month for this",
    "won't this be too much for us? we're on one wage",
])
def test_money_named_as_the_worry_is_cost(text: str) -> None:
    assert "cost" in (_value(text, "concerns") or [])


@pytest.mark.parametrize("text", [
    "I can't be spending my whole evening on forms",
    "losing my dad was too much for me last year",
])
def test_no_cost_without_money(text: str) -> None:
    assert "cost" not in (_value(text, "concerns") or [])


@pytest.mark.parametrize("text", [
    "the minute you actually need them they come up with some excuse",
    "when we needed them after the flood, they vanished",
])
def test_insurer_gone_at_claim_time_is_claims_denial(text: str) -> None:
    assert "claims_denial" in (_value(text, "concerns") or [])


def test_plain_regulation_question_is_no_worry() -> None:
    assert _value("are you FCA authorised?", "concerns") is None


def test_doubting_regulation_is_trust() -> None:
    assert "trust" in (_value("are you actually regulated by anyone?", "concerns") or [])


@pytest.mark.parametrize("text", [
    "Honestly critical illness is what we're after",
    "it's mainly CI I need, the life side is sorted",
])
def test_cover_named_before_the_wish_is_critical_illness(text: str) -> None:
    assert "critical_illness" in (_value(text, "goals") or [])


def test_ci_held_and_life_wanted_is_no_ci_goal() -> None:
    assert "critical_illness" not in (_value("I've got CI through my job and I want some life cover", "goals") or [])


@pytest.mark.parametrize("text", [
    "I want the boys to keep studying if anything happens to me",
    "so my son's schooling isn't disrupted if I die",
])
def test_studies_kept_going_is_education(text: str) -> None:
    assert _value(text, "goals") == ["children_education"]


def test_studies_without_death_or_worry_is_no_goal() -> None:
    assert _value("my daughter can study at home on Tuesdays", "goals") is None


def test_sorting_the_mortgage_with_cover_is_a_goal() -> None:
    got = _value("I'd like to sort out the home loan if I die, so maybe 200k of cover", "goals") or []
    assert "pay_off_mortgage" in got


def test_sorting_a_mortgage_renewal_is_no_goal() -> None:
    assert _value("we have to sort the mortgage renewal next month", "goals") is None


def test_handing_down_to_the_next_generation_is_wealth_transfer() -> None:
    assert "wealth_transfer" in (_value("I'd like something I can hand down to the next generation", "goals") or [])


def test_savings_held_for_a_rainy_day_is_no_goal() -> None:
    assert _value("we've got about 8 grand tucked away for a rainy day", "goals") is None


def test_wanting_a_rainy_day_fund_is_savings() -> None:
    assert _value("I'd like a bit set aside for a rainy day", "goals") == ["savings"]


def test_spouse_retired_on_a_pension_is_no_goal() -> None:
    assert _value("My husband is retired and draws a council pension", "goals") is None


def test_life_cover_held_jointly_is_no_family_goal() -> None:
    assert "protect_family" not in (_value("We have life cover 300k joint with my wife", "goals") or [])


def test_one_relative_who_would_like_it_is_low_referral() -> None:
    assert _value("my cousin would like this as well", "referral_potential") == "low"


def test_relatives_in_a_health_story_are_no_referral() -> None:
    assert _value("my dad and my brother both have asthma too", "referral_potential") is None


@pytest.mark.parametrize("text", [
    "everyone at our mosque knows me",
    "I sing in the church choir, the congregation is hundreds of families",
])
def test_a_network_that_knows_the_prospect_is_high_referral(text: str) -> None:
    assert _value(text, "referral_potential") == "high"


def test_a_hedged_sum_with_no_wish_is_no_cover_asked_for() -> None:
    assert _value("Basic's 55k, but with overtime I normally finish the year around 70k", "requested_cover") is None


def test_a_hedged_sum_after_a_wish_is_the_cover_asked_for() -> None:
    assert _value("I need the mortgage and the kids sorted if I go. Somewhere around 600k", "requested_cover") == 600000


def test_a_hedged_policy_sum_is_held_not_wanted() -> None:
    text = "Already got policies around 12 lakh, and a critical illness plan of 5 lakh"
    assert _value(text, "requested_cover") is None


@pytest.mark.parametrize("text", [
    "we'd need about 500k so the bond is covered",
    "I want 320k so our mortgage gets paid off",
])
def test_a_sum_wanted_so_the_mortgage_is_cleared_is_cover_not_a_balance(text: str) -> None:
    got = extract(text)
    assert got["requested_cover"].value in (500000, 320000)
    assert "mortgage_balance" not in got and "annual_income" not in got


def test_savings_already_set_aside_without_a_sum_is_no_goal() -> None:
    assert _value("we've got a bit tucked away for a rainy day", "goals") is None


def test_children_who_know_the_prospect_are_no_referral() -> None:
    assert _value("all the kids on our estate know me", "referral_potential") is None
