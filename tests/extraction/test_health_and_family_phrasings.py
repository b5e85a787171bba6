"""Drinking, exercise, hobbies, family history and dependants in phrasings found missing
by the dev8/dev9 corpora (fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,level", [
    ("9 pints on a Saturday, most weeks", "heavy"),  # one sitting of eight or more is a binge
    ("a glass of red most evenings", "moderate"),
    ("I drink a little, mostly at christmas", "light"),
    ("a can or two on a Sunday", "light"),
    ("a six pack every night if I'm honest", "heavy"),
    ("few stubbies on a friday arvo", "light"),
    ("T2DM, diet controlled, and I drink a pint or two on a Sunday", "light"),
    ("I play squash twice a week and drink moderately", "moderate"),
    ("occ etoh, non smoker", "light"),
    ("drinks most weekends and drinks heavy", "heavy"),
    ("I'd say 18 units a week", "moderate"),
])
def test_drinking_levels(facts, text, level):
    assert facts(text).get("alcohol") == level


@pytest.mark.parametrize("text", [
    "kickboxing 4 nights a week",
    "non drinker, but I'm at the gym 5 days a week",
    "I paddle board most mornings",
])
def test_regular_exercise(facts, text):
    assert facts(text).get("exercise") == "regular"


def test_a_label_is_no_exercise_answer(facts):
    assert "exercise" not in facts("Exercise? hmm, let me think")


@pytest.mark.parametrize("text,hobbies", [
    ("I'm a keen mountaineer", ["climbing"]),
    ("did my first base jump in the summer", ["skydiving"]),
    ("we go free diving off the point", ["other"]),
    ("got my PPL last year, I fly most weekends", ["aviation"]),
])
def test_hobbies(facts, text, hobbies):
    assert facts(text).get("hazardous_hobbies") == hobbies


@pytest.mark.parametrize("text", [
    "I'm thinking about taking up skydiving",
    "one day I want to try scuba diving",
])
def test_a_hobby_not_yet_taken_up(facts, text):
    assert "hazardous_hobbies" not in facts(text)


def test_clinical_shorthand_family_history(facts):
    assert sorted(facts("FHx: mother T2DM, father IHD")["family_history"]) == ["diabetes", "heart_disease"]


@pytest.mark.parametrize("text", [
    "my best mate's dad had a heart attack last week",
    "my friend is a smoker and his mum had lung cancer",
])
def test_someone_elses_parent_is_no_family_history(facts, text):
    assert "family_history" not in facts(text)


@pytest.mark.parametrize("text,parents", [
    ("we help my wife's parents out every month", 2),
    ("my gran depends on me since grandad passed", 1),
    ("Dad lives with us, mum died in 2020", 1),
    ("I pay for my dad's carer", 1),
    ("i support my mum, my dad and my husband's mother", 3),
])
def test_dependants(facts, text, parents):
    assert facts(text).get("dependent_parents") == parents


def test_a_stay_at_home_mum_is_the_prospect(facts):
    assert "dependent_parents" not in facts("I'm a stay at home mum of two and I look after the house")


@pytest.mark.parametrize("text", [
    "I'd want cover for things like cancer, stroke, heart attack",
    "cover in case I'm diagnosed with something nasty, cancer or a stroke",
])
def test_a_list_of_illnesses_to_be_covered_is_no_condition(facts, text):
    assert "conditions" not in facts(text)


def test_an_own_condition_beside_a_hypothetical(facts):
    assert facts("I have asthma, and if I ever got cancer I'd want a payout")["conditions"] == ["asthma"]


def test_a_negative_test_is_no_condition(facts):
    assert "conditions" not in facts("just had a check, HIV negative")


@pytest.mark.parametrize("text", ["had a mild heart attack last year", "had a hysterectomy in May 2023"])
def test_recent_hospital_events(facts, text):
    assert facts(text).get("hospitalized_5y") is True


@pytest.mark.parametrize("text,value", [
    ("NS, drinks socially", False),
    ("neither of us smokes", False),
])
def test_non_smokers(facts, text, value):
    assert facts(text).get("smoker") is value


@pytest.mark.parametrize("text,status", [
    ("divorced years ago but I've been married to Sam since 2015", "married"),
    ("just remarried last spring", "married"),
    ("me and my girlfriend have a flat together. we're not married", "partnered"),
    ("my husband and I split up in 2022", "divorced"),
])
def test_marital_status(facts, text, status):
    assert facts(text).get("marital_status") == status


@pytest.mark.parametrize("text", [
    "we're going through a divorce right now",
    "my boyfriend and I split up last month",
])
def test_no_marital_status_yet(facts, text):
    assert "marital_status" not in facts(text)


@pytest.mark.parametrize("text,parents", [
    ("I'm basically my mother's full-time carer", 1),
    ("we contribute towards my in-laws' bills", 2),
    ("dad's pension is small so I top it up", 1),
    ("I pay my mum's rent", 1),
])
def test_more_ways_to_support_a_parent(facts, text, parents):
    assert facts(text).get("dependent_parents") == parents


def test_someone_elses_carer_is_no_support(facts):
    assert "dependent_parents" not in facts("a carer comes in for my nan twice a day")


def test_both_of_them_answers_the_dependants_question(facts):
    assert facts("both of them", expect="dependent_parents")["dependent_parents"] == 2


def test_parents_well_off_is_no_health_answer(facts):
    assert "family_history" not in facts("my parents are well off")
