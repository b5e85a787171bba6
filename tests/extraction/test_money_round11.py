"""Money and cover phrasings, round 11 (from dev15's and dev16's families): a mortgage said to be
finished in everyday words, a home loan named as a loan, a balance after a remortgage, the
mortgage's size said beside cover for it, a balance in millions that is no height, "so the
mortgage goes" as a purpose; someone else's pay or balance; "don't have one" as a bare answer
(fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "the bond is done and dusted thankfully",
    "we finished paying off the house two years back",
    "his pension lump sum cleared the mortgage",
    "made our final mortgage payment in the spring",
    "mortgage was done years ago, kids have left home",
])
def test_a_finished_mortgage_is_zero(facts, text):
    assert facts(text).get("mortgage_balance") == 0


@pytest.mark.parametrize("text", [
    "is the mortgage done through a broker or the bank?",
    "my sister's mortgage is done and dusted, lucky her",
    "the mortgage is finished in 2041 if we keep paying",
    "I'd like to have cleared the mortgage before I retire",
    "we cleared the house out when mum moved into care",
])
def test_no_finished_mortgage_from_near_misses(facts, text):
    assert facts(text).get("mortgage_balance") != 0


@pytest.mark.parametrize("text,value", [
    ("Bought our first flat in May, 310k loan over 25 years", 310_000),
    ("we refinanced, err remortgaged, for the loft so now we owe about 260k", 260_000),
    ("I need something to cover the bond (roughly 850k) if I die", 850_000),
    ("we still owe 1.4m on the house", 1_400_000),
    ("I'd want 3 million, there's 1.1m left on the mortgage", 1_100_000),
])
def test_the_mortgage_balance(facts, text, value):
    assert facts(text).get("mortgage_balance") == value


@pytest.mark.parametrize("text", [
    "we own the house outright but I have a 150k equipment loan for the farm",
    "need about 600k so the mortgage goes and the kids are fine",
    "thinking of remortgaging for a kitchen, maybe 30k",
])
def test_no_mortgage_balance_from_other_sums(facts, text):
    assert facts(text).get("mortgage_balance") in (None, 0)


def test_a_metre_height_still_reads(facts):
    assert facts("I'm 1.72m and 75kg").get("height_cm") == 172


@pytest.mark.parametrize("text", [
    "the guy next door earns 45k and he's got a boat",
    "a woman at work makes 80k doing the same job as me",
    "my neighbour has about 250k left on his mortgage",
])
def test_a_strangers_money_is_not_the_prospects(facts, text):
    got = facts(text)
    assert "annual_income" not in got and "mortgage_balance" not in got


def test_own_pay_beside_a_strangers(facts):
    assert facts("I'm on 52k, my mate next door earns way more").get("annual_income") == 52_000


@pytest.mark.parametrize("text", ["don't have one", "mortgage? haven't got one, we rent", "never had one"])
def test_none_held_as_a_bare_answer(facts, text):
    assert facts(text, expect="mortgage_balance").get("mortgage_balance") == 0


def test_had_one_is_still_a_count(facts):
    assert facts("I've had one, a cracked windscreen", expect="claims_5y").get("claims_5y") == 1


@pytest.mark.parametrize("text,value", [
    ("we've got medical through his work and that's about it", True),
    ("nothing in place, not even a hospital plan", False),
    ("I had to drop my private health when the business went under", False),
])
def test_medical_cover_in_everyday_words(facts, text, value):
    assert facts(text).get("has_medical_cover") is value


@pytest.mark.parametrize("text", [
    "I have medical appointments every month for my knee",
    "I've got medical records from the clinic if you need them",
    "a lady at my church has no health insurance at all",
    "is that not even medical? I thought it was",
])
def test_no_medical_cover_from_near_misses(facts, text):
    assert "has_medical_cover" not in facts(text)


@pytest.mark.parametrize("text", [
    "two kids, a stay-at-home husband, and I'm on 75k",
    "the missus stays home with our twins, so no money coming in from her",
])
def test_a_stay_at_home_spouse_earns_nothing(facts, text):
    assert facts(text).get("spouse_income") == 0


def test_own_pay_beside_a_stay_at_home_spouse(facts):
    got = facts("a non-working wife and two boys, I earn 88k")
    assert got.get("annual_income") == 88_000 and got.get("spouse_income") == 0


@pytest.mark.parametrize("text,spouse", [
    ("I make roughly the same as my wife, about 52k", 52_000),
    ("my husband makes more than me, like twice as much. I'm on 35k", 70_000),
    ("Wife gets a carer's allowance, it's about 1,500 a month", 18_000),
])
def test_the_spouses_pay_said_beside_ones_own(facts, text, spouse):
    assert facts(text).get("spouse_income") == spouse


@pytest.mark.parametrize("text", [
    "I'm a stay at home mum, three under five",
    "I earn about the same as my husband's brother, 45k",
    "my mum is on a pension, it's about 900 a month",
])
def test_no_spouse_pay_from_near_misses(facts, text):
    assert "spouse_income" not in facts(text)


@pytest.mark.parametrize("text,fact,value", [
    ("critical illness? yes, about 80k through my employer", "existing_ci_cover", 80_000),
    ("my gran set up a small life policy for me when I was a baby, it's worth maybe 15k today", "existing_life_cover", 15_000),
    ("no trauma or accident cover at all", "existing_accident_cover", 0),
])
def test_cover_held(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_a_relatives_own_policy_naming_the_prospect_is_not_held(facts):
    got = facts("my mum took out a policy for me as her beneficiary, it pays 50k when she goes")
    assert "existing_life_cover" not in got


@pytest.mark.parametrize("text,fact,value", [
    ("Rainy day fund is about three months of expenses, roughly 12k", "liquid_savings", 12_000),
    ("25k in premium bonds and some in my current account, 31k in total", "liquid_savings", 31_000),
    ("on top of the mortgage we have a sofa on finance, 1,800 left", "other_debts", 1_800),
    ("I work shifts at the depot, paid by the hour so it varies. Roughly 34k.", "annual_income", 34_000),
    ("Solidly six figures, about 140k before bonus", "annual_income", 140_000),
    ("could manage 40 to 50 pounds a month, just to cover the kids if I go", "monthly_premium_budget", 45),
])
def test_sums_in_everyday_words(facts, text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize("text,fact", [
    ("I spend about two months of expenses on Christmas every year", "liquid_savings"),
    ("I want to go to college one day. About time!", "other_debts"),
    ("we have six figures in savings, maybe 120k", "annual_income"),
])
def test_no_sum_from_near_misses(facts, text, fact):
    assert fact not in facts(text)


@pytest.mark.parametrize("text,n", [
    ("claimed on the car insurance for a dent and on my travel insurance in 2024", 2),
    ("I claimed on the pet insurance and on top of that nothing else", 1),
    ("claimed on my home insurance and my husband claimed on his", 1),
])
def test_claims_on_several_policies_add_up(facts, text, n):
    assert facts(text).get("claims_5y") == n


@pytest.mark.parametrize("text,fact,value", [
    ("cleaner at a school, 25 hours a week at 12.40", "annual_income", 16_120),
    ("we manage on roughly 2,200 a month", "monthly_expenses", 2_200),
    ("the lender insisted we take life cover with the mortgage, it's for 310k", "existing_life_cover", 310_000),
    ("we had to take out a policy for the mortgage, 240k", "existing_life_cover", 240_000),
])
def test_more_everyday_sums(facts, text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize("text,fact", [
    ("I volunteer 6 hours a week at 70 years young", "annual_income"),
    ("I live on a narrowboat these days", "monthly_expenses"),
    ("the broker reckons we could borrow 280k", "mortgage_balance"),
    ("we've been viewing flats around 300k", "mortgage_balance"),
])
def test_no_sum_from_more_near_misses(facts, text, fact):
    assert fact not in facts(text)


@pytest.mark.parametrize("text", [
    "honestly never got round to sorting any life insurance",
    "I used to have a policy but cashed it in during lockdown",
    "had cover with my old job, not since I went freelance",
    "we're not insured at all, that's the problem",
])
def test_no_life_cover_in_everyday_words(facts, text):
    assert facts(text).get("existing_life_cover") == 0


@pytest.mark.parametrize("text", [
    "my brother never got round to getting life insurance",
    "zero cover for pre-existing stuff, is that right?",
    "I used to have a policy through work and I still do",
])
def test_no_zero_life_cover_from_near_misses(facts, text):
    assert facts(text).get("existing_life_cover") != 0


def test_never_getting_round_to_health_insurance(facts):
    assert facts("never got around to getting private health cover").get("has_medical_cover") is False


@pytest.mark.parametrize("text,value", [
    ("bond is about half paid, roughly 400k to go", 400_000),
    ("we took out a 280k mortgage in 2016, it's maybe 190k now", 190_000),
    ("we took out a 320k mortgage in the summer", 320_000),
])
def test_what_is_left_on_the_mortgage(facts, text, value):
    assert facts(text).get("mortgage_balance") == value


def test_what_the_house_cost_is_no_sum_wanted(facts):
    got = facts("the flat cost 380k and we put down 60k")
    assert "requested_cover" not in got and "mortgage_balance" not in got
