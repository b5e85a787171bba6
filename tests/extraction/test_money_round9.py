"""Money and cover phrasings, round 9: a figure taken back with "not", pay labelled per
person, a spouse with no income, one person's several jobs added up, cover from a card or
a union, form-style "none" answers, cards cleared monthly, savings as months of spending,
someone else's premium and imagined pay (fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,fact,value", [
    ("oops, 72k not 27k is what I earn", "annual_income", 72_000),
    ("my pay is 38 grand, not 48, sorry fat fingers", "annual_income", 38_000),
    ("I earn not 50k but 60k", "annual_income", 60_000),
    ("we owe 12k on the car, not 21k", "other_debts", 12_000),
])
def test_the_figure_taken_back_with_not_loses(facts, text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize("text,own,spouse", [
    ("pay-wise: me about 52k, hubby 61k", 52_000, 61_000),
    ("we both work, incomes are me 45k and the wife 30k", 45_000, 30_000),
    ("salaries: mine 80k, his 95k", 80_000, 95_000),
])
def test_pay_labelled_per_person(facts, text, own, spouse):
    got = facts(text)
    assert got.get("annual_income") == own and got.get("spouse_income") == spouse


def test_labels_without_pay_talk_are_no_income(facts):
    got = facts("savings: me 10k, him 5k")
    assert "annual_income" not in got and "spouse_income" not in got


@pytest.mark.parametrize("text", [
    "missus is retired and has no income",
    "my husband's income is nil at the moment",
    "she's a housewife, no income",
    "my partner is disabled and has no income, I earn 40k",
])
def test_a_spouse_with_no_income(facts, text):
    assert facts(text).get("spouse_income") == 0


@pytest.mark.parametrize("text", [
    "my mum lives with us, her income is nil",
    "my wife earns 30k, no income from me since I was laid off",
])
def test_no_income_that_is_not_the_spouses(facts, text):
    assert facts(text).get("spouse_income") != 0


@pytest.mark.parametrize("text,value", [
    ("I drive a cab and do security on weekends, both jobs together come to about 42k", 42_000),
    ("I've got a side hustle and a day job, combined maybe 55k", 55_000),
    ("two jobs, a bakery in the mornings and a bar at night. together about 2500 a month", 30_000),
])
def test_one_persons_jobs_added_up(facts, text, value):
    assert facts(text).get("annual_income") == value


def test_a_couples_combined_pay_is_still_neither(facts):
    got = facts("my husband and I together make about 120k")
    assert "annual_income" not in got and "spouse_income" not in got


@pytest.mark.parametrize("text,fact,value", [
    ("death in service is 3x salary which is 45k", "existing_life_cover", 135_000),
    ("death in service is 3x salary which is 45k", "annual_income", 45_000),
    ("union gives me accident cover, £15k, and there's life cover at work too, 100k", "existing_accident_cover", 15_000),
    ("there's some accident cover bundled with my bank account, 20k I think", "existing_accident_cover", 20_000),
    ("accidental death benefit of 30k from my credit card", "existing_accident_cover", 30_000),
])
def test_cover_held_through_a_union_card_or_employer(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_a_card_benefit_is_no_savings_or_request(facts):
    got = facts("there's some accident cover bundled with my bank account, 20k I think")
    assert "liquid_savings" not in got and "requested_cover" not in got


@pytest.mark.parametrize("text,fact", [
    ("life cover: nil. CI: nil. health: through work", "existing_life_cover"),
    ("life cover: nil. CI: nil. health: through work", "existing_ci_cover"),
    ("critical illness - none", "existing_ci_cover"),
    ("accident cover none", "existing_accident_cover"),
    ("neither of us has any life insurance", "existing_life_cover"),
    ("none of us have life cover on the farm, me neither", "existing_life_cover"),
])
def test_no_cover_said_in_a_list_or_for_a_group(facts, text, fact):
    assert facts(text).get(fact) == 0


def test_a_family_without_cover_says_nothing_of_the_prospect(facts):
    assert "existing_life_cover" not in facts("Nobody in my family has life insurance as far as I know")


@pytest.mark.parametrize("text", [
    "I clear my credit card every month, no other debts",
    "cards paid off each month, only the mortgage",
    "no car loans and the credit card gets paid off every month",
])
def test_cards_cleared_monthly_are_no_debt(facts, text):
    assert facts(text).get("other_debts") == 0


@pytest.mark.parametrize("text,value", [
    ("we spend 3k a month and have about 4 months of that put away", 12_000),
    ("roughly 6 months' expenses saved, expenses are about 2500 a month", 15_000),
    ("I have 3 months salary in the bank, I'm on 60k", 15_000),
])
def test_savings_said_as_months(facts, text, value):
    assert facts(text).get("liquid_savings") == value


def test_months_saved_with_nothing_to_multiply_give_no_savings(facts):
    assert "liquid_savings" not in facts("I've got a few months saved up")


@pytest.mark.parametrize("text", [
    "my brother pays 55 a month for his life insurance",
    "my mate's on 30 a month for his",
])
def test_someone_elses_premium_is_not_the_budget(facts, text):
    assert "monthly_premium_budget" not in facts(text)


def test_own_budget_after_someone_elses_premium(facts):
    assert facts("my mate's on 30 a month for his, I could probably do 40").get("monthly_premium_budget") == 40


@pytest.mark.parametrize("text,fact", [
    ("suppose I earned 80k, what would you recommend", "annual_income"),
    ("let's say I was on 120k, would that change things", "annual_income"),
    ("if I had 100k in savings would I still need cover", "liquid_savings"),
])
def test_imagined_money_is_no_fact(facts, text, fact):
    assert fact not in facts(text)


@pytest.mark.parametrize("text,value", [
    ("we'd want 500k so my husband could pay off the house", 500_000),
    ("cover to replace my income for 5 years, maybe 300k", 300_000),
])
def test_a_sum_for_the_mortgage_or_pay_is_cover_not_a_balance(facts, text, value):
    got = facts(text)
    assert "mortgage_balance" not in got and "annual_income" not in got and got.get("requested_cover") == value


@pytest.mark.parametrize("text,fact,value", [
    ("my state pension is about 11k a year", "annual_income", 11_000),
    ("I get a pension of 1,500 a month from the council", "annual_income", 18_000),
    ("my husband gets a pension of 2k a month", "spouse_income", 24_000),
])
def test_a_pension_paid_now_is_income(facts, text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize("text", [
    "my pension will be about 28k when I retire",
    "I put 5k a year into my pension",
])
def test_a_pension_to_come_or_paid_into_is_no_income(facts, text):
    assert "annual_income" not in facts(text)


def test_once_the_salary_is_both_figures(facts):
    got = facts("accidental death through my job at 1x salary, which is 62k")
    assert got.get("annual_income") == 62_000 and got.get("existing_accident_cover") == 62_000


@pytest.mark.parametrize("text,value", [
    ("crit illness 40k, taken out in 2021", 40_000),
    ("I've got crit ill cover of 50k through work", 50_000),
])
def test_critical_illness_shortened(facts, text, value):
    assert facts(text).get("existing_ci_cover") == value


def test_a_monthly_sum_put_towards_cover_is_the_budget(facts):
    assert facts("we pay 1,100 on the mortgage but could put 45 a month towards insurance").get("monthly_premium_budget") == 45


@pytest.mark.parametrize("text", [
    "hubby is jobless at the moment",
    "wife's retired, gets nothing",
    "spouse income: nil",
    "husband - no job, looking after the baby",
])
def test_a_spouse_without_work_earns_nothing(facts, text):
    assert facts(text).get("spouse_income") == 0


@pytest.mark.parametrize("text,value", [
    ("all in all about 40k from the three jobs", 40_000),
    ("in total maybe 30k across both jobs", 30_000),
    ("my total income is 40k", 40_000),
])
def test_a_total_with_no_household_is_own_pay(facts, text, value):
    assert facts(text).get("annual_income") == value


def test_a_bills_total_is_not_taken_as_a_household_income(facts):
    assert facts("rent and bills together about 2k a month").get("monthly_expenses") == 2_000


def test_a_total_said_after_the_parts_is_not_added_again(facts):
    assert facts("I owe 5k on the card and 3k on the car, 8k in total").get("other_debts") == 8_000


@pytest.mark.parametrize("text,own,spouse", [
    ("I earn 45k, my husband 52k", 45_000, 52_000),
    ("income: me 38k, wife 24k part time", 38_000, 24_000),
])
def test_the_spouses_pay_said_by_ellipsis(facts, text, own, spouse):
    got = facts(text)
    assert got.get("annual_income") == own and got.get("spouse_income") == spouse


def test_a_figure_taken_back_in_brackets(facts):
    assert facts("45k (not 54k) is my salary").get("annual_income") == 45_000


def test_a_form_style_life_none(facts):
    got = facts("life: none. ci: none.")
    assert got.get("existing_life_cover") == 0 and got.get("existing_ci_cover") == 0


@pytest.mark.parametrize("text", [
    "my sister's husband has no income",
    "my friend's wife is a homemaker",
    "my ex-wife has no income so I pay maintenance",
])
def test_someone_elses_spouse_or_an_ex_is_no_spouse_income(facts, text):
    assert "spouse_income" not in facts(text)


def test_a_sum_shared_with_a_relative_is_not_own_pay(facts):
    assert "annual_income" not in facts("my brother and I together make about 100k from the garage")


def test_a_retired_spouses_pension_is_their_income(facts):
    assert facts("wife retired, just her state pension, about 9k").get("spouse_income") == 9_000


def test_a_spouses_pension_pot_is_no_income(facts):
    assert "spouse_income" not in facts("my husband is retired, his pension is worth 300k")


@pytest.mark.parametrize("text,value", [
    ("if I had to guess I earn about 45k", 45_000),
    ("I'd say I make around 60k", 60_000),
])
def test_a_hedged_real_figure_is_not_imagined(facts, text, value):
    assert facts(text).get("annual_income") == value
