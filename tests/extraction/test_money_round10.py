"""Money and cover phrasings, round 10 (from dev13's families): a spouse with no wage said
in everyday ways, a relation word opening a message, the spouse's pay after a repeated
pronoun or in millions, owner's pay "after expenses" or "cleared", savings in a credit
union, rent with everything else, "no house mortgage", never having had life or accident
cover, medical cover through a spouse's plan or a state card (fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "my husband helps out in the shop but he doesn't take a wage",
    "Hubby is at home with the children for now",
    "Partner is home full time with our baby, so nothing coming in from his side",
    "no income on her side at the moment, she's studying",
    "Husband is a stay at home dad, 3 kids",
])
def test_a_spouse_without_a_wage_is_zero(facts, text):
    assert facts(text).get("spouse_income") == 0


@pytest.mark.parametrize("text", [
    "my sister doesn't take a wage from the farm",
    "Wife is 38, two kids",
])
def test_no_zero_spouse_income_without_a_spouse_saying_so(facts, text):
    assert "spouse_income" not in facts(text)


def test_a_relation_word_opening_a_message_is_no_childs_name(facts):
    got = facts("Husband is 52, we have a son of 19")
    assert got.get("children_ages") in (None, [19])


@pytest.mark.parametrize("text,value", [
    ("my husband he drive taxi, maybe 2000 a month", 24_000),
    ("my wife is a pharmacist in Lagos, about 6.5m per annum", 6_500_000),
])
def test_the_spouses_pay(facts, text, value):
    got = facts(text)
    assert got.get("spouse_income") == value
    assert "annual_income" not in got


def test_the_spouses_company_plan_is_not_their_pay(facts):
    assert "spouse_income" not in facts("the kids are on the health plan from my wife's company, 5 lakh")


@pytest.mark.parametrize("text,value", [
    ("after costs I'm left with about 52k a year from the van", 52_000),
    ("I net around 61k in a decent year", 61_000),
])
def test_an_owners_pay_after_costs(facts, text, value):
    got = facts(text)
    assert got.get("annual_income") == value
    assert "monthly_expenses" not in got


def test_clearing_the_mortgage_is_no_income(facts):
    assert "annual_income" not in facts("I'd like to clear about 40k off the house")


def test_savings_in_a_credit_union(facts):
    assert facts("there's about 3 grand sitting in the credit union").get("liquid_savings") == 3000


def test_cover_through_a_credit_union_is_not_savings(facts):
    got = facts("the credit union gives me a death benefit of 20k")
    assert "liquid_savings" not in got


def test_rent_with_everything_else_is_expenses(facts):
    assert facts("rent and all the bills come to maybe 2,400 a month").get("monthly_expenses") == 2400


def test_no_house_mortgage(facts):
    assert facts("there's no home mortgage, we built it ourselves").get("mortgage_balance") == 0


def test_never_had_life_or_accident_cover(facts):
    got = facts("never had any life cover or accident cover in my life")
    assert got.get("existing_life_cover") == 0
    assert got.get("existing_accident_cover") == 0


@pytest.mark.parametrize("text", [
    "we've got the Ayushman card for the hospital",
    "I'm on my husband's plan through his work",
])
def test_medical_cover_through_a_spouse_or_state_card(facts, text):
    assert facts(text).get("has_medical_cover") is True


@pytest.mark.parametrize("text,fact,value", [
    ("I'm on about 72k, sorry no, 62k, I mixed it up", "annual_income", 62_000),
    ("my wife earns 48k - wait, actually 52k", "spouse_income", 52_000),
    ("about 44k basic, plus the overtime, call it 50", "annual_income", 50_000),
])
def test_the_corrected_figure_wins(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_a_fortnightly_range_beside_talk_of_hours_is_pay(facts):
    assert facts("my hours change a lot, somewhere between 1000 and 1400 a fortnight").get("annual_income") == 31_200


def test_hours_a_week_are_no_pay(facts):
    assert "annual_income" not in facts("I do about 45 hours a week on the road")


@pytest.mark.parametrize("text,fact,value", [
    ("my pension and the state pension are about $3,000 a month together", "annual_income", 36_000),
    ("Husband is retired, he draws an army pension, roughly 1,900 a month", "spouse_income", 22_800),
])
def test_pensions_paid_are_income(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_a_price_refused_is_no_budget(facts):
    assert "monthly_premium_budget" not in facts("I won't be spending 90 a month on this, no way")


def test_the_mortgage_as_purpose_is_no_balance(facts):
    got = facts("maybe 400k so the mortgage gets paid off if I go")
    assert "mortgage_balance" not in got


@pytest.mark.parametrize("text,value", [
    ("the flat still has around 120k on it and I earn 38k", 120_000),
    ("I want the mortgage sorted, there's 60k left on it, so maybe 100k of cover", 60_000),
])
def test_what_is_left_on_the_house(facts, text, value):
    assert facts(text).get("mortgage_balance") == value


def test_a_second_policy_listed_after_one_held_is_held(facts):
    got = facts("I already have an LIC plan of about 30 lakh, and one accident policy of 5 lakh")
    assert got.get("existing_life_cover") == 3_000_000
    assert got.get("existing_accident_cover") == 500_000
    assert "requested_cover" not in got


def test_a_policy_wanted_after_one_held_stays_wanted(facts):
    got = facts("I've got 150k life through work and I'd like a CI policy of 60k")
    assert got.get("existing_life_cover") == 150_000
    assert got.get("requested_cover") == 60_000


@pytest.mark.parametrize("text,value", [
    ("Could do 20, 25 pounds a month at most", 22.5),
    ("I'd say 30, 40 dollars a month is fine", 35),
])
def test_two_figures_listed_are_a_range(facts, text, value):
    assert facts(text).get("monthly_premium_budget") == value


def test_figures_of_different_things_are_no_range(facts):
    got = facts("the kids are 7, 9 and we could do £40 a month")
    assert got.get("monthly_premium_budget") == 40


@pytest.mark.parametrize("text,fact,value", [
    ("Hubby's a joiner, earning about 52", "spouse_income", 52_000),
    ("I'm a welder making roughly 64 before tax", "annual_income", 64_000),
])
def test_a_bare_figure_earned_is_thousands(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_a_bare_figure_of_things_made_is_no_pay(facts):
    assert "annual_income" not in facts("I make about 60 deliveries a day")


@pytest.mark.parametrize("text,value", [
    ("annual profit from the salon is roughly 70k", 70_000),
    ("monthly profit comes to about ₦900,000", 10_800_000),
])
def test_an_owners_profit_is_the_income(facts, text, value):
    assert facts(text).get("annual_income") == value


def test_federal_group_life_is_cover_held(facts):
    got = facts("I have FEGLI through my agency, about 120k")
    assert got.get("existing_life_cover") == 120_000
    assert "requested_cover" not in got


@pytest.mark.parametrize("text", [
    "the only claim I made was for a cracked windscreen in 2023",
    "only time I ever claimed was when the shed got flooded",
])
def test_the_only_claim_is_one(facts, text):
    assert facts(text).get("claims_5y") == 1


def test_claims_are_not_an_only_claim(facts):
    assert facts("my only claims were on the car, twice").get("claims_5y") != 1


def test_a_bare_debt_after_a_sum_in_thousands(facts):
    assert facts("the van finance is 18k and my card is about 3 owing").get("other_debts") == 21_000


@pytest.mark.parametrize("text,value", [
    ("basic is 42k, but with the overtime it's nearer 50k", 50_000),
    ("base 70k and with bonus I normally land around 85k", 85_000),
])
def test_the_total_with_extras_beats_the_base(facts, text, value):
    assert facts(text).get("annual_income") == value


def test_the_base_stays_when_no_total_is_said(facts):
    assert facts("about 39k basic, plus overtime when it's going").get("annual_income") == 39_000
