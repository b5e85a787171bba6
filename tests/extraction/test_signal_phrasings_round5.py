"""Round 5 of signal phrasings: concerns said in new ways (fear of being refused cover,
a fight over a claim, an advisor after commission, deferrals until life settles, daring
the advisor to show a need, reluctance to type data in) and their near-misses (someone
else's doubt the prospect sets apart from, a call booked for later, a life question).
Wording is new, not copied from any corpus.
"""

from __future__ import annotations

import pytest

CONCERNS = [
    # refused cover because of health -> claims_denial
    ("would an insurer even accept me with my diabetes?", ["claims_denial"]),
    ("I got declined last time because of my blood pressure, so I'm braced for the same", ["claims_denial"]),
    ("honestly scared you'll turn me down once you see my medical history", ["claims_denial"]),
    ("I'm probably uninsurable with my back history", ["claims_denial"]),
    # a fight over a claim, paying for years for nothing
    ("the car insurer battled with us for months over a tiny claim", ["claims_denial"]),
    ("my uncle was paying in for decades and his family got nothing back", ["claims_denial"]),
    # the seller's motive or record -> trust
    ("every broker I've met was only after their commission", ["trust"]),
    ("half my street got conned by insurance salesmen in the 90s", ["trust"]),
    ("not sure I'd trust any of these companies tbh", ["trust"]),
    # deferral said another way -> timing
    ("feels a little early for me to be thinking about this", ["timing"]),
    ("it's not really the moment, we've a lot on", ["timing"]),
    ("is this even a sensible time to start a policy?", ["timing"]),
    ("I think I'll just wait until after the spring", ["timing"]),
    ("perhaps in a couple of months", ["timing"]),
    ("when we've settled in to the new place maybe", ["timing"]),
    ("life's kind of up in the air right now", ["timing"]),
    ("the timing is awkward for us", ["timing"]),
    # daring the advisor to show a need, no point left -> not_needed
    ("go on then, convince me we need it", ["not_needed"]),
    ("I'm 64, don't think there's any point at this stage", ["not_needed"]),
    ("nobody depends on my wages, so why bother", ["not_needed"]),
    # reluctance to hand data over -> privacy
    ("I'm not comfortable entering my bank details on a chat", ["privacy"]),
    ("I'd prefer not to get into my medical stuff over text", ["privacy"]),
    ("don't really want to put my income on a website", ["privacy"]),
    # affordability said as commitment
    ("not sure we could keep up the payments if my hours drop", ["cost"]),
    # someone else's doubt the prospect shares stays a concern
    ("my brother says it's a rip-off and honestly I agree", ["cost"]),
    ("my mate reckons the whole thing is a scam", ["trust"]),
]

NO_CONCERN = [
    # someone else's doubt the prospect sets apart from
    "my dad reckons it's a waste of money, but I want it sorted",
    "Isn't it pointless at my age? that's what my wife says anyway",
    # turned down for something other than cover
    "I got turned down for a car loan in 2023",
    "they rejected me for the promotion",
    # booking a call, not putting it off
    "could you call me back at 5 instead?",
    # a life question, not confusion about the product
    "the project finishes in june and no idea what happens next",
    # dependants answers, not doubts
    "nobody relies on me except my two boys",
    "no one depends on my income apart from my mum",
    # a wait that is not a deferral
    "I'll wait for your quote then",
    "we had to wait a few weeks for the scan",
    # a decline about a debt, not unease about data
    "plus a credit card I'd rather not talk about",
    # plain pay facts and a negated worry
    "I'm paid mostly on commission",
    "price is not really the issue for us, we just want decent cover",
    "is now a good time to talk?",
]


@pytest.mark.parametrize("text,want", CONCERNS)
def test_concern_phrasings(facts, text, want):
    assert sorted(facts(text).get("concerns") or []) == sorted(want), text


@pytest.mark.parametrize("text", NO_CONCERN)
def test_concern_near_misses(facts, text):
    assert not facts(text).get("concerns"), text
