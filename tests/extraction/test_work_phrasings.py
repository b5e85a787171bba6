"""Tenure, job changes, titles, employment and pay phrasings beyond test_tenure.py
(fresh wordings, not corpus sentences; today is 2026-11-25)."""

from __future__ import annotations

import pytest

TENURE = [
    ("only started at the depot in July", None, 0.33),  # 4 months
    ("joined the firm in September last year", None, 1.17),
    ("been at the bank since February", None, 0.75),
    ("took this job about three years ago", None, 3),
    ("came on board 18 months ago as a site manager", None, 1.5),
    ("got taken on straight after college four years ago, joined the council then", None, 4),
    ("I started with them five weeks ago", None, 0.1),
    ("been driving buses going on twelve years", None, 12),
    ("I've been teaching at this school for 7-8 years", None, 7.5),
    ("two years in at the new agency", None, 2),
    ("electrician, coming up to nine years now", None, 9),
    ("plasterer, for about 3-4 years", None, 3.5),
    ("been a teacher 15 years, the last 4 at this school", None, 4),
    ("opened my own salon when I was 30, I'm 44 now", None, 14),
    ("got out of the navy in 2019 and I've been a security guard ever since", None, 7),
    ("been contracting for the same outfit two years", None, 2),
    ("about six months in", "years_in_job", 0.5),
]


@pytest.mark.parametrize("text,expect,years", TENURE)
def test_tenure_phrasings(facts, text, expect, years):
    got = facts(text, expect=expect).get("years_in_job")
    assert got is not None and abs(got - years) <= 0.05, got


@pytest.mark.parametrize("text", [
    "I've been on the waiting list for two years",
    "joined the gym about a year ago",
    "I started smoking in March",
    "been out of work since June",
    "I was in hospital for a week in May",
    "moved here in March, we like the area",
    "been fishing every weekend for 20 years",
    "started a diet when I was 30, I'm 38 now",
])
def test_not_tenure(facts, text):
    assert "years_in_job" not in facts(text)


def test_job_change_since_year_is_not_tenure(facts):
    assert "years_in_job" not in facts("only one job change since 2022")


INCOME = [
    ("my fortnightly pay is about 2,000", 52000),
    ("annual salary of 38,500", 38500),
    ("hourly rate is $32", 66560),
    ("paramedic with the ambulance service, 41k", 41000),
    ("self-employed electrician, around £55k", 55000),
    ("roughly 48k plus overtime", 48000),
    ("about 90k before commission", 90000),
    ("I take home R32,000 a month", 384000),
]


@pytest.mark.parametrize("text,income", INCOME)
def test_income_phrasings(facts, text, income):
    got = facts(text).get("annual_income")
    assert got is not None and abs(got - income) <= max(0.01 * income, 0.5), got


@pytest.mark.parametrize("text", [
    "the insurer paid out 120k when my dad died",
    "they paid me out 15k after the accident",
    "my brother is a plumber, 60k saved",
    "electrician here, want 300k of cover",
    "took the R2 road home",
])
def test_not_own_income(facts, text):
    assert "annual_income" not in facts(text)


@pytest.mark.parametrize("text,title", [
    ("retrained last year, now a data analyst", "data analyst"),
    ("working nights as a porter at the royal infirmary", "porter"),
    ("self employed plumber, mostly bathrooms", "plumber"),
    ("I'm a roustabout, two on two off", "offshore worker"),
    ("i've been driving lorries since 2010", "truck driver"),
    ("I'm a GP partner in a small practice", "doctor"),
])
def test_own_titles(facts, text, title):
    assert facts(text).get("occupation") == title


@pytest.mark.parametrize("text", [
    "the last broker I dealt with was useless",
    "that other advisor never rang me back",
    "I'm treasurer of the local cricket club",
    "i got out of the police in 2019",
    "sit at a desk job all day so not much exercise",
])
def test_not_own_titles(facts, text):
    assert "occupation" not in facts(text)


def test_clergy_has_no_class(facts):
    got = facts("I'm a vicar in a country parish")
    assert got.get("occupation") == "clergy" and "occupation_class" not in got


@pytest.mark.parametrize("text,value", [
    ("we own two cafes in town", "business_owner"),
    ("I've got a small garage with three lads working for me", "business_owner"),
    ("we run a family farm", "business_owner"),
    ("I work as a cleaner at the local school", "employed"),
    ("lost my job in May but started a new role last week", None),
])
def test_employment_phrasings(facts, text, value):
    assert facts(text).get("employment_type") == value


@pytest.mark.parametrize("text,n", [
    ("only the one job change in that time", 1),
    ("went there after college and never left", 0),
    ("it's my first proper job", 0),
    ("never worked anywhere else", 0),
])
def test_job_change_phrasings(facts, text, n):
    assert facts(text).get("job_changes_5y") == n


@pytest.mark.parametrize("text", [
    "same company for 15 years but I've had different roles",
    "never left home until I was 25",
])
def test_not_job_changes(facts, text):
    assert "job_changes_5y" not in facts(text)


@pytest.mark.parametrize("text", [
    "as a builder the money comes in dribs and drabs",
    "sole trader, income is lumpy",
    "it's boom or bust in my line of work",
])
def test_variable_income(facts, text):
    assert facts(text).get("income_stability") == "variable"


