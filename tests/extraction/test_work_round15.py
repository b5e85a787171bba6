"""Work facts, round 15 (dev21, dev22): time in the job told as working for oneself ("9 years self employed"), as a
year one is in ("coming up to my 4th year"), as a return to a trade ("went back to teaching 8 months ago"), or as a bare
list item after the employer; job changes counted by number or by employer kind; still out of work after leaving one;
a title reached by promotion; travel that lifts an office job to class 2; and near-misses (caring for family, a
salesman who sold a relative something, people of a trade in a group, a course one retrains for). Fresh sentences,
not corpus lines."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, years", [
    ("plasterer, 9 years self employed, busy all year", 9),
    ("electrician, 15 yrs self-employed", 15),
    ("web designer, 4 years freelance now", 4),
    ("I'm a self employed painter, 11 years on my own", 11),
    ("been running the family farm 30 years", 30),
    ("I'm a care assistant, coming up to my 4th year", 4),
    ("receptionist, going into my third year now", 3),
    ("went back to teaching 8 months ago after the kids", 0.67),
    ("I'm two years into driving a coach", 2),
    ("I'm an analyst, work for a bank in town, 6 years, it's fine", 6),
    ("abt 7 years there now", 7),
])
def test_time_in_the_job(facts, text, years):
    assert facts(text)["years_in_job"] == pytest.approx(years, abs=0.02)


@pytest.mark.parametrize("text", [
    "I've been 5 years on my own since my husband passed",
    "I'm in my 2nd year at college, coming up to my 3rd year",
    "we're coming up to our 4th year married",
    "had a career break of 2 years for the kids",
    "worked at the depot 12 years then took voluntary redundancy",
    "my husband works for the council, 20 years",
    "engineer, work for a big firm, 38 years, married",
])
def test_no_time_in_the_job(facts, text):
    assert "years_in_job" not in facts(text)


@pytest.mark.parametrize("text, n", [
    ("that's job change number 3 in five years", 3),
    ("this is my second job move since 2022", 2),
    ("switched agencies twice since 2023", 2),
    ("I've changed trusts three times", 3),
])
def test_job_changes_counted(facts, text, n):
    assert facts(text)["job_changes_5y"] == n


def test_a_childs_school_moves_are_no_job_changes(facts):
    assert "job_changes_5y" not in facts("my daughter moved schools twice")


@pytest.mark.parametrize("text, value", [
    ("got laid off in the spring and haven't found anything yet", "unemployed"),
    ("the factory closed, still not found work", "unemployed"),
    ("I've owned my barbershop for 6 years", "business_owner"),
    ("I'm a courier, employed directly by the depot", "employed"),
])
def test_employment_type(facts, text, value):
    assert facts(text)["employment_type"] == value


@pytest.mark.parametrize("text", [
    "been in this role 4 months, before that I was out of work for a while",
    "I was made redundant in May but found a new job in July",
])
def test_not_out_of_work_now(facts, text):
    assert facts(text).get("employment_type") != "unemployed"


@pytest.mark.parametrize("text, title", [
    ("got promoted to store manager last spring", "store manager"),
    ("was made up to supervisor in June", "manager"),
    ("had a break to raise the kids, went back to nursing in 2025", "nurse"),
    ("now I'm a year into driving a bus", "bus driver"),
    ("I teach pilates", "personal trainer"),
    ("work construction labouring mostly", "labourer"),
])
def test_title_held_now(facts, text, title):
    assert facts(text)["occupation"] == title


@pytest.mark.parametrize("text", [
    "I'm a carer for my dad, he has Parkinson's",
    "a broker sold my mum a policy that never paid",
    "an agent cold called me last week",
    "I'm in a Facebook group for Irish teachers, 3000 of them",
    "I'm a student, retraining as a paramedic",
    "I host a book club every month",
    "I'm driving a bus to the match on Saturday",
])
def test_no_job_of_the_prospect(facts, text):
    assert "occupation" not in facts(text)


@pytest.mark.parametrize("text, cls", [
    ("I'm an auditor, travel a lot for work", 2),
    ("product manager, lots of flying, about 80 nights a year in hotels", 2),
    ("I'm an accountant, we travel a lot in the summer holidays", 1),
    ("I'm an offshore welder", 4),
])
def test_class_from_travel_and_setting(facts, text, cls):
    assert facts(text)["occupation_class"] == cls


@pytest.mark.parametrize("text", [
    "been with the same contractor 9 years, good bunch",
    "I work for a contractor on the motorways",
    "joiner, with a big contractor in Glasgow",
])
def test_a_contractor_worked_for_is_no_self_employment(facts, text):
    assert facts(text).get("employment_type") != "self_employed"


@pytest.mark.parametrize("text", [
    "I'm an independent contractor, day rate 400",
    "contractor, sole trader, day rate 300",
])
def test_a_contractor_is_still_self_employed(facts, text):
    # round 16: a bare "I'm a contractor" is left unlabelled (DEV20.md; dev7, dev8, dev15, dev20, dev23 agree)
    assert facts(text)["employment_type"] == "self_employed"
