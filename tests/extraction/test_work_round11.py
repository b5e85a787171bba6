"""Work facts, round 11: job loss told as the time of something else or imagined, a child at uni, a couple
both working, a title said beside someone who spoke ("GP told me"), a pastime's licence, pay "as a" title,
tenure with an employer named by name or "the same" one, and more titles. Fresh sentences, not corpus lines.
Today is 2026-11-25."""

from __future__ import annotations

import pytest


# employment type ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my life cover stopped when I got made redundant back in 2022",
    "the old plan lapsed when I lost my job, long story",
    "what happens to the premiums if I get laid off?",
    "if I lost my job could I pause it?",
    "say I went freelance next spring, would the price change?",
    "we've got one at college in Cardiff and one still at home",
    "we both work full time so money's fine",
])
def test_no_employment_from_a_past_trigger_a_wish_or_a_child(facts, text):
    assert "employment_type" not in facts(text)


@pytest.mark.parametrize("text, kind", [
    ("no private health since I was laid off in the spring", "unemployed"),
    ("between jobs at the moment, lost my cover when I was made redundant", "unemployed"),
    ("I lost my job in October", "unemployed"),
    ("still at university, final year of law", "student"),
    ("35, married, work in sales for a software firm", "employed"),
])
def test_employment_still_read(facts, text, kind):
    assert facts(text)["employment_type"] == kind


def test_back_in_work_after_a_job_loss(facts):
    got = facts("got laid off in May but landed a new one in August")
    assert got.get("employment_type") != "unemployed"


# occupation -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, job", [
    ("I'm a junior analyst at an insurer", "data analyst"),
    ("working as an HR assistant in Nairobi", "human resources manager"),
    ("portrait photographer, mostly families", "photographer"),
    ("I lecture at a business school in Lagos", "lecturer"),
    ("making about 700 a week as a plasterer", "plasterer"),
    ("on £31,000 as a paramedic", "paramedic"),
])
def test_titles_said_in_more_ways(facts, text, job):
    assert facts(text)["occupation"] == job


@pytest.mark.parametrize("text", [
    "GP reckons it's just stress",
    "Consultant said the scan was clear",
    "the accountant at the firm told me to ask you",
    "I've got my private pilot's licence, fly most weekends",
    "amateur boxer, twice a week",
    "what if I became a scaffolder, would it cost more?",
    "put my name on the deeds as a director of the company",
])
def test_no_occupation_for_someone_who_spoke_a_pastime_or_a_wish(facts, text):
    assert "occupation" not in facts(text)


@pytest.mark.parametrize("text, job", [
    ("Midwife and thought I'd better ask before the baby boom", "midwife"),
    ("Electrician here, told my wife I'd sort the cover", "electrician"),
])
def test_own_title_beside_a_verb_of_saying_stays(facts, text, job):
    assert facts(text)["occupation"] == job


# tenure ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, years", [
    ("bricklayer, 15 years with the same firm of builders", 15),
    ("8 years with Sainsbury's, on the tills", 8),
    ("care assistant, just over a decade with Bupa", 10),
    ("I'm a pharmacist, been qualified 20 years, 4 years with Boots", 4),
    ("ward sister, two years with the trust", 2),
])
def test_time_with_a_named_employer(facts, text, years):
    assert facts(text)["years_in_job"] == pytest.approx(years, abs=0.05)


@pytest.mark.parametrize("text", [
    "been with the same girlfriend 6 years",
    "I've banked with Lloyds 20 years",
    "I'm a welder, had 4 years with Aviva on my old policy",
    "my husband has 9 years with Ford",
    "I've had 8 years with EE as my mobile provider, I'm a porter",
    "I was 5 years with Lloyds before moving on, I'm a cashier",
    "I'm a midwife, had 3 years with Graves' disease",
    "since May I've been vaping again, I'm a joiner",
])
def test_no_tenure_from_other_stretches(facts, text):
    assert "years_in_job" not in facts(text)


@pytest.mark.parametrize("text, years", [
    ("been at the depot since spring 2022", 4.6),
    ("joined the firm last autumn", 1.1),
    ("lost my job in January, found a new one in May", 0.5),
    ("I started here in 2019", 7),
    ("warehouse operative at Argos, I work for them since 2016", 10),
    ("nursing 25 years, only switched to this hospital in 2023", 3),
    ("in hospitality 12 years, this new restaurant 8 months", 0.67),
    ("on the tools since school, I'm 50. Own business last 9 years", 9),
    ("Nine years last March, same office the whole time", 9.7),
])
def test_start_dates_and_the_current_stretch(facts, text, years):
    assert facts(text)["years_in_job"] == pytest.approx(years, abs=0.1)


