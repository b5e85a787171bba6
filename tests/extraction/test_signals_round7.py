"""Round 7 of signal phrasings (DEV11.md families): doubts voiced by someone else that the
prospect sets aside, worries said in new words (the price scares them, charged a fortune, no
money for premiums, non-disclosure, pushy sellers, "can't think about it till ..."), referral
from communities, client streams and a few named people, and the near-misses a user would
notice being wrongly read as a concern, a referral, a goal or a beneficiary. Wording is new,
not copied from any corpus.
"""

from __future__ import annotations

import pytest

CONCERNS = [
    ("honestly the price frightens me a bit", "cost"),
    ("I reckon it'll cost me an arm and a leg with my blood pressure", "cost"),
    ("haven't got the money for this right now, things are slow", "cost"),
    ("I'm not convinced they'd ever pay out", "claims_denial"),
    ("they'll say I forgot to declare my asthma and refuse the claim", "claims_denial"),
    ("I worry the insurer will hide behind the small print", "claims_denial"),
    ("they take your premiums for years then fight you over every claim", "claims_denial"),
    ("can't deal with any of this until after the harvest", "timing"),
    ("salesmen have forced policies on me before", "trust"),
    ("had a rep push a plan onto me years ago, never again", "trust"),
    ("who sees my answers?", "privacy"),
    ("I'd prefer not to share my medical records in a chat", "privacy"),
    ("will you decline me because of my diabetes?", "claims_denial"),
    ("do I even need this?", "not_needed"),
]

# doubts someone else holds while the prospect stands apart, questions about the process or
# the price, hypotheticals, plain declines, complaints about the bot, deadlines that are no deferral
NO_CONCERN = [
    "my brother keeps saying it's a waste of money, but I think we need it",
    "my mum is convinced insurers never pay out. Whatever, I'm buying one anyway",
    "my partner reckons it's all a con. I'm not so sure myself",
    "the wedding cost us a fortune last year",
    "how long does the application take?",
    "if I was a diabetic would the premium be higher?",
    "how much will this cost me monthly?",
    "turning 40 next year and finally getting this sorted",
    "I'd rather not say",
    "I'd prefer not to say my exact income",
    "this bot is so slow",
    "suppose I had asthma, would you turn me down?",
    "sorry, I don't understand the question",
    "bit confused, do you mean before or after tax?",
    "I'm far too busy at work to exercise",
    "I'm healthy so hopefully it's cheap",
    "what happens if I miss a payment because I can't afford it one month?",
]


@pytest.mark.parametrize("text,value", CONCERNS)
def test_concern_round7(facts, text, value):
    assert value in facts(text).get("concerns", [])


@pytest.mark.parametrize("text", NO_CONCERN)
def test_no_concern_round7(facts, text):
    assert not facts(text).get("concerns")


def test_someone_elses_worry_is_not_the_prospects(facts):
    """The father's worry about the premiums is his; the prospect's own is privacy."""
    assert facts("my dad frets about the premiums, I'm more concerned about my data being sold").get("concerns") == ["privacy"]


REFERRAL = [
    ("I'm on the committee at our temple, there's over 300 families", "high"),
    ("I'm a financial planner, I meet new clients every week who'd need this", "high"),
    ("I'm the secretary of our bowls club, 60 members", "high"),
    ("both my housemates said they'd want a quote too", "medium"),
    ("I've got 4 cousins, none of them have cover and they've asked me about it", "medium"),
    ("a couple of the other dads at football said they'd be interested", "medium"),
    ("I'll tell my sister, she's been looking for cover", "low"),
    ("my flatmate's asked me to find out prices for her as well", "low"),
]

# a workplace's size, relatives in a health story, the friend who sent them, a relative who
# is the beneficiary
NO_REFERRAL = [
    "I work at a hospital with about 2,000 staff",
    "my uncle had a stroke last year, my cousin too",
    "mum passed away of cancer, her sister as well",
    "my friend told me about you, she's got her cover sorted already",
    "both my parents are retired and don't need anything from me",
    "I've got two sisters, I'd want the money to go to them",
    "we send money home to my mum every month",
    "my auntie wants me to sort some cover out",
    "my brother also vapes",
    "my sister is also a teacher",
    "our entire family has high blood pressure",
    "a couple of my mates have been through a divorce",
    "several people at work were laid off last month",
]


@pytest.mark.parametrize("text,value", REFERRAL)
def test_referral_round7(facts, text, value):
    assert facts(text).get("referral_potential") == value


@pytest.mark.parametrize("text", NO_REFERRAL)
def test_no_referral_round7(facts, text):
    assert "referral_potential" not in facts(text)


# cover held, someone else's cover, a state already reached, a question about products
NO_GOAL = [
    "I have a whole of life plan with Prudential already",
    "whole life or term, which is better?",
    "kids grown up, mortgage cleared, we're comfortable",
    "my husband has critical illness cover through work, I don't",
]


@pytest.mark.parametrize("text", NO_GOAL)
def test_no_goal_round7(facts, text):
    assert not facts(text).get("goals")


def test_leaving_something_behind_is_wealth_transfer(facts):
    assert "wealth_transfer" in facts("I'd like to be leaving something behind for my grandkids").get("goals", [])


def test_plural_pronoun_beneficiary(facts):
    assert facts("my twins are 8, I'd want the payout to go to them").get("beneficiary_relation") == "child"


def test_nobody_else_had_anything_names_no_beneficiary(facts):
    assert "beneficiary_relation" not in facts("Mum had diabetes, nobody else had anything")


def test_what_it_wont_cover_is_an_exclusions_question(facts):
    assert facts("what isn't the policy going to cover?").get("asked_about_exclusions") is True
