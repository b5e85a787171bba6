"""Work facts, round 7: tenure said as start dates, stretches and short answers; job changes told
without the word "job"; business shares and job losses (fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest

TENURE = [
    # a month and a year: months / 12 (today is 2026-11-25)
    ("I've been at the distribution centre since May 2022", None, 4.5),
    ("when did I join... Aug 2020 roughly", None, 6.2),
    # a two-digit year
    ("been with the fire brigade since '11", None, 15),
    # the latest move is the current job
    ("I started with Wipro in 2016 then switched to Accenture in 2021", None, 5),
    # career first, then the stretch with the current employer or on one's own
    ("been plastering 18 years, on my own the last 6", None, 6),
    ("midwife for 14 years, at the Rosie for the past 3", None, 3),
    # a duration straight after the title
    ("Self employed plumber 7 years, work is steady", None, 7),
    ("I'm a chef, 9 years in the kitchen now", None, 9),
    ("going on eight years now with the council", None, 8),
    # short answers to the tenure question
    ("about 10 months in", None, 0.83),
    ("only just started", None, 0),
    # a round figure reached in a coming month: the months still to go are taken off (DEV11.md, DEV14.md)
    ("coming up on 3 years in March", None, 2.67),
    ("Joined in April last year", None, 1.58),
    ("same firm since 2013", None, 13),
    ("at Barclays since 2024 as an analyst, before that HSBC for 5 years", None, 2),
    ("Changed roles twice since 2023, now 5 months at a start-up", None, 0.42),
    # the current employer's short stretch after the career or someone else's
    ("in logistics 16 years but only 3 at this depot", None, 3),
    ("my sister's been at Boots 10 years, I've only been at mine 1", None, 1),
]


@pytest.mark.parametrize("text,expect,years", TENURE)
def test_tenure_said_many_ways(facts, text, expect, years):
    assert facts(text, expect=expect).get("years_in_job") == pytest.approx(years, abs=0.06)


@pytest.mark.parametrize("text", [
    "roughly 4 months of bills put aside in the bank",
    "started the gym in March last year",
    "I just started smoking again, stressful year",
    "my partner has been at the same firm since 2012",
    "I've had 4 jobs since 2022",
])
def test_durations_that_are_not_tenure(facts, text):
    """Money put aside, a habit started, and (below) someone else's start date."""
    assert "years_in_job" not in facts(text)


CHANGES = [
    ("switched twice in the past couple of years", None, 2),
    ("I was at Ford from 2015, moved to Toyota in 2023", None, 1),
    ("at the practice since 2024, before that I was with a locum agency", None, 1),
    ("first job change in a decade, moved across in July", None, 1),
    ("moved jobs last year and again this year", None, 2),
    ("just the once, back in 2022", "job_changes_5y", 1),
    ("twice actually", "job_changes_5y", 2),
    ("fourth job since covid, I get bored easily", None, 3),
    ("this is my 3rd employer in 4 years", None, 2),
    ("I've had 3 different jobs since 2022", None, 2),
]


@pytest.mark.parametrize("text,expect,n", CHANGES)
def test_job_changes_told_without_a_count_word(facts, text, expect, n):
    assert facts(text, expect=expect).get("job_changes_5y") == n


@pytest.mark.parametrize("text", [
    "at the bank 2 years, before that I was at uni",  # study is not a job
    "been here 2 years, previously married for a decade",  # a past marriage, not a past employer
    "my 3rd job since 2018",  # a count since before the five years
])
def test_changes_not_counted(facts, text):
    assert "job_changes_5y" not in facts(text)


def test_co_owning_a_business(facts):
    assert facts("we co-own a bakery in town")["employment_type"] == "business_owner"


def test_staff_of_ones_own(facts):
    assert facts("my 6 staff would want this too if it's cheap")["employment_type"] == "business_owner"


def test_let_go_means_out_of_work(facts):
    assert facts("the agency let me go in October, still looking for something")["employment_type"] == "unemployed"


def test_running_a_construction_firm_is_not_a_builder(facts):
    got = facts("I run a construction company, 25 on the books")
    assert got.get("employment_type") == "business_owner"
    assert "occupation" not in got


def test_plural_titles_are_other_people(facts):
    got = facts("I'm on a forum with loads of electricians, could pass your details on")
    assert "occupation" not in got


def test_a_student_in_the_past_is_not_a_student_now(facts):
    assert facts("still paying into a policy from when I was a student").get("employment_type") != "student"
    assert facts("at Lidl 2 years now, before that I was at uni").get("employment_type") != "student"


def test_doing_hair_is_hairdressing(facts):
    assert facts("I do hair for most of the street")["occupation"] == "hairdresser"
