"""Money and cover phrasings, round 13 (from dev18's and dev19's families): mortgages owed in
more words (a housing loan, interest-only, a joint balance "between us", the building society,
a correction "not ..."), debts denied but for the house; life cover held through work as a
multiple of pay, lapsed or ended, a spouse's, a decreasing policy; claims counted per policy;
a spouse at home full time (fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,value", [
    ("there's about 38 lakh still pending on our housing loan", 3_800_000),
    ("we went interest only, so the whole 240 grand is still outstanding", 240_000),
    ("we're mortgaged to the tune of about 410k", 410_000),
    ("it's a joint mortgage, 275k between us still owing", 275_000),
    ("we owe the building society roughly 130k", 130_000),
    ("my mistake, it's 118k on the mortgage not 181", 118_000),
])
def test_a_mortgage_owed_in_other_words(facts, text, value):
    assert facts(text).get("mortgage_balance") == value


@pytest.mark.parametrize("text", [
    "no debts at all apart from the mortgage, which is ongoing",
    "zero debt except the house",
    "we've no other debt besides the home loan",
])
def test_debts_denied_but_for_the_house_give_no_mortgage_zero(facts, text):
    got = facts(text)
    assert got.get("mortgage_balance") != 0
    assert got.get("other_debts") == 0


@pytest.mark.parametrize("text", [
    "we earn 95k between us",                      # a household's pay, not a balance
    "my brother still owes the building society 90k",
    "what if we went interest only on a 300k loan?",
    "I've 25k sitting in the building society",    # savings, not a debt
])
def test_no_mortgage_from_near_misses(facts, text):
    assert "mortgage_balance" not in facts(text)


def test_money_in_the_building_society_is_savings(facts):
    assert facts("I've 25k sitting in the building society").get("liquid_savings") == 25_000


@pytest.mark.parametrize("text,life,income", [
    ("death in service is four times my salary of 52k", 208_000, 52_000),
    ("I'm on 58k and the job gives me life cover at three times that", 174_000, 58_000),
    ("the company pays out 2x my salary if I die, I'm on 44k", 88_000, 44_000),
    ("employer gives life cover at 4x base salary, my base is 65k", 260_000, 65_000),
    ("I'm a civil servant, 41k, and have 3x salary death in service", 123_000, 41_000),
])
def test_cover_through_work_as_a_multiple_of_pay(facts, text, life, income):
    got = facts(text)
    assert got.get("existing_life_cover") == life
    assert got.get("annual_income") == income


@pytest.mark.parametrize("text", [
    "work does 3x salary life cover, not sure what I earn exactly",
    "I earn 52k and my husband gets 4x salary death in service",
    "my wife earns twice that and has life cover",
])
def test_no_multiple_without_the_prospects_pay(facts, text):
    assert "existing_life_cover" not in facts(text)


@pytest.mark.parametrize("text", [
    "I used to have 150k of life cover but it's gone now",
    "the life policy I had with my last employer ended when I left",
])
def test_cover_once_had_and_ended_is_zero(facts, text):
    assert facts(text).get("existing_life_cover") == 0


@pytest.mark.parametrize("text,fact,value", [
    ("took out a policy in 2021 for 750k, plus accident cover of 100k", "existing_life_cover", 750_000),
    ("took out a policy in 2021 for 750k, plus accident cover of 100k", "existing_accident_cover", 100_000),
    ("my plan is 400k life with 80k critical illness included", "existing_ci_cover", 80_000),
    ("I got a policy back in 2018 for 200k, and now I'm after some CI", "existing_life_cover", 200_000),
    ("reducing term cover tied to the mortgage, currently about 165k", "existing_life_cover", 165_000),
    ("the mortgage protection is decreasing, it's down to about 90k", "existing_life_cover", 90_000),
    ("I have 250k of life cover and my husband has 150k", "existing_life_cover", 250_000),
    ("her policy is 100k, and I've got 300k", "existing_life_cover", 300_000),
])
def test_cover_held_read_by_kind_and_holder(facts, text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize("text", [
    "my wife is a dentist, about 90k, and has 400k life cover",
    "my partner's a chef with 200k of life insurance through work",
    "her life cover is 300k, I've got none",
])
def test_a_spouses_cover_is_not_the_prospects_nor_their_pay(facts, text):
    got = facts(text)
    assert got.get("existing_life_cover", 0) == 0
    assert got.get("spouse_income") not in (200_000, 300_000, 400_000)
    assert "requested_cover" not in got


def test_reducing_cover_for_a_mortgage_still_owed_keeps_the_mortgage(facts):
    assert facts("we have cover for the mortgage (about 220k)").get("mortgage_balance") == 220_000


@pytest.mark.parametrize("text,value", [
    ("claimed three times on the car and once on the house since 2022", 4),
    ("2 claims on the van, one on the contents insurance", 3),
    ("we claimed on the home insurance in 2022 and the travel insurance last summer", 2),
])
def test_claims_per_policy_add_up(facts, text, value):
    assert facts(text).get("claims_5y") == value


@pytest.mark.parametrize("text,value", [
    ("I've put in 3 claims, one on the car and two on the house", 3),
    ("made two claims on the contents insurance, one for a burst pipe and one for a theft", 2),
    ("I claimed on the pet insurance and the insurance paid out within a week", 1),
])
def test_claims_broken_down_are_not_counted_twice(facts, text, value):
    assert facts(text).get("claims_5y") == value


@pytest.mark.parametrize("text", [
    "my husband's a full-time stay-at-home dad",
    "wife is a full time carer for the kids",
    "we've two little ones and my partner is home with them",
])
def test_a_spouse_at_home_has_no_income(facts, text):
    assert facts(text).get("spouse_income") == 0


@pytest.mark.parametrize("text", [
    "my wife is a carer at the hospice",
    "my husband is a full-time carer for his dad",
    "my wife is home with them on Mondays and works the rest of the week",
    "my brother's a stay at home dad",
])
def test_no_spouse_income_zero_from_near_misses(facts, text):
    assert facts(text).get("spouse_income") != 0


@pytest.mark.parametrize("text,value", [
    ("take home is 2,000 every 4 weeks", 26_000),
    ("paid weekly, about £520", 27_040),
    ("I'm paid fortnightly, 1,500 or so", 39_000),
])
def test_pay_periods_said_apart_from_the_sum(facts, text, value):
    assert facts(text).get("annual_income") == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "I'm paid monthly, we manage to save about 300",
    "I see the physio every 4 weeks",
])
def test_no_pay_from_a_period_said_beside_something_else(facts, text):
    assert "annual_income" not in facts(text)


@pytest.mark.parametrize("text,fact,value", [
    ("my bank card comes with some accident benefit, 100k", "existing_accident_cover", 100_000),
    ("my credit card has a travel accident bit worth 150k", "existing_accident_cover", 150_000),
    ("there's critical illness on my work package, 40k", "existing_ci_cover", 40_000),
])
def test_cover_that_comes_with_a_card_or_a_work_package(facts, text, fact, value):
    got = facts(text)
    assert got.get(fact) == value
    assert "other_debts" not in got and "annual_income" not in got


@pytest.mark.parametrize("text,fact,value", [
    ("I've about 6k on my credit card", "other_debts", 6_000),
    ("my work package is about 70k", "annual_income", 70_000),
])
def test_card_debt_and_package_pay_still_read(facts, text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize("text,value", [
    ("there's a pension with about 80k in it, no other savings really", 0),
    ("I try to keep roughly 6k aside for a rainy day", 6_000),
    ("we've about 12 grand tucked away", 12_000),
])
def test_savings_kept_back_or_denied_beside_a_pension(facts, text, value):
    assert facts(text).get("liquid_savings") == value


@pytest.mark.parametrize("text", [
    "my sister has 15k put by",
    "I keep 40 a month aside for this",   # a monthly sum is the budget, not savings
    "no other savings questions from me",
])
def test_no_savings_from_near_misses(facts, text):
    assert "liquid_savings" not in facts(text)


@pytest.mark.parametrize("text,value", [
    ("I'm a pharmacist on 80k, he's a plumber and gets roughly 50k", 50_000),
    ("my partner gets about 35k from the council", 35_000),
])
def test_a_spouse_who_gets_a_sum_is_paid_it(facts, text, value):
    assert facts(text).get("spouse_income") == value


@pytest.mark.parametrize("text", [
    "my wife gets 250k of life cover through her job",
    "my brother gets about 60k",
])
def test_no_spouse_pay_from_cover_or_another_relative(facts, text):
    assert "spouse_income" not in facts(text)


@pytest.mark.parametrize("text,facts_expected", [
    ("we spend about 3,500 a month and I'd put 70 of that toward insurance", {"monthly_premium_budget": 70}),
    ("we pay 1,300 a month toward the mortgage, about 190k left", {"mortgage_balance": 190_000}),
])
def test_toward_names_the_budget_or_a_repayment(facts, text, facts_expected):
    got = facts(text)
    for fact, value in facts_expected.items():
        assert got.get(fact) == value


def test_a_repayment_toward_the_mortgage_is_no_balance(facts):
    assert "mortgage_balance" not in facts("we spend 2.5k a month, 900 of it toward the mortgage")
