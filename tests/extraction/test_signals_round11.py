"""Round 11 of signal phrasings (DEV15.md, DEV16.md families): worries named in other words
(complexity named as such, needles and forms, a slow application, being pushed into buying,
health details kept private), goals said through what is left once the mortgage is cleared,
a relative's illness as the reason for critical illness cover, cover held or let go that is
no wish, and the near-misses a user would notice. Wording is new, not copied from any corpus.
"""

from __future__ import annotations

import pytest

SIGNALS = [
    # concerns
    ("biggest worry for me is the complexity of it all", "concerns", ["complexity"]),
    ("honestly I can't stand blood tests, is there a way round them", "concerns", ["complexity"]),
    ("I don't want a medical and a pile of forms, I'm too busy for that", "concerns", ["complexity", "timing"]),
    ("my worry is the questionnaire will take ages", "concerns", ["complexity"]),
    ("last time the application took forever, they kept asking for more records", "concerns", ["complexity"]),
    ("I'd rather not be pressured into a policy again", "concerns", ["trust"]),
    ("I got talked into something useless by a bank once", "concerns", ["trust"]),
    ("what do you do with my health data once I submit it?", "concerns", ["privacy"]),
    ("is my medical history going to be shared with my employer?", "concerns", ["privacy"]),
    ("I'm bipolar and I don't want that known at my work", "concerns", ["privacy"]),
    ("the premiums look eye-watering for someone my age", "concerns", ["cost"]),
    # goals
    ("enough cover to clear the bond and leave a bit for the children", "goals", ["pay_off_mortgage", "protect_family"]),
    ("we owe about 300k on the house, I'd want a policy that pays it off", "goals", ["pay_off_mortgage"]),
    ("my sister had a stroke at 45 so I'd like something in case I get one too", "goals", ["critical_illness"]),
    ("we're after trauma cover, maybe 80k", "goals", ["critical_illness"]),
    ("mostly so whoever's left isn't struggling", "goals", ["protect_family"]),
    ("the main thing is building retirement savings", "goals", ["retirement", "savings"]),
]

NOTHING = [
    # a plain question about the process, a spouse consulted, someone else's aversion
    ("how long does the application usually take?", "concerns"),
    ("will the medical take weeks to arrange?", "concerns"),
    ("right, I'll run it by my husband and come back to you", "concerns"),
    ("my son hates needles, he screamed at his jabs", "concerns"),
    ("my wife pushed me into finally sorting this", "concerns"),
    ("I felt rushed into buying my first flat", "concerns"),
    ("my brother said his application took months", "concerns"),
    ("my medical records are with my old GP in Cork", "concerns"),
    ("the mortgage application took months", "concerns"),
    # cover held, lapsed or claimed on is no wish
    ("we let the critical illness policy lapse in 2023", "goals"),
    ("my trauma cover is for 150k through the super", "goals"),
    ("I claimed twice on my income protection after the accident", "goals"),
    ("the grandparents set up a college fund for each of the girls", "goals"),
    ("my dad took out a whole life plan for me years ago", "goals"),
    ("we budget so neither of us is left short at the end of the month", "goals"),
    ("if my dad had cancer, would it pay if I get it too?", "goals"),
    ("mum had a stroke, do I really need cover in case I get ill?", "goals"),
]


@pytest.mark.parametrize("text,fact,value", SIGNALS)
def test_signal_is_read(facts, text, fact, value):
    got = facts(text).get(fact)
    assert (sorted(got) if isinstance(got, list) else got) == (sorted(value) if isinstance(value, list) else value)


@pytest.mark.parametrize("text,fact", NOTHING)
def test_near_miss_gives_nothing(facts, text, fact):
    assert fact not in facts(text)


def test_leaving_something_for_the_kids_alone_is_an_inheritance(facts):
    assert facts("at my age I mostly want to leave something for my kids")["goals"] == ["wealth_transfer"]
    got = facts("enough to pay off the house and leave something for the kids")["goals"]
    assert sorted(got) == ["pay_off_mortgage", "protect_family"]


def test_a_payout_split_between_children_names_no_goal(facts):
    got = facts("if I die I want it shared between my two girls")
    assert "goals" not in got
    assert got["beneficiary_relation"] == "child"


