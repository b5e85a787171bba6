"""Money and cover phrasings, round 12 (from dev17's families): what the prospect would pay
said with "I'd", a mortgage said nearly paid, a mortgage balance after a sigh, the mortgage
listed with another purpose of the cover; and near-misses (fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,value", [
    ("I'd pay 45/month at most", 45),
    ("we'd pay maybe 70 a month for something decent", 70),
    ("honestly I'd happily pay 35 a month", 35),
])
def test_what_i_would_pay_is_the_budget(facts, text, value):
    got = facts(text)
    assert got.get("monthly_premium_budget") == value
    assert "annual_income" not in got


@pytest.mark.parametrize("text", [
    "I'd pay 1,500 a month on the mortgage if the rate went up",
    "we'd pay about 950 a month in rent in the city",
    "my last boss would pay me 50k a year",
])
def test_no_budget_from_bills_or_pay_received(facts, text):
    assert "monthly_premium_budget" not in facts(text)


@pytest.mark.parametrize("text,value", [
    ("the bond's nearly paid, about R80k outstanding", 80_000),
    ("mortgage... sigh. 212,000 as of the latest statement", 212_000),
    ("the mortgage... ugh. about 150k last I checked", 150_000),
])
def test_mortgage_balance_after_a_sigh_or_nearly_paid(facts, text, value):
    got = facts(text)
    assert got.get("mortgage_balance") == value
    assert "annual_income" not in got


def test_nearly_paid_is_no_pay(facts):
    assert "annual_income" not in facts("the car's almost paid, 4k to go")


def test_a_sigh_does_not_make_a_bare_number_money(facts):
    assert "spouse_income" not in facts("my husband... ugh. 52")


@pytest.mark.parametrize("text,value", [
    ("I need about 450k so the mortgage and the girls are covered", 450_000),
    ("I'd want 600k so the mortgage and the kids are sorted", 600_000),
])
def test_mortgage_listed_with_another_purpose_is_no_balance(facts, text, value):
    got = facts(text)
    assert got.get("requested_cover") == value
    assert "mortgage_balance" not in got


@pytest.mark.parametrize("text,value", [
    ("Married to Priya who lectures part-time and earns maybe 22k", 22_000),
    ("married 15 years, he works shifts at the depot, maybe 30k", 30_000),
    ("married to Tom who drives trucks, about 38k", 38_000),
])
def test_pay_of_the_one_married_to_is_spouse_income(facts, text, value):
    got = facts(text)
    assert got.get("spouse_income") == value
    assert "annual_income" not in got


@pytest.mark.parametrize("text", [
    "married to Jo who works with me, I make 47k",
    "married with a daughter, she works at the bakery, about 16k",
    "I'm married, I work in a call centre, 23k",
])
def test_no_spouse_income_from_near_misses(facts, text):
    assert "spouse_income" not in facts(text)


@pytest.mark.parametrize("text,value", [
    ("I've had 1 claim on the house since 2022... hang on, 2", 2),
    ("made one claim for the boiler in 2024, and the phone got nicked in March so 2", 2),
    ("had 3 claims on the car, sorry, 4 claims", 4),
])
def test_a_claims_count_corrected_later_stands(facts, text, value):
    assert facts(text).get("claims_5y") == value


@pytest.mark.parametrize("text", [
    "had 2 claims in 2024, so 2 years ago now",
    "had 2 claims, so 3 grand paid out in all",
    "had 2 claims. So 4 kids and a dog, what's the price?",
])
def test_a_later_number_that_is_no_count_leaves_the_claims(facts, text):
    assert facts(text).get("claims_5y") == 2


@pytest.mark.parametrize("text,fact,value", [
    ("Income protection no. Life insurance yes, about 400k I believe", "existing_life_cover", 400_000),
    ("critical illness cover: yep, 60k with Aviva", "existing_ci_cover", 60_000),
])
def test_cover_answered_yes_with_a_sum_is_held(facts, text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize("text", [
    "life insurance yes please, something like 350k",
    "life cover yes? what would 250k cost me",
])
def test_a_yes_please_or_a_question_is_no_cover_held(facts, text):
    assert "existing_life_cover" not in facts(text)


def test_money_wanted_to_go_to_someone_is_no_debt(facts):
    got = facts("roughly 45 a month I'd say, want it to go to my husband")
    assert got.get("monthly_premium_budget") == 45
    assert "other_debts" not in got


@pytest.mark.parametrize("text,value", [
    ("we scrape by on roughly 650 quid a week, all told", 2816.67),
    ("honestly we live on about 2,400 pounds a month", 2400),
])
def test_what_the_household_lives_on_with_a_currency_word(facts, text, value):
    got = facts(text)
    assert got.get("monthly_expenses") == pytest.approx(value, abs=1)
    assert "annual_income" not in got


def test_the_accident_thing_on_a_card_is_accident_cover_held(facts):
    assert facts("life cover at work, and the accident thing on my credit card, 15k").get("existing_accident_cover") == 15_000


@pytest.mark.parametrize("text", [
    "I had an accident thing last year, cost me 2k",
    "the accident thing in May set us back 4k",
])
def test_an_accident_that_happened_is_no_cover(facts, text):
    got = facts(text)
    assert "existing_accident_cover" not in got and "requested_cover" not in got
