"""A yearly amount answers a money question; asked something else, it is still pay."""

from __future__ import annotations

import pytest

from bot.actions.extraction import extract


@pytest.mark.parametrize("text,expect", [
    ("I'm a plumber, been doing it 20 years, self-employed, about 70k a year", "occupation"),
    ("I'm a teacher, about 58k a year", "occupation"),
    ("nurse, on 48k a year", "employment_type"),
], ids=["plumber", "teacher", "nurse"])
def test_pay_in_an_answer_about_work_is_annual_income(text, expect):
    found = extract(text, expect=expect)
    assert found["annual_income"].value in (70000, 58000, 48000)


def test_a_yearly_amount_answers_the_money_question_asked():
    found = extract("about 70k a year", expect="spouse_income")
    assert found["spouse_income"].value == 70000
    assert "annual_income" not in found


@pytest.mark.parametrize("text,cm", [("6 foot", 182.9), ("6 ft", 182.9), ("5 foot 9", 175.3)])
def test_a_bare_height_answers_how_tall(text, cm):
    assert extract(text, expect="height_cm")["height_cm"].value == pytest.approx(cm, abs=0.2)


def test_an_expected_amount_is_the_money_not_a_headcount():
    text = "I own a building company with 25 staff, been running it 14 years. I take about 180k a year."
    assert extract(text, expect="annual_income")["annual_income"].value == 180000


def test_running_a_business_for_years_is_tenure_but_running_for_exercise_is_not():
    assert extract("I own a building firm, been running it 14 years")["years_in_job"].value == 14
    assert "years_in_job" not in extract("I've been running for 5 years")


def test_yes_to_supporting_a_parent_means_one():
    assert extract("yes, my mum", expect="dependent_parents")["dependent_parents"].value == 1
