"""An agent's note about a client, and ages, children, dependants and health in phrasings
found missing by the dev14 corpus (fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest

from bot.actions.extraction.agent_voice import rewrite


@pytest.mark.parametrize("text,expected", [
    ("Client is 47, smokes about 10 a day, divorced, one daughter", {"age": 47, "smoker": True, "marital_status": "divorced", "children_count": 1}),
    ("my client is a scaffolder, been with the same firm 9 years", {"occupation": "scaffolder", "years_in_job": 9}),
    ("customer doesn't smoke and never has", {"smoker": False}),
    ("Client: 39, 180cm, 95kg, type 2 diabetic", {"age": 39, "height_cm": 180, "weight_kg": 95, "conditions": ["diabetes"]}),
    ("agent here - she's a primary school teacher, works for the local council, earns 41k", {"occupation": "teacher", "annual_income": 41000}),
    ("prospect has 200k life cover through work and drinks socially", {"existing_life_cover": 200000, "alcohol": "light"}),
    ("the client was hospitalised in 2024 for a kidney stone", {"hospitalized_5y": True}),
])
def test_an_agents_note_about_a_client_reads_as_the_clients_facts(facts, text, expected):
    got = facts(text)
    for fact, value in expected.items():
        assert got.get(fact) == value, (fact, got)


def test_a_note_keeps_spans_on_the_original_text(full):
    text = "Client is 52 and smokes rollies"
    got = full(text)
    a, b = got["age"].span
    assert "52" in text[a:b]
    a, b = got["smoker"].span
    assert "smoke" in text[a:b].lower()


def test_a_relative_named_in_a_note_keeps_their_own_facts(facts):
    got = facts("agent note: wife is 50, she doesn't work")
    assert "age" not in got  # the wife's age, not the client's
    assert got.get("spouse_income") in (None, 0)


def test_ordinary_messages_are_not_rewritten():
    assert rewrite("I'm 35 and my husband smokes") is None
    assert rewrite("my neighbour is a client of yours") is None


@pytest.mark.parametrize("text,age", [
    ("born in 83, if you need that", 43),
    ("ill be 41 next month so still 40", 40),
    ("leaving the army next spring, 58 now", 58),
    ("honestly do I even need life insurance at 23?", 23),
    ("31 female, no health problems", 31),
])
def test_ages_said_in_passing(facts, text, age):
    assert facts(text).get("age") == age


def test_years_in_a_job_are_not_an_age(facts):
    got = facts("I'm a plumber, 14 yrs there now")
    assert "age" not in got
    assert got.get("years_in_job") == 14


@pytest.mark.parametrize("text,count", [
    ("kids - 3", 3),
    ("children: 2", 2),
    ("one son, another on the way", 1),
    ("divorced, my kids are all grown and moved out - 4 of them", 4),
])
def test_a_lone_number_after_kids_is_how_many(facts, text, count):
    got = facts(text)
    assert got.get("children_count") == count
    assert "children_ages" not in got


def test_a_list_after_kids_is_their_ages(facts):
    got = facts("kids: 5, 11")
    assert got.get("children_ages") == [5, 11]
    assert got.get("children_count") == 2


@pytest.mark.parametrize("text,count", [
    ("I send money home every month for my parents in Lagos, mother and father both", 2),
    ("my gran, my mum and my aunty all rely on what I send", 3),
    ("I wire 300 a month back to Harare for my dad", 1),
])
def test_parents_supported_from_abroad(facts, text, count):
    assert facts(text).get("dependent_parents") == count


def test_no_one_is_nobody_not_one(facts):
    assert facts("no one", expect="dependent_parents").get("dependent_parents") == 0
    assert facts("no-one really", expect="children_count").get("children_count") == 0


@pytest.mark.parametrize("text,value", [
    ("nobody in my family has had heart problems", []),
    ("dad - prostate cancer", ["cancer"]),
    ("my father and his brother both had heart attacks", ["heart_disease"]),
])
def test_family_history_in_labels_and_denials(facts, text, value):
    got = facts(text)
    assert got.get("family_history") == value
    assert "conditions" not in got


def test_nobody_in_the_family_having_cover_is_no_family_history(facts):
    assert "family_history" not in facts("nobody in my family has life insurance")


@pytest.mark.parametrize("text,value", [
    ("I exercise rarely, to be honest", "occasional"),
    ("exercise: none", "none"),
])
def test_exercise_in_short_profile_answers(facts, text, value):
    assert facts(text).get("exercise") == value


def test_a_drug_taken_every_morning_is_not_exercise(facts):
    got = facts("underactive thyroid, I take thyroxine every morning")
    assert "exercise" not in got
    assert got.get("conditions") == ["thyroid"]


def test_an_admission_is_a_hospital_stay(facts):
    assert facts("epilepsy, one admission last year after a bad seizure").get("hospitalized_5y") is True


@pytest.mark.parametrize("text,value", [
    ("I'm 27 and not married yet", "single"),
    ("not married yet but we've lived together for years", "partnered"),
    ("I married my husband back in 2009", "married"),
    ("I married my wife young but we divorced in 2019", "divorced"),
    ("I look after my dad and my late wife's mother", "widowed"),
])
def test_marital_status_told_in_passing(facts, text, value):
    assert facts(text).get("marital_status") == value


def test_a_relatives_status_is_not_the_prospects(facts):
    assert "marital_status" not in facts("my brother is not married yet")


@pytest.mark.parametrize("text", [
    "I mostly want a lump sum, scared of cancer or a stroke really",
    "worried about things like heart attacks at my age",
])
def test_a_feared_illness_is_not_a_diagnosis(facts, text):
    assert "conditions" not in facts(text)


@pytest.mark.parametrize("text,value", [
    ("does the cover pay out because I have asthma?", ["asthma"]),
    ("I'm nervous about cover as I've got epilepsy", ["epilepsy"]),
])
def test_an_illness_the_prospect_has_beside_a_cover_question_counts(facts, text, value):
    assert facts(text).get("conditions") == value


def test_in_agent_mode_a_bare_he_or_she_is_the_client(facts):
    from bot.actions.extraction import extract
    got = {k: f.value for k, f in extract("she's a nurse, been at the hospital 8 years, doesn't smoke", agent=True).items()}
    assert got.get("occupation") == "nurse"
    assert got.get("years_in_job") == 8
    assert got.get("smoker") is False
    assert "smoker" not in facts("she's a nurse and doesn't smoke")  # a prospect telling of someone else


@pytest.mark.parametrize("text,count,ages", [
    ("I've got a 9 year old, she lives with me", 1, [9]),
    ("we have a 3 yr old and another one, 6 months", None, None),
])
def test_i_have_a_n_year_old_is_one_child(facts, text, count, ages):
    got = facts(text)
    if count is not None:
        assert got.get("children_count") == count
        assert got.get("children_ages") == ages
    else:
        assert got.get("children_count") != 1  # two are named, never one


def test_a_things_age_is_no_childs(facts):
    got = facts("I have a 15 year old car and no loans")
    assert "children_ages" not in got and "children_count" not in got


@pytest.mark.parametrize("text", [
    "Client services manager at a bank, 45k a year",
    "customer service rang me about my policy",
])
def test_a_job_or_desk_named_client_is_no_note(text):
    assert rewrite(text) is None


@pytest.mark.parametrize("text", [
    "divorced with a 6 year old, he's with me weekends",
    "we've a 1 year old and another on the way",
])
def test_one_child_named_by_age_with_or_before_a_pregnancy(facts, text):
    assert facts(text).get("children_count") == 1


@pytest.mark.parametrize("text,value", [
    ("I climb and I kayak a bit", ["climbing"]),
    ("honestly I climb most weekends", ["climbing"]),
])
def test_i_climb_is_climbing(facts, text, value):
    assert facts(text).get("hazardous_hobbies") == value


@pytest.mark.parametrize("text", ["I climb ladders all day at work", "I climb up scaffolding for a living"])
def test_climbing_at_work_is_no_hobby(facts, text):
    assert "hazardous_hobbies" not in facts(text)


def test_an_agent_label_opens_a_note(facts):
    got = facts("agent: she's 29, teacher, married, doesn't smoke")
    assert got.get("age") == 29
    assert got.get("smoker") is False
    assert rewrite("the agent said I need more cover") is None
