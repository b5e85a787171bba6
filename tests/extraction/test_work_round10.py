"""Work facts, round 10: titles said with a grade or setting, driving a route or for an app, employment in
many Englishes, tenure in years and months or from a start year after one's own title, pay that never
changes or comes with the harvest, dated moves between employers, and near-misses (a trade's association,
a subject studied, a house move). Fresh sentences, not corpus lines. Today is 2026-11-25."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, job", [
    ("I'm a mail man, same round for years", "postman"),
    ("class 2 driver for a haulage firm", "truck driver"),
    ("I'm an early years teacher at a nursery school", "teacher"),
    ("I'm a hospital cleaner on nights", "cleaner"),
    ("I drive a double decker for the council", "bus driver"),
    ("i drive ola in chennai, about 6 days a week", "taxi driver"),
])
def test_titles_with_a_grade_setting_or_vehicle(facts, text, job):
    assert facts(text)["occupation"] == job


@pytest.mark.parametrize("text", [
    "the hairdressers association meets monthly, I am the treasurer",
    "I'm at college studying nursing, no job yet",
    "I drive the kids to school then take the bus to work",
])
def test_near_miss_titles_give_no_occupation(facts, text):
    assert "occupation" not in facts(text)


@pytest.mark.parametrize("text, kind", [
    ("W-2 at a distribution center, nothing fancy", "employed"),
    ("I work with the state water corporation as a clerk", "employed"),
    ("I have tailoring shop near the market", "business_owner"),
    ("I get my own salon for Ibadan", "business_owner"),
    ("no oga for me, I am my own oga", "self_employed"),
])
def test_employment_in_many_englishes(facts, text, kind):
    assert facts(text)["employment_type"] == kind


@pytest.mark.parametrize("text", [
    "I work with children who have autism",
    "I have some good business ideas for next year",
])
def test_near_miss_employment(facts, text):
    assert "employment_type" not in facts(text)


@pytest.mark.parametrize("text, years", [
    ("Been with the council three years and four months", 3.33),
    ("welder, 2 years 6 months there now", 2.5),
    ("Deckhand on a trawler, 8 years at sea", 8),
    ("Bakery owner, been trading 4 years", 4),
    ("Sheep farmer, took over the farm in 2016", 10),
])
def test_tenure_phrasings(facts, text, years):
    assert facts(text)["years_in_job"] == pytest.approx(years, abs=0.02)


@pytest.mark.parametrize("text", [
    "I'm an electrician, lived in Bristol since 2012",
    "roofer, 3 months off sick in 2024",
])
def test_near_miss_tenure(facts, text):
    assert "years_in_job" not in facts(text)


@pytest.mark.parametrize("text, value", [
    ("my wages have never changed, it never varies", "stable"),
    ("we only get paid once the crop is sold", "variable"),
    ("the money depends on the rains honestly", "variable"),
    ("no two months are the same with my pay", "variable"),
])
def test_income_stability_phrasings(facts, text, value):
    assert facts(text)["income_stability"] == value


def test_a_dated_move_between_employers_is_a_job_change(facts):
    assert facts("switched from Asda to Tesco in 2024, still doing shifts on the tills")["job_changes_5y"] == 1


def test_a_house_move_is_no_job_change(facts):
    assert "job_changes_5y" not in facts("moved from Cardiff to Swansea in 2023, same job, I work from home")


def test_mate_as_a_word_of_address_does_not_hide_the_business(facts):
    assert facts("Sparky mate, run my own business with 3 lads")["employment_type"] == "business_owner"
