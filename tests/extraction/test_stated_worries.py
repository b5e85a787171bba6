"""Concerns and goals are what the prospect states, not topic words they mention.
Phrasings here are deliberately not the corpus sentences."""

from __future__ import annotations

import pytest

CONCERNS = [
    ("honestly we cant afford a lot right now", None, ["cost"]),
    ("bit skint this month to be fair", None, ["cost"]),
    ("the premiums look really steep to me", None, ["cost"]),
    ("I just want it cheap, money's tight", None, ["cost"]),
    ("the price, mainly", "concerns", ["cost"]),  # answering "anything worrying you?" needs no cue
    ("how do I know you aren't a scam?", None, ["trust"]),
    ("I got burned by a broker years ago", None, ["trust"]),
    ("the policy wording looks so complicated", None, ["complexity"]),
    ("they'll use some loophole to wriggle away from paying", None, ["claims_denial"]),
    ("not sure it's worth it for someone my age", None, ["not_needed"]),
    ("now isn't a good time, can we leave it till spring", None, ["timing"]),
    ("I'm swamped with work this week", None, ["timing"]),
    ("why do you need my postcode?", None, ["privacy"]),
    ("not comfortable sharing that online", None, ["privacy"]),
    ("tbh the monthly payments scare me a bit", None, ["cost"]),
    ("can you trust these comparison sites though", None, ["trust"]),
    ("I've no clue what half these words mean", None, ["complexity"]),
    ("I don't really get how any of this works", None, ["complexity"]),
    ("do I have to decide today?", None, ["timing"]),
    ("let me chat to my husband and come back to you", None, ["timing"]),
    ("I'm healthy, surely I don't need all this", None, ["not_needed"]),
    ("my partner thinks it's a waste", None, ["not_needed"]),
    ("will they actually pay when I claim?", None, ["claims_denial"]),
    ("I find all these options overwhelming", None, ["complexity"]),
    ("can we do this later?", None, ["timing"]),
    ("is there any point if I already have cover through work?", None, ["not_needed"]),
]

NO_CONCERN = [
    "the cost of the school trip was silly",
    "price doesn't matter to us, we want the best cover",
    "I'm not worried about the premiums",
    "what would it cost for a 40 year old?",
    "my brother sorts out the complicated forms for mum",
    "no rush on my side, fire away",
    "who knew the bins would cost that much lol",
    "I checked my privacy settings",
    "we're fine for money, no worries there",
    "payments go out on the 1st",
    "I don't get paid much",
    # words with another sense in a prospect's story
    "I actually pay 50 a month for my current policy",
    "who gets the money if I die?",
    "I've got third party car insurance",
    "I'm sold on the idea",
    "I went through a bad time after my divorce",
    "not ready to retire yet",
    "no time off sick in years",
    "stung by a wasp last summer",
    "we went diving with sharks",
    "you seem trustworthy",
    "two years later I had a stent",
    "I was overwhelmed at work and got depressed",
    "will you pay if it's suicide?",  # an exclusion question, not a worry
    "our rent is expensive, 1,400 a month",
    "I work in data protection",
    "I think about it a lot since dad died",
    "later this year we're moving house",
    "the monthly premium needs to be under 50",  # a budget, not a worry
]

GOALS = [
    ("I worry how my wife would cope without me", None, ["protect_family"]),
    ("if I pop my clogs tomorrow the kids need looking after", None, ["protect_family"]),
    ("the mortgage needs to go if I'm not here", None, ["pay_off_mortgage"]),
    ("money for the twins' education", None, ["children_education"]),
    ("something that replaces my wages while I'm signed off", None, ["income_protection"]),
    ("life cover for the family, and critical illness too", None, ["protect_family", "critical_illness"]),
    ("cover for a stroke or cancer", None, ["critical_illness"]),
    ("I'd like to see a private consultant rather than wait", None, ["health_costs"]),
    ("want to leave the flat to my son", None, ["wealth_transfer"]),
    ("something to help the grandchildren when I'm gone", None, ["wealth_transfer"]),
    ("save a little each month on top", None, ["savings"]),
    ("I want to leave a bit of money to each of the grandkids", None, ["wealth_transfer"]),
    ("building a pot for the future", None, ["savings"]),
    ("for retirement mainly", None, ["retirement"]),
    ("I've got nothing in a pension yet", None, ["retirement"]),
    ("I want to go private and skip the waiting list", None, ["health_costs"]),
    ("my sick pay only lasts a month, that's the worry", None, ["income_protection"]),
]

# the prospect's history and benefits, not what they want
NO_GOAL = [
    "my pension pays about 18k a year",
    "I retired in 2019",
    "I'm on a waiting list for a knee op",
    "I had private treatment for my back",
    "I get health insurance through work",
    "I get 6 months full sick pay",
    "I can't work weekends",
    "I had a serious illness in 2020",
    "I got an inheritance from my gran",
    "can I get my money back if I cancel?",
]

TERM_QUESTIONS = [
    "what is whole life?",
    "what's income protection?",
    "what is critical illness insurance",
    "is that the same as life cover?",
    "what does whole of life mean?",
]


@pytest.mark.parametrize("text,expect,wanted", [pytest.param(*c, id=c[0][:40]) for c in CONCERNS])
def test_stated_worry_is_a_concern(facts, text, expect, wanted):
    assert sorted(facts(text, expect).get("concerns", [])) == sorted(wanted)


@pytest.mark.parametrize("text", NO_CONCERN)
def test_topic_word_without_a_worry_is_no_concern(facts, text):
    assert "concerns" not in facts(text)


@pytest.mark.parametrize("text,expect,wanted", [pytest.param(*c, id=c[0][:40]) for c in GOALS])
def test_goal_phrasings(facts, text, expect, wanted):
    assert sorted(facts(text, expect).get("goals", [])) == sorted(wanted)


@pytest.mark.parametrize("text", TERM_QUESTIONS)
def test_question_about_a_term_names_no_goal(facts, text):
    assert "goals" not in facts(text)


@pytest.mark.parametrize("text", NO_GOAL)
def test_history_and_benefits_name_no_goal(facts, text):
    assert "goals" not in facts(text)


@pytest.mark.parametrize("text", [
    "honestly I've got no time to work out these days",
    "I don't have time for the gym with two kids",
    "I don't trust myself around chocolate lol",
])
def test_no_time_for_a_hobby_or_self_distrust_is_no_concern(facts, text):
    assert "concerns" not in facts(text)


@pytest.mark.parametrize("text,goal", [
    ("my fear is the girls having to change schools", "children_education"),
    ("I dread the boys being taken out of school if anything happened", "children_education"),
    ("terrified my partner would have to sell our home", "pay_off_mortgage"),
])
def test_a_worry_about_school_or_home_names_the_goal(facts, text, goal):
    assert goal in facts(text).get("goals", [])


@pytest.mark.parametrize("text", ["we're selling the house next spring", "the kids change schools in september", "he had to leave the school job"])
def test_moving_home_or_school_without_a_worry_names_no_goal(facts, text):
    assert "goals" not in facts(text)
