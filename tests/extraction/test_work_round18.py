"""Work facts, round 18 (dev26): "self employed" typed fast ("self employd"); "prof" and "assoc prof" as a
university teacher; a stretch at work kept when a job title opens with a money or cover word ("policy analyst",
"mortgage adviser", "area manager"). Fresh sentences, not corpus lines."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "plasterer, self employd about 6 yrs",
    "i'm self emplyed, do kitchens and bathrooms",
    "self imployed since last spring",
    "been self-employeed a while now, landscaping",
])
def test_self_employed_typos(facts, text):
    assert facts(text)["employment_type"] == "self_employed"


def test_someone_elses_self_employment_typo_is_not_mine(facts):
    assert "employment_type" not in facts("my husband is self employd")


@pytest.mark.parametrize("text", [
    "prof of history at a college in Ohio, 58",
    "I'm a prof at the local uni",
    "assoc prof in physics, 9 yrs there",
    "asst prof, tenure track, 34",
])
def test_prof_is_a_lecturer(facts, text):
    got = facts(text)
    assert got["occupation"] == "lecturer"
    assert got["occupation_class"] == 1


@pytest.mark.parametrize("text", [
    "my prof said the essay was late",
    "the prof told us to read chapter 3",
])
def test_someone_elses_prof_is_no_job(facts, text):
    assert "occupation" not in facts(text)


@pytest.mark.parametrize("text, years", [
    ("I'm with the provincial government, policy advisor, been there since 2016", 10),
    ("mortgage adviser at a building society, been there 7 years", 7),
    ("loan officer at a credit union for 4 years", 4),
    ("area manager for a supermarket chain since 2020", 6),
    ("insurance underwriter, same firm for 11 years", 11),
])
def test_stretch_kept_after_money_word_title(facts, text, years):
    assert facts(text)["years_in_job"] == years


@pytest.mark.parametrize("text", [
    "I'd want the cover for 25 years",
    "mortgage for 30 years, 200k left",
    "the policy for 20 years please",
])
def test_policy_term_is_still_no_stretch(facts, text):
    assert "years_in_job" not in facts(text)


@pytest.mark.parametrize("text, years", [
    ("drove taxis in Lagos for 9 years before I came to London, been a cabbie here since 2022", 4),
    ("taught in Manila 6 years before we emigrated, teaching assistant here since 2023", 3),
])
def test_stretch_before_a_move_abroad_is_the_old_job(facts, text, years):
    assert facts(text)["years_in_job"] == years


def test_stretch_before_a_move_alone_is_no_current_tenure(facts):
    assert "years_in_job" not in facts("worked at a bank for 8 years before moving to Toronto")


@pytest.mark.parametrize("text", [
    "steel erector, working at height most of the day",
    "window cleaner, working at heights on tower blocks",
    "I'm a security guard, I work at night",
    "barman, working at weekends mostly",
])
def test_working_at_a_time_or_height_is_no_employer(facts, text):
    assert "employment_type" not in facts(text)


@pytest.mark.parametrize("text", ["I work at Boots in town", "working at Amazon, 3 years"])
def test_working_at_a_named_employer_is_employed(facts, text):
    assert facts(text)["employment_type"] == "employed"
