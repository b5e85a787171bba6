"""Ages, children, dependants and health in phrasings found missing by the dev17 corpus
(a general sample). Fresh sentences, not corpus lines, with near-misses beside them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,age", [
    ("I am 31 years, unmarried", 31),
    ("Am 52 years, married, 3 children", 52),
    ("Thirty-nine last birthday", 39),
    ("ok so 36 m, single, no kids", 36),
])
def test_ages_in_self_descriptions(facts, text, age):
    assert facts(text).get("age") == age


@pytest.mark.parametrize("text", [
    "bus driver, been on the road 24 yrs",
    "welder, 18 years, married",
])
def test_years_in_a_trade_are_no_age(facts, text):
    assert "age" not in facts(text)


@pytest.mark.parametrize("text,value", [
    ("barista, smoke on my breaks", True),
    ("smoke occasional, drink a bit", True),
    ("roofer, smoke like a chimney", True),
    ("I used to smoke on breaks at my old job", False),
])
def test_smoking_as_a_list_item(facts, text, value):
    assert facts(text).get("smoker") is value


@pytest.mark.parametrize("text,value", [
    ("most nights half a bottle of red", "heavy"),
    ("gave up vaping in spring, drink a lot at weekends", "heavy"),
])
def test_heavy_drinking_said_other_ways(facts, text, value):
    assert facts(text).get("alcohol") == value


@pytest.mark.parametrize("text,value", [
    ("exercise haha. no", "none"),
    ("I exercise most mornings", "regular"),
])
def test_exercise_with_a_laugh(facts, text, value):
    assert facts(text).get("exercise") == value


def test_three_under_ten(facts):
    assert facts("we've got 3 under 10, it's chaos").get("children_count") == 3


@pytest.mark.parametrize("text,expect,fact,value", [
    ("the little one's 6 months and the big one is 4", "children_ages", "children_ages", [0, 4]),
    ("my mum, she's 81", "dependent_parents", "dependent_parents", 1),
])
def test_bare_answers_with_a_one_or_an_age_that_is_not_the_answer(facts, text, expect, fact, value):
    assert facts(text, expect=expect).get(fact) == value


def test_support_denied_is_no_dependant(facts):
    assert facts("both my parents are alive but I don't support them").get("dependent_parents") == 0


@pytest.mark.parametrize("text,own,family", [
    ("I've got asthma and my dad had the same", ["asthma"], ["asthma"]),
    ("my dad had the same job for 40 years", None, None),
])
def test_a_parent_with_the_same_illness(facts, text, own, family):
    got = facts(text)
    assert got.get("conditions") == own
    assert got.get("family_history") == family


@pytest.mark.parametrize("text,value", [
    ("Hospital twice in 2024 for my gallbladder", True),
    ("in hospital for 3 nights last spring", True),
])
def test_hospital_said_first(facts, text, value):
    assert facts(text).get("hospitalized_5y") is value


def test_a_crag_is_climbing(facts):
    assert facts("most Sundays I'm out on the crags").get("hazardous_hobbies") == ["climbing"]
