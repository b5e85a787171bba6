"""Work facts, round 8: "pm" after a sum, rides that are not jobs, shared jobs, setting-driven classes,
health dates that are not tenure, and short answers about job changes (fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest

WORK = ("occupation", "occupation_class", "years_in_job", "job_changes_5y", "employment_type", "income_stability")


@pytest.mark.parametrize("text", [
    "R800 pm is about my limit",
    "could stretch to £60 p/m for the policy",
    "I take home 3200 pm after tax",
    "ring me after 6 pm please",
])
def test_pm_after_a_sum_is_not_a_project_manager(facts, text):
    assert "occupation" not in facts(text)


def test_pm_as_a_title_still_counts(facts):
    assert facts("I'm a PM at a logistics firm, 4 years")["occupation"] == "project manager"


@pytest.mark.parametrize("text, job", [
    ("writing this on the bus home, I'm a plasterer", "plasterer"),
    ("grabbed a taxi after my shift, I'm a paramedic", "paramedic"),
])
def test_a_ride_is_not_the_job(facts, text, job):
    assert facts(text)["occupation"] == job


def test_bare_vehicle_answer_is_the_job(facts):
    assert facts("bus", expect="occupation")["occupation"] == "bus driver"


@pytest.mark.parametrize("text, job", [
    ("my partner and I are both pharmacists", "pharmacist"),
    ("we're both electricians, same firm", "electrician"),
])
def test_a_job_shared_with_the_partner_is_mine(facts, text, job):
    assert facts(text)["occupation"] == job


def test_a_shared_past_job_is_not_current(facts):
    assert "occupation" not in facts("we were both teachers until we retired")


def test_underground_mining_title_is_class_4(facts):
    got = facts("underground mining engineer on the platinum belt, 12 years")
    assert got["occupation_class"] == 4


@pytest.mark.parametrize("text", [
    "I'm an account manager, out on the road four days a week seeing customers",
    "area sales manager, on the road most of the week",
])
def test_a_desk_job_spent_on_the_road_is_class_2(facts, text):
    assert facts(text)["occupation_class"] == 2


def test_an_office_job_with_rare_trips_stays_class_1(facts):
    assert facts("I'm an accountant, on the road now and then")["occupation_class"] == 1


@pytest.mark.parametrize("text, job", [
    ("senior developer at a fintech, 3 years", "software engineer"),
    ("I'm a rig hand in the North Sea", "offshore worker"),
])
def test_title_variants_map_to_the_table(facts, text, job):
    assert facts(text)["occupation"] == job


@pytest.mark.parametrize("text", [
    "had my gallbladder out in 2020 and since then no problems",
    "haven't been to hospital since 2019, I'm a welder",
    "no hospital admissions since 2017, fit as a fiddle",
])
def test_health_dates_are_not_tenure(facts, text):
    assert "years_in_job" not in facts(text)


def test_work_for_an_employer_with_a_duration(facts):
    assert facts("paramedic, I work for the ambulance trust 11 years")["years_in_job"] == 11


def test_new_job_in_a_month_with_the_only_move(facts):
    got = facts("started a new job in June after ten years at the council, that was my one and only move")
    assert got["job_changes_5y"] == 1
    assert got["years_in_job"] == pytest.approx(0.42, abs=0.02)


@pytest.mark.parametrize("text, expect, want", [
    ("none, been at this place 9 years", "job_changes_5y", {"job_changes_5y": 0, "years_in_job": 9}),
    ("zero, same place", "job_changes_5y", {"job_changes_5y": 0}),
    ("I've never had a job change, 15 years with the same bank", None, {"job_changes_5y": 0}),
])
def test_no_job_changes(facts, text, expect, want):
    got = facts(text, expect=expect)
    for fact, value in want.items():
        assert got[fact] == value


def test_pay_unchanged_for_years_is_stable(facts):
    assert facts("my wage has stayed the same for years, 31k")["income_stability"] == "stable"


def test_a_permanent_contract_answer_alone_gives_no_stability(facts):
    assert "income_stability" not in facts("full time, permanent contract", expect="employment_type")


@pytest.mark.parametrize("text", [
    "I run a small electrical company, 9 sparks on the payroll",
    "we own a roofing firm in Cork, 15 lads",
])
def test_running_a_trade_firm_is_owning_not_the_trade(facts, text):
    got = facts(text)
    assert "occupation" not in got
    assert got["employment_type"] == "business_owner"


def test_the_trade_said_as_well_is_kept(facts):
    assert facts("I'm a plumber and I run my own plumbing firm")["occupation"] == "plumber"


def test_a_kind_of_firm_is_not_the_job(facts):
    assert "occupation" not in facts("the death cover came with the job, it's a haulage company perk")
    assert "occupation" not in facts("my group cover is 3x salary, it's a mining company scheme")


def test_a_clause_opening_with_the_trade_verb_is_mine(facts):
    assert facts("cash in hand mostly, labouring on sites round Leeds")["occupation"] == "labourer"


def test_caring_for_family_in_such_a_clause_is_not_a_job(facts):
    assert "occupation" not in facts("about 2k a month coming in, nursing my mum at home")
