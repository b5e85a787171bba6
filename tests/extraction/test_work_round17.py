"""Work facts, round 17 (dev24, dev25): never changing job told in the singular or after a long stretch; moves counted
as "moves" or "switches" in five years; a new job after a long stretch at the last place is one change; "N years same
chain"; a new job "as of" some months ago. Fresh sentences, not corpus lines."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "never changed job in my life",
    "haven't switched job since 2014",
    "same employer for 18 years, never moved",
    "one company my whole life basically, never switched",
    "same place 20 years and never changed",
])
def test_no_job_change(facts, text):
    assert facts(text)["job_changes_5y"] == 0


@pytest.mark.parametrize("text", [
    "my weight never changed",
    "the premium never changed",
])
def test_never_changed_without_a_job_is_no_count(facts, text):
    assert "job_changes_5y" not in facts(text)


@pytest.mark.parametrize("text, n", [
    ("total job hopper, 4 moves in 5 years", 4),
    ("jobs wise, 2 switches in the last five years", 2),
    ("contract jobs mostly, about 3 changes in the past 5 years", 3),
])
def test_moves_counted_in_five_years(facts, text, n):
    assert facts(text)["job_changes_5y"] == n


def test_house_moves_are_no_job_changes(facts):
    assert "job_changes_5y" not in facts("we've had 3 moves in 5 years, renting is a nightmare")


@pytest.mark.parametrize("text", [
    "started a new role in March after 12 years at my old firm",
    "after 8 years with the previous company I joined a startup",
    "new job since the spring, after a decade at the last place",
])
def test_new_job_after_long_stretch_is_one_change(facts, text):
    assert facts(text)["job_changes_5y"] == 1


@pytest.mark.parametrize("text, years", [
    ("shop manager, 7 years same chain", 7),
    ("checkout, 4 years with the same supermarket", 4),
    ("new job as of 3 months ago", 0.25),
    ("new role since 6 months ago, still learning", 0.5),
])
def test_tenure_phrasings(facts, text, years):
    assert facts(text)["years_in_job"] == pytest.approx(years, abs=0.05)


@pytest.mark.parametrize("text", [
    "six months in the role, before that I was a student",
    "was a student till last summer, now I work in retail",
    "I used to be a mature student, now I drive for a living",
])
def test_a_past_spell_as_a_student_is_over(facts, text):
    assert facts(text).get("employment_type") != "student"


def test_a_student_now_stays_a_student(facts):
    assert facts("I'm a student, part time at a cafe")["employment_type"] == "student"


@pytest.mark.parametrize("text", [
    "35, married, work as an analyst for a bank in Leeds",
    "Work as a project manager for the council",
])
def test_working_as_a_title_for_an_organisation_is_employed(facts, text):
    assert facts(text)["employment_type"] == "employed"


@pytest.mark.parametrize("text, title", [
    ("R9 500 per month as a cashier", "cashier"),
    ("about 2k monthly as a cleaner in a hotel", "cleaner"),
    ("£13 an hour as a carer", "care worker"),
])
def test_own_pay_then_the_title(facts, text, title):
    assert facts(text)["occupation"] == title


def test_someone_elses_pay_then_title_is_not_mine(facts):
    assert "occupation" not in facts("my wife earns 3k a month as a pharmacist")


@pytest.mark.parametrize("text, title", [
    ("I am plumber in small company", "plumber"),
    ("work in a factory as welder", "welder"),
    ("on a building site as plasterer", "plasterer"),
])
def test_title_beats_the_place_it_is_worked_in(facts, text, title):
    assert facts(text)["occupation"] == title


@pytest.mark.parametrize("text", [
    "I'm a council tenant",
    "im a council tenant, no mortgage",
])
def test_a_council_tenant_is_no_councillor(facts, text):
    assert "occupation" not in facts(text)


@pytest.mark.parametrize("text", [
    "I get private medical through my job with Aviva",
    "dental cover via my job at the bank",
])
def test_cover_through_ones_job_gives_no_employment_type(facts, text):
    assert "employment_type" not in facts(text)


def test_a_job_with_an_employer_is_employed(facts):
    assert facts("I've got a job with the council, been there 3 years")["employment_type"] == "employed"


@pytest.mark.parametrize("text", [
    "I'm a shift boss, I work underground at a gold mine",
    "work for a coal company underground as a shift boss",
])
def test_mine_shift_boss_underground(facts, text):
    got = facts(text)
    assert got["occupation"] == "shift boss"
    assert got["occupation_class"] == 4
