"""Ages, children, dependants and health in phrasings found missing by the dev18 and dev19
corpora (money and cover held; households). Fresh sentences, not corpus lines, with
near-misses beside them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,value", [
    ("bypass in 2019, packed in the fags that month too", False),
    ("quit smokes four years ago", False),
    ("haven't smoked in 6 years, thank god", False),
    ("haven't smoked in 3 weeks", True),
    ("welder. Smoke. Bad knees", True),
    ("Smoker? yeah, sadly", True),
    ("I should quit cigs really", True),
    ("want to stop smoking this year", True),
])
def test_smoking_said_in_fragments_and_quits(facts, text, value):
    assert facts(text).get("smoker") is value


def test_a_parent_who_quit_is_not_the_prospect(facts):
    assert "smoker" not in facts("my mum quit cigs in 2010")


@pytest.mark.parametrize("text", [
    "the loan's got 22 yrs to run",
    "about 300k owing, 25 yrs remaining",
    "I'd love to be retired before I'm 60",
    "when I'm 65 the kids will be grown",
])
def test_years_to_go_and_ages_to_come_are_no_age(facts, text):
    assert "age" not in facts(text)


@pytest.mark.parametrize("text,age", [
    ("Me? 41.", 41),
    ("me? forty-four", 44),
    ("I'm 38, and by the time I'm 50 I want the house paid", 38),
])
def test_own_age_beside_an_age_to_come(facts, text, age):
    assert facts(text).get("age") == age


@pytest.mark.parametrize("text", [
    "kept in for two nights with my chest in the spring",
    "had my gallbladder out last year",
    "been admitted three times for my asthma, the last time in 2023",
    "hospital this year with a kidney infection",
    "I'm fine now but had one knee replaced in 2024",
    "I don't really drink and had a hernia op in 2023",
])
def test_recent_hospital_stays_said_plainly(facts, text):
    assert facts(text).get("hospitalized_5y") is True


@pytest.mark.parametrize("text", [
    "hospital with my dad most of last week, he's poorly",
    "I kept in touch with my old boss",
    "admitted once as a teenager, the last time was 2009",
])
def test_no_stay_of_the_prospect(facts, text):
    assert facts(text).get("hospitalized_5y") is not True


def test_a_negation_does_not_reach_past_a_second_verb(facts):
    assert facts("I don't drink much and had surgery on my back in 2024").get("hospitalized_5y") is True
    assert facts("I haven't had any surgery").get("hospitalized_5y") is False


@pytest.mark.parametrize("text,count", [
    ("we've a son of 9", 1),
    ("I have a girl of 3", 1),
])
def test_a_child_of_an_age(facts, text, count):
    assert facts(text).get("children_count") == count


def test_a_daughter_of_a_friend_is_no_child(facts):
    assert "children_count" not in facts("she's the daughter of a friend")


def test_firstborn_and_lastborn_ages(facts):
    assert sorted(facts("two kids, our firstborn is 11 and the lastborn 4").get("children_ages", [])) == [4, 11]


@pytest.mark.parametrize("text,count", [
    ("mum's 84 and I pay for her carer, dad is fine on his own pension", 1),
    ("Mum's in a nursing home and I top up the fees", 1),
    ("Neither of our parents needs money from us", 0),
])
def test_parents_supported_or_not(facts, text, count):
    assert facts(text).get("dependent_parents") == count


def test_nobody_answers_the_dependants_question(facts):
    assert facts("nobody", expect="dependent_parents").get("dependent_parents") == 0


@pytest.mark.parametrize("text,value", [
    ("I drink too much, trying to cut back", "heavy"),
    ("no smoke, no drink, no problems", "none"),
])
def test_drinking(facts, text, value):
    assert facts(text).get("alcohol") == value


def test_drinking_cut_back_in_the_past_is_not_heavy(facts):
    assert facts("I drank too much in my twenties but cut right back").get("alcohol") != "heavy"


def test_exercise_question_answered_no(facts):
    assert facts("exercise? not really, desk job").get("exercise") == "none"


def test_thyroid_tablets_and_kickboxing(facts):
    assert "thyroid" in facts("I'm on thyroxine for years").get("conditions", [])
    assert "martial_arts" in facts("I'm a kickboxer, fight twice a year").get("hazardous_hobbies", [])


@pytest.mark.parametrize("text", [
    "is one joint policy cheaper than two single policies?",
    "could we do a single or joint plan?",
])
def test_single_policy_is_no_marital_status(facts, text):
    assert "marital_status" not in facts(text)


def test_single_still_reads_as_single(facts):
    assert facts("I'm a single guy, no kids").get("marital_status") == "single"


@pytest.mark.parametrize("text,expect,fact,value", [
    ("two and a half thousand", "monthly_expenses", "monthly_expenses", 2500),
    ("4 and a half grand", "monthly_expenses", "monthly_expenses", 4500),
    ("I owe one and a half k on my card", None, "other_debts", 1500),
])
def test_and_a_half_before_a_scale(facts, text, expect, fact, value):
    assert facts(text, expect=expect).get(fact) == value


# dev20 (a general sample, run once after the first merges): families found there

def test_money_sent_to_parents_abroad(facts):
    assert facts("no kids, but I send my mum and dad back home in Accra about 300 a month").get("dependent_parents") == 2


def test_twins_turning_an_age_soon_are_a_year_younger(facts):
    assert facts("our twins, both turning 5 next month").get("children_ages") == [4]


@pytest.mark.parametrize("text,expect,fact", [
    ("not that I know of", "family_history", "family_history"),
    ("not that I'm aware of", "conditions", "conditions"),
])
def test_not_that_i_know_of_is_none(facts, text, expect, fact):
    assert facts(text, expect=expect).get(fact) == []


def test_pre_diabetes_is_not_diabetes(facts):
    assert facts("the GP says I'm borderline diabetic").get("conditions") == ["other"]


def test_the_prospect_speaking_after_relatives_both_had(facts):
    got = facts("mum and my sister both have asthma, I've got high blood pressure")
    assert got.get("conditions") == ["hypertension"] and got.get("family_history") == ["asthma"]


@pytest.mark.parametrize("text", ["5'4, vape, no other health stuff", "nothing health-wise really"])
def test_no_other_health_stuff(facts, text):
    assert facts(text).get("conditions") == []


def test_an_age_then_and_now(facts):
    assert facts("left the army at 40, now 58").get("age") == 58
    assert "age" not in facts("my uncle retired at 60, now 81")


def test_help_with_a_monthly_sum_is_support(facts):
    assert facts("I help my mum and dad, roughly 250 a month").get("dependent_parents") == 2
    assert "dependent_parents" not in facts("I help my mum with her shopping on Saturdays")
