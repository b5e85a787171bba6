"""Work facts, round 9: several jobs at once, employers named after the title, a business of one,
co-owned firms, tenure counted in years or to a coming month, job changes said like a form
(fresh sentences, not corpus lines). Today is 2026-11-25."""

from __future__ import annotations

import pytest


# several jobs: the main one is the occupation; none when no main one is named
@pytest.mark.parametrize("text, job", [
    ("I drive a forklift and do some deliveroo, the forklift job is the main one", "forklift driver"),
    ("cab driver and bar shifts. my main job's the taxi though", "taxi driver"),
    ("the warehouse is my day job, deliveroo in the evenings", "warehouse worker"),
    ("I'm a welder and a part-time uber driver at weekends", "welder"),
    ("I'm a postie, plus a bit of uber eats on the side", "delivery driver"),
])
def test_the_main_job_of_several_is_the_occupation(facts, text, job):
    assert facts(text)["occupation"] == job


@pytest.mark.parametrize("text", [
    "I'm a hairdresser, I do deliveroo and I sell on vinted, it all adds up",
    "I drive for Bolt and do Uber Eats too, whatever pays the rent",
    "got 3 jobs on the go at the minute: deliveroo, a bit of cleaning and tutoring",
])
def test_several_jobs_with_no_main_one_give_no_occupation(facts, text):
    got = facts(text)
    assert "occupation" not in got and "occupation_class" not in got


@pytest.mark.parametrize("text, job", [
    ("had a deliveroo last night, I'm a plasterer by the way", "plasterer"),
    ("I'm a midwife and I babysit my sister's kids", "midwife"),
    ("I'm a dentist. I sell old books on ebay now and then", "dentist"),
])
def test_things_that_are_not_a_second_job_keep_the_title(facts, text, job):
    assert facts(text)["occupation"] == job


def test_a_partners_gig_is_not_a_second_job(facts):
    assert facts("I'm a paramedic and my partner does deliveries")["occupation"] == "paramedic"


def test_jobs_one_after_another_keep_the_current_one(facts):
    assert facts("did retail, then a call centre, now I'm a porter at the hospital")["occupation"] == "porter"


def test_an_online_group_role_is_no_second_job(facts):
    assert facts("I'm a midwife and admin of a facebook group for new mums")["occupation"] == "midwife"


# employed: a working verb and an employer named after the title
@pytest.mark.parametrize("text", [
    "work as a picker at Ocado, nights mostly",
    "I'm a pharmacist working for Boots",
    "im a bookkeeper working at Hendersons",
])
def test_an_employer_named_after_the_title_gives_employed(facts, text):
    assert facts(text)["employment_type"] == "employed"


@pytest.mark.parametrize("text", [
    "I work as a carer at night",
    "I work as a chef for a living",
    "I'm a nurse working at the moment on nights",
])
def test_a_time_or_a_living_is_not_an_employer(facts, text):
    assert "employment_type" not in facts(text)


# a business of one is self-employment; owning one with others is business_owner
@pytest.mark.parametrize("text", [
    "I've got a gardening business, just me and my ute",
    "run a little window cleaning business, just me",
    "I'm a one-woman band, bookkeeping for local shops",
])
def test_a_business_of_one_is_self_employed(facts, text):
    assert facts(text)["employment_type"] == "self_employed"


def test_a_business_with_a_partner_stays_business_owner(facts):
    assert facts("we own a little cafe, just me and my husband")["employment_type"] == "business_owner"


def test_a_trade_business_one_has_names_no_trade(facts):
    assert "occupation" not in facts("I have a roofing business, just me and my van")


@pytest.mark.parametrize("text", [
    "me and my cousin own a bakery in town",
    "I run a courier firm with 25 drivers",
    "38, plumber, own workshop, married",
])
def test_owned_firms_said_other_ways_give_business_owner(facts, text):
    assert facts(text)["employment_type"] == "business_owner"


