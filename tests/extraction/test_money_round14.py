"""Money phrasings, round 14 (from dev20's families): sums written in the Indian lakh grouping
("9,50,000"); the second pay of a pair said without a period shares the first one's ("I take
home 2,500 a month, my wife 1,800") (fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,fact,value", [
    ("my CTC is 14,50,000 per annum", "annual_income", 1_450_000),
    ("we've got about 6,75,000 sitting in the FD", "liquid_savings", 675_000),
    ("there's 32,00,000 outstanding on the home loan", "mortgage_balance", 3_200_000),
    ("I hold a term plan of 1,50,00,000", "existing_life_cover", 15_000_000),
])
def test_sums_in_lakh_grouping(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_a_bare_lakh_grouped_answer_to_the_income_question(facts):
    assert facts("Rs 8,40,000", expect="annual_income").get("annual_income") == 840_000


@pytest.mark.parametrize("text", [
    "my kids are 3,9,14 now",
    "I earn 52,000 a year",
])
def test_western_numbers_and_lists_are_not_lakh_sums(facts, text):
    got = facts(text)
    assert got.get("annual_income") in (None, 52_000)
    assert 3_914 not in got.values()


@pytest.mark.parametrize("text,own,spouse", [
    ("I bring home about 3,200 a month and my husband roughly 2,700", 38_400, 32_400),
    ("I clear R38 000 a month, my wife around R26 000", 456_000, 312_000),
    ("my partner earns 2,900 a month while I earn about 3,300", 39_600, 34_800),
    ("I'm on 5k a month and my wife about 4k", 60_000, 48_000),
])
def test_the_second_pay_of_a_pair_shares_the_first_ones_period(facts, text, own, spouse):
    got = facts(text)
    assert got.get("annual_income") == own and got.get("spouse_income") == spouse


@pytest.mark.parametrize("text,spouse", [
    ("I earn 4k a month and my wife earns 45k a year", 45_000),  # her own period
    ("I get 3k a month and my husband is on 38k", 38_000),  # a "k" said as a year's pay
    ("I earn 3,000 a month, my wife made 31,000 last year", 31_000),  # tenfold: not the same period
])
def test_a_second_pay_with_a_year_of_its_own_keeps_it(facts, text, spouse):
    assert facts(text).get("spouse_income") == spouse


@pytest.mark.parametrize("text", [
    "I earn 2,400 a month and my wife has 18,000 in savings",
    "I earn 2,600 a month and my wife pays 1,900 on her car loan",
    "I make 3,100 a month, my sister about 2,800",
])
def test_other_sums_beside_a_monthly_pay_are_not_spouse_pay(facts, text):
    assert "spouse_income" not in facts(text)


@pytest.mark.parametrize("text,spouse", [
    ("I take home about 41k and my wife roughly 36k", 36_000),
    ("I bring home 2,300 a month, my husband maybe 1,900", 22_800),
])
def test_a_spouse_named_with_a_bare_sum_after_the_prospects_pay(facts, text, spouse):
    assert facts(text).get("spouse_income") == spouse


@pytest.mark.parametrize("text", [
    "I'm on 48k, my brother about 40k",
    "I earn 52k and my wife has about 30k put by",
    "we want enough to bring home 3,000 a month for the kids",
])
def test_no_spouse_pay_from_others_or_savings(facts, text):
    assert "spouse_income" not in facts(text)


@pytest.mark.parametrize("text,value", [
    ("my wife and I are both paramedics, on about 39k each", 39_000),
    ("we bring in roughly 52k each", 52_000),
    ("he makes pretty much the same as me, 47k", 47_000),
])
def test_one_pay_said_for_both_of_a_couple(facts, text, value):
    got = facts(text)
    assert got.get("annual_income") == value and got.get("spouse_income") == value


@pytest.mark.parametrize("text", [
    "we've got two policies of 150k each",
    "she earns 36k, not the same as me",
    "the twins get 40 a month each in pocket money",
])
def test_each_and_same_elsewhere_give_no_second_pay(facts, text):
    got = facts(text)
    assert not ("annual_income" in got and "spouse_income" in got)


@pytest.mark.parametrize("text", [
    "I help my dad out with about 180 a month",
    "we support my husband's parents, around 220 a month",
])
def test_money_given_to_relatives_is_no_premium_budget(facts, text):
    assert "monthly_premium_budget" not in facts(text)


@pytest.mark.parametrize("text", [
    "I support my family so maybe 35 a month for the cover",
    "about 45 a month is what I could manage",
])
def test_a_budget_beside_family_talk_still_counts(facts, text):
    assert facts(text).get("monthly_premium_budget") in (35, 45)


@pytest.mark.parametrize("text,n", [
    ("I claimed on my travel insurance in 2023 and then claimed on the car after a bump last spring", 2),
    ("claimed on the house once for a burst pipe, also claimed on my phone cover", 2),
    ("I've claimed on the dog's insurance twice, plus claimed on the car once", 3),
])
def test_each_further_claimed_on_adds_its_claims(facts, text, n):
    assert facts(text).get("claims_5y") == n


@pytest.mark.parametrize("text", [
    "I claimed on the car insurance once, can't remember if I claimed on anything else",
    "I claimed on the car once, and if I claimed on the house would it cost more?",
    "I claimed on my car in 2024, and claimed on the house way back in 2011",
])
def test_an_unsure_hypothetical_or_old_second_claim_adds_nothing(facts, text):
    assert facts(text).get("claims_5y") == 1
