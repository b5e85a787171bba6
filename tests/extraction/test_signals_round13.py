"""Signals round 13: fresh phrasings of worries, goals, payees and referrals, and the
near-misses a user would notice (other people's plight, figures not known, cover held)."""

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


# --- concerns: someone else's circumstances are theirs -------------------------------------

@pytest.mark.parametrize("text", [
    "my cousin has two jobs and still can't afford his rent",
    "the bloke next door is totally skint since he got laid off",
    "my sister can't afford to run her car any more",
])
def test_another_persons_money_trouble_is_no_worry_of_the_prospect(text):
    assert "cost" not in _concerns(text)


@pytest.mark.parametrize("text", [
    "honestly we can't afford much right now",
    "my husband reckons we can't afford another bill",
    "my brother says these policies are a rip-off",
])
def test_own_or_relayed_money_worries_still_count(text):
    assert "cost" in _concerns(text)


@pytest.mark.parametrize("text", [
    "the car loan is 14k and I'll never pay it off at this rate haha",
    "we never pay the credit card down properly",
])
def test_a_debt_never_paid_off_is_no_claims_worry(text):
    assert "claims_denial" not in _concerns(text)


def test_insurers_never_paying_is_still_a_claims_worry():
    assert "claims_denial" in _concerns("to be honest insurers never pay when you need them")


@pytest.mark.parametrize("text", [
    "work gives me 3x salary death in service, no idea what it works out at",
    "there's a group scheme through the firm, no idea what that comes to",
])
def test_not_knowing_a_figure_is_no_complexity(text):
    assert "complexity" not in _concerns(text)


def test_not_knowing_what_to_buy_is_still_complexity():
    assert "complexity" in _concerns("I have no idea what I actually need, there's so much")


@pytest.mark.parametrize("text", [
    "I don't mind sharing my medical history but the whole thing looks complicated",
    "the health forms seem really complicated to me",
])
def test_a_complicated_process_beside_medical_words_is_complexity(text):
    assert "complexity" in _concerns(text)


@pytest.mark.parametrize("text", [
    "my medical history is a bit complicated, two ops on my spine",
    "complicated health background tbh, lots going on",
])
def test_complicated_health_is_no_complexity_worry(text):
    assert "complexity" not in _concerns(text)


# --- goals --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my workplace pension is sitting at about 60k, not touching it",
    "Aged 61, retired from the fire service in 2023, pension's about 31k",
])
def test_a_pension_told_with_its_size_is_no_retirement_goal(text):
    assert "retirement" not in _goals(text)


@pytest.mark.parametrize("text", [
    "my pension pot is only 15k so I need to build it up",
    "I really want to retire at 60",
])
def test_a_pension_gap_or_plan_is_still_a_retirement_goal(text):
    assert "retirement" in _goals(text)


def test_cover_held_that_does_its_job_is_no_family_goal():
    text = "I've got a 200k policy with Aviva so the boys are fine if anything happens"
    assert "protect_family" not in _goals(text)


def test_cover_held_that_falls_short_still_leaves_the_family_goal():
    assert "protect_family" in _goals("I've a small policy from work but if anything happens to me the kids would struggle")


def test_something_for_the_family_if_i_go_is_their_keep_not_an_inheritance():
    goals = _goals("really I just need something for my family if I go")
    assert "protect_family" in goals and "wealth_transfer" not in goals


def test_something_left_for_the_family_stays_an_inheritance():
    assert "wealth_transfer" in _goals("I'd like to have something left for the family")


# --- referral potential -----------------------------------------------------------------

def test_one_other_person_who_would_be_interested_is_low():
    assert _value("there's one other lad on my shift who'd be keen on this", "referral_potential") == "low"


@pytest.mark.parametrize("text", [
    "one bloke at work who'd had a stroke at 45, scared me",
    "one friend who was interested passed away last year",
])
def test_one_person_in_a_story_is_no_referral(text):
    assert _value(text, "referral_potential") is None


