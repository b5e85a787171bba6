"""Signals round 17 (dev24, dev25): saying one holds no cover beside someone else's policy,
and the other classes of this round; each class probed with fresh phrasings and the
near-misses a user would notice."""

from __future__ import annotations

import pytest

from bot.actions.extraction import extract


def _value(text: str, fact: str, expect: str | None = None):
    facts = extract(text, expect=expect)
    return facts[fact].value if fact in facts else None


# --- cover held: none of one's own beside someone else's policy ----------------------------

@pytest.mark.parametrize("text", [
    "my partner's insured through her job, I've never had one",
    "the wife has a 250k policy, but me, I've got zilch",
    "he's got life cover from the army, I've got nada",
    "we're not covered by anything right now",
])
def test_no_cover_of_ones_own_is_zero(text: str) -> None:
    assert _value(text, "existing_life_cover") == 0


@pytest.mark.parametrize("text", [
    "any claims on the car insurance? never had one",
    "she has health insurance but I've never had any",
])
def test_never_had_one_of_another_kind_is_no_life_cover_answer(text: str) -> None:
    assert _value(text, "existing_life_cover") is None


@pytest.mark.parametrize("text", [
    "my wife is insured for 400k, I'm not covered at all",
    "we're not covered by any policy",
])
def test_saying_one_is_not_covered_asks_no_exclusions(text: str) -> None:
    assert _value(text, "asked_about_exclusions") is None


@pytest.mark.parametrize("text", [
    "so I'm not covered if I die on a motorbike?",
    "am I not covered for anything pre-existing?",
])
def test_not_covered_for_something_still_asks_exclusions(text: str) -> None:
    assert _value(text, "asked_about_exclusions") is True


# --- referral: a group the prospect belongs to, counted "N of us" or "on the books" --------

@pytest.mark.parametrize("text, level", [
    ("I could post it in the school mums' group chat, about 60 of us", "high"),
    ("happy to tell the choir, there's 30-odd of us", "high"),
    ("there's five of us in the office and none have cover", "medium"),
    ("our little team is 3 of us, all with mortgages", "medium"),
    ("I run a roofing outfit with 12 lads on the books", "high"),
    ("we've only got 4 on the payroll", "medium"),
])
def test_a_counted_group_of_ones_own_gives_reach(text: str, level: str) -> None:
    assert _value(text, "referral_potential") == level


@pytest.mark.parametrize("text", [
    "there are 5 of us at home, me, my husband and three kids",
    "there's 6 of us in the house",
])
def test_a_household_counted_is_no_network(text: str) -> None:
    assert _value(text, "referral_potential") is None


# --- concerns: privacy, cost, claims refused and timing said in everyday ways ---------------

@pytest.mark.parametrize("text, concern", [
    ("will this conversation be saved somewhere?", "privacy"),
    ("are my answers stored anywhere?", "privacy"),
    ("who exactly sees what I type in here?", "privacy"),
    ("are all these questions necessary? feels like a lot", "privacy"),
    ("do you honestly need so much personal info", "privacy"),
    ("50 quid a month would be a real stretch for us", "cost"),
    ("paying more than 40 a month is out of the question", "cost"),
    ("with my blood pressure I bet it'll cost an arm and a leg", "cost"),
    ("premiums always go up, that's what puts me off", "cost"),
    ("I'm nervous they'd refuse me with my weight", "claims_denial"),
    ("they'll take the money then find an excuse later", "claims_denial"),
    ("insurers just hunt for loopholes to avoid paying", "claims_denial"),
    ("could they use any little mistake to cancel the policy?", "claims_denial"),
    ("heard of so many payouts rejected, makes me wary", "claims_denial"),
    ("after the move might be a better time for us", "timing"),
    ("in a couple of months would probably be easier", "timing"),
    ("feels a bit late in life to be starting all this", "timing"),
])
def test_everyday_worries_name_the_concern(text: str, concern: str) -> None:
    assert concern in (_value(text, "concerns") or [])


@pytest.mark.parametrize("text, concern", [
    ("is my data stored securely? just curious", "privacy"),
    ("the commute is a long stretch of motorway", "cost"),
    ("the wedding cost a fortune, I guess", "cost"),
    ("my mate had his cover refused last year", "claims_denial"),
    ("it's never too late to start saving", "timing"),
])
def test_near_misses_name_no_concern(text: str, concern: str) -> None:
    assert concern not in (_value(text, "concerns") or [])