@pytest.mark.parametrize("text,years", [
    ("mortgage is about 200k and I'm a chef, been at it 8 years", 8),
    ("working as a teacher since 6 years", 6),
    ("14 years service with the fire brigade", 14),
    ("tiler, 30 odd years", 30),
    ("12 years on the tools now", 12),
    ("been self-employed for about 7 years", 7),
    ("welder, been at it nigh on 20 years", 20),
    ("quit my old job in August, now at a bakery", 0.25),
    ("been at it since I was 17, I'm 45 now", 28),
])
def test_more_tenure_phrasings(facts, text, years):
    got = facts(text).get("years_in_job")
    assert got is not None and abs(got - years) <= 0.05, got


@pytest.mark.parametrize("text", [
    "we've been renting this place 6 years",
    "started smoking at 16, I'm 40 now",
    "been single 3 years",
])
def test_more_not_tenure(facts, text):
    assert "years_in_job" not in facts(text)


@pytest.mark.parametrize("text,title", [
    ("33, divorced. Head teacher at a village school", "teacher"),
    ("42m, married, 2 kids. Mining engineer in the Pilbara", "mining engineer"),
    ("drive for uber most nights, 3 kids at home", "taxi driver"),
    ("my wife works in a bank. working as a site engineer for a builder", "site engineer"),
])
def test_subjectless_titles(facts, text, title):
    assert facts(text).get("occupation") == title


@pytest.mark.parametrize("text", [
    "my brother-in-law who's a plumber sorted it",
    "we know a guy that's an electrician",
    "my neighbour is a financial adviser actually",
])
def test_someone_elses_title(facts, text):
    assert "occupation" not in facts(text)


@pytest.mark.parametrize("text,value", [
    ("I work in accounts for a builders merchant", "employed"),
    ("Run a little barbershop on the high street", "business_owner"),
    ("Own a small cleaning company, 6 staff", "business_owner"),
    ("I'm a joiner, employed by a big contractor, paye", "employed"),
    ("took early retirement from the council in 2023", "retired"),
    ("semi-retired, still do a bit of consulting", None),
])
def test_more_employment(facts, text, value):
    assert facts(text).get("employment_type") == value


@pytest.mark.parametrize("text,income", [
    ("retired nurse, my NHS pension is about 19k", 19000),
    ("I'm retired, police pension 26,000 a year", 26000),
    ("own a garage, I drew about 70k last year", 70000),
])
def test_pension_and_owner_pay(facts, text, income):
    got = facts(text).get("annual_income")
    assert got is not None and abs(got - income) <= 0.01 * income, got


def test_pension_pot_is_not_income(facts):
    assert "annual_income" not in facts("I'm retired, got about 200k in my pension pot")


@pytest.mark.parametrize("text,n", [
    ("haven't switched jobs once in ten years", 0),
    ("this is my third firm in five years", 2),
    ("moved jobs a fair bit, so 4 changes all told", 4),
])
def test_more_job_changes(facts, text, n):
    assert facts(text).get("job_changes_5y") == n


def test_same_pay_every_month_is_stable(facts):
    assert facts("salaried job, same pay every month").get("income_stability") == "stable"


@pytest.mark.parametrize("text,income", [
    ("dog walker, some weeks 600 some weeks 200", 20800),
    ("freelance, some months 5k and other months 1k", 36000),
    ("some weeks 500 some weeks nothing, averages out at about 300", 15600),
])
def test_uneven_pay(facts, text, income):
    got = facts(text).get("annual_income")
    assert got is not None and abs(got - income) <= 0.01 * income, got


def test_uneven_hours_are_not_pay(facts):
    assert "annual_income" not in facts("some weeks I do 40 hours, some weeks 20")


def test_subjectless_tenure_after_someone_else(facts):
    got = facts("my dad lives with us now. Working as a porter at the infirmary for 6 years")
    assert got.get("years_in_job") == 6


def test_start_age_with_age_said_first(facts):
    assert facts("I'm 50. Been at it since I left school at 16, self employed joiner").get("years_in_job") == 34


@pytest.mark.parametrize("text,title", [
    ("age: 41, job: plumber, 2 kids", "plumber"),
    ("job - electrician, mostly domestic", "electrician"),
])
def test_job_label(facts, text, title):
    assert facts(text).get("occupation") == title


def test_retired_from_is_not_the_job(facts):
    assert "occupation" not in facts("I took early retirement from the fire service, pension is decent")


@pytest.mark.parametrize("text,value", [
    ("31, married, work for Tesco on the tills", "employed"),
    ("Working at the council as a planner", "employed"),
    ("does that work for you?", None),
    ("ok. work from home mostly", None),
])
def test_subjectless_work_for(facts, text, value):
    assert facts(text).get("employment_type") == value


def test_tenure_alone_is_no_change_count_unless_asked(facts):
    assert "job_changes_5y" not in facts("I've been at the same school for 12 years")
    assert facts("same employer since 2012", expect="job_changes_5y").get("job_changes_5y") == 0


@pytest.mark.parametrize("text", [
    "I'm retired now, was a fireman for 30 years",
    "had two hospital admissions since 2023",
])
def test_no_tenure_when_retired_or_ill(facts, text):
    assert "years_in_job" not in facts(text)


@pytest.mark.parametrize("text", [
    "make it 400k then",
    "I'd want about 5 times my salary, so 250k",
])
def test_cover_sums_are_not_pay(facts, text):
    assert "annual_income" not in facts(text)


def test_pay_said_in_thousands(facts):
    assert facts("self employed, I pull in about 60 to 80 a year").get("annual_income") == 70000


def test_count_beats_a_lot(facts):
    assert facts("changed jobs a lot, 3 times in the last 5 years").get("job_changes_5y") == 3
