"""Ages, children, marriage and health in phrasings found missing by the dev15 and dev16
corpora (households and cover held; worries and work histories). Fresh sentences, not
corpus lines; each family has its near-misses beside it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,age", [
    ("I'm divorced and 47, two grown kids", 47),
    ("I'm newly single and 29", 29),
    ("I'll be honest, 58 to be exact", 58),
    ("Age? 36 last birthday", 36),
    ("still renting at 38, no kids", 38),
    ("I'm 50 next week, so get me in quick", 49),
    ("I'm 30 in two weeks", 29),
])
def test_ages_said_in_passing(facts, text, age):
    assert facts(text).get("age") == age


@pytest.mark.parametrize("text", [
    "I'm self employed and 40 hours a week is normal",
    "I'm divorced and 30k in debt",
    "my brother is single and 41",
    "he's still single at 45",
])
def test_numbers_that_are_not_the_prospects_age(facts, text):
    assert "age" not in facts(text)


@pytest.mark.parametrize("text,count,ages", [
    ("mum of three, ages 4, 9 and 12", 3, [4, 9, 12]),
    ("Dad of two, 3 and 6, married to Priya", 2, [3, 6]),
    ("I split custody of my daughter with her dad", 1, None),
    ("raising my boy on my own since he was 3", 1, None),
])
def test_children_after_a_parent_word_or_in_the_singular(facts, text, count, ages):
    got = facts(text)
    assert got.get("children_count") == count
    assert got.get("children_ages") == ages


def test_a_child_named_then_aged_in_the_next_sentence(facts):
    got = facts("The money should go to my daughter. She's 19 and at college.")
    assert got.get("children_ages") == [19]


def test_twins_aged_with_they(facts):
    got = facts("we've got twins, they turned 6 in the summer")
    assert got.get("children_count") == 2
    assert set(got.get("children_ages", [])) == {6}


@pytest.mark.parametrize("text,count,ages", [
    ("mother of two, 36 and 48k a year", 2, None),  # the list is her age and her pay
    ("I have 2 kids and they're 15 minutes from school", 2, None),
    ("we share custody of our son and daughter", None, None),
])
def test_parent_words_beside_other_numbers(facts, text, count, ages):
    got = facts(text)
    assert got.get("children_count") == count
    assert got.get("children_ages") == ages


def test_pets_called_babies_are_no_children(facts):
    assert facts("the cats are our babies, no actual kids").get("children_count") == 0


@pytest.mark.parametrize("text,status", [
    ("we tied the knot in May", "married"),
    ("finally got hitched last year", "married"),
    ("my cousin got hitched in Vegas", None),
    ("if we tied the knot would the price change?", None),
])
def test_marriage_in_idiom(facts, text, status):
    assert facts(text).get("marital_status") == status


@pytest.mark.parametrize("text,value", [
    ("Smoker: no", False),
    ("smoking? nope", False),
    ("no cigs, no alcohol", False),
    ("Smoker: yes, about 15 a day", True),
])
def test_smoking_in_form_shorthand(facts, text, value):
    assert facts(text).get("smoker") is value


@pytest.mark.parametrize("text,value", [
    ("exercise? haha no", "none"),
    ("I get 12k steps a day on the job", "regular"),
])
def test_exercise_said_briefly(facts, text, value):
    assert facts(text).get("exercise") == value


@pytest.mark.parametrize("text,own,family", [
    ("on pills for blood pressure since 2020", ["hypertension"], None),
    ("my chest isn't great, they said it's emphysema", ["copd"], None),
    ("diabetes runs on my mum's side", None, ["diabetes"]),
    ("my dad's heart is weak, they fitted a pacemaker", None, ["heart_disease"]),
])
def test_whose_condition(facts, text, own, family):
    got = facts(text)
    assert got.get("conditions") == own
    assert got.get("family_history") == family


@pytest.mark.parametrize("text,value", [
    ("no claims, no health issues", []),
    ("claimed on the car once, no problems", None),
])
def test_no_health_issues_beside_a_claim_answer(facts, text, value):
    assert facts(text).get("conditions") == value


@pytest.mark.parametrize("text,value", [
    ("My last hospital stay was 2016", False),
    ("last hospital stay was in 2024, knee op", True),
    ("I was in ICU for three nights last year", True),
    ("ICU nurse, twelve hour shifts", None),
    ("Paramedic. A&E handovers most nights", None),
    ("a hospital stay can cost a fortune over there", None),
])
def test_hospital_stays(facts, text, value):
    assert facts(text).get("hospitalized_5y") == value


@pytest.mark.parametrize("text,value", [
    ("we owe about 1.4m on the house", None),
    ("I'm 1.8m and 90kg", 180),
    ("height 1.65m", 165),
])
def test_a_bare_m_is_a_height_only_beside_a_body_cue(facts, text, value):
    assert facts(text).get("height_cm") == value


@pytest.mark.parametrize("text,value", [
    ("I race a rally car most summers", ["motor_racing"]),
    ("we're on track to clear the loan", None),
])
def test_rally_is_motor_racing(facts, text, value):
    assert facts(text).get("hazardous_hobbies") == value


@pytest.mark.parametrize("text,count,ages", [
    ("four kids, 3 are ours and 1 is his from before", 4, None),
    ("the kids are 6, 10 and one turning 16 in March", 3, [6, 10, 15]),
    ("kids are 2, 5 and one who's 11", 3, [2, 5, 11]),
])
def test_one_of_the_children_and_counts_beside_ages(facts, text, count, ages):
    got = facts(text)
    assert got.get("children_count") == count
    assert sorted(got.get("children_ages") or []) == sorted(ages or [])
    assert "age" not in got


def test_a_future_count_is_not_the_answer(facts):
    assert facts("2, a third on the way so 3 by Christmas", expect="children_count").get("children_count") == 2


@pytest.mark.parametrize("text,value", [
    ("my mum lives with us but she pays her way", 0),
    ("dad's with us, has his pension and pays for himself", 0),
])
def test_a_parent_who_pays_their_way_is_no_dependant(facts, text, value):
    assert facts(text).get("dependent_parents") == value


@pytest.mark.parametrize("text,value", [
    ("sugar and BP, on tablets for both", ["diabetes", "hypertension"]),
    ("I'm a sugar patient since 2019", ["diabetes"]),
    ("my sugar levels are high, doctor is watching it", ["diabetes"]),
    ("I gave up sugar in my coffee", None),
    ("my father is a sugar patient", None),
    ("my husband has no health problems", None),
])
def test_sugar_as_diabetes_and_whose_it_is(facts, text, value):
    assert facts(text).get("conditions") == value


@pytest.mark.parametrize("text,count,ages", [
    ("I'm 35 with a 10 year old daughter", 1, [10]),
    ("one girl, one boy", 2, None),
])
def test_one_child_with_an_age_and_one_of_each(facts, text, count, ages):
    got = facts(text)
    assert got.get("children_count") == count
    assert got.get("children_ages") == ages


@pytest.mark.parametrize("text,count,ages", [
    ("my three are 4, 7 and 11", 3, [4, 7, 11]),
    ("our two are both at secondary now", 2, None),
    ("kids? yep 3, all girls", 3, None),
    ("Kids? Two", 2, None),
    ("twin boys aged 9", 2, [9]),
    ("we're expecting our second in June", 1, None),
    ("my two cars are both paid off", None, None),
    ("my son is expecting his first", None, None),
    ("my brother has twin girls", None, None),
])
def test_counts_said_in_shorthand(facts, text, count, ages):
    got = facts(text)
    assert got.get("children_count") == count
    assert got.get("children_ages") == ages


@pytest.mark.parametrize("text,status", [
    ("my boyfriend and I have been together 9 years, never married", "partnered"),
    ("me and my other half, we've been together since school", "partnered"),
    ("my brother and his girlfriend have been together for years", None),
])
def test_a_couple_together_for_years_is_partnered(facts, text, status):
    assert facts(text).get("marital_status") == status


def test_years_young_is_an_age(facts):
    assert facts("52 years young and still working").get("age") == 52


@pytest.mark.parametrize("text,value", [
    ("had a cancer scare in the spring, it was benign", None),
    ("they thought it was a tumour, turned out to be nothing", None),
    ("bowel cancer in 2020, all clear now", ["cancer"]),
    ("I have MS, diagnosed at 30", ["other"]),
])
def test_a_scare_is_no_diagnosis(facts, text, value):
    assert facts(text).get("conditions") == value


def test_a_list_of_two_numbers_is_not_the_prospects_age(facts):
    assert "age" not in facts("the kids? they're grown now, 30 and 27")


@pytest.mark.parametrize("text,value", [
    ("I send my dad 150 every month", 1),
    ("I give my parents R2000 a month", 2),
    ("dad's in a nursing home and I pay half the fees", 1),
    ("my sister sends our mum money every week", None),
    ("I send my mum a card every birthday", None),
])
def test_money_sent_to_a_parent_and_by_whom(facts, text, value):
    assert facts(text).get("dependent_parents") == value


def test_stones_beside_a_height_are_a_weight(facts):
    got = facts("5ft 11, 15st")
    assert got.get("height_cm") == 180.3
    assert got.get("weight_kg") == 95.3


@pytest.mark.parametrize("text,expect,fact,value", [
    ("6 months", "children_ages", "children_ages", [0]),
    ("socially, on nights out", "smoker", "smoker", True),
    ("the odd one at parties", "smoker", "smoker", True),
    ("five ten", "height_cm", "height_cm", 177.8),
    ("hip op last year", "hospitalized_5y", "hospitalized_5y", True),
])
def test_bare_answers_in_my_families(facts, text, expect, fact, value):
    assert facts(text, expect=expect).get(fact) == value


def test_sometimes_is_no_smoker_when_not_asked(facts):
    assert "smoker" not in facts("sometimes I wonder if it's worth it")


@pytest.mark.parametrize("text,agent,fact,value", [
    ("Client: widowed, 2 kids, mum lives with him", False, "dependent_parents", 1),
    ("client's wife works part time, he's self employed", False, "employment_type", "self_employed"),
    ("dad lives with her, she's 41", True, "age", 41),
    ("client is 45, his brother is 50, he smokes", False, "smoker", None),
    ("client is 40, her sister lives with her", False, "dependent_parents", None),
])
def test_agent_notes_read_a_pronoun_of_the_other_sex_as_the_client(text, agent, fact, value):
    from bot.actions.extraction import extract
    got = extract(text, agent=agent)
    assert (got[fact].value if fact in got else None) == value


@pytest.mark.parametrize("text,ages,count", [
    ("my eldest left home, she's 29 now, and my son is 24", [29, 24], 2),
    ("my son is 8, he's 9 in March", [8], None),
])
def test_a_child_aged_by_pronoun_beside_another_age(facts, text, ages, count):
    got = facts(text)
    assert sorted(got.get("children_ages", [])) == sorted(ages)
    assert got.get("children_count") == count


@pytest.mark.parametrize("text,value", [
    ("my husband's the smoker, not me", False),
    ("first baby due in March, married 2 years", None),
])
def test_not_me_and_a_first_baby(facts, text, value):
    got = facts(text)
    if value is None:
        assert got.get("children_count") == 0
    else:
        assert got.get("smoker") is value


@pytest.mark.parametrize("text,absent", [
    ("the doctors found a lump last spring", "occupation"),
    ("my wife does 12k steps a day", "spouse_income"),
    ("I put about 40k in retirement savings", "employment_type"),
    ("I put about 40k in retirement savings", "annual_income"),
])
def test_near_misses_found_by_probing_after_the_merge(facts, text, absent):
    assert absent not in facts(text)
