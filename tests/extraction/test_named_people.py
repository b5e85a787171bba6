"""People named by first name keep their role: a spouse's pay, a child's age."""

from __future__ import annotations

import pytest

from bot.actions.extraction import extract


def test_a_named_spouse_earnings_are_spouse_income():
    found = extract("I'm married to Dan. Dan works part time and makes about 30k.")
    assert found["spouse_income"].value == 30000
    assert "annual_income" not in found


@pytest.mark.parametrize("text,ages", [
    ("we've got two little ones, Mia is 4 and Leo is 7", [4, 7]),
    ("two kids: Sophie is 12 and Tom is 9", [9, 12]),
], ids=["little-ones", "kids"])
def test_named_children_give_their_ages(text, ages):
    assert sorted(extract(text)["children_ages"].value) == ages


def test_a_capitalised_word_that_is_not_a_name_changes_nothing():
    found = extract("My husband earns about 40k. Both kids are at school.")
    assert found["spouse_income"].value == 40000