@pytest.mark.parametrize("text", [
    "I need 250k for 25 years, I'm a mechanic",
    "my daughter joined the navy last spring",
    "we moved to this town in 2023, I'm a barber",
    "been smoking since last October, I'm a cleaner",
])
def test_no_tenure_from_terms_relatives_or_moves(facts, text):
    assert "years_in_job" not in facts(text)


# job changes ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("data engineer at an insurer. Moved once in the past five years, for a promotion", 1),
    ("over the last 5 years I went from bar work to a call centre to now teaching assistant", 2),
    ("in the last five years I've gone from cleaning to care work, that's my job now", 1),
    ("baker at a supermarket, almost 5 years, before that I was at a little bakery in town", 1),
])
def test_moves_counted_in_the_window(facts, text, n):
    assert facts(text)["job_changes_5y"] == n


@pytest.mark.parametrize("text", [
    "we've moved twice in the last five years, I'm a postman",
    "moved house once in the past 5 years, I'm a midwife",
    "in the last five years I went from 35k to 48k as a nurse",
    "over the last 5 years I went from nights to days at the depot",
    "just started a new job in September, still on probation",
])
def test_no_job_changes_from_house_moves_pay_or_a_new_job_alone(facts, text):
    assert "job_changes_5y" not in facts(text)


def test_the_job_left_on_the_way_is_not_the_occupation(facts):
    assert facts("switched from plumbing to lecturing, I'm a lecturer at the college now")["occupation"] == "lecturer"
    assert facts("I went from nursing to teaching a while back, love it").get("occupation") != "nurse"


# income stability -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("take-home is about 700 a week but January is always dead", "variable"),
    ("I'm freelance, paid per project, so it swings", "variable"),
    ("some seasons are lean, I'm a landscape gardener", "variable"),
    ("shop takings are down by a third since the roadworks started", "variable"),
    ("civil servant, the salary is rock solid", "stable"),
])
def test_income_stability_said_more_ways(facts, text, kind):
    assert facts(text)["income_stability"] == kind


@pytest.mark.parametrize("text", [
    "my marriage is rock solid and I earn 48k",
    "some years ago I earned a lot more",
    "the traffic's slow on my way to work",
    "my weight's gone down by a stone, I earn about 40k",
    "business is slow, so maybe after Christmas",
])
def test_no_income_stability_from_near_misses(facts, text):
    assert "income_stability" not in facts(text)


# home, and self-employment that ended ---------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("wife works at the bank and I'm at home with our two full time", "homemaker"),
    ("I'm home with the kids, partner does the earning", "homemaker"),
    ("I'm a UX designer, I work for a studio in Bristol. Before that I freelanced", "employed"),
    ("I was self employed till 2021, now I work for the NHS", "employed"),
])
def test_home_with_the_kids_and_past_freelancing(facts, text, kind):
    assert facts(text)["employment_type"] == kind


@pytest.mark.parametrize("text", [
    "I'm home with the baby on maternity leave till April",
    "I'm at home with the kids today, half term",
    "my husband reckons I'm at home with the kids too much",
    "I used to be self-employed, years back",
])
def test_no_homemaker_or_self_employment_from_a_spell_or_the_past(facts, text):
    assert facts(text).get("employment_type") not in ("homemaker", "self_employed")


@pytest.mark.parametrize("text, years", [
    ("at Morrisons 7 years", 7),
    ("joiner with the council 11 years now", 11),
    ("receptionist at Specsavers 14 months", 1.17),
])
def test_the_employer_before_the_figure(facts, text, years):
    assert facts(text)["years_in_job"] == pytest.approx(years, abs=0.05)


@pytest.mark.parametrize("text", [
    "with Dave 9 years, never married",
    "with Legal & General 12 years for my life policy",
    "at Durham 3 years studying history",
    "at the hospital 3 weeks with pneumonia",
    "my husband's at Ford 20 years",
])
def test_no_tenure_from_a_partner_a_provider_a_course_or_a_stay(facts, text):
    assert "years_in_job" not in facts(text)
