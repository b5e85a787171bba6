"""Vaping now after giving up cigarettes is smoking (present use outranks the quit); a pint
of milk or water is no drink of alcohol (fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "gave up cigarettes last year but I vape now",
    "quit smoking 3 years ago, vape now though",
    "stopped the fags in 2020, on the vape since",
    "quit the cigs and switched to vaping",
], ids=["vape-now", "vape-now-though", "on-the-vape-since", "switched-to-vaping"])
def test_vaping_now_after_a_quit_is_smoking(facts, text):
    assert facts(text).get("smoker") is True


@pytest.mark.parametrize("text", [
    "I used to vape now and then but quit",
    "I quit smoking and vaping 2 years ago",
    "non smoker, never vaped",
], ids=["used-to-vape", "quit-both", "never-vaped"])
def test_vaping_given_up_or_never_is_not_smoking(facts, text):
    assert facts(text).get("smoker") is False


def test_a_relatives_switch_to_the_vape_is_not_the_prospects(facts):
    assert "smoker" not in facts("my wife quit smoking and switched to the vape")


@pytest.mark.parametrize("text", [
    "a pint of milk every day",
    "two pints of water a day, trying to be healthy",
    "pint of orange juice every morning",
], ids=["milk", "water", "juice"])
def test_a_pint_of_a_soft_drink_is_no_alcohol(facts, text):
    assert "alcohol" not in facts(text)


@pytest.mark.parametrize("text,level", [
    ("a pint of lager every day", "moderate"),
    ("a pint every day after work", "moderate"),
], ids=["lager", "bare-pint"])
def test_a_pint_of_beer_still_counts(facts, text, level):
    assert facts(text).get("alcohol") == level
