"""Work facts, round 12: a subject one studies beside a job, being at home with the children, clergy and
military ranks, workplaces counted since a year, pay that jumps around, years "on the road", and near-misses
(a title used as a verb, a house move, a trip, someone else's pay). Fresh sentences, not corpus lines."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, job", [
    ("I drive for Bolt evenings and I study law at Wits", "taxi driver"),
    ("I studied marketing at uni but I'm an electrician now", "electrician"),
    ("assistant curate in a market town parish", "clergy"),
    ("I'm a lance corporal in the Rifles", "soldier"),
])
def test_the_job_beside_a_subject_studied_or_a_rank(facts, text, job):
    assert facts(text)["occupation"] == job


@pytest.mark.parametrize("text", [
    "I cook for my parents every Sunday",
    "we curate playlists for a little radio show",
    "I nurse my dad through his chemo on weekends",
])
def test_a_title_used_as_a_verb_is_no_job(facts, text):
    assert "occupation" not in facts(text)


@pytest.mark.parametrize("text, value", [
    ("Cab driver part time, and I study engineering through the Open University", "student"),
    ("partner works shifts at the hospital, I'm home with them", "homemaker"),
])
def test_student_and_homemaker(facts, text, value):
    assert facts(text)["employment_type"] == value


@pytest.mark.parametrize("text", [
    "I study the terms before I sign anything",
    "I'm home with them today because of a snow day, normally I'm at the office",
])
def test_no_student_or_homemaker_near_misses(facts, text):
    assert facts(text).get("employment_type") not in ("student", "homemaker")


def test_workplaces_counted_since_a_year(facts):
    assert facts("worked 4 different places since 2022, retail's like that")["job_changes_5y"] == 3


@pytest.mark.parametrize("text", [
    "we've lived at 3 different places since 2022",
    "we viewed 6 places since 2023 before buying this flat",
])
def test_places_that_are_no_workplaces(facts, text):
    assert "job_changes_5y" not in facts(text)


def test_jobs_counted_in_a_window_are_no_tenure(facts):
    got = facts("I've worked at 4 firms in the last 5 years")
    assert got["job_changes_5y"] == 3 and "years_in_job" not in got


def test_pay_that_jumps_around_is_variable(facts):
    assert facts("with all the overtime my wages bounce around every month")["income_stability"] == "variable"


@pytest.mark.parametrize("text", [
    "diesel prices jump around month to month",
    "I jump around from site to site for work",
])
def test_other_things_that_jump_around(facts, text):
    assert facts(text).get("income_stability") != "variable"


def test_years_on_the_road_are_tenure_not_age(facts):
    got = facts("lorry driver, been on the road 18 yrs")
    assert got["years_in_job"] == 18 and "age" not in got


def test_a_trip_on_the_road_is_no_tenure(facts):
    assert "years_in_job" not in facts("been on the road 5 months backpacking round Asia")


def test_bare_years_beside_marital_status_are_no_tenure(facts):
    assert "years_in_job" not in facts("data analyst in Pune, 31 years, married, one son")


def test_a_young_figure_beside_marital_status_stays_tenure(facts):
    assert facts("paramedic, 9 years, married")["years_in_job"] == 9