# --- goals: a list of wishes, the mortgage named second; the family spared the debts --------

@pytest.mark.parametrize("text, goals", [
    ("I want the kids provided for and the bond cleared", {"protect_family", "pay_off_mortgage"}),
    ("need my husband looked after and our house paid off if I go", {"protect_family", "pay_off_mortgage"}),
    ("really just want the family secure and the mortgage sorted", {"protect_family", "pay_off_mortgage"}),
    ("it's about making sure the home loan is cleared if I'm not here", {"pay_off_mortgage"}),
    ("the main thing, I don't want my wife left with debts", {"protect_family"}),
    ("so the kids aren't saddled with the bills when I'm gone", {"protect_family"}),
])
def test_wishes_listed_name_each_goal(text: str, goals: set) -> None:
    assert goals <= set(_value(text, "goals") or [])


@pytest.mark.parametrize("text", [
    "we sold the flat and the mortgage cleared last year",
    "my dad died and left us with nothing",
])
def test_a_told_event_names_no_goal(text: str) -> None:
    assert _value(text, "goals") is None


# --- cover held: medical cover given up, said after it is named; others' lack of cover -----

@pytest.mark.parametrize("text", [
    "we had a hospital plan but dropped it when money got tight",
    "private medical was costing a fortune so I got rid of it",
    "had Bupa for years, let it lapse in the spring",
])
def test_medical_cover_given_up_is_not_held(text: str) -> None:
    assert _value(text, "has_medical_cover") is False


@pytest.mark.parametrize("text", [
    "my uncle passed away last year, no insurance, it was awful for my aunt",
    "a lad at work died and they had no insurance at all",
])
def test_someone_elses_lack_of_cover_is_not_the_prospects(text: str) -> None:
    assert _value(text, "has_medical_cover") is None
    assert _value(text, "existing_life_cover") is None


def test_own_lack_of_cover_after_a_death_still_counts() -> None:
    text = "my mum died in March and it made me realise we have no insurance"
    assert _value(text, "existing_life_cover") == 0


# --- referral: one of a group, several sent over, one housemate ------------------------------

@pytest.mark.parametrize("text, level", [
    ("one of my workmates wants a quote too", "low"),
    ("one of the girls at the salon might be interested as well", "low"),
    ("my sisters and my cousins have nothing either, I'll have them ring you", "medium"),
    ("both my brothers need this, I could get them to contact you", "medium"),
])
def test_people_named_give_their_reach(text: str, level: str) -> None:
    assert _value(text, "referral_potential") == level


def test_a_bare_housemate_answers_low() -> None:
    assert _value("only my housemate really", "referral_potential", expect="referral_potential") == "low"


def test_one_of_my_friends_who_sells_insurance_is_no_referral() -> None:
    assert _value("one of my friends sells insurance too", "referral_potential") is None


# --- concerns: the price of health cover given as why it is not held -------------------------

@pytest.mark.parametrize("text", [
    "no health insurance, we just can't afford it",
    "private medical got too pricey so we dropped it",
])
def test_health_cover_too_dear_is_a_reason_not_a_worry(text: str) -> None:
    assert "cost" not in (_value(text, "concerns") or [])
    assert _value(text, "has_medical_cover") is False


def test_life_cover_not_affordable_is_still_cost() -> None:
    assert "cost" in (_value("no life cover yet, not sure I can afford it", "concerns") or [])


# --- concerns: the bother of it in everyday words --------------------------------------------

@pytest.mark.parametrize("text", [
    "happy to pay, just not if it's a massive faff",
    "sounds like a faff with all the forms",
    "is the claims process complicated?",
    "my mate says the fine print is a minefield",
])
def test_a_faff_or_a_hard_process_is_complexity(text: str) -> None:
    assert "complexity" in (_value(text, "concerns") or [])


def test_a_faff_about_something_else_is_none() -> None:
    assert "complexity" not in (_value("it was a right faff getting the car fixed", "concerns") or [])


# --- concerns: doubt this advisor is any better than the last -------------------------------

@pytest.mark.parametrize("text", [
    "the last agent only wanted his commission, why should you be any different",
    "brokers before were useless, how are you any better?",
    "my old advisor was after his cut and nothing else",
])
def test_doubting_the_advisor_is_trust(text: str) -> None:
    assert "trust" in (_value(text, "concerns") or [])


def test_comparing_products_is_no_distrust() -> None:
    assert "trust" not in (_value("why would this be different from a savings account?", "concerns") or [])
