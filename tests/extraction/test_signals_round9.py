"""Round 9 of signal phrasings (DEV14.md families): doubting the need through a chain of
hedges ("don't really think I need it"), the bother of it ("too much hassle"), a fear of
falling ill oneself as a wish for critical illness cover (and not an illness held), a goals
list, exclusions asked as "what do you not pay out for?", a community counted in people or
women, and the near-misses a user would notice: someone else's refusal told as news, and
whether a relative with a risk could get cover at all. Wording is new, not copied from any
corpus.
"""

from __future__ import annotations

import pytest

SIGNALS = [
    ("honestly I don't really reckon I need it yet", "concerns", ["not_needed"]),
    ("don't think we really need any of this tbh", "concerns", ["not_needed"]),
    ("can't see why I'd need it, no kids", "concerns", ["not_needed"]),
    ("sounds like a right faff to be honest", "concerns", ["complexity"]),
    ("all that red tape just puts me off", "concerns", ["complexity"]),
    ("too much hassle for what it is", "concerns", ["complexity"]),
    ("not convinced we need it yet to be honest", "concerns", ["not_needed"]),
    ("abeg, wetin una no dey cover?", "asked_about_exclusions", True),
    ("is there anything the policy won't pay for", "asked_about_exclusions", True),
    ("that's a bit dear for what it is", "concerns", ["cost"]),
    ("these outfits take your money and do a runner", "concerns", ["trust"]),
    ("the policy wording is double dutch to me", "concerns", ["complexity"]),
    # checking with a spouse before answering consults, it does not put off (dev7-250, dev16-095, DEV16.md)
    ("ok let me check with my wife and revert", "concerns", None),
    ("my company covers me already so I'm fine", "concerns", ["not_needed"]),
    ("stuff I'd not be covered for, like what?", "asked_about_exclusions", True),
    ("what if I pass away in the first couple of years, do you pay?", "asked_about_exclusions", True),
    ("what does the policy not cover then?", "asked_about_exclusions", True),
    ("which illnesses would they not pay out on?", "asked_about_exclusions", True),
    ("after about 300k, mainly scared of a heart attack like my old man", "goals", ["critical_illness"]),
    ("terrified of getting cancer, I'd want a lump sum to fall back on", "goals", ["critical_illness"]),
    ("my goals: pay off the house and my own retirement", "goals", ["pay_off_mortgage", "retirement"]),
    ("I do nails from home and I see hundreds of women a month, they'd all want this", "referral_potential", "high"),
    ("I train about 60 men at the dojo, none of them are insured", "referral_potential", "high"),
]


@pytest.mark.parametrize("text,fact,value", SIGNALS)
def test_signal_is_read(facts, text, fact, value):
    got = facts(text).get(fact)
    assert (sorted(got) if isinstance(got, list) else got) == (sorted(value) if isinstance(value, list) else value)


def test_fear_of_an_illness_is_no_illness_held(facts):
    got = facts("want cover mainly because I'm worried about cancer or a stroke")
    assert got.get("goals") == ["critical_illness"]
    assert "conditions" not in got


def test_exclusion_question_is_no_claims_worry(facts):
    got = facts("what would you not pay out for?")
    assert got.get("asked_about_exclusions") is True
    assert "concerns" not in got


NO_CONCERN = [
    "oh dear, I forgot my password",
    "I reverted to my old job last spring",
    "my cousin got declined because of his heart, is that common?",
    "a bloke at work got turned down for his weight",
    "not too much hassle I hope?",
    "no hassle, ask away",
    "I don't want my wife to have the hassle of sorting everything out",
]


@pytest.mark.parametrize("text", NO_CONCERN)
def test_no_concern(facts, text):
    assert "concerns" not in facts(text)


def test_own_fear_after_someone_elses_refusal_stays(facts):
    assert facts("my sister got refused for her asthma and I'm worried they'll turn me down too").get("concerns") == ["claims_denial"]


NO_REFERRAL = [
    "my brother-in-law is a scaffolder, could he get insured too?",
    "my sister's partner has diabetes, can she get cover as well?",
]


@pytest.mark.parametrize("text", NO_REFERRAL)
def test_eligibility_question_is_no_referral(facts, text):
    assert "referral_potential" not in facts(text)


def test_interested_relative_is_still_a_referral(facts):
    assert facts("my brother is keen too, can he get cover as well?").get("referral_potential") == "low"


