"""The planner reads a yes or a no the way the extractor does."""

from __future__ import annotations

import re

import pytest

from bot.interview.fact_updates import known_facts, profile_facts
from bot.interview.yes_no import mentions_unnegated, yes_or_no

DEBT_CUE = re.compile(r"\b(?:debts?|loans?|mortgage)\b")


@pytest.mark.parametrize("text, expected", [
    ("yes", True), ("Yep.", True), ("I do", True), ("yes, a mortgage", True),
    ("I have a car loan", True),
    ("no", False), ("nope, all paid off", False), ("no we don't", False), ("I don't", False),
    ("not really", False), ("none", False), ("no, nothing at all, never got round to it", False),
    ("I have no debts", None), ("I'm not sure", None), ("I don't know", None), ("no idea", None),
    ("about 200k", None),
], ids=lambda v: str(v))
def test_a_leading_yes_or_no_is_read_and_nothing_else(text, expected):
    assert yes_or_no(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("a fair bit of debt, honestly", True),
    ("no debts at all", False),
    ("we don't have any loans", False),
    ("no savings, but a big mortgage", True),
    ("we're fine", False),
], ids=lambda v: str(v))
def test_a_cue_counts_only_where_its_clause_does_not_negate_it(text, expected):
    assert mentions_unnegated(DEBT_CUE, text) is expected


def test_known_facts_types_float_slots_and_leaves_out_control_slots():
    slots = {"children_count": 2.0, "age": 34.0, "height_cm": 175.5, "has_debts": True,
             "requested_slot": "age", "smoker": None}
    assert known_facts(slots) == {"children_count": 2, "age": 34, "height_cm": 175.5}
    assert type(known_facts(slots)["children_count"]) is int
    assert profile_facts(slots)["children_count"]["value"] == 2
