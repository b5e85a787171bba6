"""Person and health phrasings found missing by the dev23 corpus (written blind): "a single"
that is not a marital status, couples giving a shared age, partners who never married,
non-native age calques, and another person's marriage beside the prospect's divorce.
Fresh sentences, not corpus lines, with near-misses beside them."""

from __future__ import annotations

import pytest


# "not a single cigarette": a denial of smoking, not a marital status ----------------------
@pytest.mark.parametrize("text", [
    "never had a single cig in my life",
    "not a single cigarette, ever",
    "I've never touched a single cigarette",
    "never even one cigarette, my mum would have killed me",
])
def test_not_a_single_cigarette_is_a_non_smoker_not_single(facts, text):
    got = facts(text)
    assert got.get("smoker") is False
    assert "marital_status" not in got


@pytest.mark.parametrize("text", ["single, 31, no kids", "i'm a single dad of one", "still single tbh"])
def test_single_still_means_single(facts, text):
    assert facts(text).get("marital_status") == "single"


def test_not_one_cigarette_since_a_recent_month_is_not_a_never_smoker(facts):
    assert facts("not one cigarette since march").get("smoker") is not False


# partners who never married ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "we're partners, not married, together 6 years",
    "we are partners but not married",
    "just partners, never married",
    "I live with my novia, no kids",
    "living with my pareja 3 yrs",
])
def test_unmarried_partners_are_partnered(facts, text):
    assert facts(text).get("marital_status") == "partnered"


# a couple giving one age ------------------------------------------------------------------
@pytest.mark.parametrize("text,age", [
    ("me and my husband are both 33", 33),
    ("the wife and I are both 47, two kids", 47),
    ("my girlfriend and me are both 28", 28),
    ("the missus and me are both 52 and no kids", 52),
    ("we're both 41 and have two kids", 41),
])
def test_a_couple_both_the_same_age(facts, text, age):
    assert facts(text).get("age") == age


@pytest.mark.parametrize("text", ["my wife and her sister are both 30", "my husband is 45", "the twins are both 18 and at uni"])
def test_someone_elses_age_is_not_the_prospects(facts, text):
    assert "age" not in facts(text)


@pytest.mark.parametrize("text,age", [("i am having 42 years", 42), ("im having 29 years and one son", 29)])
def test_having_n_years_is_an_age(facts, text, age):
    assert facts(text).get("age") == age


# another person's marriage beside the prospect's divorce ----------------------------------
@pytest.mark.parametrize("text", [
    "my brother's married to a nurse, i'm separated",
    "my sister is married to a dentist, I'm divorced",
    "I was married to him for 10 years, divorced now",
])
def test_a_divorce_beside_someone_elses_marriage(facts, text):
    assert facts(text).get("marital_status") == "divorced"


def test_remarriage_still_outweighs_a_divorce(facts):
    assert facts("divorced years ago but now married to Sam").get("marital_status") == "married"


# a parent's side of the family --------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("heart disease on my dad's side", "heart_disease"),
    ("diabetes on my mum's side, she and my gran both have it", "diabetes"),
    ("cancer on both sides of the family", "cancer"),
])
def test_an_illness_on_a_parents_side_is_family_history(facts, text, value):
    got = facts(text)
    assert value in got.get("family_history", [])
    assert value not in got.get("conditions", [])


# an operation told with "got" ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "got a hernia fixed in 2024",
    "got my gallbladder out last year",
    "got my left knee repaired after a football injury in 2023",
])
def test_got_a_body_part_fixed_is_a_hospital_stay(facts, text):
    assert facts(text).get("hospitalized_5y") is True


@pytest.mark.parametrize("text", ["got the boiler replaced last year", "got my car fixed in 2024", "got my hair done"])
def test_got_a_thing_fixed_is_not_a_hospital_stay(facts, text):
    assert "hospitalized_5y" not in facts(text)


# someone else's children, then the prospect's none ------------------------------------------
@pytest.mark.parametrize("text", [
    "my brother has three kids, none for me though",
    "loads of nieces and nephews, none of my own",
    "my best friend has two kids but i've got none myself",
])
def test_none_of_my_own_is_no_children(facts, text):
    assert facts(text).get("children_count") == 0


# twins counted beside another child -------------------------------------------------------
@pytest.mark.parametrize("text,count", [
    ("we have twins and a son", 3),
    ("twins and a baby, chaos", 3),
    ("the twins are 7 and the baby is 2", 3),
    ("our twins are 10 and our eldest is 14", 3),
    ("twins aged 3 and a 6 year old", 3),
    ("the twins are 8", 2),
    ("two kids, twins, both 6", 2),
    ("4 kids including twins", 4),
])
def test_twins_beside_another_child(facts, text, count):
    assert facts(text).get("children_count") == count


