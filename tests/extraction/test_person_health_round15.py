"""Children, dependants, age and health in phrasings found missing by the dev21 and dev22
corpora (written blind) and three known misses. Fresh sentences, not corpus lines, with
near-misses beside them."""

from __future__ import annotations

import pytest


# children -------------------------------------------------------------------------------
@pytest.mark.parametrize("text,count,ages", [
    ("my two (7 and 10) and her one (12)", 3, {7, 10, 12}),
    ("his two (4 and 9) and my one (15) all live with us", 3, {4, 9, 15}),
    ("got a stepdaughter who's 13 and my own two, 6 and 3", 3, {13, 6, 3}),
    ("our three - 2, 5 and 11 - keep us on our toes", 3, {2, 5, 11}),
    ("married, three teens (13, 15 and 18)", 3, {13, 15, 18}),
])
def test_a_possessive_count_then_its_ages(facts, text, count, ages):
    got = facts(text)
    assert got.get("children_count") == count
    assert set(got.get("children_ages", [])) == ages


@pytest.mark.parametrize("text", [
    "my two cents, 5 and 6 quid is too much",
    "my brother's two (4 and 6) are a handful",
    "his two (4 and 6) are lovely",
])
def test_a_count_that_is_not_the_prospects_children(facts, text):
    assert "children_count" not in facts(text)


@pytest.mark.parametrize("expect,text,ages", [
    ("children_count", "Ama is 5, Kofi 8", {5, 8}),
    ("children_count", "Tom's 6 and Ella 3", {6, 3}),
    ("children_ages", "Zara is 12, Musa is 9 and Ife 4", {12, 9, 4}),
])
def test_named_children_answering_the_children_question(facts, expect, text, ages):
    got = facts(text, expect=expect)
    assert set(got.get("children_ages", [])) == ages
    assert got.get("children_count", len(ages)) == len(ages)
    if expect == "children_count":
        assert got["children_count"] == len(ages)


def test_names_with_ages_unasked_are_no_children(facts):
    assert "children_count" not in facts("Dan's 40 and I'm 38")


@pytest.mark.parametrize("text,ages", [
    ("we have twins aged 4 and one on the way", {4}),
    ("the twins are 9", {9}),
])
def test_twins_share_an_age_and_the_unborn_have_none(facts, text, ages):
    got = facts(text)
    assert set(got["children_ages"]) == ages
    assert 1 not in got["children_ages"] or 1 in ages


def test_twins_answering_how_old_give_only_ages(facts):
    got = facts("twins, both 7", expect="children_ages")
    assert got.get("children_ages") == [7] and "children_count" not in got


@pytest.mark.parametrize("text", [
    "married with 3 kids aged 2 to 9",
    "two girls ages 4-11",
])
def test_an_age_range_is_no_list_of_ages(facts, text):
    assert "children_ages" not in facts(text)


@pytest.mark.parametrize("text,count", [
    ("we just had our second baby in March", 2),
    ("our third was born in May, chaos", 3),
    ("married, have a 5 year old son", 1),
])
def test_children_counted_from_the_newest_or_a_dropped_we(facts, text, count):
    assert facts(text).get("children_count") == count


@pytest.mark.parametrize("text", [
    "my second job pays better",
    "my sister just had her second baby",
    "3 lads work for me at the garage",
    "two girls I employ in the shop",
])
def test_no_children_from_jobs_relatives_or_staff(facts, text):
    assert "children_count" not in facts(text)


# dependants -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,count", [
    ("mum has her own pension but I pay for her carer", 1),
    ("dad gets his own pension but I still top it up every month", 1),
    ("I help my gran out with money but my parents are fine", 1),
    ("I look after my mum, my dad's fine", 1),
    ("my parents are fine, they have their pensions, I don't support them", 0),
])
def test_parents_supported_beside_parents_who_are_fine(facts, text, count):
    assert facts(text).get("dependent_parents") == count


def test_parents_fine_for_money_is_no_family_history(facts):
    assert "family_history" not in facts("my parents are fine, they've got their pensions, I don't help them")


