"""Work facts, round 14 (dev20): time in the job said tersely after the title and employer ("porter for the
hospital 11 years", "12 years same firm", ", been 2 years"), months in the current job after jobs counted over five
years, and near-misses (a relative's job, a policy's term, a house, a habit given up). Fresh sentences, not corpus lines."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, years", [
    ("porter for the hospital 11 years", 11),
    ("cleaner for Mrs Patel 5 years, she's lovely", 5),
    ("radiographer for NHS Lothian 7 years, divorced", 7),
    ("12 years same firm, never fancied moving", 12),
    ("accounts clerk, 6 years the same company", 6),
    ("paralegal, been 2 years", 2),
    ("receptionist at a dental surgery, been about 4 years", 4),
    ("librarian at the county library 14 years", 14),
    ("three jobs in the last 5 years, been in this one 5 months", 0.42),
])
def test_time_in_the_job_said_tersely(facts, text, years):
    assert facts(text)["years_in_job"] == pytest.approx(years, abs=0.02)


@pytest.mark.parametrize("text", [
    "my wife is a nurse for the NHS 9 years",
    "life cover for the family 20 years",
    "I want cover for my kids 18 years",
    "married, been 3 years",
    "moved to Leeds, been 3 years",
    "lived in the same house 20 years",
    "same car 10 years, never had a claim",
    "my husband is a teacher, been 10 years",
    "quit smoking, been 3 years",
    "paid into a pension for the council 10 years",
])
def test_not_the_prospects_time_in_a_job(facts, text):
    assert "years_in_job" not in facts(text)


@pytest.mark.parametrize("text", [
    "my wife works in a bank",
    "we both work in a hospital",
    "would you cover me if I work in a mine",
    "I used to work in a bank",
    "I'd like to work in a hospital one day",
    "my son wants to work in a hotel",
    "she is working as a cleaner in a hotel",
])
def test_someone_elses_or_a_wished_workplace_gives_no_employment(facts, text):
    assert facts(text).get("employment_type") != "employed"


@pytest.mark.parametrize("text", [
    "I used to work offshore, years back",
    "I used to work as a paramedic",
    "used to drive lorries till my back went",
])
def test_a_job_left_gives_no_occupation(facts, text):
    assert "occupation" not in facts(text)


@pytest.mark.parametrize("text, title", [
    ("I'm used to working offshore, two weeks on two off", "offshore worker"),
    ("I'm used to nights as a nurse", "nurse"),
    ("used to be a chef, now I'm a plumber", "plumber"),
])
def test_the_current_job_is_kept_beside_used_to(facts, text, title):
    assert facts(text)["occupation"] == title


@pytest.mark.parametrize("text, cls", [
    ("used to work on the rigs, now I'm a driving instructor", 2),
    ("I used to be offshore, now I'm an accountant", 1),
    ("mechanic, before that I was down the pit for 10 years", 3),
    ("electrician, offshore two weeks on two off", 4),
])
def test_a_hazardous_setting_left_behind_does_not_raise_the_class(facts, text, cls):
    assert facts(text)["occupation_class"] == cls


@pytest.mark.parametrize("text,occupation", [
    ("I'm a welder, I work offshore", "welder"),
    ("I'm a chef and I work on the rigs", "chef"),
])
def test_a_place_of_work_beside_a_title_is_no_second_job(facts, text, occupation):
    got = facts(text)
    assert got.get("occupation") == occupation and got.get("occupation_class") == 4
