"""Health, habits, family and dependants in phrasings found missing by the dev13 corpus
(whole interviews with ordinary workers; fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,value", [
    ("I've had high blood for years", ["hypertension"]),
    ("got high blood sugar, on tablets", ["diabetes"]),
    ("gout flares now and then", ["other"]),
    ("diagnosed hypothyroid last spring", ["thyroid"]),
    ("I have PCOS", ["other"]),
])
def test_lay_and_short_names_of_conditions(facts, text, value):
    assert facts(text).get("conditions") == value


@pytest.mark.parametrize("text,value", [
    ("smoked 25 years and still do", True),
    ("Smoke rollies, maybe 8 a day", True),
    ("I no dey smoke", False),
])
def test_smoking_said_without_i(facts, text, value):
    assert facts(text).get("smoker") is value


def test_pidgin_no_drink(facts):
    assert facts("I no dey drink at all").get("alcohol") == "none"


@pytest.mark.parametrize("text,own,family", [
    ("had a skin cancer removed in 2021, my mum had one too", ["cancer"], ["cancer"]),
    ("I had a heart attack at 52 and my father had the same at 60", ["heart_disease"], ["heart_disease"]),
])
def test_a_relative_with_the_same_illness_is_family_history(facts, text, own, family):
    got = facts(text)
    assert got.get("conditions") == own
    assert got.get("family_history") == family


def test_a_spouse_with_the_same_illness_is_no_family_history(facts):
    assert "family_history" not in facts("I have diabetes and my husband has it too")


@pytest.mark.parametrize("text", [
    "I lost my husband to lung cancer two years ago",
    "a friend of mine had a stroke at 40, that's why I'm here",
])
def test_someone_elses_illness_is_not_the_prospects(facts, text):
    assert "conditions" not in facts(text)


@pytest.mark.parametrize("text", [
    "spent 3 nights in the general after a bike crash in 2024",
    "tore a ligament playing rugby last year, had the op in March",
    "they put a stent in after my heart scare in 2023",
])
def test_stays_and_operations_told_in_passing(facts, text):
    assert facts(text).get("hospitalized_5y") is True


@pytest.mark.parametrize("text,count", [
    ("I send 200 a month to them, my mum and dad are back in Kerala", 2),
    ("I pay everything for my dad since he retired", 1),
    ("my mama dey with me, I dey take care of her", 1),
])
def test_parents_supported_in_other_words(facts, text, count):
    assert facts(text).get("dependent_parents") == count


def test_a_parent_who_is_late_is_not_supported(facts):
    assert facts("my papa is late and my mama lives with me, I support her").get("dependent_parents") == 1


@pytest.mark.parametrize("text,count,ages", [
    ("married, two littlies (4 and 2)", 2, [2, 4]),
    ("I get 3 pikin", 3, None),
    ("two kids still at school and one at college, so three altogether", 3, None),
])
def test_children_in_other_words(facts, text, count, ages):
    got = facts(text)
    assert got.get("children_count") == count
    if ages is not None:
        assert sorted(got.get("children_ages") or []) == ages


def test_ages_of_the_elder_and_the_younger(facts):
    assert sorted(facts("two boys, elder 15 younger 11").get("children_ages") or []) == [11, 15]


def test_ages_of_the_other_two(facts):
    got = facts("four kids: youngest is 2, eldest 12, the other two are 7 and 9")
    assert sorted(got.get("children_ages") or []) == [2, 7, 9, 12]


def test_a_wished_for_baby_is_no_child(facts):
    assert "children_count" not in facts("we're hoping for a baby next year")


@pytest.mark.parametrize("text,value", [
    ("no kids, not married", "single"),
    ("I marry 1 wife, 4 children", "married"),
])
def test_marital_status_in_short_answers(facts, text, value):
    assert facts(text).get("marital_status") == value


def test_not_married_with_a_partner_is_no_single(facts):
    assert facts("not married, but my girlfriend and I share a flat").get("marital_status") != "single"


def test_an_age_turned_in_a_coming_month_is_one_less(facts):
    assert facts("52 in April", expect="age").get("age") == 51


def test_a_dozen_cans_on_a_named_night_is_heavy(facts):
    assert facts("I'll drink a dozen cans Friday night, most weeks").get("alcohol") == "heavy"


def test_bills_that_run_to_a_sum_are_no_exercise(facts):
    assert "exercise" not in facts("the bills run about 4k a month")


def test_on_my_own_with_a_policy_is_not_single(facts):
    assert "marital_status" not in facts("I've a 300k policy on my own with a CI rider")


def test_reduced_kidney_function_is_kidney_disease(facts):
    assert facts("the GP says I have reduced kidney function").get("conditions") == ["kidney_disease"]


@pytest.mark.parametrize("text", [
    "spent 2 days in London last week for work",
    "3 nights in the Royal Hotel for our anniversary",
    "had the op on my van's gearbox done cheap",
    "they operated on my dad's hip in 2022",
])
def test_days_away_or_someone_elses_operation_is_no_stay(facts, text):
    assert "hospitalized_5y" not in facts(text)


def test_a_parent_in_her_late_seventies_is_alive(facts):
    assert facts("my mum is late 70s and lives with us, I support her").get("dependent_parents") == 1


@pytest.mark.parametrize("text", ["we're not married yet but engaged", "engaged to Sam, not married yet though"])
def test_an_engaged_couple_not_married_yet_is_not_labelled(facts, text):
    """DEV12.md and DEV13.md leave an engagement unlabelled."""
    assert "marital_status" not in facts(text)


def test_a_dogs_age_is_no_child(facts):
    got = facts("married with a 2 year old lab")
    assert "children_count" not in got and "children_ages" not in got
