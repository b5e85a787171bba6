"""Money phrasings, round 17 (from dev24's and dev25's families): a wish to have the house paid off
is no mortgage zero; "nothing owed" but the mortgage is no other debt; a list of cover held "both
through the bank"; a bare figure after a kind of cover listed next is in thousands; what is left of
a loan beats the sum first taken; the figure "now" beats the one it started at; a word on the
spouse's pay between their job and the sum; a spouse "earning similar" (fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "the big thing is making sure the mortgage is paid off if anything happens to me",
    "all I want is the kids looked after and the flat paid off",
    "ensuring the house is paid off should the worst happen, that's it really",
    "what matters is the mortgage is cleared if I die",
], ids=["making-sure", "long-list-then-house", "ensuring", "is-cleared-if"])
def test_a_house_wished_paid_off_is_no_mortgage_zero(facts, text):
    assert "mortgage_balance" not in facts(text)


@pytest.mark.parametrize("text", [
    "the mortgage is paid off, we finished it in 2021",
    "we paid the house off when we sold the business",
], ids=["is-paid-off", "paid-off-when"])
def test_a_house_paid_off_is_still_a_mortgage_zero(facts, text):
    assert facts(text).get("mortgage_balance") == 0


@pytest.mark.parametrize("text", [
    "nothing owed apart from the mortgage",
    "nothing else owed except the house",
], ids=["apart-from", "except"])
def test_nothing_owed_but_the_mortgage_is_no_other_debt(facts, text):
    assert facts(text).get("other_debts") == 0


def test_nothing_owed_on_the_house_is_no_other_debt_zero(facts):
    assert "other_debts" not in facts("nothing owed on the house")


@pytest.mark.parametrize("text,life,other,value", [
    ("life cover 200k and critical illness 60k, both through the bank", 200_000, "existing_ci_cover", 60_000),
    ("life 350k, CI 75k, both from my employer", 350_000, "existing_ci_cover", 75_000),
    ("term life 400k and accident cover 50k, all via work", 400_000, "existing_accident_cover", 50_000),
], ids=["through-the-bank", "from-my-employer", "all-via-work"])
def test_a_list_of_cover_held_through_one_place_is_held(facts, text, life, other, value):
    got = facts(text)
    assert got.get("existing_life_cover") == life and got.get(other) == value and "requested_cover" not in got


def test_a_list_of_cover_wanted_through_us_is_still_wanted(facts):
    got = facts("I'd like life cover 300k and CI 100k, both through you")
    assert "existing_life_cover" not in got and "existing_ci_cover" not in got


@pytest.mark.parametrize("text,fact,value", [
    ("life cover 250 grand with Zurich and critical illness 40", "existing_ci_cover", 40_000),
    ("I have 150k life and CI 30 through work", "existing_ci_cover", 30_000),
    ("I've got 200k life cover plus accident cover 25, both with the bank", "existing_accident_cover", 25_000),
], ids=["grand-then-ci", "k-then-ci", "plus-accident"])
def test_a_bare_figure_after_a_cover_kind_listed_is_thousands(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_an_age_after_cover_is_no_cover_in_thousands(facts):
    got = facts("I have 300k life cover and ci at 50")
    assert got.get("existing_life_cover") == 300_000 and "existing_ci_cover" not in got


@pytest.mark.parametrize("text,fact,value", [
    ("we took a 60k loan for the shop last year, about 48k of it left now", "other_debts", 48_000),
    ("took out a 20k car loan in 2023, 12k of it still left", "other_debts", 12_000),
    ("we borrowed 250k for the house, 180k of that still to go", "mortgage_balance", 180_000),
    ("bought in 2022, mortgage 380k over 25 years, still about 365k to go", "mortgage_balance", 365_000),
], ids=["of-it-left", "of-it-still-left", "of-that-to-go", "over-n-years"])
def test_what_is_left_beats_the_sum_first_taken(facts, text, fact, value):
    got = facts(text)
    assert got.get(fact) == value and "annual_income" not in got


@pytest.mark.parametrize("text,fact,value", [
    ("the mortgage was 300k, I think 260k now", "mortgage_balance", 260_000),
    ("the car loan was 15k, maybe 9k these days", "other_debts", 9_000),
], ids=["i-think-now", "maybe-these-days"])
def test_the_figure_now_beats_the_one_before(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_a_share_of_spending_is_still_no_balance(facts):
    assert "mortgage_balance" not in facts("we spend 2k a month, mortgage 1200 of that")


@pytest.mark.parametrize("text,value", [
    ("my husband is a bus driver, good money, about 48k", 48_000),
    ("my wife's a midwife, pays ok, 41k", 41_000),
    ("husband is a plumber, decent money too, roughly 62k", 62_000),
], ids=["good-money", "pays-ok", "decent-money-too"])
def test_a_word_on_the_spouses_pay_before_the_sum(facts, text, value):
    assert facts(text).get("spouse_income") == value


def test_a_spouses_cover_after_a_word_on_pay_is_no_pay(facts):
    got = facts("my husband is a plumber, good money, 300k life cover through work")
    assert "spouse_income" not in got


@pytest.mark.parametrize("text,value", [
    ("I'm an accountant on about 70k, wife is a solicitor earning similar", 70_000),
    ("I earn about 60k, husband is a nurse making about half", 30_000),
    ("I make 40k, she's a teacher bringing in the same", 40_000),
], ids=["earning-similar", "making-half", "bringing-in-the-same"])
def test_a_spouse_earning_relative_to_me(facts, text, value):
    assert facts(text).get("spouse_income") == value


@pytest.mark.parametrize("text,fact,value", [
    ("my accident cover pays out 150k if I'm killed at work", "existing_accident_cover", 150_000),
    ("my life policy pays out 300k", "existing_life_cover", 300_000),
    ("the accident policy pays 50k for a broken leg", "existing_accident_cover", 50_000),
], ids=["accident-pays-out", "life-policy-pays-out", "accident-policy-pays"])
def test_a_policy_said_to_pay_out_a_sum_is_held(facts, text, fact, value):
    got = facts(text)
    assert got.get(fact) == value and "requested_cover" not in got


@pytest.mark.parametrize("text,value", [
    ("we spend far too much, probably 4k a month with the nursery fees", 4_000),
    ("we spend about 3,500 a month with childcare", 3_500),
    ("honestly we spend 2,700 a month including the petrol", 2_700),
], ids=["with-the-nursery", "with-childcare", "including-the-petrol"])
def test_a_bill_counted_in_the_spending_total_leaves_it_spending(facts, text, value):
    assert facts(text).get("monthly_expenses") == value


def test_a_bill_on_its_own_is_no_household_spending(facts):
    assert "monthly_expenses" not in facts("nursery is 1,100 a month")


@pytest.mark.parametrize("text,value", [
    ("only what work gives, 4 times salary. I earn 42k", 168_000),
    ("just what the company provides, twice my salary, and I'm on 50k", 100_000),
    ("whatever my job offers, 3x salary. I'm on 30k", 90_000),
], ids=["work-gives", "company-provides", "job-offers"])
def test_what_work_gives_at_a_multiple_of_pay_is_cover_held(facts, text, value):
    assert facts(text, expect="existing_life_cover").get("existing_life_cover") == value


@pytest.mark.parametrize("text,value", [
    ("Mortgage: 300,000. Car: 18,000.", 18_000),
    ("mortgage 150k, van - 12k", 12_000),
    ("debts: car: 7k, cards: 2k", 9_000),
], ids=["car-colon", "van-dash", "car-and-cards"])
def test_a_vehicle_labelled_in_a_debt_list_is_a_debt(facts, text, value):
    assert facts(text).get("other_debts") == value


def test_a_vehicle_payment_a_month_is_no_balance(facts):
    assert "other_debts" not in facts("car: 300 a month")


@pytest.mark.parametrize("text", [
    "my fiance has a policy for 150k, I've never had one",
    "he's got 250k life cover through work, but I've got zilch",
    "my wife has 300k of cover. I've got nothing at all",
], ids=["never-had-one", "got-zilch", "nothing-at-all"])
def test_cover_of_a_partners_then_none_of_ones_own_is_zero(facts, text):
    assert facts(text).get("existing_life_cover") == 0


def test_none_of_another_kind_is_no_life_cover_zero(facts):
    assert "existing_life_cover" not in facts("I've got a life policy, but critical illness? I have none")
