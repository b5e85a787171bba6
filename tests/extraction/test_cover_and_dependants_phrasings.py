"""Cover held or wanted, and parents supported, in phrasings found missing before the
dev8/dev9 corpora were run (fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,parents", [
    ("my father-in-law is staying with us permanently now", 1),
    ("I'm the one who pays for my mum's care home", 1),
    ("dad moved in for good after mum died", 1),
    ("since we lost my mum I look after my dad", 1),
])
def test_parents_supported(facts, text, parents):
    assert facts(text).get("dependent_parents") == parents


def test_a_visit_is_no_dependant(facts):
    assert "dependent_parents" not in facts("my mum is staying with us for christmas")


def test_a_spouses_parent_is_no_family_history(facts):
    got = facts("my husband's dad had a heart attack at 58")
    assert "family_history" not in got


def test_a_parents_sibling_is_no_family_history(facts):
    assert "family_history" not in facts("my mum's brother had bowel cancer")


@pytest.mark.parametrize("text", [
    "I cancelled my life insurance when money got tight",
    "had a policy years ago but let it lapse",
    "my wife has life cover but I don't",
    "she's insured through her job, I haven't got any",
])
def test_no_cover_of_ones_own(facts, text):
    assert facts(text).get("existing_life_cover") == 0


def test_not_knowing_is_no_answer(facts):
    assert "existing_life_cover" not in facts("my husband has life insurance but I don't know how much")


def test_a_policy_for_the_mortgage_is_cover_not_the_balance(facts):
    got = facts("we've a joint life policy tied to the mortgage, about 160k")
    assert got.get("existing_life_cover") == 160000 and "mortgage_balance" not in got


@pytest.mark.parametrize("text,cover", [
    ("a quarter of a million would be good", 250000),
    ("three quarters of a million should be plenty", 750000),
    ("I'd go for the 400k option", 400000),
])
def test_cover_wished_for(facts, text, cover):
    assert facts(text).get("requested_cover") == cover


def test_a_multiple_of_pay_alone_is_the_cover_asked_for(facts):
    got = facts("maybe 8 times my salary? I'm on 45k")
    assert got.get("requested_cover") == 360000 and got.get("annual_income") == 45000


def test_the_salary_after_a_multiple(facts):
    got = facts("I'd want cover of 6x my salary, which is 55k")
    assert got.get("annual_income") == 55000 and got.get("requested_cover") == 330000


def test_a_multiple_then_the_sum(facts):
    assert facts("death in service of 4x salary, which is about 200k").get("existing_life_cover") == 200000


def test_earning_a_multiple_is_no_cover(facts):
    got = facts("she earns twice my salary, I'm on 30k")
    assert "requested_cover" not in got and got.get("spouse_income") == 60000


@pytest.mark.parametrize("text,fact,value", [
    ("I gave up my critical illness policy when money was tight", "existing_ci_cover", 0),
    ("the mortgage cover doesn't include critical illness", "existing_ci_cover", 0),
    ("my husband's got an accident policy, I haven't", "existing_accident_cover", 0),
    ("no insurance of any kind", "existing_accident_cover", 0),
    ("no insurance of any kind", "existing_ci_cover", 0),
])
def test_no_cover_of_a_kind(facts, text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize("text,fact,value", [
    ("there's a specified illness policy for 60k", "existing_ci_cover", 60000),
    ("accidental death cover through my bank, 50k", "existing_accident_cover", 50000),
    ("the default life cover in my super is about 300k", "existing_life_cover", 300000),
    ("my employer gives group term of 4 times salary and I'm on 30k", "existing_life_cover", 120000),
    ("group personal accident through work at 2 times salary, salary is 40k", "existing_accident_cover", 80000),
])
def test_cover_held_through_work_or_a_plan(facts, text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize("text,total", [
    ("150k with Aviva and another 100k through work", 250000),
    ("a 5 lakh LIC policy and a company group term of 20 lakh", 2500000),
    ("I have two policies, 75k each", 150000),
])
def test_policies_held_add_up(facts, text, total):
    assert facts(text).get("existing_life_cover") == total


def test_a_corrected_sum_is_not_added(facts):
    assert facts("I have 200k life cover, sorry, 250k").get("existing_life_cover") == 250000


def test_a_partners_cover_is_not_the_prospects(facts):
    assert facts("my partner has 400k of cover through her work but I've got nothing myself").get("existing_life_cover") == 0


def test_a_health_plans_sum_is_not_life_cover(facts):
    got = facts("we have mediclaim of 3 lakh and a term plan of 50 lakh")
    assert got.get("existing_life_cover") == 5_000_000 and got.get("has_medical_cover") is True


@pytest.mark.parametrize("text,value", [
    ("we're with HCF for hospital and extras", True),
    ("dropped my private health when the premium went up", False),
    ("my wife has private medical through work but I'm not on it", False),
])
def test_medical_cover(facts, text, value):
    assert facts(text).get("has_medical_cover") is value


def test_a_redundancy_payout_is_savings_not_cover(facts):
    got = facts("my redundancy payout was 40k and it's in the bank")
    assert "requested_cover" not in got and got.get("liquid_savings") == 40000


@pytest.mark.parametrize("text,fact,value", [
    ("mortgage 350. car loan 12k", "mortgage_balance", 350000),  # said in thousands
    ("we owe 120k on the house and 30k on a business loan", "mortgage_balance", 120000),
    ("we owe 120k on the house and 30k on a business loan", "other_debts", 30000),
    ("bond of R900k, plus vehicle finance of R200k", "other_debts", 200000),
    ("40k in the offset account and 10k in shares", "liquid_savings", 50000),
    ("the mortgage was paid off when dad died", "mortgage_balance", 0),
    ("we could stretch to 2000 rupees a month", "monthly_premium_budget", 2000),
])
def test_debts_savings_and_budget(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_a_price_seen_is_no_budget(facts):
    assert "monthly_premium_budget" not in facts("every quote I got was about £45 a month, too much")


def test_cover_to_clear_the_mortgage_is_the_balance(facts):
    got = facts("I'd want enough to clear the mortgage, about 230k left on it")
    assert got.get("requested_cover") == 230000 and got.get("mortgage_balance") == 230000


def test_a_sum_that_looks_right(facts):
    assert facts("the 450k option sounds about right").get("requested_cover") == 450000


@pytest.mark.parametrize("text,cover", [
    ("let's go with 350k", 350000),
    ("I'd like to be covered for 400k", 400000),
    ("600 grand sounds about right", 600000),
    ("i need 1.2m cover", 1200000),
    ("I can do 40 a month and I'd want 300k", 300000),
])
def test_more_wishes_for_cover(facts, text, cover):
    assert facts(text).get("requested_cover") == cover


def test_a_height_in_metres_is_still_a_height(facts):
    assert facts("I'm 1.75m and 70kg").get("height_cm") == 175


@pytest.mark.parametrize("text,fact,value", [
    ("we're both insured for 300k", "existing_life_cover", 300000),
    ("death in service pays 3 times my salary of 40k", "existing_life_cover", 120000),
    ("death in service pays 3 times my salary of 40k", "annual_income", 40000),
    ("work gives me double my salary as life cover, I earn 50k", "existing_life_cover", 100000),
])
def test_cover_held_more_ways(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_a_sum_taken_out_for_the_mortgage_is_no_pay(facts):
    assert "annual_income" not in facts("we took out 250k when we bought the house, on a mortgage")
