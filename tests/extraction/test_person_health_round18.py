"""Person and health phrasings found missing by the dev26 corpus (written blind): a form question
said back before its answer, "a single" as a count rather than a status, a drink or two at a
sitting, and rare exercise said as an idiom. Fresh sentences, not corpus lines, with near-misses."""

from __future__ import annotations

import pytest


# the form question said back, then the answer in the next sentence ------------------------
@pytest.mark.parametrize("text,fact,value", [
    ("alcohol? rarely", "alcohol", "light"),
    ("booze? now and then, nothing major", "alcohol", "light"),
    ("drinking? barely ever tbh", "alcohol", "light"),
    ("exercise? once in a blue moon", "exercise", "occasional"),
], ids=["alcohol-rarely", "booze-now-and-then", "drinking-barely", "exercise-blue-moon"])
def test_echoed_question_then_answer(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_a_long_question_lends_no_cue(facts):
    assert "alcohol" not in facts("does it matter that my mates go to the pub? I rarely get ill")


# "a single" counting something is no marital status ----------------------------------------
@pytest.mark.parametrize("text", [
    "never made a single claim on my car insurance",
    "haven't taken a single sick day in ten years",
    "I check every single detail before I sign",
    "not missed a single payment",
], ids=["made-a-single", "taken-a-single", "every-single", "missed-a-single"])
def test_single_as_a_count(facts, text):
    assert "marital_status" not in facts(text)


@pytest.mark.parametrize("text", ["I'm single, no kids", "as a single dad it's tough", "single, 34, renting"],
                         ids=["im-single", "single-dad", "profile"])
def test_single_as_a_status_still_counts(facts, text):
    assert facts(text).get("marital_status") == "single"


# one drink or two at a sitting ---------------------------------------------------------------
@pytest.mark.parametrize("text,level", [
    ("I'll have a beer or two at weekends", "light"),
    ("one or two pints on a saturday", "light"),
    ("a pint or two at the weekend, no more", "light"),
    ("one or two beers every night", "moderate"),
    ("4 nights a week, a pint or two each time", "moderate"),
], ids=["beer-or-two-weekends", "one-or-two-pints", "pint-or-two-weekend", "every-night", "each-time"])
def test_a_drink_or_two(facts, text, level):
    assert facts(text).get("alcohol") == level


# rare exercise said as an idiom ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "kick a ball about at 5-a-side once in a blue moon",
    "I go for a swim now and again",
    "hit the tennis court once in a while",
], ids=["blue-moon", "now-and-again", "once-in-a-while"])
def test_rare_exercise_is_occasional(facts, text):
    assert facts(text).get("exercise") == "occasional"


def test_rare_drinking_is_not_exercise(facts):
    assert "exercise" not in facts("I drink once in a blue moon")


# stays said as plural operations or as a mental-health admission -----------------------------
@pytest.mark.parametrize("text", [
    "had a couple of knee operations, the last in 2023",
    "two shoulder operations last year",
    "spent ten days on the psych ward in 2024",
    "I was sectioned last year, doing much better now",
    "in a mental health unit for a month this spring",
], ids=["knee-operations", "shoulder-operations", "psych-ward", "sectioned", "mental-health-unit"])
def test_recent_stay_phrasings(facts, text):
    assert facts(text).get("hospitalized_5y") is True


def test_someone_elses_operations_are_not_mine(facts):
    assert "hospitalized_5y" not in facts("my dad had two operations on his hip last year")


@pytest.mark.parametrize("text", ["I'm an operations manager at a warehouse", "work in the operations team at a bank"],
                         ids=["ops-manager", "ops-team"])
def test_operations_as_a_job_is_no_stay(facts, text):
    assert "hospitalized_5y" not in facts(text)


# help to parents given by the month or week is support --------------------------------------
@pytest.mark.parametrize("text,count", [
    ("I help my parents every month, they have no pension", 2),
    ("helping my mum out each week since dad died", 1),
    ("I help my mother and father every month with cash", 2),
], ids=["parents-every-month", "mum-out-each-week", "mother-father-cash"])
def test_regular_help_supports_parents(facts, text, count):
    assert facts(text).get("dependent_parents") == count


@pytest.mark.parametrize("text", ["I help my dad every week with the garden", "my parents help me every month"],
                         ids=["chores", "they-help-me"])
def test_help_that_is_not_money(facts, text):
    assert "dependent_parents" not in facts(text)
