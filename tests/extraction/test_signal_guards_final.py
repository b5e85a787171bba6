"""Near-misses and families checked after the round-5 merges (fresh sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "do I need a medical?",
    "I'd rather not say",
    "i hate sales calls, just so you know",
])
def test_process_questions_and_declines_are_no_concerns_or_jobs(facts, text):
    got = facts(text)
    assert "concerns" not in got and "occupation" not in got


@pytest.mark.parametrize("text,concern", [
    ("do I honestly need cover at 25?", "not_needed"),
    ("I'd rather not share my medical history on here", "privacy"),
    ("we were let down by our last insurer", "trust"),
])
def test_concerns_still_found(facts, text, concern):
    assert concern in facts(text).get("concerns", [])


def test_a_friends_bad_insurer_is_not_the_prospects_distrust(facts):
    assert "concerns" not in facts("my mate was let down by his insurer")


def test_tenure_from_an_age_said_now(facts):
    assert facts("been a sparky since I was 19, I'm 45 now").get("years_in_job") == 26


def test_since_i_was_is_no_tenure_outside_work(facts):
    assert "years_in_job" not in facts("I've been smoking since I was 16, I'm 40 now")


@pytest.mark.parametrize("text,value", [
    ("stopped in August, on patches now", True),  # under a year ago
    ("he smokes but I've never touched them", False),
    ("haven't smoked in a decade", False),
    ("we both smoke, I know", True),
])
def test_smoking(facts, text, value):
    assert facts(text).get("smoker") is value


def test_a_mini_stroke_is_no_hospital_stay(facts):
    assert "hospitalized_5y" not in facts("had a mini stroke (TIA) last year, all fine now")


def test_cancer_had_while_claiming(facts):
    assert facts("I claimed on my critical illness cover when I had the cancer")["conditions"] == ["cancer"]


@pytest.mark.parametrize("text,count", [
    ("single dad, 2 under 5", 2),
    ("he's my only child", 1),
    ("we have three, the youngest is 4", 3),
])
def test_children_counts(facts, text, count):
    assert facts(text).get("children_count") == count


def test_staff_are_no_children(facts):
    assert "children_count" not in facts("I run a cafe with 4 girls working for me")


def test_a_parent_who_died_is_not_counted_in_an_answer(facts):
    assert facts("just mum now, since dad passed", expect="dependent_parents")["dependent_parents"] == 1


@pytest.mark.parametrize("text,fact,value", [
    ("about 1,800 of that goes on the mortgage each month", "monthly_expenses", 1800),
    ("an emergency fund of 3 months expenses, about 9k", "liquid_savings", 9000),
    ("maybe 300 to 400k, enough to clear the mortgage", "requested_cover", 350000),
    ("there's an accident policy on my credit card, 30k", "existing_accident_cover", 30000),
    ("I pay the mortgage on my own, 140k left", "mortgage_balance", 140000),
])
def test_money_round6(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_going_to_the_gym_is_no_budget(facts):
    assert "monthly_premium_budget" not in facts("smoke about 10 a day and go to the gym twice a week")


@pytest.mark.parametrize("text,hobbies", [
    ("learning to paraglide this summer", ["aviation"]),
    ("I compete in eventing", ["other"]),
])
def test_hobbies_round6(facts, text, hobbies):
    assert facts(text).get("hazardous_hobbies") == hobbies


def test_renting_with_a_girlfriend_is_partnered(facts):
    assert facts("renting with my girlfriend in Leeds").get("marital_status") == "partnered"


def test_do_i_need_to_bother(facts):
    assert facts("do I need to bother with it at my age?").get("concerns") == ["not_needed"]


def test_a_wish_to_clear_the_mortgage_is_no_cleared_mortgage(facts):
    assert "mortgage_balance" not in facts("I want the car loan and mortgage cleared, about 1 million of cover")
