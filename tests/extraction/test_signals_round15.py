"""Signals round 15 (dev21, dev22): reach told through groups and one close person, goals that
are already met or only asked about, worries that are stories, cover held as zero and medical
cover wanted; each class probed with fresh phrasings and the near-misses a user would notice."""

from __future__ import annotations

import pytest

from bot.actions.extraction import extract


def _value(text: str, fact: str, expect: str | None = None):
    facts = extract(text, expect=expect)
    return facts[fact].value if fact in facts else None


# --- referral -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I'm secretary of our residents' association, roughly 250 households",
    "I sit on the parish council committee, over 400 families",
    "I'm in a couple of Facebook groups for single dads, like 3000 people",
    "I captain the Saturday cricket club and the lads always ask me about money",
    "I host a walking group, 30-odd people most weekends",
    "as a shop steward I speak to loads of the porters about this stuff",
    "half my chess club would sign up if it's cheap",
    "I've got my own salon and I know loads of other owners on the high street",
])
def test_groups_and_networks_are_high_referral(text: str) -> None:
    assert _value(text, "referral_potential") == "high"


@pytest.mark.parametrize("text", [
    "my best mate might want one too",
    "my housemate would probably want a quote as well",
    "I could introduce my neighbour if you like",
    "happy to refer my cousin",
])
def test_one_close_person_is_low_referral(text: str) -> None:
    assert _value(text, "referral_potential") == "low"


@pytest.mark.parametrize("text", [
    "I'll mention it to a few of the dads at football",
    "could pass it on to a couple of the other parents at nursery",
    "my two sisters and their husbands have been meaning to sort this as well",
])
def test_a_few_people_are_medium_referral(text: str) -> None:
    assert _value(text, "referral_potential") == "medium"


@pytest.mark.parametrize("text", [
    "I've got loads of mates but they're not into this kind of thing",
    "lots of colleagues, they wouldn't be interested though",
    "I know heaps of people but they don't care about insurance",
    "I manage a team of six and a couple of them asked me about it",  # a few, not many
    "half my five-a-side team are dads with no cover",  # a small team's half is no crowd
])
def test_reach_near_misses_are_not_high(text: str) -> None:
    assert _value(text, "referral_potential") != "high"


# --- goals ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "the house is sorted now, we cleared the mortgage in 2020",
    "so the flat's fine, I paid it off last spring",
    "house is already paid off thankfully",
    "we're mortgage-free, so it's really about the kids",
])
def test_mortgage_already_gone_is_no_mortgage_goal(text: str) -> None:
    assert "pay_off_mortgage" not in (_value(text, "goals") or [])


@pytest.mark.parametrize("text", [
    "I want the mortgage paid off if anything happens to me",
    "enough to clear the house so they can stay put",
])
def test_mortgage_wish_still_counts(text: str) -> None:
    assert "pay_off_mortgage" in (_value(text, "goals") or [])


@pytest.mark.parametrize("text", [
    "dad has a decent pension but I help with his heating bills",
    "my mother's got her own pension, I just pay for the cleaner",
    "my parents have their state pensions and I top up their rent",
])
def test_a_relatives_pension_is_no_retirement_goal(text: str) -> None:
    assert "retirement" not in (_value(text, "goals") or [])


@pytest.mark.parametrize("text", [
    "how long is the deferral period on income protection?",
    "what exclusions are there on the income protection?",
    "I claimed on my income protection back in 2023 after my knee op",
])
def test_income_protection_asked_about_or_claimed_on_is_no_goal(text: str) -> None:
    assert "income_protection" not in (_value(text, "goals") or [])


@pytest.mark.parametrize("text, goal", [
    ("priority is helping my daughter through university if I die", "children_education"),
    ("getting the twins through college is what matters", "children_education"),
    ("contractor, no sick pay at all, I need something to replace income", "income_protection"),
    ("after my uncle's heart attack I'm looking at critical illness", "critical_illness"),
    ("my main aim now is long-term savings", "savings"),
])
def test_goals_said_plainly(text: str, goal: str) -> None:
    assert goal in (_value(text, "goals") or [])


def test_long_term_savings_held_is_no_goal() -> None:
    assert "savings" not in (_value("I've got a bit of long term savings in an ISA", "goals") or [])


