"""Ages, children's ages, height and bare answers in phrasings found missing by the
dev8/dev9 corpora (fresh sentences, not corpus lines)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.actions.extraction import extract


@pytest.mark.parametrize("text,age", [
    ("plasterer 41 married two kids", 41),
    ("divorced, no kids, 33, renting a flat", 33),
    ("I am Thabo, 44 years, I drive a taxi", 44),
    ("I have 52 years and I am married", 52),  # a calque from Spanish or Polish
])
def test_ages(facts, text, age):
    assert facts(text).get("age") == age


def test_a_two_digit_birth_year():
    got = extract("born in '84, married", today=dt.date(2026, 11, 25))
    assert got["age"].value == 42


def test_years_together_are_no_age(facts):
    assert "age" not in facts("we're not married but it's been 15 yrs now")


def test_an_age_in_years_is_no_tenure(facts):
    assert "years_in_job" not in facts("I am Lerato, 36 years, I work at a bank")


def test_no_kids_then_an_age(facts):
    got = facts("single, no kids, 27")
    assert got.get("age") == 27 and "children_ages" not in got


@pytest.mark.parametrize("text,ages", [
    ("the kids are 6 and 9 months", [0, 6]),
    ("three girls (11, 9, and 4)", [4, 9, 11]),
])
def test_childrens_ages(facts, text, ages):
    assert sorted(facts(text)["children_ages"]) == ages


def test_ages_asked_for_give_no_count(facts):
    assert "children_count" not in facts("they're 3 and 5", expect="children_ages")


@pytest.mark.parametrize("text,height", [
    ("I'm 172 and 80kg", 172),
    ("168, about 60 kilos", 168),
])
def test_a_bare_height_beside_a_weight(facts, text, height):
    assert facts(text).get("height_cm") == height


def test_feet_and_inches_as_a_bare_answer(facts):
    assert facts("6 2", expect="height_cm")["height_cm"] == pytest.approx(188.0, abs=0.2)


def test_a_refusal_is_no_number(facts):
    got = extract("no, not answering that one", expect="weight_kg")
    assert got["weight_kg"].value is None


@pytest.mark.parametrize("text,expect,value", [
    ("three? no wait, four", "children_count", 4),
    ("50 next month, so 49", "age", 49),
    ("critical illness? nope", "existing_ci_cover", 0),
])
def test_the_last_word_of_a_bare_answer(facts, text, expect, value):
    assert facts(text, expect=expect).get(expect) == value
