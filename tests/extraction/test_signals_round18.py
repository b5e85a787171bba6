"""Signals round 18 (dev26): asking how much or which cover is needed is no worry; what would
stop a payout asks about exclusions; claims denied outright as "not a single one"; trust said
to be low; medical cover named as a work benefit. Fresh phrasings and the near-misses a user
would notice."""

from __future__ import annotations

import pytest

from bot.actions.extraction import extract


def _value(text: str, fact: str, expect: str | None = None):
    facts = extract(text, expect=expect)
    return facts[fact].value if fact in facts else None


# --- concerns: asking the amount or kind of cover needed is no doubt about needing it ---------

@pytest.mark.parametrize("text", [
    "how much cover do I need?",
    "I'm a chef, 38k, how much cover do I need?",
    "roughly how much life insurance do we really need?",
    "which policy do we need?",
    "do I need critical illness cover too?",
    "do we need income protection as well?",
])
def test_asking_what_or_how_much_is_needed_is_no_worry(text: str) -> None:
    assert _value(text, "concerns") is None


@pytest.mark.parametrize("text", [
    "do I really need life insurance?",
    "not sure I even need this",
    "do we even need?",
    "do i need it?",
])
def test_doubting_the_need_is_still_not_needed(text: str) -> None:
    assert "not_needed" in (_value(text, "concerns") or [])


# --- exclusions: what would stop or void a payout -------------------------------------------

@pytest.mark.parametrize("text", [
    "which illnesses would stop them paying out?",
    "could my epilepsy stop the insurer paying?",
    "is there anything that would void a claim?",
    "would a DUI prevent the payout?",
])
def test_what_stops_a_payout_asks_exclusions(text: str) -> None:
    assert _value(text, "asked_about_exclusions") is True


@pytest.mark.parametrize("text", [
    "what happens if I stop paying?",
    "I want to stop paying so much for my car insurance",
])
def test_stopping_payments_asks_no_exclusions(text: str) -> None:
    assert _value(text, "asked_about_exclusions") is None


# --- claims: "not a single claim" ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "knock on wood, never made one single claim",
    "I haven't put in a single claim in my life",
    "not one claim on anything, ever",
    "we've never claimed a penny",
])
def test_not_a_single_claim_is_zero_claims(text: str) -> None:
    assert _value(text, "claims_5y") == 0


# --- concerns: trust said to be low ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "honestly my trust in insurance companies is at rock bottom",
    "after the endowment fiasco trust is pretty low",
    "I've lost all trust in banks and insurers",
    "there's not much trust left after how they treated my dad",
])
def test_low_trust_is_a_trust_concern(text: str) -> None:
    assert "trust" in (_value(text, "concerns") or [])


def test_trusting_someone_is_no_concern() -> None:
    assert _value("I trust my brother to look after the kids", "concerns") is None


# --- medical cover held as a work benefit ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I get health and dental through my employer",
    "the job's benefits include dental and health",
    "medical via the council, nothing else",
    "we have life cover of 200k and health through his job",
])
def test_medical_cover_through_work_is_held(text: str) -> None:
    assert _value(text, "has_medical_cover") is True


@pytest.mark.parametrize("text", [
    "my health through work has suffered, long shifts",
    "stress from work is hurting my health",
])
def test_health_talk_is_no_medical_cover(text: str) -> None:
    assert _value(text, "has_medical_cover") is None


# --- beneficiary: the answer to "who would get it?" with its reason ---------------------------

@pytest.mark.parametrize("text, relation", [
    ("my dad, he's the one who'd need the money", "parent"),
    ("my sister - she's the one that would need it", "sibling"),
    ("my son really, he is the one who would need it", "child"),
    ("my best friend, I don't have any family left", "friend"),
    ("my old school mate, haven't got any family to speak of", "friend"),
])
def test_the_one_who_would_need_it_is_the_beneficiary(text: str, relation: str) -> None:
    assert _value(text, "beneficiary_relation") == relation


