"""Negation, hedging, corrections, context, provenance and the public interface."""

from __future__ import annotations

import pytest

from bot.actions.extraction import ExtractedFact


@pytest.mark.parametrize("text,name,value", [
    ("no debts at all", "other_debts", 0),
    ("I don't smoke", "smoker", False),
    ("not any more", "smoker", False),
    ("no health issues", "conditions", []),
    ("I'm not married", "marital_status", "single"),
], ids=["no-debts", "dont-smoke", "not-any-more", "no-issues", "not-married"])
def test_negation(facts, text, name, value):
    expect = {"not any more": "smoker", "I'm not married": "marital_status"}.get(text)
    assert facts(text, expect)[name] == value


def test_not_married_with_no_partner_in_sight_is_single(facts):
    """Four independent corpus authors (DEV9, DEV11, DEV13, DEV14) read a bare "not married"
    as single; with a partner or "we" in the message it could be a couple, so it says nothing."""
    assert facts("I'm not married, so it would go to my sister").get("marital_status") == "single"
    assert "marital_status" not in facts("we're not married, so would it go to her?")


def test_negated_condition_is_not_recorded(facts):
    assert "diabetes" not in facts("I don't have diabetes but I do have asthma")["conditions"]


def test_hedge_lowers_confidence(full):
    sure = full("I earn 50k")["annual_income"]
    hedged = full("I think I earn around 50k")["annual_income"]
    assert hedged.value == sure.value and hedged.confidence < sure.confidence


def test_range_keeps_bounds_and_lowers_confidence(full):
    got = full("I make between 60 and 70k")["annual_income"]
    assert got.value == 65000 and got.range == (60000, 70000) and got.confidence <= 0.7


@pytest.mark.parametrize("text,name,value", [
    ("actually it's 3 kids", "children_count", 3),
    ("two kids, sorry, three kids", "children_count", 3),
    ("I earn 70k, sorry I mean 75k", "annual_income", 75000),
], ids=["actually", "sorry", "i-mean"])
def test_corrections_win(facts, text, name, value):
    assert facts(text)[name] == value


@pytest.mark.parametrize("text,expect,value", [
    ("two", "children_count", 2),
    ("yes", "smoker", True),
    ("nope", "hospitalized_5y", False),
    ("about 40", "age", 40),
    ("no", "conditions", []),
    ("none", "other_debts", 0),
    ("no", "mortgage_balance", 0),
    ("85k", "annual_income", 85000),
], ids=lambda v: str(v))
def test_bare_answer_fills_only_the_expected_fact(facts, text, expect, value):
    assert facts(text, expect) == {expect: value}


def test_bare_number_without_context_is_not_guessed(facts):
    assert facts("two") == {}
    assert facts("about 40") == {}


def test_decline_is_recorded_not_guessed(full):
    got = full("I'd rather not say", expect="annual_income")
    assert set(got) == {"annual_income"}
    assert got["annual_income"].declined and got["annual_income"].value is None
    assert got["annual_income"].to_dict()["declined"] is True


def test_span_points_at_the_words_in_the_original_text(full):
    text = "Hi! I'm 35 and I earn $6,500 a month."
    got = full(text)
    a, b = got["annual_income"].span
    assert text[a:b] == "$6,500 a month"
    assert "35" in text[slice(*got["age"].span)]


def test_spans_survive_characters_that_change_length_when_lowercased(full):
    text = "İİİ I'm 35"
    a, b = full(text)["age"].span
    assert text[a:b].endswith("35")


@pytest.mark.parametrize("text", [
    "hello", "what does term life mean?", "thanks, bye", "ok cool", "can I call you tomorrow at 5pm?",
])
def test_small_talk_yields_no_facts(facts, text):
    assert facts(text) == {}


def test_to_dict_shape(full):
    d = full("I'm 35")["age"].to_dict()
    assert set(d) == {"value", "confidence", "span"} and d["value"] == 35 and 0 < d["confidence"] <= 1


def test_values_are_valid_for_the_registry(full):
    from needscout.facts import FACTS
    text = ("I'm 35, married, two kids 4 and 7, nurse, 85k a year, 300k mortgage, 5k saved, "
            "I smoke, high blood pressure, I want 500k of cover, worried about cost")
    got = full(text)
    assert len(got) >= 10
    for name, fact in got.items():
        assert isinstance(fact, ExtractedFact)
        assert FACTS[name].is_valid(fact.value), (name, fact.value)


def test_unknown_expect_is_a_programming_error():
    from bot.actions.extraction import extract
    with pytest.raises(ValueError):
        extract("hi", expect="shoe_size")


def test_package_does_not_import_rasa():
    import subprocess
    import sys
    code = "import sys, bot.actions.extraction; print(any(m.split('.')[0] in ('rasa', 'rasa_sdk') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
