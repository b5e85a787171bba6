"""Years in the job from the ways people say it (fresh phrasings, not corpus sentences)."""

from __future__ import annotations

import pytest

CASES = [
    ("been with the same little plumbing outfit 9 years", None, 9),
    ("I joined the ambulance service in 2012", None, 14),
    ("since finishing college in 2018 I've worked at the same garage", None, 8),
    ("been driving for the same courier 6 years", None, 6),
    ("been a paralegal for 3 years", None, 3),
    ("going on 4 years with asda", None, 4),
    ("at the same firm, 17 years next month", None, 17),
    ("started at this place last year", None, 1),
    ("i been workin at the depot nearly 5 yrs", None, 5),
    ("7 years as a welder now", None, 7),
    ("in the post for two and a half years", None, 2.5),
    ("been with them a year and a half", None, 1.5),
    ("about 3 years into the job", None, 3),
    ("joined in June 2021", "years_in_job", 5.4),  # a month and year: months / 12 (DEV11.md)
    ("a couple of years", "years_in_job", 2),
    ("nearly three decades", "years_in_job", 30),
]


@pytest.mark.parametrize("text,expect,years", CASES)
def test_tenure_phrasings(facts, text, expect, years):
    assert facts(text, expect=expect).get("years_in_job") == years


@pytest.mark.parametrize("text", [
    "been married for 12 years",
    "started smoking in 2010",
    "I spent 3 years at uni",
    "we've been living in Leeds 8 years",
    "been seeing my partner for 2 years",
    "4 years as a smoker",
])
def test_durations_that_are_not_tenure(facts, text):
    assert "years_in_job" not in facts(text)