# --- cover asked for, and who it is for, said through its purpose ---

def test_cover_wanted_so_a_relative_can_clear_the_mortgage(facts):
    got = facts("we'd need roughly 400k so my husband can clear the mortgage")
    assert got.get("requested_cover") == 400000
    assert "mortgage_balance" not in got
    assert got.get("goals") == ["pay_off_mortgage"]
    assert got.get("beneficiary_relation") == "spouse"


def test_relative_not_left_with_the_house(facts):
    assert facts("want the house paid off so my mum isn't stuck with it").get("beneficiary_relation") == "parent"


def test_purpose_without_a_debt_names_no_beneficiary(facts):
    assert "beneficiary_relation" not in facts("so the kids can go to uni one day")


@pytest.mark.parametrize("text,amount", [
    ("enough to replace my income for five years if I'm gone, so around 350k", 350000),
    ("ten years' salary I reckon, so about 500k", 500000),
])
def test_pay_times_years_is_the_cover_asked_for(facts, text, amount):
    got = facts(text)
    assert got.get("requested_cover") == amount
    assert "annual_income" not in got


def test_same_salary_for_years_is_still_pay(facts):
    got = facts("been on the same salary for 4 years now, 38k")
    assert got.get("annual_income") == 38000
    assert "requested_cover" not in got


@pytest.mark.parametrize("text", [
    "my cousin and I own a bakery together, if I die I'd want him to keep the bakery running",
    "me and my mate co-own the workshop, if anything happens to me he'd take over my share",
])
def test_co_owner_carrying_the_business_on(facts, text):
    got = facts(text)
    assert got.get("beneficiary_relation") == "business_partner"
    assert "protect_family" not in (got.get("goals") or [])


def test_spouse_running_the_business_stays_no_business_partner(facts):
    assert facts("the wife and I run a cafe together, if I go she'll keep it going").get("beneficiary_relation") != "business_partner"


@pytest.mark.parametrize("text", [
    "client is 59, plans to retire at 66, mortgage gone",
    "retiring next spring from the council, 64 now",
])
def test_retirement_date_stated_is_no_goal(facts, text):
    assert "retirement" not in (facts(text).get("goals") or [])


@pytest.mark.parametrize("text", [
    "I'd really like to retire at 60 if we can swing it",
    "retiring in 6 years and worried the pension won't be enough",
])
def test_retirement_wished_for_is_a_goal(facts, text):
    assert "retirement" in (facts(text).get("goals") or [])


@pytest.mark.parametrize("text", [
    "so the boys can finish school if I pop my clogs",
    "if anything happens to me I want her to be able to complete her degree",
])
def test_finishing_their_studies_is_an_education_goal(facts, text):
    assert facts(text).get("goals") == ["children_education"]


def test_own_schooling_is_no_goal(facts):
    assert "goals" not in facts("I finished school at 17 and went into the army")


def test_someone_elses_past_bills_are_no_goal_or_worry(facts):
    got = facts("the hospital bills after my gran's fall were really expensive")
    assert "goals" not in got and "concerns" not in got


def test_past_bills_with_a_worry_are_still_a_goal(facts):
    assert facts("the medical bills came to a fortune last time, I'm worried if it happens again").get("goals") == ["health_costs"]


@pytest.mark.parametrize("text,level", [
    ("a lot of the dads at footy have nothing in place", "high"),
    ("my missus wants some cover as well", "low"),
])
def test_people_who_would_want_it_too(facts, text, level):
    assert facts(text).get("referral_potential") == level


def test_eligibility_question_is_no_exclusion_question(facts):
    assert "asked_about_exclusions" not in facts("do you cover people who live in Wales?")


@pytest.mark.parametrize("text,relation", [
    ("my husband would collect it, obviously", "spouse"),
    ("both my sons, in equal shares", "child"),
])
def test_beneficiary_by_collecting_or_sharing(facts, text, relation):
    assert facts(text).get("beneficiary_relation") == relation


def test_collecting_the_kids_names_no_beneficiary(facts):
    assert "beneficiary_relation" not in facts("my mum collects the kids from school on Fridays")


def test_group_counted_in_women_with_a_role(facts):
    assert facts("I'm treasurer of our savings club, about 30 ladies").get("referral_potential") == "high"


def test_families_living_nearby_are_no_referral(facts):
    assert "referral_potential" not in facts("I've got a wife and 3 kids, there are about 50 families on our road")
