"""Everyday phrasings found missing by the dev4-dev6 corpora (fresh sentences, not corpus lines)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,income", [
    ("I'm a nurse on 36k", 36000),
    ("plumber, on about 52k a year", 52000),
    ("bus driver on roughly 31 grand", 31000),
])
def test_on_an_amount_is_pay(facts, text, income):
    assert facts(text).get("annual_income") == income


def test_pay_the_verb_is_not_income(facts):
    got = facts("we pay 950 a month on the mortgage")
    assert "annual_income" not in got


def test_a_large_monthly_sum_after_a_job_is_pay(facts):
    assert facts("I'm an electrician at the council, 3,100 a month")["annual_income"] == 37200


@pytest.mark.parametrize("text,money", [
    ("I earn R32 000 a month", 384000),
    ("salary is ₦450,000 a month", 5400000),
])
def test_other_currencies_and_space_grouped_thousands(facts, text, money):
    assert facts(text).get("annual_income") == money


@pytest.mark.parametrize("text,fact,value", [
    ("my term plan is 50 lakh", "existing_life_cover", 5_000_000),
    ("I have a term policy of 2 crore", "existing_life_cover", 20_000_000),
])
def test_lakh_and_crore(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_an_insurer_in_the_sentence_means_cover_held(facts):
    got = facts("£150k life and £60k critical illness, both with Aviva")
    assert got.get("existing_life_cover") == 150000 and got.get("existing_ci_cover") == 60000
    assert "requested_cover" not in got


def test_asking_an_insurer_for_a_quote_is_still_wanted_cover(facts):
    got = facts("I want 400k of cover, what would Zurich charge for that?")
    assert got.get("requested_cover") == 400000 and "existing_life_cover" not in got


@pytest.mark.parametrize("text", ["we're on the family plan with Laya", "I've got mediclaim through my company"])
def test_medical_cover_brands_and_words(facts, text):
    assert facts(text).get("has_medical_cover") is True


def test_stepchild_and_a_pronoun_age(facts):
    got = facts("my step-daughter lives with us, she's 11")
    assert got.get("children_ages") == [11]


def test_a_pronoun_age_after_an_adult_is_not_a_child(facts):
    assert "children_ages" not in facts("my husband, he's 44, works nights")


def test_two_children_each_named_count_as_two(facts):
    assert facts("my son is at college and my daughter's 14")["children_count"] == 2


def test_one_child_named_gives_no_count(facts):
    assert "children_count" not in facts("my daughter is doing her exams this year")


@pytest.mark.parametrize("text", ["two or three pints on a Saturday", "a couple of glasses of wine at the weekend"])
def test_drinks_once_a_week(facts, text):
    assert facts(text).get("alcohol") == "light"


def test_my_condition_is_my_own_even_after_they(facts):
    got = facts("I bet they'd use my diabetes as an excuse")
    assert got.get("conditions") == ["diabetes"]


def test_blood_pressure_on_the_high_side(facts):
    assert facts("my blood pressure's a bit high, nothing major")["conditions"] == ["hypertension"]
    assert "conditions" not in facts("my blood pressure is fine")


@pytest.mark.parametrize("text,claims", [
    ("I've never made a single insurance claim", 0),
    ("we claimed on the home insurance twice after the storms last year", 2),
])
def test_claims_counts(facts, text, claims):
    assert facts(text).get("claims_5y") == claims


@pytest.mark.parametrize("text,concern", [
    ("I don't know if now's a good time to be honest", "timing"),
    ("you hear about families not getting paid out", "claims_denial"),
])
def test_hesitations(facts, text, concern):
    assert concern in facts(text).get("concerns", [])


def test_now_is_the_right_time_is_no_hesitation(facts):
    assert "concerns" not in facts("I think now's the right time to sort this out")


@pytest.mark.parametrize("text,ages", [
    ("three boys 6 8 and 11", [6, 8, 11]),
    ("the kids have both moved out now (22 and 25)", [22, 25]),
    ("two wee bairns at the primary, 5 and 7", [5, 7]),
])
def test_ages_listed_after_the_children(facts, text, ages):
    got = facts(text)
    assert sorted(got.get("children_ages", [])) == ages and got.get("children_count") == len(ages)


def test_numbers_after_children_that_are_money_are_not_ages(facts):
    got = facts("two kids, nursery is 600 and 450 a month")
    assert "children_ages" not in got


@pytest.mark.parametrize("text,age", [
    ("34M, married, two kids", 34),
    ("29f, single, no kids", 29),
    ("my wife and I are both 44", 44),
    ("Quick summary: 51, divorced, one son", 51),
    ("I told you 40 but I'm actually 41", 41),
])
def test_age_shorthands(facts, text, age):
    assert facts(text).get("age") == age


@pytest.mark.parametrize("text", ["the twins are both 12", "the firm turned over 25m, it's mine"])
def test_no_age_from_children_or_millions(facts, text):
    assert "age" not in facts(text)


def test_a_child_on_the_way_is_not_counted(facts):
    assert "children_count" not in facts("married with one baby on the way")


def test_no_mortgage_takes_no_amount(facts):
    got = facts("single, 33, on 45k, no mortgage, renting a flat")
    assert got.get("mortgage_balance") == 0 and got.get("annual_income") == 45000


@pytest.mark.parametrize("text,smoker", [
    ("stopped smoking in September", True),        # about two months before 2026-11-25
    ("I gave up the cigs back in 2014", False),
    ("I never smoke, except the odd cigarette on a night out", True),
    ("packed in cigarettes two years ago, I use a vape now", True),
    ("how much cheaper would it be if I gave up smoking?", True),
    ("I quit 4 months ago, was on 15 a day", True),
])
def test_smoking_status(facts, text, smoker):
    assert facts(text).get("smoker") is smoker


def test_cigarettes_a_day_are_not_pay(facts):
    assert "annual_income" not in facts("I smoke about 10 a day")


def test_hospital_stay_in_a_month_does_not_crash(facts):
    facts("I was in hospital in March for my appendix")


@pytest.mark.parametrize("text,level", [
    ("a few cans on a Saturday and that's it", "light"),
    ("10-12 pints over a weekend, most weekends", "heavy"),
    ("I hardly drink these days", "light"),
    ("a beer with dinner, maybe twice a week", "light"),
    ("wine 4 or 5 nights a week", "moderate"),
])
def test_drinking_levels(facts, text, level):
    assert facts(text).get("alcohol") == level


def test_can_we_is_not_a_can_of_beer(facts):
    assert "alcohol" not in facts("can we do this after Christmas?")


@pytest.mark.parametrize("text,level", [
    ("i dont really exercise, too knackered after work", "none"),
    ("I walk the dogs every evening", "regular"),
    ("I cycle about 100 miles a week", "regular"),
])
def test_exercise_levels(facts, text, level):
    assert facts(text).get("exercise") == level


def test_distances_a_week_are_not_pay(facts):
    assert "annual_income" not in facts("I run 25-30k a week")


def test_a_checklist_answered_no_gives_no_conditions(facts):
    got = facts("diabetes? no. heart trouble? no. asthma? no")
    assert got.get("conditions", []) == [] and "hospitalized_5y" not in got


def test_my_condition_inside_a_policy_sentence_is_mine(facts):
    assert facts("the critical illness policy paid out after my stroke in 2021")["conditions"] == ["stroke"]


def test_a_stranger_with_a_condition_is_not_the_prospect(facts):
    got = facts("a guy at work had a heart attack at 45, it scared me")
    assert "conditions" not in got and "family_history" not in got


def test_pregnancy_only_diabetes_is_not_a_condition(facts):
    assert "conditions" not in facts("I had gestational diabetes with my second")


@pytest.mark.parametrize("text", ["I'm a diving instructor in Dubai", "I work as a commercial diver"])
def test_the_job_is_not_a_hobby(facts, text):
    assert "hazardous_hobbies" not in facts(text)


def test_receptionist_at_the_surgery_is_no_operation(facts):
    assert "hospitalized_5y" not in facts("I'm a receptionist at the surgery in town")


@pytest.mark.parametrize("text,status", [
    ("I'm not married, we divorced in 2019", "divorced"),
    ("together 12 years, never got round to getting married", "partnered"),
])
def test_marital_status_wording(facts, text, status):
    assert facts(text).get("marital_status") == status


@pytest.mark.parametrize("text", ["my sister is divorced", "separated but not divorced yet", "my gran is a widow"])
def test_someone_elses_status_or_separation_gives_none(facts, text):
    assert "marital_status" not in facts(text)


@pytest.mark.parametrize("text,expect,count", [
    ("my mum and dad are comfortable, they don't need anything from us", None, 0),
    ("we look after his parents, they moved in last year", None, 2),
    ("only my dad", "dependent_parents", 1),
])
def test_dependent_parents_wording(facts, text, expect, count):
    assert facts(text, expect).get("dependent_parents") == count


def test_none_of_them_have_cover_is_no_hobby_answer(facts):
    assert "hazardous_hobbies" not in facts("I run a café with six staff, none of them have any cover")


@pytest.mark.parametrize("text,kg", [("about 13 and a half stone", 85.7), ("I weigh 9.5 stone", 60.3)])
def test_half_stones(facts, text, kg):
    assert facts(text, "weight_kg").get("weight_kg") == pytest.approx(kg, abs=0.2)


def test_a_weight_beside_feet_makes_it_a_height(facts):
    assert facts("roughly 90kg at 5 foot 10")["height_cm"] == pytest.approx(177.8, abs=0.2)


def test_millions_of_rand_are_not_a_height(facts):
    got = facts("the bond is R1.4m")
    assert "height_cm" not in got and got.get("mortgage_balance") == 1_400_000


@pytest.mark.parametrize("text,value", [
    ("she runs a salon and honestly earns more than I do, maybe 60k", 60000),
    ("my husband works offshore and is on about 90k", 90000),
])
def test_spouse_income_a_few_words_away(facts, text, value):
    assert facts(text).get("spouse_income") == value


def test_my_own_pay_after_the_spouse_is_mine(facts):
    got = facts("he does the school run and I earn 52k")
    assert got.get("annual_income") == 52000 and "spouse_income" not in got


@pytest.mark.parametrize("text,fact,value", [
    ("the flat has about 95k left on it", "mortgage_balance", 95000),
    ("no debts except the car loan, which is about 8k", "other_debts", 8000),
    ("no debts besides the mortgage", "other_debts", 0),
    ("roughly 12k in the pot for a rainy day", "liquid_savings", 12000),
    ("2k in my current account and 10k in savings", "liquid_savings", 12000),
    ("my husband is 61 and does not work", "spouse_income", 0),
    ("mortgage is paid, kids are grown", "mortgage_balance", 0),
])
def test_balances_in_plain_words(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_wanting_the_mortgage_paid_is_a_goal_not_a_zero_balance(facts):
    got = facts("I'd want the mortgage paid if anything happened to me")
    assert "mortgage_balance" not in got


def test_living_together_with_a_named_partner(facts):
    assert facts("me and my boyfriend have lived together for years")["marital_status"] == "partnered"


def test_cover_held_beside_cover_wanted(facts):
    got = facts("I'd like 500k in total but right now I've only got 150k through my last employer")
    assert got.get("requested_cover") == 500000 and got.get("existing_life_cover") == 150000


def test_a_year_after_from_is_a_date_not_a_sum(facts):
    got = facts("I've had a critical illness policy from 2015, it's for 60 grand")
    assert got.get("existing_ci_cover") == 60000


def test_cover_through_a_credit_card_is_not_card_debt(facts):
    got = facts("there's accident cover through my credit card, about 50k")
    assert got.get("existing_accident_cover") == 50000 and "other_debts" not in got


@pytest.mark.parametrize("text", ["my dad never had any cover at all", "most of the lads at work have nothing in place"])
def test_someone_elses_missing_cover_is_not_mine(facts, text):
    assert "existing_life_cover" not in facts(text)


@pytest.mark.parametrize("text,fact", [
    ("we had critical illness cover but cancelled it last year", "existing_ci_cover"),
    ("my husband's covered through work but I've got none", "existing_life_cover"),
])
def test_cover_given_up_or_missing_is_zero(facts, text, fact):
    assert facts(text).get(fact) == 0


def test_a_price_queried_is_not_a_budget(facts):
    assert "monthly_premium_budget" not in facts("£75 a month?! for that?")


@pytest.mark.parametrize("text,fact,value", [
    ("I've put aside £35 a month for this", "monthly_premium_budget", 35),
    ("we've put aside about 8k for emergencies", "liquid_savings", 8000),
])
def test_set_aside_by_the_shape_of_the_sum(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_an_age_answer_turning_next_month(facts):
    assert facts("52 next week", "age")["age"] == 51


def test_every_age_in_an_answer_to_the_ages_question(facts):
    assert sorted(facts("6 and 8 and the little one is 2", "children_ages")["children_ages"]) == [2, 6, 8]


def test_a_spouse_cue_before_the_amount_beats_a_period_inside_it(facts):
    got = facts("my wife earns R390 000 per annum")
    assert got.get("spouse_income") == 390000 and "annual_income" not in got


@pytest.mark.parametrize("text,fact,value", [
    ("there's a death in service benefit, 3 times salary, so roughly 150k", "existing_life_cover", 150000),
    ("I'd go for 8x my salary, so about 400k", "requested_cover", 400000),
])
def test_a_multiple_of_salary_then_the_sum(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_a_policy_that_pays_out_is_cover_not_a_claim(facts):
    assert facts("I have an accident plan that pays out 75k for death from an accident")["existing_accident_cover"] == 75000


def test_a_correction_of_the_number_of_children_wins(facts):
    assert facts("I told you 2 kids before, I meant 3")["children_count"] == 3


def test_both_after_children_is_their_age_not_mine(facts):
    got = facts("we have two daughters at uni, both 20")
    assert "age" not in got and set(got.get("children_ages", [])) == {20}


def test_both_after_no_kids_is_our_age(facts):
    assert facts("no kids yet, we're both 33")["age"] == 33


@pytest.mark.parametrize("text,fact,value", [
    ("savings pretty much zero at the moment", "liquid_savings", 0),
    ("exercise? honestly no, none", "exercise", "none"),
    ("I drink occasionally and go to the gym 5x a week", "exercise", "regular"),
    ("not married, just partners", "marital_status", "partnered"),
    ("my nan had a stroke but my parents are both fine", "family_history", []),
    ("nobody depending on me at all", "dependent_parents", 0),
    ("Critical illness cover? No", "existing_ci_cover", 0),
])
def test_short_plain_answers(facts, text, fact, value):
    assert facts(text).get(fact) == value


def test_bills_a_month_are_not_exercise_sessions(facts):
    got = facts("bills run about 2,400 a month")
    assert "exercise" not in got and got.get("monthly_expenses") == 2400


def test_pay_a_month_is_no_tenure(facts):
    assert "years_in_job" not in facts("he makes about $3,500 a month as an electrician")


@pytest.mark.parametrize("text", ["Had three hospital admissions since 2022", "liver transplant in 2023"])
def test_admissions_and_transplants_are_hospital_stays(facts, text):
    assert facts(text).get("hospitalized_5y") is True


def test_height_in_metres_as_an_answer(facts):
    assert facts("1.75", "height_cm")["height_cm"] == 175


def test_an_amount_after_a_comma_is_not_an_age(facts):
    assert "age" not in facts("a small accident policy from my bank, 60,000 I think")


@pytest.mark.parametrize("text,level", [
    ("I like a glass of red in the evening", "moderate"),
    ("I don't drink much really", "light"),
    ("mostly weekends, a few pints", "light"),
    ("a couple of pints with my mates on a Saturday", "light"),
])
def test_more_drinking_phrasings(facts, text, level):
    assert facts(text).get("alcohol") == level


def test_heavy_drinking_in_the_past_is_not_now(facts):
    assert facts("I used to drink heavily but I've cut right down").get("alcohol") != "heavy"


@pytest.mark.parametrize("text,value", [
    ("roughly 400k over 25 years", 400000),
    ("put me down for 350k", 350000),
    ("is 750k too much?", 750000),
    ("250k on a 20 year term", 250000),
])
def test_cover_wanted_in_plain_words(facts, text, value):
    assert facts(text).get("requested_cover") == value


def test_a_sum_held_for_years_is_not_wanted(facts):
    assert "requested_cover" not in facts("I've had 150k for 12 years")


@pytest.mark.parametrize("text,expect,value", [
    ("300", "requested_cover", 300000),
    ("about 175", "mortgage_balance", 175000),
])
def test_bare_hundreds_asked_for_a_sum_mean_thousands(facts, text, expect, value):
    assert facts(text, expect)[expect] == value


@pytest.mark.parametrize("text,value", [
    ("I'd put my husband down as the beneficiary", "spouse"),
    ("my sister, she's my next of kin", "sibling"),
    ("who would get it? my son", "child"),
])
def test_beneficiary_wording(facts, text, value):
    assert facts(text).get("beneficiary_relation") == value


@pytest.mark.parametrize("text", [
    "my parents look after the kids while we work",
    "my mum and dad help us out financially",
    "my mum is financially independent",
    "my dad lives with us but has his own pension",
    "I'll have to look after my parents one day",
])
def test_parents_who_are_not_dependants(facts, text):
    assert facts(text).get("dependent_parents") in (None, 0)


def test_looking_after_parents_one_day_is_no_timing_objection(facts):
    assert "concerns" not in facts("I'll probably have to look after my parents one day")


@pytest.mark.parametrize("text,value", [
    ("my wages are pretty regular", "stable"),
    ("my pay is always regular", "stable"),
    ("council job, so it's secure", "stable"),
])
def test_income_stability_wording(facts, text, value):
    assert facts(text).get("income_stability") == value


def test_safe_to_say_is_no_stable_income(facts):
    assert "income_stability" not in facts("it's safe to say I'd need some cover")


@pytest.mark.parametrize("text,value", [
    ("I'm covered for 150k at the moment", 150000),
    ("I've got a 15 year term for 90k", 90000),
    ("just the one through work, 3x salary, and I'm on 30k", 90000),
])
def test_cover_held_wording(facts, text, value):
    assert facts(text).get("existing_life_cover") == value


@pytest.mark.parametrize("text,value", [
    ("my husband brings home about £2,200 a month", 26400),
    ("wife works part time, maybe 12k", 12000),
])
def test_spouse_pay_verbs(facts, text, value):
    assert facts(text).get("spouse_income") == value


def test_spouse_works_then_my_pay_is_mine(facts):
    got = facts("my wife works in a school and I earn 48k")
    assert got.get("annual_income") == 48000 and "spouse_income" not in got


def test_a_dodgy_heart_is_a_condition_not_distrust(facts):
    got = facts("I've got a bit of a dodgy heart")
    assert got.get("conditions") == ["heart_disease"] and "concerns" not in got


def test_nerves_are_mental_health(facts):
    assert facts("I suffer with my nerves")["conditions"] == ["mental_health"]


def test_a_stay_more_than_five_years_ago_gives_no_answer(facts):
    """The fact is about the last five years: an older stay neither sets nor clears it."""
    assert "hospitalized_5y" not in facts("I had my gallbladder out in 2015")


def test_a_complicated_life_is_no_complexity_objection(facts):
    assert "concerns" not in facts("it's complicated, my ex and I share custody of the kids")


def test_thinking_about_whats_best_for_the_kids_names_no_beneficiary(facts):
    assert "beneficiary_relation" not in facts("I need to think about what's best for the kids")


@pytest.mark.parametrize("text", [
    "we're hoping to get a mortgage of about 280k next year",
    "we're buying our first place soon, probably a 200k mortgage",
])
def test_a_mortgage_still_to_come_is_no_balance(facts, text):
    assert "mortgage_balance" not in facts(text)


def test_remortgaged_with_what_is_left(facts):
    assert facts("we remortgaged in 2023, roughly 210k left")["mortgage_balance"] == 210000


def test_a_count_then_ages(facts):
    got = facts("we've got 3, aged 1, 4 and 8")
    assert got.get("children_count") == 3 and sorted(got.get("children_ages", [])) == [1, 4, 8]


def test_an_age_in_months_is_whole_years(facts):
    assert facts("my little boy is 20 months")["children_ages"] == [1]


def test_eldest_and_youngest_ages(facts):
    assert sorted(facts("my eldest is 19 and my youngest is 11")["children_ages"]) == [11, 19]
