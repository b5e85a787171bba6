"""Signals round 16 (dev23): doubt of need said with a hedge, a named person plus a few more as
referrals, a policy "used" as a claim, cover wanted for "something serious", a product that also
saves, money left for the spouse, and someone else's premiums; each class probed with fresh
phrasings and the near-misses a user would notice."""

from __future__ import annotations

import pytest

from bot.actions.extraction import extract


def _value(text: str, fact: str, expect: str | None = None):
    facts = extract(text, expect=expect)
    return facts[fact].value if fact in facts else None


# --- concerns: a hedged doubt that cover is needed ------------------------------------------

@pytest.mark.parametrize("text", [
    "honestly not really sure we even need any of this",
    "not totally convinced I actually need it tbh",
    "not 100% sure I really need life cover",
    "feels like paying for something I may never use",
    "it's something we might never claim on",
])
def test_hedged_doubt_of_need_is_not_needed(text: str) -> None:
    assert "not_needed" in (_value(text, "concerns") or [])


@pytest.mark.parametrize("text", [
    "I really need to sort this out",
    "we definitely need something for the kids",
])
def test_a_plain_need_is_no_doubt(text: str) -> None:
    assert "not_needed" not in (_value(text, "concerns") or [])


# --- referral: one person named and a few more beside them ----------------------------------

@pytest.mark.parametrize("text", [
    "my husband and a couple of his mates would probably want this",
    "my sister and one or two people from her work might be interested",
    "my best friend and a few other friends would want a quote too",
])
def test_person_plus_a_few_is_medium_referral(text: str) -> None:
    assert _value(text, "referral_potential") == "medium"


@pytest.mark.parametrize("text", [
    "my older brother would probably want one as well",
    "my little sister might want a quote too",
    "one or two people at work might be interested",
])
def test_one_or_two_people_is_low_referral(text: str) -> None:
    assert _value(text, "referral_potential") == "low"


def test_a_younger_sibling_with_a_job_is_no_referral() -> None:
    assert _value("my younger brother is an electrician", "referral_potential") is None


# --- claims: the prospect's own policy used -------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("I've got income protection, used it once in 2024 when I did my back", 1),
    ("used my health cover twice this year for physio", 2),
    ("we've used the home insurance a couple of times", 2),
    ("had to use it once, the accident policy, after a fall", 1),
])
def test_policy_used_counts_as_claims(text: str, n: int) -> None:
    assert _value(text, "claims_5y") == n


@pytest.mark.parametrize("text", [
    "I use the gym twice a week and I have health insurance",
    "my wife used her cover once",
    "I used it twice back in 2010, the car insurance",
])
def test_uses_that_are_no_claim_of_the_prospect(text: str) -> None:
    assert _value(text, "claims_5y") is None


# --- goals ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I'd like a lump sum in case I ever get anything major",
    "need cover if I get something really serious, like a tumour",
    "want protection should I get something life-threatening",
])
def test_cover_for_something_serious_is_critical_illness(text: str) -> None:
    assert "critical_illness" in (_value(text, "goals") or [])


def test_something_serious_that_stops_work_is_not_critical_illness() -> None:
    assert "critical_illness" not in (_value("need something if I get something serious and can't work", "goals") or [])


@pytest.mark.parametrize("text", [
    "after a policy that pays for hospital stays and also saves a little",
    "ideally a plan that grows some money too",
])
def test_a_product_that_also_saves_is_savings(text: str) -> None:
    assert "savings" in (_value(text, "goals") or [])


@pytest.mark.parametrize("text", [
    "switching to a cheaper phone plan saves money",
    "we walk to school and that saves a bit",
])
def test_saving_by_cutting_back_is_no_goal(text: str) -> None:
    assert "savings" not in (_value(text, "goals") or [])


@pytest.mark.parametrize("text, who", [
    ("I want to make sure there's something for my husband", "spouse"),
    ("just want to know there'd be money for my wife if anything happens", "spouse"),
])
def test_money_left_for_the_spouse_is_protect_family(text: str, who: str) -> None:
    assert "protect_family" in (_value(text, "goals") or [])
    assert _value(text, "beneficiary_relation") == who


# --- beneficiary: who needs it most --------------------------------------------------------

@pytest.mark.parametrize("text, who", [
    ("my mother, she'd need it the most", "parent"),
    ("my son - he would really need the money most", "child"),
])
def test_who_would_need_it_most_is_the_beneficiary(text: str, who: str) -> None:
    assert _value(text, "beneficiary_relation") == who


# --- concerns: someone else's premiums are no worry of the prospect's ----------------------

@pytest.mark.parametrize("text", [
    "my uncle flies helicopters, he pays mad premiums",
    "my mate's a roofer, his premiums are insane",
])
def test_someone_elses_premiums_are_no_cost_worry(text: str) -> None:
    assert "cost" not in (_value(text, "concerns") or [])


@pytest.mark.parametrize("text", [
    "the premiums look crazy for what you get",
    "my wife pays the bills and honestly the premiums are too high for us",
])
def test_own_premiums_are_still_a_cost_worry(text: str) -> None:
    assert "cost" in (_value(text, "concerns") or [])


# --- goals: retirement as where the prospect stands ----------------------------------------

@pytest.mark.parametrize("text", [
    "nearing retirement, want to make sure the wife is ok if I die",
    "I'm approaching retirement and just want the mortgage cleared if anything happens",
])
def test_nearing_retirement_is_no_retirement_goal(text: str) -> None:
    assert "retirement" not in (_value(text, "goals") or [])


def test_nearing_retirement_with_a_pension_wish_is_still_retirement() -> None:
    assert "retirement" in (_value("close to retirement and want to top up my pension", "goals") or [])


@pytest.mark.parametrize("text", [
    "not really sure I need to tell you my salary",
    "not sure I need to answer that one",
])
def test_doubt_about_a_question_is_no_doubt_of_cover(text: str) -> None:
    assert "not_needed" not in (_value(text, "concerns") or [])
