"""Work facts, round 13: time in the job said the many ways people say it (ranges, "couple years", "the best part
of", "7yrs", half years, a field of work, one's own firm, the figure beside the title, "since I joined", "hired me",
experience, the present perfect of a trade), and near-misses (someone else's stretch, a house, a gym, an illness,
a firm sold, a policy's term). Fresh sentences, not corpus lines."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, years", [
    ("Been with the housing association 7 or 8 years", 7.5),
    ("I've been at the depot a couple years now", 2),
    ("logistics coordinator, the best part of nine years at the port", 9),
    ("9yrs at Sainsbury's", 9),
    ("three and a half years at this firm", 3.5),
    ("half a year at the new company", 0.5),
    ("Twenty-odd years on the trains, still love it", 20),
    ("nearly eleven years in banking", 11),
    ("I've been in IT for 14 years", 14),
    ("we've had the bakery for six years", 6),
    ("opened my barbershop in 2020", 6),
    ("tiler 18 yrs", 18),
    ("12 years a paramedic and counting", 12),
    ("I'm a locksmith, six years since I joined the firm", 6),
    ("the council took me on 4 years ago", 4),
    ("I've taught for sixteen years", 16),
    ("sous chef with 8 years experience", 8),
    ("it's my third year teaching", 3),
    ("a few weeks into the new job and loving it", 0.06),
])
def test_time_in_the_job(facts, text, years):
    assert facts(text)["years_in_job"] == pytest.approx(years, abs=0.06)


def test_time_in_the_field_gives_way_to_time_at_the_current_place(facts):
    assert facts("electrician, 20 years experience, 3 years with this firm")["years_in_job"] == 3


def test_a_figure_said_on_the_title_is_no_age(facts):
    got = facts("scaffolder 25 yrs")
    assert got["years_in_job"] == 25 and "age" not in got


@pytest.mark.parametrize("text", [
    "my wife has been in IT for 12 years",
    "I've been in it for 12 years, the policy I mean",
    "3 years in law school and then I dropped out",
    "my brother's 11 years a nurse",
    "spent 10 years as a chef, now I drive a cab",
    "been in hospital 3 months",
    "my husband's a bus driver with the council, 15 years in",
    "two years since I joined the gym",
    "three years since I started smoking again",
    "I had the shop for ten years then sold up",
    "my dad had the pub for 30 years",
    "we bought the house 7 years back",
    "he took me on holiday 3 years ago",
    "I've nursed my mum for 5 years",
    "I need someone with 10 years experience to sort my will",
    "she's in her second year nursing at uni",
    "we've lived here the best part of 12 years",
    "been married going on four years",
    "I'd want cover for 20-25 years",
    "renting for a couple years now",
])
def test_not_the_prospects_time_in_a_job(facts, text):
    assert "years_in_job" not in facts(text)


@pytest.mark.parametrize("text, value", [
    ("freelance copywriter, money's decent some years and dire others", "variable"),
    ("some seasons are brilliant and some are dead, that's landscaping", "variable"),
])
def test_pay_good_one_year_and_bad_the_next(facts, text, value):
    assert facts(text)["income_stability"] == value


@pytest.mark.parametrize("text", [
    "I was a chef some years ago",
    "I've been fine some years now, no health problems",
])
def test_some_years_said_of_something_else_is_no_pay(facts, text):
    assert "income_stability" not in facts(text)


@pytest.mark.parametrize("text, years", [
    ("the best part of a decade", 10),
    ("3 and a half years", 3.5),
    ("a year or so", 1),
])
def test_a_bare_answer_on_how_long(facts, text, years):
    assert facts(text, expect="years_in_job")["years_in_job"] == pytest.approx(years)


@pytest.mark.parametrize("text, years", [
    ("For the past six years I've worked as a pharmacist in Leeds", 6),
    ("ten years working for the water board", 10),
    ("I qualified as a physio in 2018", 8),
    ("current employer: 4 years", 4),
])
def test_more_ways_of_saying_how_long(facts, text, years):
    assert facts(text)["years_in_job"] == pytest.approx(years)


@pytest.mark.parametrize("text", [
    "the last 2 years I've been at home with the kids",
    "the past 5 years I've been renting",
    "I qualified for a mortgage in 2019",
    "my son qualified as a doctor in 2022",
    "current policy 5 years old",
])
def test_more_stretches_that_are_no_job(facts, text):
    assert "years_in_job" not in facts(text)


@pytest.mark.parametrize("text", [
    "car's on finance, 4 years in finance left",
    "I spent 4 years in retail before this, now I'm a teacher",
    "I was 8 years in sales until the covid layoffs",
    "20 years of experience with insurers tells me they never pay",
])
def test_a_field_or_firm_said_of_something_else_or_left(facts, text):
    assert "years_in_job" not in facts(text)


def test_in_the_role_without_for(facts):
    assert facts("operations lead, in the role 5 years")["years_in_job"] == 5
    assert "years_in_job" not in facts("I was in the job 6 years before I left")
