"""Money phrasings, round 15 (from dev21/dev22's families): a debt whose house is named a
sentence before or asked for; the sum first borrowed dropped for what is left; the balance after
a remortgage; money handed to relatives; cover as a bare multiple of pay; a cover sum listed
beside one's own pay; "zero life cover"; pay that leans on a bonus; salaried pay
(fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,expect,value", [
    ("We've got a repayment mortgage with Halifax. Still owe around 210k.", None, 210_000),
    ("the bank wants us to take cover for the mortgage? we owe 180k", None, 180_000),
    ("We moved into the house in 2020. We owe about 260k on it now", None, 260_000),
    ("we owe the building society about 140,000", "mortgage_balance", 140_000),
    ("only debt is the flat, 95k on that", None, 95_000),
])
def test_owing_is_the_mortgage_when_only_the_house_is_in_view(facts, text, expect, value):
    got = facts(text, expect=expect)
    assert got.get("mortgage_balance") == value and got.get("other_debts") in (None, 0)


@pytest.mark.parametrize("text,fact,value", [
    ("took out a 12k car loan last year, about 7k left on it", "other_debts", 7_000),
    ("borrowed 20k for the van, still owe about 11k", "other_debts", 11_000),
    ("the mortgage was 350k when we bought, roughly 290 thousand to go now", "mortgage_balance", 290_000),
    ("bought in 2019, borrowed 300 and we've paid it down to about 255k now", "mortgage_balance", 255_000),
])
def test_the_sum_first_borrowed_gives_way_to_what_is_left(facts, text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize("text,value", [
    ("we remortgaged in 2021 for the loft, so now we owe 240k", 240_000),
    ("after the remortgage to pay for the extension it's 265,000", 265_000),
    ("remortgaged to clear the car loans, it's back up to 310k outstanding", 310_000),
])
def test_the_balance_after_a_remortgage(facts, text, value):
    assert facts(text).get("mortgage_balance") == value


@pytest.mark.parametrize("text", [
    "I send my sister in Manila 150 a month",
    "I give my nan about 40 a week for her shopping",
    "we transfer 250 a month to my brother back home",
    "my lad gets 20 a week pocket money",
])
def test_money_given_to_relatives_is_no_budget_or_pay(facts, text):
    got = facts(text)
    assert "monthly_premium_budget" not in got and "annual_income" not in got


@pytest.mark.parametrize("text,value", [
    ("work gives me death in service at 3x, I'm on 40k", 120_000),
    ("I earn 50k and the company scheme pays twice my salary if I die", 100_000),
    ("life cover through my employer at 4x, I make 30k", 120_000),
])
def test_cover_held_as_a_bare_multiple_of_pay(facts, text, value):
    assert facts(text).get("existing_life_cover") == value


@pytest.mark.parametrize("text,fact,value", [
    ("I make 55k, 250k life cover", "existing_life_cover", 250_000),
    ("I'm on 48k and I get 2x salary life plus a 20k accident benefit", "existing_accident_cover", 20_000),
    ("I earn 50k and want 400k life cover", "requested_cover", 400_000),
])
def test_a_cover_sum_said_beside_ones_pay(facts, text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize("text,fact", [
    ("honestly I've got zero life cover at the moment", "existing_life_cover"),
    ("haven't got a life policy", "existing_life_cover"),
    ("I've not got any CI cover, just the life one", "existing_ci_cover"),
    ("zero critical illness, nothing", "existing_ci_cover"),
])
def test_cover_said_to_be_none(facts, text, fact):
    assert facts(text).get(fact) == 0


@pytest.mark.parametrize("text,value", [
    ("base is 60k but a lot of it is commission", "variable"),
    ("I'm a grower, what I take home depends entirely on the harvest", "variable"),
    ("salaried, about 70k", "stable"),
])
def test_income_stability(facts, text, value):
    assert facts(text).get("income_stability") == value


@pytest.mark.parametrize("text,value", [
    ("all our outgoings together come to about 2.8k a month", 2_800),
    ("the household bills combined are roughly 3,100 a month", 3_100),
])
def test_spending_added_up_is_expenses_not_household_pay(facts, text, value):
    assert facts(text).get("monthly_expenses") == value


def test_an_accident_benefit_from_a_credit_card_is_no_debt(facts):
    got = facts("about 15 grand, it comes from the credit card", expect="existing_accident_cover")
    assert got.get("existing_accident_cover") == 15_000 and "other_debts" not in got


@pytest.mark.parametrize("text", [
    "I have 40k in retirement savings",
    "about 60k in my retirement account",
])
def test_retirement_savings_are_not_liquid(facts, text):
    # DEV10-DEV13: pensions, 401k and retirement pots are not liquid_savings
    assert "liquid_savings" not in facts(text)


def test_another_plan_before_the_mortgage_is_no_future_mortgage(facts):
    assert facts("planning to retire in 4 years, mortgage almost done - about 25k left").get("mortgage_balance") == 25_000


@pytest.mark.parametrize("text,value", [
    ("the mortgage is 1,100 a month and everything else comes to about 1,500", 2_600),
    ("about 700 a month on childcare, and the rest of our bills are roughly 1,900", 2_600),
])
def test_a_part_and_the_rest_of_the_spending_add_up(facts, text, value):
    assert facts(text).get("monthly_expenses") == value


@pytest.mark.parametrize("text,own,spouse", [
    ("I'm a pharmacist, my husband is a surveyor. Both around 60k", 60_000, 60_000),
    ("I'm a teacher and so is my wife, both on about 42k", 42_000, 42_000),
])
def test_both_earn_said_after_the_spouse(facts, text, own, spouse):
    got = facts(text)
    assert got.get("annual_income") == own and got.get("spouse_income") == spouse


def test_both_after_another_relative_is_not_the_spouse(facts):
    assert "spouse_income" not in facts("my wife is a nurse and my brother's a medic, both about 40k")


def test_a_spouse_who_takes_no_wage_earns_nothing(facts):
    assert facts("my husband helps out in the shop but doesn't take a salary").get("spouse_income") == 0


@pytest.mark.parametrize("text,value", [
    ("we paid the bond off back in 2023", 0),
    ("about 1.8 million outstanding on the home loan and a car loan of 200,000", 1_800_000),
])
def test_mortgage_paid_off_or_owed_on_the_home_loan(facts, text, value):
    assert facts(text).get("mortgage_balance") == value


def test_a_plan_to_pay_the_house_off_is_no_balance(facts):
    assert "mortgage_balance" not in facts("we'd like to have paid the house off by 60")


def test_decreasing_cover_said_to_match_the_balance_gives_both(facts):
    got = facts("the bond has a reducing life policy on it, about 160k now, same as what we still owe on the bond")
    assert got.get("existing_life_cover") == 160_000 and got.get("mortgage_balance") == 160_000


@pytest.mark.parametrize("text", [
    "I earn 60k so 600k life cover?",
    "I earn 40k, 400k life cover please",
    "I'm on 35k, 250k life cover for 25 years",
])
def test_a_cover_sum_asked_for_beside_ones_pay_stays_requested(facts, text):
    got = facts(text)
    assert "requested_cover" in got and "existing_life_cover" not in got


@pytest.mark.parametrize("text,value", [
    ("line cook in a restaurant kitchen, 15 an hour", 31_200),
    ("I photograph weddings, about 30 an hour", 62_400),
])
def test_an_hourly_rate_beside_a_purpose_word_is_pay(facts, text, value):
    assert facts(text).get("annual_income") == value


def test_a_sum_saved_for_a_kitchen_is_still_no_fact(facts):
    assert facts("we're putting 200 a month towards a new kitchen") == {}


@pytest.mark.parametrize("text,value", [
    ("outgoings are about 1.8k a month plus rent of 950", 2_750),
    ("we spend roughly 2,200 a month plus childcare of 500", 2_700),
])
def test_spending_plus_a_bill_on_top_adds_up(facts, text, value):
    assert facts(text).get("monthly_expenses") == value


def test_pay_plus_rent_from_a_lodger_is_no_spending(facts):
    got = facts("I earn 3k a month plus rent of 500 from a lodger")
    assert got.get("annual_income") == 36_000 and "monthly_expenses" not in got


def test_a_mortgage_payment_on_top_of_the_bills_is_no_balance(facts):
    got = facts("our bills are about 1,400 a month plus the mortgage 1,050")
    assert got.get("monthly_expenses") == 2_450 and "mortgage_balance" not in got


@pytest.mark.parametrize("text,fact,value", [
    ("still paying off the bakkie, about 15 left on it", "other_debts", 15_000),
    ("car finance, roughly 11 to go", "other_debts", 11_000),
    ("mortgage almost done, about 40 left", "mortgage_balance", 40_000),
])
def test_a_small_bare_sum_left_on_a_loan_is_thousands(facts, text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize("text", [
    "3 years left on the car loan",
    "the car loan has 14 payments left",
])
def test_time_or_payments_left_are_no_balance(facts, text):
    assert "other_debts" not in facts(text)
