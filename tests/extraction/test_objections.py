"""Objections a prospect raises, in the forms dev5 showed the extractor missing: disbelief
at a price, money being tight, youth or cover held as the reason not to buy, the insurer
itself (regulation, going bust, reviews, "there's always a catch"), a long form, refusing
to hand data over. Phrasings are new, not the corpus sentences; near-misses give none.
"""

from __future__ import annotations

import pytest

OBJECTIONS = [
    # cost
    ("£45 a month? you must be joking", None, ["cost"]),
    ("cash is really tight at the moment", None, ["cost"]),
    ("things are a bit tight since the divorce", None, ["cost"]),
    ("our budget's maxed out already", None, ["cost"]),
    ("honestly I can't justify another bill right now", None, ["cost"]),
    ("I couldn't commit to monthly payments with my hours", None, ["cost"]),
    ("with two kids in nursery it's simply not affordable", None, ["cost"]),
    ("a new policy is the last thing we can afford", None, ["cost"]),
    ("way too many bills going out already", None, ["cost"]),
    ("that's out of our price range to be honest", None, ["cost"]),
    # not needed
    ("I can't really see the point at my age", None, ["not_needed"]),
    ("it's money for something we'll probably never use", None, ["not_needed"]),
    ("my employer pays four times salary if I die, isn't that enough?", None, ["not_needed"]),
    ("my parents got by without it their whole lives", None, ["not_needed"]),
    ("no kids, no partner, so what would the payout even be for?", None, ["not_needed"]),
    ("single and renting, who would actually need the money?", None, ["not_needed"]),
    ("I'm still young and healthy, why bother", None, ["not_needed"]),
    ("the pension scheme gives me cover already so I don't really need extra", None, ["not_needed"]),
    # timing
    ("let's revisit this after Eid", None, ["timing"]),
    ("I'll get something sorted after payday maybe", None, ["timing"]),
    ("they'll always find a way to not pay out", None, ["claims_denial"]),
    ("I'll look at it once I'm a bit older", None, ["timing"]),
    ("it's on the back burner for now", None, ["timing"]),
    ("insurance just isn't a priority at the moment", None, ["timing"]),
    # trust
    ("are you actually FCA regulated?", None, ["trust"]),
    ("what happens if your firm goes bust before I die?", None, ["trust"]),
    ("your Trustpilot reviews are awful", None, ["trust"]),
    ("there's always a catch with these deals", None, ["trust"]),
    ("how can I be sure you're not going to vanish with my money", None, ["trust"]),
    ("never really trusted insurers after what happened to my gran", None, ["trust"]),
    ("I've been burned once by a broker, so I'm a bit sceptical", None, ["trust"]),
    # a claim not paid is the reason for the wariness: that is the concern
    ("they declined my dad's claim over a technicality so forgive me if I'm suspicious", None, ["claims_denial"]),
    ("the last lot wriggled out of paying my mum", None, ["claims_denial"]),
    # complexity (the process)
    ("so many questions, I thought this would be quick", None, ["complexity"]),
    ("this is taking forever, how many more questions?", None, ["complexity"]),
    ("I'm not filling in a 30-question form", None, ["complexity"]),
    # privacy
    ("I won't be typing my bank details into a chat window", None, ["privacy"]),
    ("why does it matter where I live?", None, ["privacy"]),
    ("I really don't want my medical history shared around", None, ["privacy"]),
    ("the last company sold my details to a load of call centres", None, ["privacy"]),
    ("you want my GP notes? that's a bit much", None, ["privacy"]),
    ("what's my postcode got to do with it", None, ["privacy"]),
]

NEAR_MISSES = [
    "how much would 300k of cover cost me?",  # a plain price question
    "does the premium rise as I get older?",
    "is the monthly price fixed for the whole term?",
    "do you keep my details stored securely? just asking",
    "the privacy notice on the app won't load",
    "I don't need any more life cover, I'm after income protection",
    "we're saving for a house so money has to be planned",
    "I'm 31 and fit, non-smoker",
    "I've got a lot of bills but we manage fine",
    "the reviews I read were great, that's why I'm here",
    "my old company went bust in 2019 and I retrained",
    "I'll be putting my salary into the pension as usual",
    "do you need my GP's address?",
    "I caught a cold last week",
    "happy to give my address, it's 4 Mill Lane",
    "I'll be a stone heavier after Christmas lol",
    "no pension, no savings, never needed them before",
    "if the price is right I'd happily send friends your way",
]


@pytest.mark.parametrize("text,expect,want", OBJECTIONS)
def test_objection_is_a_concern(facts, text: str, expect: str | None, want: list[str]) -> None:
    assert sorted(facts(text, expect=expect).get("concerns", [])) == sorted(want)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_no_concern(facts, text: str) -> None:
    assert "concerns" not in facts(text)


@pytest.mark.parametrize("text", [
    "if I crash my motorbike does the policy still pay out?",
    "would you still pay if I died abroad on holiday",
])
def test_still_pay_question_asks_about_exclusions(facts, text: str) -> None:
    assert facts(text).get("asked_about_exclusions") is True
