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
    # more claims fears, being hounded, too much to take in, is that not enough, mull it over
    ("these firms always look for an excuse to avoid paying", ["claims_denial"]),
    ("you hear horror stories about insurers and claims", ["claims_denial"]),
    ("worried they'd call my back pain pre-existing", ["claims_denial"]),
    ("last time I got hounded by brokers for weeks", ["privacy"]),
    ("don't want loads of sales calls off the back of this", ["privacy"]),
    ("honestly it's too much to get my head around", ["complexity"]),
    ("can you put that in plain terms", ["complexity"]),
    ("the army gives me cover already, would that not be enough?", ["not_needed"]),
    ("let me mull it over", ["timing"]),
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
    # an underwriting question asked out of curiosity, someone else refused cover
    "would you insure someone with epilepsy? just curious",
    "my mum was turned down for cover because of her heart",
    # a month in passing, not a deferral; too early to say a figure
    "maybe in april we'll start on the extension",
    "it's a bit early for me to say what the bonus will be",
    "probably not the moment to mention it but I vape",
    # a decline about a topic, not unease about data
    "rather not talk about my ex tbh",
    "we talked it over and we'd like 250k",
    "my daughter is a little horror at bedtime",
    "I'll wait till you send the figures over",
    "no idea what my old pension is worth now",
]


@pytest.mark.parametrize("text,want", CONCERNS)
def test_concern_phrasings(facts, text, want):
    assert sorted(facts(text).get("concerns") or []) == sorted(want), text


@pytest.mark.parametrize("text", NO_CONCERN)
def test_concern_near_misses(facts, text):
    assert not facts(text).get("concerns"), text


GOALS = [
    # the mortgage named as the aim, or a spouse left with it
    ("top priority is the home loan, she couldn't cover it on her own", ["pay_off_mortgage"]),
    ("so my husband isn't stuck paying the mortgage by himself", ["pay_off_mortgage"]),
    ("I don't want to leave my husband with the mortgage if I die", ["pay_off_mortgage"]),
    ("say 150k towards the mortgage and 50k more for the family", ["pay_off_mortgage", "protect_family"]),
    # the family looked after, said with a pronoun or as "cover for"
    ("if I'm gone I need them looked after", ["protect_family"]),
    ("I'd like decent cover for my wife, nothing fancy", ["protect_family"]),
    ("if something happen to me, what then for my son", ["protect_family"]),
    # education said as "paid for / covered", more than one child
    ("want to see all three kids through uni", ["children_education"]),
    ("I need the girls' tuition covered if anything happens", ["children_education"]),
    # leaving something behind
    ("hoping to leave my nephews a little something", ["wealth_transfer"]),
    ("just want money to leave the grandchildren", ["wealth_transfer"]),
    # income said another way
    ("need IP really, if I can't operate we're stuffed", ["income_protection"]),
    ("I'd want protection against losing my income", ["income_protection"]),
    # a CI wish with its sum
    ("trauma cover of 80k would be sensible", ["critical_illness"]),
    ("saving for the boys' college is the main thing", ["children_education"]),
]

NO_GOAL = [
    # cover held, with its sum or provider
    "150k serious illness through my work and 300k life",
    "dread disease R800k with Discovery",
    "I've got a work policy, my pension, plus income protection",
    "death in service through my teachers' pension",
    # a doubt about one product is no wish for it
    "not convinced we need trauma cover, just life",
    # questions about terms or product types
    "whats the difference between trauma and income protection?",
    "so many types of policy, term, whole of life, income protection, I'm lost",
    "could you explain what trauma cover actually is?",
    # an expense, not a goal
    "outgoings about 4k a month including school fees",
    # a question whether it pays names no goal
    "if I die on a motorbike does the policy still pay?",
    # business cover
    "it's so my co-director can buy out my shares if I die",
    # cover held that pays the mortgage; saving for education is not savings
    "we've a joint policy of 280k which covers the mortgage",
    # repayments and spending, not sums of cover
    "we pay 950 for the mortgage each month",
    "I spend about 200 for the kids every month on swimming",
    "the main thing is the house is already paid off",
]


