"""Money and cover phrasings, round 8: the figure said now beats the one said before,
relatives' balances, claims said back after the question, bill lists, pay qualified in the
next sentence, a retired spouse's pension, couples on the same pay and debts cleared
(fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,fact,value", [
    ("mortgage started at 320k, it's down to 210k now", "mortgage_balance", 210_000),
    ("the bond was R900k when we moved in, currently about R650k", "mortgage_balance", 650_000),
    ("we owed 15k on the car loan, now about 6k", "other_debts", 6_000),
    ("I used to earn 40k, now on 55k", "annual_income", 55_000),
])
def test_the_figure_said_now_wins(facts, text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize("text,fact", [
    ("my in-laws have a mortgage of about 150k", "mortgage_balance"),
    ("my brother still owes 20k on his car", "other_debts"),
    ("my mum has around 30k in savings", "liquid_savings"),
    ("hubby has about 8k on his credit card", "other_debts"),
])
def test_someone_elses_balance_is_not_the_prospects(facts, text, fact):
    assert fact not in facts(text)


def test_a_relatives_empty_savings_say_nothing_of_the_prospects(facts):
    assert "liquid_savings" not in facts("my father moved in with us last year and he's got nothing saved")


def test_the_household_card_still_counts(facts):
    assert facts("we've got 5k on a card and 20k on the car").get("other_debts") == 25_000


@pytest.mark.parametrize("text,count", [
    ("claims - only once, a cracked windscreen last year", 1),
    ("claims: two, both on the car", 2),
    ("claims? yeah just the one, a stolen bike in 2024", 1),
])
def test_claims_said_back_then_counted(facts, text, count):
    assert facts(text).get("claims_5y") == count


def test_a_claim_said_back_but_too_old_is_not_counted(facts):
    assert "claims_5y" not in facts("claims? just the one back in 2012")


def test_a_list_of_bills_then_a_monthly_total_is_expenses(facts):
    got = facts("rates, groceries, petrol, electricity... roughly 3k a month")
    assert got.get("monthly_expenses") == 3_000 and "annual_income" not in got


def test_two_debts_listed_are_no_bill_list(facts):
    got = facts("about 9k left on the car and our mortgage is 240k")
    assert got.get("mortgage_balance") == 240_000 and got.get("other_debts") == 9_000


def test_pay_qualified_in_the_next_sentence(facts):
    got = facts("I think about 70 grand... plus bonus")
    assert got.get("annual_income") == 70_000 and "requested_cover" not in got


@pytest.mark.parametrize("text,own", [
    ("my wife is on 90k, I only do part time, maybe 18k", 18_000),
    ("I work 3 days a week, around 25k", 25_000),
])
def test_own_hours_then_a_sum_is_own_pay(facts, text, own):
    assert facts(text).get("annual_income") == own


def test_a_retired_spouses_pension_is_the_spouse_income(facts):
    got = facts("My wife is retired and gets a pension of R8000 a month")
    assert got.get("spouse_income") == 96_000 and "annual_income" not in got


@pytest.mark.parametrize("text,pay", [
    ("we're both on about 60k", 60_000),
    ("hubby and I are both nurses, both around 42k", 42_000),
])
def test_couples_on_the_same_pay(facts, text, pay):
    got = facts(text)
    assert got.get("annual_income") == pay and got.get("spouse_income") == pay


def test_a_share_of_spending_is_no_balance(facts):
    got = facts("bills come to 2.5k a month, the mortgage is 900 of that, and we still owe about 210k on the house")
    assert got.get("mortgage_balance") == 210_000


def test_borrowing_for_a_first_home_is_the_mortgage(facts):
    got = facts("we've just bought our first home, borrowed 420k")
    assert got.get("mortgage_balance") == 420_000 and "other_debts" not in got


@pytest.mark.parametrize("text,fact", [
    ("the car loan's all paid off now so nothing owing", "other_debts"),
    ("flat's been paid off for years", "mortgage_balance"),
])
def test_debts_cleared_are_zero(facts, text, fact):
    assert facts(text).get(fact) == 0


def test_a_debt_named_after_no_debts_either_counts(facts):
    assert facts("no savings to speak of, and no debts either except about 2k on my card").get("other_debts") == 2_000


def test_cover_that_came_with_something_is_held(facts):
    got = facts("death cover of 200k that came with the job")
    assert got.get("existing_life_cover") == 200_000 and "requested_cover" not in got


def test_a_stay_at_home_mum_said_as_she_is_the_spouse(facts):
    assert facts("she's a full-time mum", expect="spouse_income").get("spouse_income") == 0


def test_a_spouses_own_loan_beside_the_households_debt(facts):
    assert facts("my wife owes 4k on her student loan and we owe 12k on the car").get("other_debts") == 12_000


def test_a_retired_husbands_pension_said_after_a_comma(facts):
    assert facts("my husband's retired on a good pension, 3k a month").get("spouse_income") == 36_000


def test_both_with_savings_is_no_pay(facts):
    got = facts("wife and I have both got about 10k in savings")
    assert "annual_income" not in got and "spouse_income" not in got
