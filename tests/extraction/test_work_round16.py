"""Work facts, round 16 (dev23): physio as a treatment one has is no job; a spell free of symptoms or habits
("no seizures since 2020") is no start at work; time in the current job told as a "gig"; a bare "contractor" is
left unlabelled (DEV20.md) while a sole trader or IT contractor stays self-employed; and no paid work outside the
home is a homemaker. Fresh sentences, not corpus lines."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "booked in for physio on my shoulder next week",
    "getting physio twice a week after the op",
    "the insurance paid for my physio last year",
    "my knee still needs physio",
    "she's a physio at the local hospital",
])
def test_physio_as_treatment_is_no_job(facts, text):
    assert "occupation" not in facts(text)


@pytest.mark.parametrize("text", [
    "I'm a physio",
    "I work as a senior physio at the hospital",
    "physio, 10 years in the nhs",
    "im a physio in a sports clinic",
])
def test_physio_as_the_job(facts, text):
    assert facts(text)["occupation"] == "physiotherapist"


@pytest.mark.parametrize("text", [
    "I have epilepsy, no seizures since 2019, no hospital",
    "asthma but no attacks since 2018, I work in an office",
    "bipolar, on meds since 2017, work is fine",
    "sober since 2021 and still working at the garage",
])
def test_health_spell_is_no_tenure(facts, text):
    assert "years_in_job" not in facts(text)


@pytest.mark.parametrize("text, years", [
    ("I'm a plumber, current gig 3 months", 0.25),
    ("changed jobs a lot, my current gig 2 years", 2),
    ("no fits since 2017, I'm a teacher 9 years", 9),
])
def test_time_in_the_current_gig(facts, text, years):
    assert facts(text)["years_in_job"] == pytest.approx(years, abs=0.02)


@pytest.mark.parametrize("text", [
    "I'm a contractor, day rate 400",
    "contractor on site, paid by the day",
    "been a contractor for years, it's feast or famine",
])
def test_bare_contractor_is_not_labelled(facts, text):
    got = facts(text)
    assert "employment_type" not in got
    assert "occupation" not in got


@pytest.mark.parametrize("text", [
    "I'm an independent contractor",
    "IT contractor, clients change every year",
    "sole trader, I do kitchens",
])
def test_self_employed_contractors(facts, text):
    assert facts(text)["employment_type"] == "self_employed"


@pytest.mark.parametrize("text", [
    "I don't work outside the home, three kids keep me busy",
    "mum of 3, no job outside the home",
    "home with the little ones, not working outside the house",
])
def test_no_work_outside_home_is_homemaker(facts, text):
    assert facts(text)["employment_type"] == "homemaker"


@pytest.mark.parametrize("text", [
    "my wife doesn't work outside the home",
    "I work outside the home 3 days a week",
])
def test_not_a_homemaker(facts, text):
    assert facts(text).get("employment_type") != "homemaker"


@pytest.mark.parametrize("text, years", [
    ("claims handler, 4 years there, changed jobs twice in the last 5 years", 4),
    ("nurse, 6 years at this hospital, 3 jobs in the past 5 years", 6),
])
def test_job_change_window_is_no_tenure(facts, text, years):
    assert facts(text)["years_in_job"] == pytest.approx(years, abs=0.02)


@pytest.mark.parametrize("text, title, cls", [
    ("I'm a claims processor at an insurer", "claims handler", 1),
    ("claims handler for a motor insurer, all desk work", "claims handler", 1),
    ("loss adjuster, out visiting flooded houses most days", "claims adjuster", 2),
])
def test_claims_desk_jobs_are_office(facts, text, title, cls):
    got = facts(text)
    assert (got["occupation"], got["occupation_class"]) == (title, cls)


@pytest.mark.parametrize("text, title", [
    ("shift worker at the docks, crane operator, i look after my parents", "crane operator"),
    ("shift work at the depot, i'm fine with it, forklift driver", "forklift driver"),
    ("rotating shifts at the plant, I'm fine, machine operator", "machine operator"),
])
def test_title_after_shift_work(facts, text, title):
    assert facts(text)["occupation"] == title


def test_someone_elses_shift_work(facts):
    assert "occupation" not in facts("my brother does night shifts at the port, he's a crane operator")
