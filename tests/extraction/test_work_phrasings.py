"""Tenure, job changes, titles, employment and pay phrasings beyond test_tenure.py
(fresh wordings, not corpus sentences; today is 2026-11-25)."""

from __future__ import annotations

import pytest

TENURE = [
    ("only started at the depot in July", None, 0.3),  # 4 months
    ("joined the firm in September last year", None, 1.2),
    ("been at the bank since February", None, 0.8),
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
