"""Goals said as the family's fate once the prospect is gone, bare answers to the goals
question, and cover already held (or a story about it) that names no goal. Phrasings are
new, not the corpus sentences.
"""

from __future__ import annotations

import pytest

GOALS = [
    ("I just need the kids provided for if I kick the bucket", None, ["protect_family"]),
    ("if I go, the missus is screwed, simple as", None, ["protect_family"]),
    ("I'm the only earner, if anything happened to me they'd be on the street", None, ["protect_family"]),
    ("don't want my husband to go without if I die young", None, ["protect_family"]),
    ("enough that my partner has an income to live on", None, ["protect_family"]),
    ("my family, mostly", "goals", ["protect_family"]),
    ("the mortgage first, then the kids", "goals", ["pay_off_mortgage", "protect_family"]),
    ("I'd like life and critical illness, 200k of each", None, ["critical_illness"]),
    ("something in case my wife gets seriously ill", None, ["critical_illness"]),
    ("a plan that builds up a little savings over time", None, ["savings"]),
    ("the balance is 220k on the mortgage, so enough to clear that", None, ["pay_off_mortgage"]),
    ("we need the girls protected whatever happens", None, ["protect_family"]),
    ("if I break a leg and can't work I'd still need cash coming in", None, ["income_protection"]),
    ("I'd want the mortgage paid and the kids' uni covered if anything happened", None, ["pay_off_mortgage", "children_education"]),
    ("wondering what to leave to my son when I go", None, ["wealth_transfer"]),
    ("we want to pay off the apartment if one of us dies", None, ["pay_off_mortgage"]),
]

NO_GOAL = [
    "I had income protection through my last job",
    "my income protection claim got rejected in 2022",
    "we've got a CI policy with Aviva already",
    "apart from the mortgage protection cover, nothing",
    "my parents lost money on an endowment years ago",
    "we pay the mortgage between us",
    "my kids are looked after by their nan on Tuesdays",
    "the kids",  # without the goals question it answers nothing
    "the mortgage is with Halifax",
    "I've no idea how much my pension is worth",
    "I retired from the council in 2021 and the pension covers our bills",
    "took early retirement two years ago, the pension is fine",
    "mortgage paid off in 2019",
    "got a serious illness benefit through work already",
    "we're saving for a new car at the moment",
]


@pytest.mark.parametrize("text,expect,want", GOALS)
def test_goal_is_named(facts, text: str, expect: str | None, want: list[str]) -> None:
    assert sorted(facts(text, expect=expect).get("goals", [])) == sorted(want)


@pytest.mark.parametrize("text", NO_GOAL)
def test_no_goal(facts, text: str) -> None:
    assert "goals" not in facts(text)
