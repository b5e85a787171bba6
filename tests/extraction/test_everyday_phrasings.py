"""Everyday phrasings found missing by the dev4-dev6 corpora (fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,income", [
    ("I'm a nurse on 36k", 36000),
    ("plumber, on about 52k a year", 52000),
    ("bus driver on roughly 31 grand", 31000),
])
def test_on_an_amount_is_pay(facts, text, income):
    assert facts(text).get("annual_income") == income


def test_pay_the_verb_is_not_income(facts):
    got = facts("we pay 950 a month on the mortgage")
    assert "annual_income" not in got


def test_a_large_monthly_sum_after_a_job_is_pay(facts):
    assert facts("I'm an electrician at the council, 3,100 a month")["annual_income"] == 37200


@pytest.mark.parametrize("text,money", [
    ("I earn R32 000 a month", 384000),
    ("salary is ₦450,000 a month", 5400000),
])
def test_other_currencies_and_space_grouped_thousands(facts, text, money):
    assert facts(text).get("annual_income") == money


@pytest.mark.parametrize("text,fact,value", [
    ("my term plan is 50 lakh", "existing_life_cover", 5_000_000),
    ("I have a term policy of 2 crore", "existing_life_cover", 20_000_000),
])
def test_lakh_and_crore(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_an_insurer_in_the_sentence_means_cover_held(facts):
    got = facts("£150k life and £60k critical illness, both with Aviva")
    assert got.get("existing_life_cover") == 150000 and got.get("existing_ci_cover") == 60000
    assert "requested_cover" not in got


def test_asking_an_insurer_for_a_quote_is_still_wanted_cover(facts):
    got = facts("I want 400k of cover, what would Zurich charge for that?")
    assert got.get("requested_cover") == 400000 and "existing_life_cover" not in got


@pytest.mark.parametrize("text", ["we're on the family plan with Laya", "I've got mediclaim through my company"])
def test_medical_cover_brands_and_words(facts, text):
    assert facts(text).get("has_medical_cover") is True


def test_stepchild_and_a_pronoun_age(facts):
    got = facts("my step-daughter lives with us, she's 11")
    assert got.get("children_ages") == [11]


def test_a_pronoun_age_after_an_adult_is_not_a_child(facts):
    assert "children_ages" not in facts("my husband, he's 44, works nights")


def test_two_children_each_named_count_as_two(facts):
    assert facts("my son is at college and my daughter's 14")["children_count"] == 2


def test_one_child_named_gives_no_count(facts):
    assert "children_count" not in facts("my daughter is doing her exams this year")


@pytest.mark.parametrize("text", ["two or three pints on a Saturday", "a couple of glasses of wine at the weekend"])
def test_drinks_once_a_week(facts, text):
    assert facts(text).get("alcohol") == "light"


def test_my_condition_is_my_own_even_after_they(facts):
    got = facts("I bet they'd use my diabetes as an excuse")
    assert got.get("conditions") == ["diabetes"]


def test_blood_pressure_on_the_high_side(facts):
    assert facts("my blood pressure's a bit high, nothing major")["conditions"] == ["hypertension"]
    assert "conditions" not in facts("my blood pressure is fine")


@pytest.mark.parametrize("text,claims", [
    ("I've never made a single insurance claim", 0),
    ("we claimed on the home insurance twice after the storms last year", 2),
])
def test_claims_counts(facts, text, claims):
    assert facts(text).get("claims_5y") == claims


@pytest.mark.parametrize("text,concern", [
    ("I don't know if now's a good time to be honest", "timing"),
    ("you hear about families not getting paid out", "claims_denial"),
])
def test_hesitations(facts, text, concern):
    assert concern in facts(text).get("concerns", [])


def test_now_is_the_right_time_is_no_hesitation(facts):
    assert "concerns" not in facts("I think now's the right time to sort this out")


@pytest.mark.parametrize("text,ages", [
    ("three boys 6 8 and 11", [6, 8, 11]),
    ("the kids have both moved out now (22 and 25)", [22, 25]),
    ("two wee bairns at the primary, 5 and 7", [5, 7]),
])
def test_ages_listed_after_the_children(facts, text, ages):
    got = facts(text)
    assert sorted(got.get("children_ages", [])) == ages and got.get("children_count") == len(ages)


def test_numbers_after_children_that_are_money_are_not_ages(facts):
    got = facts("two kids, nursery is 600 and 450 a month")
    assert "children_ages" not in got


@pytest.mark.parametrize("text,age", [
    ("34M, married, two kids", 34),
    ("29f, single, no kids", 29),
    ("my wife and I are both 44", 44),
    ("Quick summary: 51, divorced, one son", 51),
    ("I told you 40 but I'm actually 41", 41),
])
def test_age_shorthands(facts, text, age):
    assert facts(text).get("age") == age


@pytest.mark.parametrize("text", ["the twins are both 12", "the firm turned over 25m, it's mine"])
def test_no_age_from_children_or_millions(facts, text):
    assert "age" not in facts(text)


def test_a_child_on_the_way_is_not_counted(facts):
    assert "children_count" not in facts("married with one baby on the way")


def test_no_mortgage_takes_no_amount(facts):
    got = facts("single, 33, on 45k, no mortgage, renting a flat")
    assert got.get("mortgage_balance") == 0 and got.get("annual_income") == 45000


@pytest.mark.parametrize("text,smoker", [
    ("stopped smoking in September", True),        # about two months before 2026-11-25
    ("I gave up the cigs back in 2014", False),
    ("I never smoke, except the odd cigarette on a night out", True),
    ("packed in cigarettes two years ago, I use a vape now", True),
    ("how much cheaper would it be if I gave up smoking?", True),
    ("I quit 4 months ago, was on 15 a day", True),
])
def test_smoking_status(facts, text, smoker):
    assert facts(text).get("smoker") is smoker


def test_cigarettes_a_day_are_not_pay(facts):
    assert "annual_income" not in facts("I smoke about 10 a day")


def test_hospital_stay_in_a_month_does_not_crash(facts):
    facts("I was in hospital in March for my appendix")


@pytest.mark.parametrize("text,level", [
    ("a few cans on a Saturday and that's it", "light"),
    ("10-12 pints over a weekend, most weekends", "moderate"),
    ("I hardly drink these days", "light"),
    ("a beer with dinner, maybe twice a week", "light"),
    ("wine 4 or 5 nights a week", "moderate"),
])
def test_drinking_levels(facts, text, level):
    assert facts(text).get("alcohol") == level


def test_can_we_is_not_a_can_of_beer(facts):
    assert "alcohol" not in facts("can we do this after Christmas?")


@pytest.mark.parametrize("text,level", [
    ("i dont really exercise, too knackered after work", "none"),
    ("I walk the dogs every evening", "regular"),
    ("I cycle about 100 miles a week", "regular"),
])
def test_exercise_levels(facts, text, level):
    assert facts(text).get("exercise") == level


def test_distances_a_week_are_not_pay(facts):
    assert "annual_income" not in facts("I run 25-30k a week")