@pytest.mark.parametrize("text", [
    "my sister has cancer, she's the one who'd need it",
    "my dad, he's the one who'd need help with the forms",
])
def test_someone_needing_other_things_is_no_beneficiary(text: str) -> None:
    assert _value(text, "beneficiary_relation") is None


# --- goals: something to leave them; a mortgage already paid off is no mortgage goal -----------

@pytest.mark.parametrize("text", [
    "grandkids are all I care about now, want a little to leave them",
    "my son's my world, just need something to leave him",
])
def test_something_to_leave_them_is_wealth_transfer(text: str) -> None:
    assert "wealth_transfer" in (_value(text, "goals") or [])


def test_a_paid_off_mortgage_told_before_another_wish_is_no_mortgage_goal() -> None:
    goals = _value("kids have flown the nest, mortgage paid off, I just want to leave them something", "goals") or []
    assert "pay_off_mortgage" not in goals and "wealth_transfer" in goals


def test_wanting_the_mortgage_paid_off_is_still_the_goal() -> None:
    assert "pay_off_mortgage" in (_value("I want the mortgage paid off if anything happens to me", "goals") or [])


# --- goals: comparing products names no goal; a sum wanted to look after the family ------------

@pytest.mark.parametrize("text", [
    "whats the diff between term life and whole life",
    "term life vs whole life, which is better?",
    "what's the diff between critical illness and income protection?",
])
def test_comparing_products_names_no_goal(text: str) -> None:
    assert _value(text, "goals") is None


@pytest.mark.parametrize("text", [
    "want about 400k to look after the wife and kids",
    "I'd need enough to provide for my family",
    "looking for cover to take care of the little ones",
])
def test_a_sum_wanted_to_look_after_the_family_is_protect_family(text: str) -> None:
    assert "protect_family" in (_value(text, "goals") or [])


def test_looking_after_the_kids_day_to_day_is_no_goal() -> None:
    assert _value("I need to look after my kids", "goals") is None


# --- concerns: "nobody relies on me ... apart from" names dependants, no doubt ------------------

@pytest.mark.parametrize("text", [
    "no one relies on me for money except my son",
    "nobody depends on me financially apart from the wife",
])
def test_nobody_relies_on_me_but_someone_is_no_worry(text: str) -> None:
    assert _value(text, "concerns") is None


def test_nobody_relies_on_me_is_still_not_needed() -> None:
    assert "not_needed" in (_value("honestly nobody relies on me for anything", "concerns") or [])


# --- referral: a few aunties, uncles, nieces or nephews who would want it ----------------------

@pytest.mark.parametrize("text", [
    "a few of my uncles would be interested",
    "a couple of my nieces are asking about it too",
    "two or three of the aunties want a quote as well",
])
def test_a_few_relatives_of_the_wider_family_give_medium_reach(text: str) -> None:
    assert _value(text, "referral_potential") == "medium"


def test_relatives_health_is_no_referral() -> None:
    assert _value("a couple of my aunties had breast cancer", "referral_potential") is None


# --- concerns: checking with the spouse first consults, talking it over first defers ------------

@pytest.mark.parametrize("text", [
    "I'll need to check with the husband first",
    "have to check with my other half first",
])
def test_checking_with_the_spouse_first_is_no_timing(text: str) -> None:
    assert _value(text, "concerns") is None


def test_talking_it_over_first_still_defers() -> None:
    assert "timing" in (_value("I'd want to talk it over with my wife first", "concerns") or [])


# --- beneficiary: "something to leave them" after the relatives are named ----------------------

@pytest.mark.parametrize("text, relation", [
    ("the kids are all grown now, I just want a bit to leave them", "child"),
    ("it's my mum I worry about, I'd want something to leave her", "parent"),
])
def test_something_to_leave_them_names_the_relatives_before(text: str, relation: str) -> None:
    assert _value(text, "beneficiary_relation") == relation


def test_leaving_them_with_debts_names_no_beneficiary() -> None:
    assert _value("my kids, I don't want to leave them with debts", "beneficiary_relation") is None