# --- concerns -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "type 2 diabetes and a dodgy knee",
    "my dad had a dodgy heart and so did his brother",
    "I used to have cover but dropped it when money was tight",
    "no health insurance right now, it got too pricey after the divorce",
    "my brother would be the beneficiary, he's the one who'd need the money",
    "we took the policy out from when we bought the flat, I think",
])
def test_stories_and_body_parts_are_no_concern(text: str) -> None:
    assert _value(text, "concerns") is None


@pytest.mark.parametrize("text, concern", [
    ("are you paid on commission? I'd like to know whose side you're on", "trust"),
    ("do you get commission on this?", "trust"),
    ("I don't really want my medical details floating around the internet", "privacy"),
    ("no wife, no kids, who would I be protecting?", "not_needed"),
    ("insurance companies are dodgy", "trust"),
])
def test_worries_said_plainly(text: str, concern: str) -> None:
    assert concern in (_value(text, "concerns") or [])


def test_nobody_relying_but_the_kids_is_no_doubt() -> None:
    assert _value("nobody relies on me except my daughter", "concerns") is None


# --- beneficiary ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, relation", [
    ("I want to leave my brother something, he's struggling", "sibling"),
    ("I'd leave my daughter the lot", "child"),
    ("hoping to leave my mum some money if I go first", "parent"),
])
def test_relative_left_something_is_the_payee(text: str, relation: str) -> None:
    assert _value(text, "beneficiary_relation") == relation


def test_leaving_someone_a_burden_names_no_payee() -> None:
    assert _value("I don't want to leave my wife with the bills", "beneficiary_relation") is None


# --- cover held -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("at the moment I've got zero life insurance", "existing_life_cover"),
    ("I haven't got any life assurance since I left the bank", "existing_life_cover"),
    ("I've not got any trauma cover, just the life policy", "existing_ci_cover"),
    ("we don't have any personal accident cover", "existing_accident_cover"),
])
def test_none_of_a_kind_held_is_zero(text: str, fact: str) -> None:
    assert _value(text, fact) == 0


@pytest.mark.parametrize("text", [
    "my husband has no life insurance",
    "I haven't got any life cover through work, I pay for my own",
])
def test_none_held_near_misses(text: str) -> None:
    assert _value(text, "existing_life_cover") != 0


@pytest.mark.parametrize("text", [
    "private health insurance for the family is what we're after",
    "I'd like some private medical cover",
    "thinking about getting hospital cover",
])
def test_medical_cover_wanted_is_not_held(text: str) -> None:
    assert _value(text, "has_medical_cover") is not True


def test_medical_cover_held_still_counts() -> None:
    assert _value("we're on my wife's health insurance through her work", "has_medical_cover") is True


@pytest.mark.parametrize("text", [
    "enough to pay off the house and leave a bit over",
    "cover to clear the 300k mortgage and leave something",
])
def test_clearing_the_mortgage_and_leaving_something_is_no_inheritance(text: str) -> None:
    goals = _value(text, "goals") or []
    assert "pay_off_mortgage" in goals and "wealth_transfer" not in goals


# --- claims ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my income protection paid out after I slipped a disc last year",
    "I had a travel policy that paid out when I broke my leg skiing in 2024",
])
def test_own_policy_paying_out_is_one_claim(text: str) -> None:
    assert _value(text, "claims_5y") == 1


@pytest.mark.parametrize("text", [
    "my late husband's policy paid out when he died",
    "I had a policy that paid out when my mum passed",
    "my insurance paid out when I crashed the car back in 2012",
])
def test_payouts_that_are_not_own_recent_claims(text: str) -> None:
    assert _value(text, "claims_5y") is None


def test_income_protection_that_paid_out_is_no_goal() -> None:
    assert "income_protection" not in (_value("my income protection paid out after I had my hip done", "goals") or [])


@pytest.mark.parametrize("text", [
    "zero critical illness claims so far",
    "zero life insurance claims in 5 years",
    "haven't got a life policy through work but I have my own",
])
def test_claims_and_cover_through_work_are_not_none_held(text: str) -> None:
    """Merged from the money and signals branches: 'zero ... claims' counts claims, not cover."""
    assert all(_value(text, fact) != 0 for fact in ("existing_life_cover", "existing_ci_cover"))
