"""Own health, habits, age and children in phrasings found missing by the dev11 corpus
(fresh sentences, not corpus lines): imagined states, other people's illnesses, a
relative's children, profile-style heights and operations."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,fact", [
    ("If I were a smoker, would the price go up a lot?", "smoker"),
    ("what if I started vaping, does that count?", "smoker"),
    ("say hypothetically I had cancer, would I still get cover?", "conditions"),
    ("suppose I got diabetes later on, what then", "conditions"),
    ("what if I took up paragliding next year", "hazardous_hobbies"),
    ("imagine I started doing motocross, would that change things", "hazardous_hobbies"),
    ("Would it cover me if I die doing something daft like bungee jumping?", "hazardous_hobbies"),
])
def test_an_imagined_habit_or_illness_is_not_the_prospects_own(facts, text, fact):
    assert fact not in facts(text)


@pytest.mark.parametrize("text,fact,value", [
    ("if I had to guess I smoke about 10 a day", "smoker", True),
    ("I'd say I drink about 6 pints a week", "alcohol", "moderate"),
    ("I smoke, if that matters for the price", "smoker", True),
    ("would I still be covered if I died diving? I dive most summers", "hazardous_hobbies", ["scuba"]),
    ("I do daft stuff like skydiving most summers", "hazardous_hobbies", ["skydiving"]),
])
def test_a_real_habit_beside_if_or_say_still_counts(facts, text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize("text", [
    "my neighbour had a stroke in the spring and it shook me",
    "my colleague was diagnosed with cancer at 41",
    "my housemate has epilepsy",
])
def test_a_neighbours_or_colleagues_illness_is_nobodys_fact(facts, text):
    got = facts(text)
    assert "conditions" not in got and "family_history" not in got and "hospitalized_5y" not in got


def test_a_relatives_children_are_not_the_prospects():
    from bot.actions.extraction import extract
    got = extract("my brother's kids are 3 and 9, proper handful")
    assert "children_ages" not in got and "children_count" not in got
    assert extract("my kids are 3 and 9")["children_ages"].value == [3, 9]


@pytest.mark.parametrize("text,value", [
    ("worried I'll have a heart attack like my dad had", ["heart_disease"]),
    ("I'm afraid of getting diabetes, same as my mum did", ["diabetes"]),
])
def test_an_illness_like_a_parents_is_family_history(facts, text, value):
    assert facts(text).get("family_history") == value


def test_an_own_illness_like_a_siblings_is_both(facts):
    got = facts("I've got asthma like my sister has")
    assert got.get("conditions") == ["asthma"] and got.get("family_history") == ["asthma"]


@pytest.mark.parametrize("text,cm", [
    ("asthmatic, 41, non smoker, 5ft 10", 177.8),
    ("male, 29, 6ft, about 85kg", 182.9),
    ("non smoker and 6 ft", 182.9),
])
def test_a_height_in_a_self_description_list(facts, text, cm):
    assert facts(text).get("height_cm") == pytest.approx(cm, abs=0.2)


@pytest.mark.parametrize("text", ["we built a 6ft fence last summer", "the van is 6 ft wide"])
def test_feet_that_measure_something_else(facts, text):
    assert "height_cm" not in facts(text)


@pytest.mark.parametrize("text,value", [
    ("had a shoulder op in 2023", True),
    ("my knee op was in March", True),
    ("tonsils out when I was little, nothing since", False),
    ("had my gallbladder removed as a teenager, not been back since", False),
])
def test_operations_and_nothing_since(facts, text, value):
    assert facts(text).get("hospitalized_5y") is value


def test_a_photo_op_is_no_operation(facts):
    assert "hospitalized_5y" not in facts("it was a good photo op for the firm")


@pytest.mark.parametrize("text,age", [
    ("at 27 I'm not sure I need any of this", 27),
    ("honestly at 58 I'm thinking about what I leave behind", 58),
])
def test_the_age_a_prospect_speaks_from(facts, text, age):
    assert facts(text).get("age") == age


def test_an_age_at_a_past_event_is_not_the_prospects(facts):
    assert facts("my mum retired at 62, I'm 33").get("age") == 33


# dev12 families (fresh sentences)

@pytest.mark.parametrize("text,level", [
    ("a 6 pack on a saturday, that's about it", "moderate"),
    ("I only drink once or twice a month", "light"),
    ("drinks maybe a few times a year, at weddings", "light"),
])
def test_drinking_counted_by_packs_and_by_month(facts, text, level):
    assert facts(text).get("alcohol") == level


@pytest.mark.parametrize("text", [
    "my partner smokes but I never have",
    "both my parents smoked but I don't, thank god",
])
def test_setting_oneself_apart_from_a_smoker(facts, text):
    assert facts(text).get("smoker") is False


def test_a_partners_drinking_beside_but_i_dont_is_no_smoking_fact(facts):
    assert "smoker" not in facts("my wife drinks but I don't")


@pytest.mark.parametrize("text,age", [
    ("I'll be 50 next birthday", 49),
    ("41 next birthday", 40),
    ("I'm 28 next birthday and single", 27),
])
def test_next_birthday_is_a_year_on(facts, text, age):
    assert facts(text).get("age") == age


def test_married_last_year_is_married(facts):
    assert facts("work in IT, 30, married last year, no kids yet").get("marital_status") == "married"


@pytest.mark.parametrize("text", [
    "I'm a paramedic, in A&E most nights",
    "staff nurse at the general hospital for 9 years",
    "I volunteer at the hospital on Sundays",
])
def test_working_in_a_hospital_is_no_stay(facts, text):
    assert "hospitalized_5y" not in facts(text)


def test_a_stay_with_no_surgery_is_still_a_stay(facts):
    assert facts("been in hospital for a week in 2024 with my lungs, no operation though").get("hospitalized_5y") is True


def test_never_in_hospital_and_no_surgery_is_no_stay(facts):
    assert facts("never been in hospital and no surgery either").get("hospitalized_5y") is False


@pytest.mark.parametrize("text,ages", [
    ("married, one little girl (10 months)", [0]),
    ("twins, both just turned 9", [9]),  # the corpus compares ages as sets
])
def test_more_ways_of_giving_a_childs_age(facts, text, ages):
    assert sorted(set(facts(text).get("children_ages", []))) == ages


@pytest.mark.parametrize("text,age", [
    ("price for a 52 year old non-smoker? asking for myself", 52),
    ("what would a 39 yr old woman pay", 39),
])
def test_a_grown_up_of_that_age_is_no_child(facts, text, age):
    got = facts(text)
    assert "children_ages" not in got and got.get("age") == age


def test_a_childs_age_still_counts(facts):
    assert facts("we have a 6 year old and a baby").get("children_ages") == [6]


@pytest.mark.parametrize("text,n", [
    ("dad's retired and me and my sister split his bills", 1),
    ("my mum has dementia and I pay for her carer, my dad passed", 1),
    ("mum has MS and I cover her rent, dad's still working though", 1),
    ("we look after her parents, they both live with us", 2),
])
def test_which_parents_are_supported(facts, text, n):
    assert facts(text).get("dependent_parents") == n


@pytest.mark.parametrize("text", [
    "blood pressure's a touch high lately",
    "my bp has been creeping up",
    "bp slightly raised, doc's keeping an eye on it",
])
def test_raised_pressure_in_so_many_words(facts, text):
    assert facts(text).get("conditions") == ["hypertension"]


def test_a_parents_raised_pressure_is_family_history_only(facts):
    got = facts("my mum's blood pressure is high")
    assert got.get("family_history") == ["hypertension"] and "conditions" not in got


@pytest.mark.parametrize("text", [
    "my uncle's policy paid out with no issues",
    "the claim went through with no problems at all",
])
def test_no_issues_with_a_payout_is_no_health_answer(facts, text):
    assert "conditions" not in facts(text)


@pytest.mark.parametrize("text,kg", [
    ("dropped 8kg since summer, now 81", 81),
    ("I've put on a stone, up to 90kg now", 90),
])
def test_the_weight_now_after_a_loss_or_gain(facts, text, kg):
    assert facts(text).get("weight_kg") == pytest.approx(kg, abs=0.2)


@pytest.mark.parametrize("text", [
    "I don't smoke cigarettes but I do vape now and then",
    "not a smoker as such, I vape though",
])
def test_vaping_said_after_a_denial_of_smoking_counts(facts, text):
    assert facts(text).get("smoker") is True
