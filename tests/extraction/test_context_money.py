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
