"""Ages, children's ages, height and bare answers in phrasings found missing by the
dev8/dev9 corpora (fresh sentences, not corpus lines)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.actions.extraction import extract


@pytest.mark.parametrize("text,age", [
    ("plasterer 41 married two kids", 41),
    ("divorced, no kids, 33, renting a flat", 33),
    ("I am Thabo, 44 years, I drive a taxi", 44),
    ("I have 52 years and I am married", 52),  # a calque from Spanish or Polish
])
def test_ages(facts, text, age):
    assert facts(text).get("age") == age


def test_a_two_digit_birth_year():
    got = extract("born in '84, married", today=dt.date(2026, 11, 25))
    assert got["age"].value == 42


def test_years_together_are_no_age(facts):
    assert "age" not in facts("we're not married but it's been 15 yrs now")


def test_an_age_in_years_is_no_tenure(facts):
    assert "years_in_job" not in facts("I am Lerato, 36 years, I work at a bank")


def test_no_kids_then_an_age(facts):
    got = facts("single, no kids, 27")
    assert got.get("age") == 27 and "children_ages" not in got


@pytest.mark.parametrize("text,ages", [
    ("the kids are 6 and 9 months", [0, 6]),
    ("three girls (11, 9, and 4)", [4, 9, 11]),
])
def test_childrens_ages(facts, text, ages):
    assert sorted(facts(text)["children_ages"]) == ages


def test_ages_asked_for_give_no_count(facts):
    assert "children_count" not in facts("they're 3 and 5", expect="children_ages")


@pytest.mark.parametrize("text,height", [
    ("I'm 172 and 80kg", 172),
    ("168, about 60 kilos", 168),
])
def test_a_bare_height_beside_a_weight(facts, text, height):
    assert facts(text).get("height_cm") == height


def test_feet_and_inches_as_a_bare_answer(facts):
    assert facts("6 2", expect="height_cm")["height_cm"] == pytest.approx(188.0, abs=0.2)


def test_a_refusal_is_no_number(facts):
    got = extract("no, not answering that one", expect="weight_kg")
    assert got["weight_kg"].value is None


@pytest.mark.parametrize("text,expect,value", [
    ("three? no wait, four", "children_count", 4),
    ("50 next month, so 49", "age", 49),
    ("critical illness? nope", "existing_ci_cover", 0),
])
def test_the_last_word_of_a_bare_answer(facts, text, expect, value):
    assert facts(text, expect=expect).get(expect) == value


@pytest.mark.parametrize("text,count,ages", [
    ("single dad of one (he's 9)", 1, [9]),
    ("I'm a mum to a 3 year old", 1, [3]),
    ("got a little fella who's 4", 1, [4]),
    ("one son at uni (19) and a daughter of 15", None, [15, 19]),
])
def test_children_as_people_describe_them(facts, text, count, ages):
    got = facts(text)
    if count is not None:
        assert got.get("children_count") == count
    assert sorted(got.get("children_ages", [])) == ages


def test_a_partners_children_from_before_are_not_counted(facts):
    assert facts("my husband has 3 kids from his first marriage and we have two boys together").get("children_count") == 2


def test_a_first_baby(facts):
    assert facts("we've just had our first, so money's tight").get("children_count") == 1


def test_a_first_house_is_no_child(facts):
    assert "children_count" not in facts("we just had our first house built")


@pytest.mark.parametrize("text,expect,value", [
    ("it got cancelled when I changed jobs", "existing_life_cover", 0),
    ("nothing at the moment", "existing_life_cover", 0),
    ("we rent", "mortgage_balance", 0),
])
def test_answers_to_cover_and_mortgage_questions(facts, text, expect, value):
    assert facts(text, expect=expect).get(expect) == value


def test_renting_said_unasked_gives_no_balance(facts):
    assert "mortgage_balance" not in facts("we rent a small flat near the station")


def test_named_children_with_ages(facts):
    got = facts("Kids: Maya 10, Leo 7")
    assert sorted(got["children_ages"]) == [7, 10] and got.get("children_count") == 2


@pytest.mark.parametrize("text,fact,value", [
    ("not much saved, a couple grand maybe", "liquid_savings", 2000),
    ("savings? a few hundred quid in the account", "liquid_savings", 300),
    ("a quarter mill should be plenty", "requested_cover", 250000),
    ("car loan for the van, still 6,200 to go", "other_debts", 6200),
    ("about 4,000 of that goes out again every month", "monthly_expenses", 4000),
    ("no other debts besides a 150k mortgage", "other_debts", 0),
])
def test_amounts_as_people_say_them(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_a_year_after_early_is_no_amount(facts):
    assert "monthly_expenses" not in facts("had a mini stroke in early 2025, spent two nights in hospital")


@pytest.mark.parametrize("text,value", [
    ("Wait, I said I'm 43 - I'm actually 44", 44),
    ("I'm 51... no, 52, I keep forgetting", 52),
])
def test_the_last_correction_stands(facts, text, value):
    assert facts(text).get("age") == value


def test_make_it_corrects_a_wish(facts):
    assert facts("I was going to say 200k but make it 350k").get("requested_cover") == 350000


@pytest.mark.parametrize("text", ["I've got sugar and BP, both on tablets", "my pressure is high and I have the sugar"])
def test_lay_words_for_diabetes_and_blood_pressure(facts, text):
    assert sorted(facts(text)["conditions"]) == ["diabetes", "hypertension"]


def test_an_employer_named_bp_is_no_condition(facts):
    assert "conditions" not in facts("I work for BP on the rigs")


def test_two_policies_one_and_another(facts):
    assert facts("I've got a policy for 200k and another for 50k").get("existing_life_cover") == 250000


def test_five_a_side_now_and_then(facts):
    assert facts("I play five-a-side now and then").get("exercise") == "occasional"
