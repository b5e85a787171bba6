"""Money phrasings, round 18 (from dev26's family): pay given as a wide range it moves within
("anywhere from 30 to 50k") is variable pay; a dropped g in "dependin on the weather" still says
pay follows the weather (fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "plasterer, I earn anywhere from 28 to 45k a year",
    "income is anywhere between 2k and 4k a month",
    "I make anything from 35 to 60 grand, self employed",
    "my take home is anywhere from 1500 to 2500 a month",
], ids=["anywhere-from", "anywhere-between", "anything-from", "take-home-monthly"])
def test_pay_said_as_a_wide_range_is_variable(facts, text):
    assert facts(text).get("income_stability") == "variable"


@pytest.mark.parametrize("text", [
    "we'd want anywhere from 200k to 400k of cover",
    "bills come to anywhere from 2 to 3k a month",
], ids=["cover-range", "bills-range"])
def test_a_range_of_cover_or_bills_is_no_pay_stability(facts, text):
    assert "income_stability" not in facts(text)


@pytest.mark.parametrize("text", [
    "window cleaner, about 30k but it's dependin on the weather",
    "dependin how many shifts I get, roughly 25k",
], ids=["weather", "how-many-shifts"])
def test_dropped_g_depending_still_means_variable(facts, text):
    assert facts(text).get("income_stability") == "variable"


@pytest.mark.parametrize("text,fact,value", [
    ("accidental death cover thru my credit card, pays 150k", "existing_accident_cover", 150000),
    ("got accident insurance thru the bank account, 50,000 I think", "existing_accident_cover", 50000),
    ("life cover thru work, 200k", "existing_life_cover", 200000),
    ("thru my union I'm insured for 80k if I die in an accident", "existing_accident_cover", 80000),
], ids=["thru-credit-card", "thru-bank-account", "thru-work", "thru-union"])
def test_cover_held_thru_something_is_held_not_a_debt(facts, text, fact, value):
    got = facts(text)
    assert got.get(fact) == value
    assert "other_debts" not in got


@pytest.mark.parametrize("text,value", [
    ("rent food bills etc roughly 1900 a month", 1900),
    ("groceries petrol bills, maybe 2.5k a month all told", 2500),
    ("mortgage bills food and the rest about 3000 a month", 3000),
], ids=["no-commas-etc", "no-commas-then-comma", "no-commas-and"])
def test_bills_listed_without_commas_then_a_monthly_sum_are_expenses(facts, text, value):
    assert facts(text).get("monthly_expenses") == value


@pytest.mark.parametrize("text", [
    "my sister's got a huge mortgage, we don't have one thankfully",
    "a mortgage? nah I've never had one",
    "my parents have a mortgage still, we haven't got one, we rent",
], ids=["sister-then-we", "question-never-had", "parents-then-we"])
def test_a_mortgage_named_then_one_denied_is_zero(facts, text):
    assert facts(text).get("mortgage_balance") == 0


@pytest.mark.parametrize("text", [
    "do I need a mortgage first? I don't have one yet",
    "we have a mortgage of 200k, I don't have any savings",
], ids=["not-yet", "any-savings"])
def test_a_denial_of_something_else_is_no_mortgage_zero(facts, text):
    assert facts(text).get("mortgage_balance") != 0