@pytest.mark.parametrize("text,want", GOALS)
def test_goal_phrasings(facts, text, want):
    assert sorted(facts(text).get("goals") or []) == sorted(want), text


@pytest.mark.parametrize("text", NO_GOAL)
def test_goal_near_misses(facts, text):
    assert not facts(text).get("goals"), text


EXCLUSIONS = [
    "what sort of things wouldn't you pay out on?",
    "if I die on a climbing trip, would the insurer still pay?",
    "are there jobs that can't get covered for this?",
    "would it pay if I had a stroke I'd had before?",
    "what about if I die overseas on a work trip?",
    "does the policy pay out for suicide after a year?",
    "could my asthma void the policy?",
]

NO_EXCLUSION = [
    "I'd pay for it monthly",
    "if I die I want it to go to my wife",
    "does it pay for the funeral as well?",
    "will it pay out on the same day?",
]


@pytest.mark.parametrize("text", EXCLUSIONS)
def test_exclusion_questions(facts, text):
    assert facts(text).get("asked_about_exclusions") is True, text


@pytest.mark.parametrize("text", NO_EXCLUSION)
def test_exclusion_near_misses(facts, text):
    assert not facts(text).get("asked_about_exclusions"), text


BENEFICIARY = [
    ("my aunt, she's like a mum to me", "other"),
    ("my dad, he's all the family I have left", "parent"),
    ("my best friend Jo, honestly nobody else", "friend"),
    ("my sister, since she'd be the kids' guardian", "sibling"),
    ("my two boys, shared equally between them", "child"),
    ("the nominee would be my husband", "spouse"),
    ("I'd put my brother down as the one", "sibling"),
    ("just put my mum down, thanks", "parent"),
    ("if I go it'll all be for my daughter", "child"),
    ("everything left to the local hospice", "other"),
    ("so my co-owner can buy out my share of the shop", "business_partner"),
    ("we want a buy and sell arrangement between the two directors", "business_partner"),
]

NO_BENEFICIARY = [
    "I really don't want that for my kids",
    "I'd hate to leave the debts to my son",
    "put my son down for nursery yesterday",
    "my brother, he's a plumber too",
]


@pytest.mark.parametrize("text,want", BENEFICIARY)
def test_beneficiary_phrasings(facts, text, want):
    assert facts(text).get("beneficiary_relation") == want, text


@pytest.mark.parametrize("text", NO_BENEFICIARY)
def test_beneficiary_near_misses(facts, text):
    assert not facts(text).get("beneficiary_relation"), text


REFERRAL = [
    ("I'm the shop steward for about 120 workers at the depot", "high"),
    ("half the regulars at my local would want this, I could put you onto them", "high"),
    ("honestly I know every running club in the region", "high"),
    ("I pass on loads of referrals to my accountant already, happy to do the same", "high"),
    ("our parents' whatsapp has thousands of members", "high"),
    ("a lot of the drivers on my shift have asked me about this", "high"),
    ("my team of 20, most of them have nothing in place", "high"),
    ("I chair the allotment society, 150-odd plots. If it's any good I'll tell everyone.", "high"),
    ("we've got 45 drivers. None of them have any cover.", "high"),
    ("I could mention it to a few of my workmates", "medium"),
    ("there's four of us in the same position at work", "medium"),
    ("I'll tell my sisters about you", "medium"),
    ("maybe one or two mates might be interested", "low"),
    ("can't think of anyone else really", "low"),
]

NO_REFERRAL = [
    "my cousin took out the same one already",
    "my sister passed away so I'm asking about this",
    "half the lads at work smoke",
]


@pytest.mark.parametrize("text,want", REFERRAL)
def test_referral_phrasings(facts, text, want):
    assert facts(text).get("referral_potential") == want, text


@pytest.mark.parametrize("text", NO_REFERRAL)
def test_referral_near_misses(facts, text):
    assert not facts(text).get("referral_potential"), text
