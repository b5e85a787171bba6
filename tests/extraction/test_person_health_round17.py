"""Person and health phrasings found missing by the dev24 and dev25 corpora (written blind):
birthdays still to come, drinks named without the word "drink", and children, conditions and
family history said in shorthand. Fresh sentences, not corpus lines, with near-misses beside them.
The date is the extractor's fixed today (late November 2026)."""

from __future__ import annotations

import pytest


# a birthday still to come: one year younger today ------------------------------------------
@pytest.mark.parametrize("text,age", [
    ("I turn 50 in december", 49),
    ("i'll turn 30 next spring", 29),
    ("I hit the big five-oh in December", 49),
    ("hitting the big 4-0 next year", 39),
    ("I reach 65 next year so I'm retiring", 64),
    ("I turned 40 in march", 40),
    ("hit the big 6-0 in june, still feel 25", 60),
    ("turned the big 30 last month", 30),
], ids=["turn-in-month", "ll-turn-next", "hit-big-december", "hitting-next-year", "reach-next-year",
        "turned-past", "hit-gone-month", "turned-big-past"])
def test_birthday_to_come_or_gone(facts, text, age):
    assert facts(text).get("age") == age


def test_someone_elses_birthday_to_come_is_not_mine(facts):
    assert "age" not in facts("my son will turn 7 in june")


# drinks named without the word "drink": sittings a week and a count left unsaid -------------
@pytest.mark.parametrize("text,level", [
    ("a few pints with my mates twice a week", "moderate"),
    ("a beer twice a week, that's all", "light"),
    ("Pints of guinness 3x a week", "moderate"),
    ("a bottle of wine three times a week", "heavy"),
    ("glass of red on a saturday, nothing more", "light"),
    ("Pint of lager on a sunday with dinner", "light"),
], ids=["few-pints-twice", "beer-twice", "pints-of-3x", "bottle-three-times",
        "glass-unsaid-count", "pint-of-lager"])
def test_drinks_with_sittings_a_week(facts, text, level):
    assert facts(text).get("alcohol") == level


def test_drinks_as_a_verb_needs_its_count(facts):
    assert facts("drinks most weekends and drinks heavy").get("alcohol") == "heavy"


# children beside one not yet born ----------------------------------------------------------
@pytest.mark.parametrize("text,count", [
    ("my husband is 36 and we're expecting our first", 0),
    ("my partner is 29 and pregnant with our first", 0),
    ("one baby on the way and a 3 year old", 1),
    ("a 4 yr old and another due in March", 1),
    ("pregnant, plus a 5 year old", 1),
    ("a 4 year old, a 6 year old and one on the way", 2),
], ids=["spouse-age-expecting", "partner-age-pregnant", "unborn-then-child", "child-then-due",
        "pregnant-plus-child", "two-and-unborn"])
def test_count_beside_a_baby_to_come(facts, text, count):
    assert facts(text).get("children_count") == count


def test_our_first_with_an_age_is_born(facts):
    assert facts("our first is 3 and we're expecting again").get("children_count") != 0


# ages said after a parent's count with "they're" ----------------------------------------------
@pytest.mark.parametrize("text,ages", [
    ("single mum of 2, they're 5 and 9", [5, 9]),
    ("dad of three - they are 4, 9 and 12", [4, 9, 12]),
], ids=["mum-of-2-theyre", "dad-of-three-they-are"])
def test_parent_of_n_then_their_ages(facts, text, ages):
    got = facts(text)
    assert sorted(got.get("children_ages", [])) == ages and got.get("children_count") == len(ages)


def test_parent_of_n_then_a_distance_is_no_age(facts):
    assert "children_ages" not in facts("mum of 2, they're 10 minutes away from school")


# "no problems in the family" is family history; "no other health issues" is the prospect's ------
@pytest.mark.parametrize("text", [
    "no health problems in the family as far as I know",
    "we don't have any health problems in my family",
    "no serious illnesses in my family",
    "no major issues on either side",
], ids=["no-problems-in-family", "dont-have-any-in-family", "no-illnesses-in-my-family", "either-side"])
def test_nothing_in_the_family_is_family_history_not_own(facts, text):
    got = facts(text)
    assert got.get("family_history") == [] and "conditions" not in got