def test_a_few_staff_a_word_or_two_before_working_for_me_is_medium():
    text = "I run a small dental practice, three other dentists working for me who'd want to hear about this"
    assert _value(text, "referral_potential") == "medium"


@pytest.mark.parametrize("text", [
    "half the yard would sign up tomorrow if the price was right",
    "honestly half the ward would want this, nobody has cover",
])
def test_half_a_workplace_wanting_it_is_high(text):
    assert _value(text, "referral_potential") == "high"


@pytest.mark.parametrize("text", [
    "half the depot got laid off in the spring",
    "half the ward is off sick with flu this week",
])
def test_half_a_workplace_with_no_wish_is_no_referral(text):
    assert _value(text, "referral_potential") is None


def test_a_large_clientele_told_about_it_is_high_even_beside_a_few_staff():
    text = "barber shop, 2 staff. I'd mention it to my customers, I see hundreds a month"
    assert _value(text, "referral_potential") == "high"


@pytest.mark.parametrize("text", [
    "I'm a GP and I see hundreds of patients every month",
    "I see loads of accidents on the job, would like cover for myself",
])
def test_a_large_number_seen_with_no_word_of_telling_is_no_referral(text):
    assert _value(text, "referral_potential") is None


# --- claims doubts and payees -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "how can I be sure you'd actually pay out when my family needs it?",
    "how do we know they will pay up if I die?",
])
def test_doubting_the_payout_is_a_claims_worry(text):
    assert _concerns(text) == ["claims_denial"]


@pytest.mark.parametrize("text, concern", [
    ("how do I know you're a real company?", "trust"),
    ("how do I know what I'd pay each month?", None),
])
def test_other_how_do_i_know_questions_are_not_claims_worries(text, concern):
    got = _concerns(text)
    assert "claims_denial" not in got
    assert (concern in got) if concern else got == []


@pytest.mark.parametrize("text, relation", [
    ("thinking 250k, left to my husband", "spouse"),
    ("a policy for my two boys to receive if I die", "child"),
    ("my co-founder Priya, so the company keeps going", "business_partner"),
])
def test_new_payee_phrasings(text, relation):
    assert _value(text, "beneficiary_relation") == relation


@pytest.mark.parametrize("text", [
    "my grandad's cottage was left to my uncle",
    "I'd love my daughter to receive a good education",
    "my mum left to work in Dubai when I was small",
])
def test_payee_near_misses(text):
    assert _value(text, "beneficiary_relation") is None


# --- goals: what the wanted cover does ----------------------------------------------------

def test_cover_that_clears_a_sized_mortgage_and_looks_after_the_kids_names_both_goals():
    goals = _goals("I'm after a policy that clears the 190k mortgage and looks after the children")
    assert {"pay_off_mortgage", "protect_family"} <= set(goals)


@pytest.mark.parametrize("text", [
    "I've got a policy that looks after the kids already",
    "I need a job that takes care of the family better",
    "we want cover that pays out quickly, I look after the kids on my own",
])
def test_looking_after_the_family_near_misses(text):
    assert "protect_family" not in _goals(text)


@pytest.mark.parametrize("text", [
    "I'd like to make sure my parents are taken care of, they depend on me",
    "need to make sure my mum is looked after if I go, she has nobody else",
])
def test_dependent_parents_to_be_looked_after_is_protect_family(text):
    assert "protect_family" in _goals(text)


def test_parents_looked_after_by_someone_else_is_no_goal():
    assert _goals("my parents are looked after by my brother up north") == []


def test_cover_wanted_in_case_of_a_serious_illness_is_critical_illness():
    assert "critical_illness" in _goals("I'd want something in case of cancer or a stroke, say 150k")


def test_cover_held_in_case_of_critical_illness_is_no_goal():
    assert "critical_illness" not in _goals("I've got a plan through my job in case of critical illness")


def test_the_kids_through_college_with_the_verb_said_once_is_education():
    goals = _goals("I'd want the bond paid and the twins through university if I died")
    assert "children_education" in goals


