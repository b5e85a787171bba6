"""Money and cover phrasings, round 7: budgets said per week or year, balances beside house
values and repayments, listed debts and savings, several policies, lapsed cover and public
care only (fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,budget", [
    ("probably a fiver a week, money's tight", 21.67),
    ("I could put 25 dollars a fortnight towards it", 54.17),
    ("honestly £240 a year would be my max", 20),
    ("is it possible to pay weekly? say 12 a week", 52),
    ("₹2,000 monthly would be fine for us", 2000),
    ("the gym costs me 35 a month, so maybe 30 for this", 30),
])
def test_budget_per_week_year_or_beside_a_comparison(facts, text, budget):
    assert facts(text).get("monthly_premium_budget") == budget


def test_a_small_weekly_budget_is_no_income(facts):
    got = facts("like 15 quid a week for the cover")
    assert got.get("monthly_premium_budget") == 65 and "annual_income" not in got


def test_a_budget_corrected_with_make_it_takes_the_last_figure(facts):
    assert facts("I said 30 a month before, no make it 45").get("monthly_premium_budget") == 45


def test_what_an_existing_policy_costs_is_no_budget(facts):
    assert "monthly_premium_budget" not in facts("our existing premium is about $60 a month")


@pytest.mark.parametrize("text,balance", [
    ("paid 410 for the place, still owe about 180 on it", 180_000),
    ("mortgage repayments are 1,300 a month and there's about 210k left on it", 210_000),
    ("we still owe roughly R900k on the bond", 900_000),
    ("home loan about 35 lakh pending", 3_500_000),
])
def test_the_balance_not_the_price_or_the_repayment(facts, text, balance):
    got = facts(text)
    assert got.get("mortgage_balance") == balance and "other_debts" not in got


def test_a_monthly_repayment_answered_is_no_balance(facts):
    assert "mortgage_balance" not in facts("it's 950 a month", expect="mortgage_balance")


@pytest.mark.parametrize("text", ["we cleared it in the spring", "paid that off years ago"])
def test_paid_off_as_an_answer_is_zero(facts, text):
    assert facts(text, expect="mortgage_balance").get("mortgage_balance") == 0


def test_debt_free_house_included(facts):
    got = facts("completely debt free now, house included")
    assert got.get("mortgage_balance") == 0 and got.get("other_debts") == 0


def test_the_first_loan_is_no_balance(facts):
    got = facts("we borrowed 250k originally on the house")
    assert "other_debts" not in got and "mortgage_balance" not in got


@pytest.mark.parametrize("text,debts", [
    ("about 40 grand left on the house and roughly 7 on the van", 7000),
    ("car's on finance with 9k left on it, nothing else owing", 9000),
    ("about 6k left to pay on the PCP. No other debts", 6000),
])
def test_debts_listed_beside_a_house_or_closed_by_no_other(facts, text, debts):
    assert facts(text).get("other_debts") == debts


def test_no_other_loans_is_zero_debt(facts):
    got = facts("the home loan is the only thing, no other loans")
    assert got.get("other_debts") == 0


@pytest.mark.parametrize("text,savings", [
    ("about 12 grand in an ISA and maybe 3 in the current account", 15_000),
    ("1.5 lakh in fixed deposits", 150_000),
    ("most of it's in my super, only 4k in checking", 4000),
])
def test_savings_summed_without_pensions(facts, text, savings):
    assert facts(text).get("liquid_savings") == savings


def test_household_spend_per_week_and_on_everything(facts):
    assert facts("roughly 700 a week all in for the household").get("monthly_expenses") == 3033.33
    assert facts("we pay about $5k a month on everything").get("monthly_expenses") == 5000


@pytest.mark.parametrize("text,cover", [
    ("four policies - 50k, 50k, 100k and a little 20k one", 220_000),
    ("death in service at 3 times my 50k salary", 150_000),
    ("mortgage protection for 180k and that's all", 180_000),
])
def test_life_cover_held(facts, text, cover):
    got = facts(text)
    assert got.get("existing_life_cover") == cover and "requested_cover" not in got and "mortgage_balance" not in got


def test_cover_listed_with_an_insurer_then_asked_about_is_held(facts):
    got = facts("it's 1.5m life and 500k dread disease with Sanlam, is that enough?")
    assert got.get("existing_life_cover") == 1_500_000 and got.get("existing_ci_cover") == 500_000
    assert "requested_cover" not in got


def test_a_combined_life_and_ci_policy_gives_both(facts):
    got = facts("a life and critical illness combined plan, 200k")
    assert got.get("existing_life_cover") == 200_000 and got.get("existing_ci_cover") == 200_000


def test_an_accident_policy_with_a_named_insurer_is_held(facts):
    got = facts("personal accident cover of 20 lakh with Bajaj Allianz")
    assert got.get("existing_accident_cover") == 2_000_000 and "requested_cover" not in got


@pytest.mark.parametrize("text", [
    "had a 150k policy with Aviva but it expired when the term ended",
    "I had a £90k life policy, we cancelled it in 2022",
])
def test_lapsed_cover_is_zero(facts, text):
    assert facts(text).get("existing_life_cover") == 0


def test_no_life_or_ci_is_zero_for_both(facts):
    got = facts("only an accident plan through the union, no life or trauma")
    assert got.get("existing_life_cover") == 0 and got.get("existing_ci_cover") == 0


@pytest.mark.parametrize("text", ["my husband has trauma cover, I don't", "Nope, no CI."])
def test_no_ci_of_ones_own(facts, text):
    assert facts(text).get("existing_ci_cover") == 0


def test_being_on_someone_elses_policy_is_no_cover_of_ones_own(facts):
    got = facts("Dad has a policy and I'm on it as beneficiary. I haven't got my own")
    assert got.get("existing_life_cover") == 0


def test_a_spouses_cover_is_not_their_pay(facts):
    got = facts("my husband's insured for 400k through the council")
    assert "spouse_income" not in got and "existing_life_cover" not in got


@pytest.mark.parametrize("text,has", [
    ("we just rely on the public hospitals", False),
    ("only the NHS, nothing private", False),
    ("we're on a family floater through my wife's employer", True),
    ("my cousins are all uninsured", None),
])
def test_medical_cover(facts, text, has):
    assert facts(text).get("has_medical_cover") == has


def test_claims_on_two_policies_add_up(facts):
    assert facts("claimed on the travel insurance once, and twice on the car").get("claims_5y") == 3


def test_a_savings_no_with_a_laugh_is_zero(facts):
    assert facts("savings? haha no", expect="liquid_savings").get("liquid_savings") == 0


def test_not_more_than_a_large_monthly_sum_is_the_budget(facts):
    got = facts("not more than 1200 rand a month")
    assert got.get("monthly_premium_budget") == 1200 and "annual_income" not in got


def test_deposits_add_up_as_savings(facts):
    assert facts("3 lakh in an FD and 50k in an RD").get("liquid_savings") == 350_000


@pytest.mark.parametrize("text", ["my previous policy expired in the summer", "our life insurance was cancelled last year"])
def test_a_policy_that_ended_is_zero(facts, text):
    assert facts(text).get("existing_life_cover") == 0


def test_medical_cover_that_lapsed_is_none(facts):
    assert facts("the private health cover lapsed after I left that job").get("has_medical_cover") is False
