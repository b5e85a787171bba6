"""Money phrasings, round 16 (from dev23's families): an hourly rate beside talk of the hours
worked; spending a household "gets through"; stability said of salaries in the plural; health
that is "stable" is no pay; a mortgage wished paid off on death is no balance
(fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,value", [
    ("$31/hr right now, full time hours", 31 * 2080),
    ("£13.50 an hour, only part time hours though", 13.5 * 2080),
    ("22 dollars per hour, regular hours mon to fri", 22 * 2080),
    ("I'm on 19/hr, the shifts are long", 19 * 2080),
], ids=["full-time-hours", "part-time-hours", "regular-hours", "long-shifts"])
def test_an_hourly_rate_is_pay_beside_talk_of_hours(facts, text, value):
    assert facts(text).get("annual_income") == pytest.approx(value)


@pytest.mark.parametrize("text,value", [
    ("honestly we get through about 2,900 a month between everything", 2_900),
    ("the family gets through roughly 4k a month", 4_000),
    ("we blow through about 3,200 a month without trying", 3_200),
    ("as a household we're getting through 2.5k a month", 2_500),
], ids=["get-through", "gets-through", "blow-through", "getting-through"])
def test_what_the_household_gets_through_is_spending(facts, text, value):
    got = facts(text)
    assert got.get("monthly_expenses") == value and "annual_income" not in got


@pytest.mark.parametrize("text", [
    "she's a nurse on 45k, i'm an electrician on 58k, both salaries steady",
    "both our salaries are stable",
    "salaries are steady for both of us thankfully",
], ids=["both-steady", "our-salaries", "steady-for-both"])
def test_steady_salaries_are_stable_income(facts, text):
    assert facts(text).get("income_stability") == "stable"


@pytest.mark.parametrize("text", [
    "anxiety since my twenties, stable on medication now, and my brother has it",
    "my blood pressure is steady on tablets",
    "been in a stable relationship for 6 years, my partner has asthma",
    "type 1 diabetic, sugars are pretty stable these days",
], ids=["on-medication", "bp-on-tablets", "relationship", "sugars"])
def test_stable_health_or_home_is_not_income_stability(facts, text):
    assert "income_stability" not in facts(text)


@pytest.mark.parametrize("text", [
    "the mortgage paid off if i die, and the kids looked after",
    "house cleared if anything happens to me",
    "mainly the bond paid off should something happen",
], ids=["if-i-die", "if-anything-happens", "should-something-happen"])
def test_a_mortgage_wished_cleared_on_death_is_no_balance(facts, text):
    assert "mortgage_balance" not in facts(text)


@pytest.mark.parametrize("text", [
    "the mortgage is all paid off now",
    "we cleared the house last year",
], ids=["paid-off", "cleared"])
def test_a_mortgage_cleared_is_still_a_zero_balance(facts, text):
    assert facts(text).get("mortgage_balance") == 0


@pytest.mark.parametrize("text,value", [
    ("I'm a paramedic, 11 years in, around 51k", 51_000),
    ("joiner on building sites, mostly days, around £39k", 39_000),
    ("working as a pharmacist at a hospital, 7.2k a month, married", 86_400),
    ("I work for a logistics firm, about 600 a week", 31_200),
], ids=["around-after-tenure", "around-after-job", "monthly-after-employer", "weekly-after-employer"])
def test_a_hedged_sum_beside_ones_own_work_is_pay(facts, text, value):
    assert facts(text).get("annual_income") == value


@pytest.mark.parametrize("text", [
    "I'm a teacher, want around 300k of cover",
    "I work at a supermarket, 1,100 a month on rent",
], ids=["cover-wanted", "rent-after-employer"])
def test_a_sum_wanted_or_spent_beside_work_is_not_pay(facts, text):
    assert "annual_income" not in facts(text)