def test_running_a_team_is_not_owning_a_business(facts):
    assert "employment_type" not in facts("I run a team with 12 engineers at the bank")


# near-misses that named a status by mistake
def test_no_job_changes_is_not_unemployed(facts):
    got = facts("been with the same outfit forever, no job changes in the last 5 years")
    assert got.get("job_changes_5y") == 0 and "employment_type" not in got


def test_a_diagnosis_at_college_is_no_student_now(facts):
    assert "employment_type" not in facts("asthma since I was at college, diagnosed at college anyway")


def test_semi_retired_keeps_the_trade(facts):
    got = facts("semi-retired dentist, still do Mondays and Tuesdays")
    assert got["occupation"] == "dentist" and got.get("employment_type") != "retired"


# tenure counted in years or reached in a coming month
@pytest.mark.parametrize("text, years", [
    ("I'm in my 4th year with the company", 4),
    ("bus driver, second year there now", 2),
    ("6 years in April at this firm", 5.58),
    ("electrician, 14 yrs there, council job", 14),
])
def test_tenure_counted_or_to_a_coming_month(facts, text, years):
    assert facts(text)["years_in_job"] == pytest.approx(years, abs=0.06)


@pytest.mark.parametrize("text", [
    "married 8 years in June",
    "my daughter is in her third year at the school",
    "third year of my nursing degree",
])
def test_counted_years_that_are_not_tenure(facts, text):
    assert "years_in_job" not in facts(text)


# job changes said like a form
@pytest.mark.parametrize("text, n", [
    ("job changes - 2", 2),
    ("job changes: none", 0),
    ("at Aldi a year, before that 2 other companies since 2022", 2),
])
def test_job_changes_said_like_a_form(facts, text, n):
    assert facts(text)["job_changes_5y"] == n


# other people and other people's jobs
def test_a_trade_one_knows_in_the_plural_is_not_ones_job(facts):
    got = facts("I own a small joinery firm and I know most of the plumbers round here")
    assert "occupation" not in got and got["employment_type"] == "business_owner"


def test_asking_the_advisor_about_their_employer_is_not_employed(facts):
    assert "employment_type" not in facts("do you work for an insurer or are you a broker?")


def test_two_jobs_listed_after_a_colon_give_no_occupation(facts):
    assert "occupation" not in facts("two jobs: porter in the day, pub work in the evenings")


def test_same_employer_with_no_changes_is_zero_changes(facts):
    assert facts("same company 9 years, no changes")["job_changes_5y"] == 0


# income stability said other ways
@pytest.mark.parametrize("text, value", [
    ("no fixed salary, it depends on the jobs I get", "variable"),
    ("I don't get a regular wage, I'm paid per delivery", "variable"),
    ("money's all over the shop with tips", "variable"),
    ("hourly paid so it varies week to week", "variable"),
    ("my pay's the same every fortnight", "stable"),
])
def test_income_stability_said_other_ways(facts, text, value):
    assert facts(text)["income_stability"] == value


@pytest.mark.parametrize("text, job", [
    ("I work in the mines near Rustenburg, 2 weeks on 1 off", "miner"),
    ("fifo, on the mines in the Pilbara", "miner"),
    ("offshore oil and gas worker, Aberdeen based", "offshore worker"),
])
def test_mine_and_offshore_work_said_other_ways(facts, text, job):
    got = facts(text)
    assert got["occupation"] == job and got["occupation_class"] == 4


def test_a_parents_mine_work_is_not_mine(facts):
    assert "occupation" not in facts("my father worked in the mines all his life")


def test_an_owned_garage_with_no_staff_is_self_employed(facts):
    assert facts("I own a garage, no staff, just me")["employment_type"] == "self_employed"


def test_no_staff_with_cover_keeps_the_owner(facts):
    assert facts("I own a bakery with 6 staff, no staff have any cover")["employment_type"] == "business_owner"