# age ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,age", [
    ("hitting the big four-oh in March", 39),
    ("turned the big 5-0 last month", 50),
    ("am 61, retiring soon", 61),
])
def test_big_birthdays_and_a_dropped_i(facts, text, age):
    assert facts(text).get("age") == age


def test_someone_elses_big_birthday(facts):
    assert "age" not in facts("my wife hits the big 50 soon")


# health ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "what about stroke cover, is that extra?",
    "is heart disease always included?",
    "do you cover cancer?",
    "we spend about 4,000 CAD a month",
])
def test_an_illness_asked_about_as_cover_or_a_currency_is_no_condition(facts, text):
    assert "conditions" not in facts(text)


@pytest.mark.parametrize("text,value", [
    ("is diabetes excluded? I've got type 2", ["diabetes"]),
    ("would my asthma be covered?", ["asthma"]),
])
def test_an_own_illness_asked_about_is_still_theirs(facts, text, value):
    assert facts(text).get("conditions") == value


@pytest.mark.parametrize("text,value", [
    ("packed in the cigs 4 years back", False),
    ("gave up smoking 2 months back", True),
])
def test_quit_years_back(facts, text, value):
    assert facts(text).get("smoker") is value


@pytest.mark.parametrize("text,expect,value", [
    ("couple times a month if that", "exercise", "occasional"),
    ("I swim couple times a week", None, "regular"),
    ("now and then I go for a jog, not really a sporty person", None, "occasional"),
    ("I can't really exercise with my knees", None, "none"),
])
def test_exercise_frequencies_and_hedges(facts, text, expect, value):
    assert facts(text, expect=expect).get("exercise") == value


@pytest.mark.parametrize("text,value", [
    ("few pints saturday and sunday", "moderate"),
    ("a few pints on a friday", "moderate"),
    ("couple of pints on a saturday", "light"),
    ("a few beers at the weekend", "light"),
    ("I don't drink except at christmas", "light"),
    ("I don't drink", "none"),
])
def test_pints_and_drinking_with_an_exception(facts, text, value):
    assert facts(text).get("alcohol") == value


def test_nothing_crazy_after_drink_is_no_hobby_answer(facts):
    assert "hazardous_hobbies" not in facts("bottle of wine over the weekend, nothing crazy")


@pytest.mark.parametrize("text", [
    "had a kidney transplant in 2023",
    "had part of my bowel removed last year",
    "ACL reconstruction in 2024",
])
def test_named_operations_are_hospital_stays(facts, text):
    assert facts(text).get("hospitalized_5y") is True


@pytest.mark.parametrize("text,value", [
    ("do you guys cover scuba? I've logged over 300 dives", ["scuba"]),
    ("Would you cover skydiving? I've done 150 jumps", ["skydiving"]),
])
def test_a_hobby_asked_about_and_practised(facts, text, value):
    assert facts(text).get("hazardous_hobbies") == value


def test_a_hobby_only_wished_for(facts):
    assert "hazardous_hobbies" not in facts("what if I took up skydiving one day?")


@pytest.mark.parametrize("text", [
    "not married tho, together 12 years",
    "together 6 years but we're not married",
])
def test_together_but_not_married_is_partnered(facts, text):
    assert facts(text).get("marital_status") == "partnered"


@pytest.mark.parametrize("text,count", [
    ("my nephew, he's my only family", None),
    ("my sister, she's my only family now", None),
    ("my son, he's my only family", 1),
    ("she's my only child", 1),
])
def test_only_family_counts_a_child_only(facts, text, count):
    assert facts(text).get("children_count") == count


def test_named_children_beside_a_stepchild(facts):
    got = facts("Nia is 6, Jomo 9, and my stepson Baraka is 14")
    assert got.get("children_count") == 3 and set(got["children_ages"]) == {6, 9, 14}


def test_what_if_i_die_doing_a_hobby_i_do_most_weekends(facts):
    assert facts("what if I die diving, I dive most weekends").get("hazardous_hobbies") == ["scuba"]


def test_named_children_said_with_an_apostrophe_s(facts):
    got = facts("the three kids live with me, Liam's 12, Saoirse's 9 and Oisin's 4")
    assert set(got.get("children_ages", [])) == {12, 9, 4}
