"""A pay figure right after one's job title still counts as pay when the same sentence goes
on to talk of cover ("I'm a nurse, around 48k but want 300k of cover"); a cover sum right
after the title stays cover (fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,pay,cover_fact,cover", [
    ("I'm a nurse, around 48k but want 300k of cover", 48_000, "requested_cover", 300_000),
    ("electrician, about 60k, thinking 500k cover would do", 60_000, "requested_cover", 500_000),
    ("I'm a plumber, 45k, and I've got 150k of cover with aviva", 45_000, "existing_life_cover", 150_000),
    ("paramedic, 41k, looking for maybe 250k life insurance", 41_000, "requested_cover", 250_000),
], ids=["but-want", "thinking", "got-cover", "looking-for"])
def test_pay_after_the_title_beside_cover_talk(facts, text, pay, cover_fact, cover):
    got = facts(text)
    assert got.get("annual_income") == pay, got
    assert got.get(cover_fact) == cover, got


@pytest.mark.parametrize("text", [
    "I'm a nurse, 300k cover through work",
    "teacher, 250k policy already through the school",
    "I'm a welder, 200k of life insurance through the union",
], ids=["cover-through-work", "policy", "life-insurance"])
def test_a_cover_sum_after_the_title_is_not_pay(facts, text):
    assert "annual_income" not in facts(text)