@pytest.mark.parametrize("text,count", [
    ("my sister has twins and i have a daughter", 1),
    ("expecting twins in june, we already have a son", 1),
])
def test_twins_that_are_not_the_prospects_born_children(facts, text, count):
    assert facts(text).get("children_count") == count


# "nothing serious" playing down exercise or drink is no health answer -------------------------
@pytest.mark.parametrize("text", [
    "walk the dog now and then, nothing serious",
    "a couple of beers on a friday, nothing major",
    "bit of swimming, nothing serious",
])
def test_nothing_serious_about_a_habit_is_not_no_conditions(facts, text):
    assert "conditions" not in facts(text)


@pytest.mark.parametrize("text", ["health wise nothing serious", "nothing major, touch wood"])
def test_nothing_serious_about_health_is_no_conditions(facts, text):
    assert facts(text).get("conditions") == []


# "i race" beside a motorbike or car -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "would a motorbike crash be covered? i race most sundays",
    "got a track car and i still race a few times a year",
    "we race karts every weekend",
])
def test_racing_beside_a_vehicle_is_motor_racing(facts, text):
    assert "motor_racing" in facts(text).get("hazardous_hobbies", [])


@pytest.mark.parametrize("text", ["i race on weekends, half marathons mostly", "i race pigeons"])
def test_racing_with_no_vehicle_is_not_motor_racing(facts, text):
    assert "motor_racing" not in facts(text).get("hazardous_hobbies", [])


# a child count corrected after "I said" -------------------------------------------------------
@pytest.mark.parametrize("text,count", [
    ("sorry i said 3 kids, its 4, forgot the baby", 4),
    ("I told you two children earlier but it's actually three", 3),
    ("oops said 1 kid, there are 2", 2),
])
def test_a_corrected_child_count(facts, text, count):
    assert facts(text).get("children_count") == count


def test_an_age_after_the_count_is_no_correction(facts):
    assert facts("i said 2 kids, it's 3 years since the last one").get("children_count") == 2


# a lifelong abstainer --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "never had a drink in my life",
    "I've never touched alcohol, religious reasons",
    "not a drop of booze, ever",
    "never drunk alcohol tbh",
])
def test_never_had_a_drink_is_no_alcohol(facts, text):
    assert facts(text).get("alcohol") == "none"


@pytest.mark.parametrize("text", ["never had a drink before 6pm, then a bottle of wine", "never had a beer with my dad"])
def test_never_had_a_drink_with_a_condition_is_not_abstinence(facts, text):
    assert facts(text).get("alcohol") != "none"



# a greeting before the age/sex shorthand -------------------------------------------------------
@pytest.mark.parametrize("text,age", [("hi, 34m, married", 34), ("hey 29m, single", 29), ("hello, 41m, divorced", 41)])
def test_age_sex_shorthand_after_a_greeting(facts, text, age):
    assert facts(text).get("age") == age


def test_millions_are_not_an_age(facts):
    assert "age" not in facts("is 45m too much cover?")


# giving birth by caesarean ---------------------------------------------------------------------
@pytest.mark.parametrize("text", ["had my youngest by c-section in 2023", "I gave birth to our son by caesarean last year"])
def test_own_caesarean_birth_is_a_hospital_stay(facts, text):
    assert facts(text).get("hospitalized_5y") is True


@pytest.mark.parametrize("text", ["my son was born by c-section in 2023", "my wife had our daughter by c-section in 2024",
                                  "my daughter had a c-section last year"])
def test_someone_elses_caesarean_is_not_the_prospects_stay(facts, text):
    assert "hospitalized_5y" not in facts(text)


# a third or fourth on the way ------------------------------------------------------------------
@pytest.mark.parametrize("text,count", [
    ("we're expecting our third in april", 2),
    ("my wife is pregnant with our fourth", 3),
    ("expecting our second next month", 1),
])
def test_an_nth_child_on_the_way_counts_those_born(facts, text, count):
    assert facts(text).get("children_count") == count


def test_a_third_attempt_is_no_child(facts):
    assert "children_count" not in facts("having our third attempt at ivf")


# A form question answered in one breath: "kids? i have none", "smoker? not a single one" ---------
@pytest.mark.parametrize("text, fact, value", [
    ("kids? i have none", "children_count", 0),
    ("children? we've got none", "children_count", 0),
    ("smoker? not a single one", "smoker", False),
    ("do you smoke? not one", "smoker", False),
    ("smoke? no, not one", "smoker", False),
])
def test_a_question_echoed_then_denied(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_no_idea_after_an_echoed_question_is_no_count(facts):
    assert "children_count" not in facts("kids? i have no idea why that matters")