@pytest.mark.parametrize("text", [
    "had my gallbladder out in 2022, no other health issues",
    "no other medical conditions",
    "no health issues myself and no problems in the family",
], ids=["surgery-then-no-other", "no-other-medical", "both-answers"])
def test_no_other_health_issues_is_own_none(facts, text):
    assert facts(text).get("conditions") == []


# a relative opening the sentence, labelled with an illness after a comma ---------------------
@pytest.mark.parametrize("text,value", [
    ("my dad, heart attack at 58", "heart_disease"),
    ("Mum, bowel cancer in her sixties", "cancer"),
    ("our sister, a stroke last year", "stroke"),
], ids=["dad-comma", "mum-comma", "sister-comma"])
def test_relative_comma_illness_is_family_history(facts, text, value):
    got = facts(text)
    assert value in got.get("family_history", []) and value not in got.get("conditions", [])


def test_relative_mid_sentence_comma_keeps_own_illness(facts):
    assert facts("I live with my mum, asthma since I was a kid").get("conditions") == ["asthma"]


# "the blood pressure" -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "my premium got loaded because of the blood pressure",
    "on tablets for the blood pressure these days",
    "I suffer with the blood pressure a bit",
], ids=["because-of-the", "tablets-for-the", "suffer-with-the"])
def test_the_blood_pressure_is_hypertension(facts, text):
    assert facts(text).get("conditions") == ["hypertension"]


def test_the_blood_pressure_taken_is_no_condition(facts):
    assert "conditions" not in facts("the nurse took the blood pressure and it was fine")


# feet and inches with no unit, opening a message that gives the weight next ------------------
@pytest.mark.parametrize("text,cm", [
    ("five ten, about 80 kilos", 177.8),
    ("5 11 and 85kg", 180.3),
    ("six one, 15 stone, non smoker", 185.4),
], ids=["words-kilos", "digits-kg", "words-stone"])
def test_leading_feet_inches_beside_a_weight(facts, text, cm):
    assert facts(text).get("height_cm") == pytest.approx(cm, abs=0.1)


@pytest.mark.parametrize("text", ["5 10", "3 kids, 2 grand in savings"], ids=["no-weight", "count-and-money"])
def test_two_bare_numbers_without_a_weight_are_no_height(facts, text):
    assert "height_cm" not in facts(text)


# "is it only cancer?" asked about what the cover counts ---------------------------------------
@pytest.mark.parametrize("text", [
    "what counts as critical illness, is it only cancer?",
    "which illnesses does the policy pay out for, is it just cancer and heart attacks?",
], ids=["counts-only", "policy-just"])
def test_only_question_about_cover_is_no_condition(facts, text):
    assert "conditions" not in facts(text)


def test_only_question_without_cover_keeps_the_condition(facts):
    assert facts("I get a wheeze at night, is it only asthma?").get("conditions") == ["asthma"]


# a baby born in a month said without a year is under one ----------------------------------------
@pytest.mark.parametrize("text", [
    "we had our first baby in September!",
    "I had a baby boy in May",
    "welcomed our daughter last month",
], ids=["first-baby-month", "baby-boy-month", "welcomed-last-month"])
def test_baby_born_this_year_is_age_zero(facts, text):
    assert facts(text).get("children_ages") == [0]


@pytest.mark.parametrize("text", ["had my son in March 2019", "I had a car in june"], ids=["year-said", "not-a-child"])
def test_birth_with_a_year_or_no_child_gives_no_zero(facts, text):
    assert 0 not in facts(text).get("children_ages", [])


def test_a_second_baby_alone_leaves_ages_partial(facts):
    assert "children_ages" not in facts("we just had our second baby in August")


# "2 of mine": a share of the children, not an age ------------------------------------------------
@pytest.mark.parametrize("text,count", [
    ("4 kids, 2 of ours and 2 of hers", 4),
    ("three children, 1 of mine from before", 3),
], ids=["of-ours-of-hers", "of-mine"])
def test_share_of_children_is_no_age(facts, text, count):
    got = facts(text)
    assert got.get("children_count") == count and "children_ages" not in got