REFERRALS = [
    ("I know a lot of folks at the bowls club who'd be keen", "high"),
    ("I reckon I know half the traders in the market", "high"),
    ("everybody at mosque knows us, I can send lots of people your way", "high"),
    ("both of my flatmates want to get covered as well", "medium"),
    ("two sisters, they'd want the same thing", "medium"),
    ("there are 3 other directors who would want this as well", "medium"),
]

NO_REFERRAL = [
    "I know a lot of people think this is a con",
    "my two sisters both had strokes, do I need this too?",
    "3 other partners would have to sign off first",
    "my uncle sells insurance, funnily enough",
    "my best mate works in insurance too",
    "I know half the people at work smoke",
    "they send loads of people to the food bank",
]


@pytest.mark.parametrize("text,value", REFERRALS)
def test_referral_is_read(facts, text, value):
    assert facts(text).get("referral_potential") == value


@pytest.mark.parametrize("text", NO_REFERRAL)
def test_no_referral(facts, text):
    assert "referral_potential" not in facts(text)


def test_beneficiary_by_pronoun(facts):
    assert facts("Married 9 years, 2 girls. I'd put him down as beneficiary, my husband")["beneficiary_relation"] == "spouse"
    assert facts("my husband and I have no kids yet. he'd be the beneficiary")["beneficiary_relation"] == "spouse"
    assert facts("my brother, he's the beneficiary")["beneficiary_relation"] == "sibling"


def test_cover_for_the_whole_family_names_no_payee(facts):
    got = facts("I'd like decent cover for my husband and the kids")
    assert "beneficiary_relation" not in got
    assert facts("I'd like cover for my husband if anything happens")["beneficiary_relation"] == "spouse"


def test_head_count_and_debt_in_millions_are_not_cover_or_height(facts):
    assert "requested_cover" not in facts("our temple is about 300 strong and people ask me about insurance")
    got = facts("we owe 1.4m on the house, I'm 1.82m tall")
    assert got["mortgage_balance"] == 1_400_000
    assert got["height_cm"] == 182


def test_cover_so_the_mortgage_goes_is_cover_asked_for(facts):
    got = facts("I'd want 600k so the mortgage goes")
    assert got["requested_cover"] == 600_000
    assert "mortgage_balance" not in got


def test_cover_wanted_beside_a_debt_is_not_the_debt(facts):
    got = facts("I'd probably want 1.5 million, we still owe 900k on the house")
    assert got["requested_cover"] == 1_500_000
    assert got["mortgage_balance"] == 900_000


def test_a_further_sum_wanted_adds_up(facts):
    got = facts("say 250k for the mortgage and another 150k for the kids")
    assert got["requested_cover"] == 400_000
    assert "mortgage_balance" not in got
    assert facts("I want 300k life cover and another 100k of critical illness")["requested_cover"] == 300_000


@pytest.mark.parametrize("text", [
    "we dropped the family health plan last year, the premiums were silly",
    "I let my old life policy lapse when the price went up",
    "the scheme at work cost too much so I opted out",
])
def test_cover_dropped_over_its_price_is_a_story_not_a_worry(facts, text):
    assert "concerns" not in facts(text)


def test_a_price_worry_about_cover_to_come_stays(facts):
    assert facts("the premiums look too high, I might have to let the cover go")["concerns"] == ["cost"]


def test_a_rule_refused_by_its_own_conditions_hides_no_other(facts):
    # the family's-share rule lacks its mortgage cue here, so the inheritance reading stands
    assert facts("I'd like something left for my kids when I'm gone")["goals"] == ["wealth_transfer"]
    # a worry about price said with "for us right now" is still a cost worry
    assert facts("I'm worried it's going to be too expensive for us right now")["concerns"] == ["cost"]
    assert "goals" not in facts("if I got cancer would I get the money straight away or only if I die?")


def test_cover_described_with_its_sum_is_held_not_asked_for(facts):
    got = facts("the personal accident cover is 150k")
    assert got.get("existing_accident_cover") == 150_000
    assert "requested_cover" not in got
    assert facts("the cover I want is 400k")["requested_cover"] == 400_000
