"""Signals round 14: fresh phrasings of reach, serious-illness cover wanted, a worry said as
the condition of a refusal ("but not if ..."), and the near-misses a user would notice."""

from __future__ import annotations

import pytest

from bot.actions.extraction.api import extract


def _value(text: str, fact: str, expect: str | None = None):
    facts = extract(text, expect=expect)
    return facts[fact].value if fact in facts else None


# --- referral: the prospect's own reach told as such ----------------------------------------

@pytest.mark.parametrize("text", [
    "I run a barber shop so I chat to loads of people every day",
    "physio with my own clinic, I see tons of people through the practice",
    "we deal with hundreds of people at the market stall each week",
])
def test_own_reach_is_high_referral(text: str) -> None:
    assert _value(text, "referral_potential") == "high"


@pytest.mark.parametrize("text", [
    "I talk to lots of people about my knee and nobody has a fix",
    "my husband speaks to loads of people at his job",
    "I don't really talk to many people these days",
    "I chat to lots of people online, mostly about gaming",
])
def test_talk_without_reach_is_no_referral(text: str) -> None:
    assert _value(text, "referral_potential") is None


# --- goals: the illnesses named as what the wanted cover is for -----------------------------

@pytest.mark.parametrize("text", [
    "I'd like a plan which covers strokes and heart disease",
    "looking for a policy that pays out on cancer",
    "need one that covers cancer, my dad had it young",
])
def test_cover_for_named_illnesses_is_ci_goal(text: str) -> None:
    assert "critical_illness" in (_value(text, "goals") or [])


@pytest.mark.parametrize("text", [
    "my work policy covers cancer already",
    "my wife has a plan that covers cancer and strokes",
    "is there cover that pays out for a stroke?",
    "my brother wants something that covers cancer",
])
def test_illness_cover_held_or_asked_is_no_goal(text: str) -> None:
    assert "critical_illness" not in (_value(text, "goals") or [])


# --- concerns: a refusal on a condition names the worry -------------------------------------

@pytest.mark.parametrize("text,worry", [
    ("I'd sign up, but not if it's really complicated to make a claim", "complexity"),
    ("fine by me, just not if it's expensive", "cost"),
    ("we'd go for it, not if there's loads of paperwork though", "complexity"),
])
def test_refusal_on_condition_keeps_worry(text: str, worry: str) -> None:
    assert worry in (_value(text, "concerns") or [])


@pytest.mark.parametrize("text", [
    "honestly it's not complicated at all",
    "not if it's not too pricey, no",
])
def test_plain_negation_is_no_worry(text: str) -> None:
    assert not _value(text, "concerns")


# --- goals: school fees in a list of spending are no goal -----------------------------------

@pytest.mark.parametrize("text", [
    "outgoings about 3k, mortgage car and school fees mostly",
    "our bills are high, rent electricity school fees",
])
def test_school_fees_in_spending_list_is_no_goal(text: str) -> None:
    assert "children_education" not in (_value(text, "goals") or [])


def test_school_fees_wanted_beside_spending_stays_goal() -> None:
    text = "we spend a lot on rent and food and want school fees covered by the policy"
    assert "children_education" in (_value(text, "goals") or [])


# --- beneficiary: a group named, then what "they" would get ---------------------------------

@pytest.mark.parametrize("text,who", [
    ("two boys, 6 and 9, they'd get the lot", "child"),
    ("mum and dad are retired, they would get the money", "parent"),
])
def test_they_would_get_it_names_payee(text: str, who: str) -> None:
    assert _value(text, "beneficiary_relation") == who


@pytest.mark.parametrize("text", [
    "my kids are teenagers, they'd get everything wrong on a form like this",
    "I pay every month and they'd get the money anyway, the insurers I mean",
])
def test_they_get_near_misses_name_no_payee(text: str) -> None:
    assert _value(text, "beneficiary_relation") is None


@pytest.mark.parametrize("text", [
    "I know lots of people who think insurance is a waste",
    "I've met lots of people but none were interested",
])
def test_many_people_who_want_none_of_it_are_no_referral(facts, text):
    assert "referral_potential" not in facts(text)


def test_many_people_who_would_want_it_still_count(facts):
    assert facts("I know loads of people who'd want this").get("referral_potential") == "high"


@pytest.mark.parametrize("text", ["claiming seems complicated to me", "honestly the claims process is complicated"])
def test_a_complicated_claim_process_is_complexity(facts, text):
    assert "complexity" in (facts(text).get("concerns") or [])


def test_complicated_health_is_still_no_complexity(facts):
    assert "complexity" not in (facts("my medical history is complicated").get("concerns") or [])