# --- requested cover ----------------------------------------------------------------------

def test_an_insurer_paying_is_no_pay_cue_for_the_sum_considered():
    text = "a bit worried it's pricey and whether they'll really pay, if I go for about 300k"
    assert _value(text, "requested_cover") == 300000
    assert _value(text, "annual_income") is None


def test_something_like_a_sum_after_a_wish_elsewhere_is_the_cover_wanted():
    text = "I need my mum looked after if I go, she's got no one else. Something like 80k."
    assert _value(text, "requested_cover") == 80000


@pytest.mark.parametrize("text, fact, value", [
    ("we've got something like 60k in savings", "liquid_savings", 60000),
    ("I bring in something like 45k a year", "annual_income", 45000),
])
def test_something_like_beside_another_cue_keeps_that_cue(text, fact, value):
    assert _value(text, fact) == value
    assert _value(text, "requested_cover") is None


def test_something_like_a_sum_with_no_wish_is_no_cover():
    assert _value("honestly something like 120k, who knows", "requested_cover") is None


# --- precision: sizes of a job, people with no interest, worries that are over ----------------

@pytest.mark.parametrize("text", [
    "I work in a team of 14 at the warehouse, been there six years",
    "I work for a company of about 800",
    "our branch has 35 people in it",
])
def test_the_size_of_a_workplace_alone_is_no_referral(text):
    assert _value(text, "referral_potential") is None


@pytest.mark.parametrize("text", [
    "I run a department of 40 and they'd all be interested",
    "my crew of 20 lads would jump at this, none of them have cover",
])
def test_a_workplace_counted_with_a_hint_of_interest_is_high(text):
    assert _value(text, "referral_potential") == "high"


@pytest.mark.parametrize("text", [
    "I've got heaps of friends but none of them are interested in this kind of thing",
    "a couple of my mates have already got cover with you lot",
])
def test_people_with_no_interest_or_cover_already_are_no_referral(text):
    assert _value(text, "referral_potential") is None


def test_money_tight_in_the_past_and_fine_now_is_no_cost_worry():
    assert "cost" not in _concerns("money used to be tight after the divorce but it's fine now")


def test_money_tight_now_is_still_cost():
    assert "cost" in _concerns("money was tight last month and it still is")


def test_busy_but_keen_is_no_timing_worry():
    assert "timing" not in _concerns("work is busy at the moment but I'm keen to get this done")


@pytest.mark.parametrize("text", [
    "I don't need much insurance, only enough to bury me",
    "we've put it off too long, let's get this sorted",
    "my car repayments are a lot every month",
    "my role is a bit complicated, I do two jobs at the hospital",
])
def test_amounts_going_ahead_other_bills_and_a_complicated_job_are_no_worries(text):
    assert _concerns(text) == []


@pytest.mark.parametrize("text, concern", [
    ("honestly I don't think I need it", "not_needed"),
    ("I'm scared the monthly payments will be a lot on top of everything", "cost"),
])
def test_the_plain_worries_still_count(text, concern):
    assert concern in _concerns(text)


@pytest.mark.parametrize("text", [
    "most of my mates are married with kids now",
    "our whole office got moved to Leeds last year",
])
def test_a_whole_circle_said_with_no_hint_of_interest_is_no_referral(text):
    assert _value(text, "referral_potential") is None


@pytest.mark.parametrize("text", [
    "loads of my workmates have nothing in place either",
    "my whole street would want this after what happened to the Patels",
    "most of my customers are young families",
])
def test_a_whole_circle_with_a_hint_or_a_clientele_is_high(text):
    assert _value(text, "referral_potential") == "high"


@pytest.mark.parametrize("text", [
    "I've got no life insurance, if I die my husband is stuck",
    "we have no cover at all and if anything happens to me the kids get nothing",
])
def test_no_cover_held_still_leaves_the_family_goal(text):
    assert "protect_family" in _goals(text)
