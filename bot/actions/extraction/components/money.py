"""Money amounts to facts: income (own and spouse's), expenses, mortgage, debts, savings,
premium budget and cover amounts, by nearest cue word (data/money_cues.yml).
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..facts_registry import FACTS
from ..doc_state import Candidate, add, free_quantities, has, state
from ..numbers import NUM, PER_YEAR, PERIODS, parse_number, per_month, per_year
from ..resources import bare_budget_cues, held_with_insurer, money_cues, pay_period
from ..text import clause_end, clause_start, last_match, sentence_at, sentence_before
from ..types import Quantity
from .common import SPEAKER_RE, apply_rules, entities, stranger_at, subject_of
from ..literal_scan import compile_gated

BALANCES = {"mortgage_balance", "other_debts", "liquid_savings", "existing_life_cover", "existing_ci_cover",
            "existing_accident_cover", "requested_cover", "cover", "cover_multiple"}
MONTHLY = {"monthly_expenses", "monthly_premium_budget"}
BOUGHT_FOR_ME_RE = compile_gated(r"\b(?:took out|taken out|bought|set up|started|got)\b[^.;!?]{0,40}?\b(?:for me|on me|on my life|in my name)\b")
THEIR_LIFE_RE = compile_gated(r"\bbeneficiary\b|\bwhen (?:he|she|they) (?:die|dies|pass|passes|goes|go)\b|\bon (?:himself|herself|themselves|his life|her life|their lives)\b")
OWN_BALANCES = {"mortgage_balance", "other_debts", "liquid_savings"}
YEARLY = {"annual_income", "spouse_income"}
DROPPED = {"household_income", "retirement_pot", "rent", "other_spending", "current_premium", "other_purpose", "claim_payout",
           "future_mortgage", "house_value", "original_loan"}
# "some weeks 800 some weeks 400", "good week maybe $1,400, bad week like 600", "a busy month 6k, a quiet one 2k"
SOME_PERIODS_RE = compile_gated(
    r"\b(?:some (?P<p>weeks|months|years) [^.;!?]{0,25}?\b(?:and |but |, ?|or )?(?:some|other) (?:weeks|months|years)\b"
    r"|(?:an? )?(?:good|busy|best) (?P<p2>week|month|year)s?\b[^.;!?]{0,25}?\b(?:and |but |, ?|or )?(?:an? )?(?:bad|quiet|slow|worst) (?:weeks?|months?|years?|ones?)\b)[^.;!?,]{0,25}"
)
AVERAGE_RE = compile_gated(r"\baverag(?:es?|ing|ed)\b(?: out)?(?: at)?(?: about| around| roughly)?")
PENSION_MAX = 150_000  # above this a pension figure with no period is more likely a pot than a year's pay
PENSION_PAID_RE = compile_gated(r"\bpensions?(?: (?:plus|and|\+) (?:my |the |our )?(?:\w+ ){0,2}\w+)?(?:'s| is| are| of| pays(?: me| us)?| comes to| gives (?:me|us)| brings in)\s+(?:\w+\s+)?[£$€₹r]?$|\b(?:get|gets|receive|receives|draw|draws|on) (?:a |my |the |her |his )?(?:\w+ ){0,2}(?:\w+'s )?pension,? (?:of )?(?:about |around |roughly )?[£$€₹r]?$")
FUTURE_PAY_RE = compile_gated(r"\b(?:will|would|'ll|going to|gonna|expect|expecting|when i retire|once i retire|after i retire|at (?:60|65|67)|retiring)\b")
TAKEN_OUT_AFTER_RE = compile_gated(r"\b(?:taken out|took (?:it |that )?out|had (?:it|that) since|since (?:19|20)\d\d|started (?:in )?(?:19|20)\d\d)\b")
RETIRED_RE = compile_gated(r"\bretire(?:d|ment)\b|\bpensioner\b")
POT_RE = compile_gated(r"\bpot\b|\b(?:pension|retirement) (?:fund|pot|savings|account)\b|\bin (?:my|the|our|a|his|her) (?:\w+ )?pension\b|\bsaved\b|\blump sum\b|\bbetween us\b|\bjoint\b")
SPOUSE_WORD_RE = compile_gated(r"\bwife|husband|partner|hubby|missus|spouse")
# "The mortgage was 280k, now about 200k", "owed 15k on the car, now about 6k", "used to earn 40k, now on 55": the figure said now wins
WAS_NOW_RE = compile_gated(r"(?:\s+[^,.;:!?\d]{1,30}?(?=\s*(?:[,;:]|\.\.\.|[-–—]|\())|\s*)(?:[,;:]|\.\.\.|[-–—]|\()?\s*(?:(?:and|but|so)\s+)?(?:(?:it's|its|it is|that's|we're|i'm|im|we owe|i owe|it)\s+)?(?:(?:now|currently|today|these days|at the moment|as of now)\b[\s,]*)?"
                        r"(?:(?:it's|its|is|down to|up to|dropped to|fallen to|come down to|paid down to|gone up to|at|on|about|around|roughly|approx\w*|just under|just over|under|over|maybe|probably|likely|i think|i reckon|i'd say|closer to|nearer|more like|only|~)\s*)*[£$€₹r]?")
NOW_AFTER_RE = compile_gated(r"\s*(?:k|grand|thousand)?\s*(?:now|these days|today|currently|at the moment|as of now)\b")  # "started at 200k, about 150k now"
NOW_WORD_RE = compile_gated(r"\b(?:now|currently|today|these days|at the moment|down to|up to|dropped to|fallen to|come down to)\b")
PAST_WORD_RE = compile_gated(r"\b(?:was|were|owed|had|earned|made|used to|started (?:at|off at|on|off on)|at first|at the start|borrowed|took out|back then|when we bought)\b")
# "900 a month in childcare and the rest of our bills come to maybe 2,600": one part, then the rest of the spending
REST_OF_SPENDING_RE = compile_gated(r"\b(?:and|,|then|plus)\s+(?:the rest of (?:our|the|my) (?:bills|outgoings|expenses|spending|costs)|(?:everything|all the rest|the rest) else|all our other (?:bills|outgoings|costs)|our other (?:bills|outgoings|costs)|the other bills)\b"
                                 r"(?:\s+(?:comes?|come|adds? up|add up|is|are|runs?|run|costs?)(?: us)?(?: to)?)?\s+(?:about |around |roughly |maybe |probably |another |like |approx\w* )*$")
# "cover's about 190k now, same as what's left on the loan": the cover sum is said to equal the balance
SAME_AS_BALANCE_RE = compile_gated(r"\s*(?:k\b)?[^.;!?\d]{0,12}?\b(?:same as|matches|matching|equal to|in line with) (?:what'?s|what is|what we|what i)?\s*(?:left|owe|owed|still owe|outstanding|(?:the|our|my) (?:mortgage|bond|home loan|balance|outstanding balance))\b")
# "outgoings are roughly 2k a month plus rent of 1200": spending named, then a bill said to come on top
SPENDING_BEFORE_RE = compile_gated(r"\b(?:outgoings|expenses|bills|spending|spend|living costs|cost of living)\b[^.;!?\d]{0,30}$")
PLUS_WORD_RE = compile_gated(r"\bplus\b|\+|\bon top of that\b|\band then\b")
PLUS_BILL_RE = compile_gated(r"\s*(?:,\s*)?(?:(?:plus|\+|on top of that|and then) )?(?:the |our |my )?(?:rent|mortgage|bond|childcare|nursery|school fees)(?: payment)?(?: of| is| at|,)?\s*(?:about |around |roughly |another )?[£$€₹r]?$")
# the prospect's pay said before a cover sum with no word of having or wanting (_cover_fact)
OWN_PAY_SAID_RE = compile_gated(r"\b(?:i (?:earn|make|take home|bring in|clear)|i'm on|i am on|my (?:salary|income|pay|wage) is)\b")
# ...unless the sentence reads as asking: "I earn 60k so 600k life cover?", "400k please", "250k for 25 years", "10x that would be 500k"
WISH_HINT_RE = compile_gated(r"\?|\b(?:please|so|would|could|cost|costs|quote|that|for \d+ (?:years|yrs)|over \d+ (?:years|yrs)|term)\b")
# the loan first taken, before a sum left on it (_loan_then_balance)
LOAN_TAKEN_RE = compile_gated(r"\b(?:borrowed|took(?: out)?|taken out|was|were|started (?:at|with|off at)|originally)(?: (?:a|an|the|about|around|roughly))?\s+[£$€₹r]?$")
LOAN_TAKEN_AFTER_RE = compile_gated(r"\s*(?:k|grand|thousand)?\s*(?:\w+\s+){0,3}?(?:loan|mortgage)?\s*(?:when (?:we|i) (?:started|bought|took it out|moved in|got it)|originally|at the start|to begin with|over (?:\d+|\w+) (?:years|yrs))\b")  # "mortgage 450k over 30 years": the loan taken
STILL_OWED_RE = compile_gated(r"\b(?:still owe|still owing|(?:knocked|paid|got|brought) it down to|down to|now)\b")
LEFT_AFTER_RE = compile_gated(r"\s*(?:k|grand|thousand)?\s*(?:of (?:it|that|the loan|the mortgage|that loan) )?(?:still )?(?:left|to go|outstanding|owing|remaining|still owing|still to pay)\b")
ELSEWHERE_AFTER_RE = compile_gated(r"\s*(?:k|grand|thousand)?\s*(?:(?:left |owing |outstanding )?on (?:the|my|a|our|his|her) |in )")
# "we just bought, borrowed 350": borrowing while buying a home is the mortgage
# "bought in 2022, borrowed 340", "since we bought, still owe 200k": a purchase told by its year or as a time
JUST_BOUGHT_RE = compile_gated(r"\bjust (?:bought|purchased|moved in)\b|\b(?:bought|buying) (?:our|my) first\b|\bfirst[- ]time buyers?\b"
                            r"|\b(?:bought|purchased) (?:it |the place |(?:back )?in )*(?:19|20)\d\d\b|\b(?:since|when) (?:we|i) (?:bought|moved in)\b(?! (?:a|an|the|my|our) )")
# "Hmm I think around 50k? maybe a bit more with overtime": the next sentence says it is pay
PAY_TAIL_RE = compile_gated(r"\W*(?:(?:maybe|probably|possibly|a|bit|slightly|little|more|plus|or so|up|bit more|extra|and)\s+)*(?:with|plus|including|incl\.?|before|after|on top of|not counting|if you count|counting)\s+(?:the\s+|my\s+|any\s+)?(?:overtime|bonus(?:es)?|commission|tips|tax|allowances?)\b")
# "wife has 10k on her card": the spouse's own card or loan, not the household's
SPOUSE_OWN_DEBT_RE = compile_gated(r"\b(?:her|his) (?:own )?(?:credit )?(?:cards?|loans?|overdraft|car|student loan|debts?)\b")
HOUSEHOLD_RE = compile_gated(r"\b(?:we|us|our|joint|between us)\b")
# "18 LPA", "2300 pounds netto each month": a pay suffix the number parser leaves after the amount
PAY_SUFFIX_RE = compile_gated(r"\s*(?:(?P<lpa>lpa)\b|(?:(?:netto|net|brutto|gross|after tax|before tax|take[- ]home|in hand)\s+)?(?:a|per|each|every)\s+(?P<p>month|week|year|annum|yr|mth)\b)")
# "I'm on about 60", "she earns about 80", "he makes about 100 of that" (in a sentence whose other sum says k)
BARE_PAY_BEFORE_RE = compile_gated(r"\b(?:(?<!was )(?<!were )on|earns?|earning|makes?|making|brings? in|takes? home|pulls? in|salary (?:is|of)|year before|the year before)\s+(?:about |around |roughly |approx\w* |maybe |nearly |almost |just over |just under |like |say )?$")
# the spouse named once ("my husband Mark"), the name then standing for them ("Mark's a teacher")
SPOUSE_NAME_RE = compile_gated(r"\b(?:[Mm]y|[Oo]ur) (?:husband|wife|partner|hubby|fianc[eé]e?),? (?P<name>[A-Z][a-z]{2,})\b")
NAME_SUBJECT_RE = compile_gated(r"(?:'s|\s+(?:is|makes|earns|gets|brings|takes|works|has))\b")
OTHER_EARNERS = frozenset({"parent", "sibling", "child", "grandparent", "inlaw", "friend", "ex", "business_partner"})
MONTH_WORD_RE = compile_gated(r"\bmonth(?:ly|s)?\b|\bpcm\b|\bper month\b")
OF_THAT_RE = compile_gated(r"\s*(?:k\s*)?(?:of (?:that|it|this|the total)|is mine|is his|is hers)\b")
PREVIOUS_YEAR_RE = compile_gated(r"\s+(?:the )?year before\b")
HOURS_AT_RATE_RE = compile_gated(r"\b\d{1,2}(?:\.\d)?\s*(?:hrs?|hours?)\s+(?:a|per|each|every)\s+week\s+(?:at|on|for)\s+(?:about\s+|around\s+|roughly\s+)?[£$€]?$")
HOURS_A_WEEK_RE = compile_gated(r"\b(?P<n>\d{1,2}(?:\.\d)?)\s*(?:hrs?|hours?)\s+(?:a|per|each|every)\s+(?P<per>week)\b")
DAYS_A_WEEK_RE = compile_gated(r"\b(?P<n>[1-7]|one|two|three|four|five|six|seven|\d{2,3})\s+days?\s+(?:a|per|each|every)\s+(?P<per>week|year)\b")
# "electrician, around £55k": only a comma and an approximation between the title and the sum;
# "I do bookkeeping from home for about 18k"
JOB_THEN_PAY_RE = compile_gated(r"[\s,;:-]*(?:(?:band|grade|level|scale|step|pay band)\s+\w+[\s,;:-]*|(?:part[- ]time|full[- ]time|self[- ]employed|freelance|on nights|nights|permanent|salaried)[\s,;:-]+)?(?:(?:on|earning|making)\s+|(?:(?:from home|at home|online|on the side|part[- ]time|full[- ]time|freelance|self[- ]employed)\s+)?for\s+)?(?:about|around|roughly|approx\w*\.?|maybe|circa|~|say)?\s*$")
WORK_THEN_PAY_RE = compile_gated(r"[^,;.!?\d]{0,35},\s*(?:(?:on|earning|making)\s+)?(?:about|around|roughly|approx\w*\.?|maybe|circa|~|say)?\s*$")
APPROX_GAP_RE = compile_gated(r"\s*[£$€₹r]?\s*")  # between a hedge and its sum: "around 48k", "around £48k"
PAY_MIN, PAY_MAX = 10_000, 2_000_000  # a bare sum beside one's job title read as yearly pay
BARRIER_RE = compile_gated(r",(?!\d{3}|\d{2},\d)|\band\b|\bbut\b|\bplus\b|\bwhile\b|\bthen\b|\balso\b")
EXISTING_RE = compile_gated(
    # "Life insurance yes, 1.5 million": a yes to having it
    r"\b(?:(?:insurance|cover|policy),? (?:yes|yeah|yep|yup|aye)\b(?!,? (?:please|i want|i'd like|i need|definitely want))|have|has|had|got|i've|we've|ive|already|existing|current(?:ly)?|(?:through|thru) (?:work|my \w+(?: \w+)?|the \w+)|from (?:work|my employer)|via work|with work|"
    r"employer|death in service|in place|(?:from|with|via|on|through|thru) (?:my|the|our) (?:credit card|card|bank|bank account|current account|packaged account|union|membership|employer|job|company)|i hold|holding|(?:i'm|im|i am|we're|we are) (?:both |all |each )?(?:covered|insured)|insured (?:for|with|through)|(?<!to be )(?<!d be )(?<!get )covered for|(?:(?<=\bi )|(?<=\bwe ))(?<!can i )(?<!could i )(?<!do i )(?<!would i )(?<!will i )(?<!should i )(?<!if i )(?<!can we )(?<!could we )(?<!do we )(?<!if we )(?:get|receive) (?:\w+ ){0,3}(?:cover|insurance|benefit|policy|life|death in service)\b|my (?:life |term |term life |ci |critical illness )?(?:policy|cover|insurance)|my (?:term|life|term life|insurance) plan|there's|provides?|gives? (?:me|us)|(?:comes|came|come) with|included with|bundled with|"
    r"(?:just|only) (?:a |the |some )?(?:life|term|term life|life insurance|life cover)(?: cover| insurance| policy)?(?: of| for| worth)?|"
    # "group term through the company", "the site covers us", "default cover in my super", "my parents took out for me"
    r"group (?:term|life|cover|policy|insurance|personal accident|accident)|fegli|sgli|(?:company|employer|work|job|site|union|association|firm) (?:gives|provides|covers|pays for|offers)|"
    r"covers? (?:me|us)|(?:in|with|through) my super|default (?:death |life |tpd )?cover|took out|taken out|rider on|"
    # "Life insurance yes, 1.5 million": the cover named, then a yes, is held
    r"(?:insurance|cover|assurance|policy)[,:]? (?:yes|yeah|yep|yup|yes we do|yes i do)\b(?!\?| please)|"
    # "the bank made us take life cover with the mortgage, it's for 220k"
    r"(?:(?:made|forced|required) (?:us|me)|insisted (?:that )?(?:we|i)|(?:made|forced|required) (?:us|me) to) (?:to )?(?:take|get|have)|had to (?:take|get) (?:out )?(?:a |some )?(?:life|policy|cover|insurance)|"
    # "R2m life cover, R1m dread disease... is that enough?", "mortgage protection for 220k and that's it": cover described as held
    r"(?:is|was) (?:that|this|it) enough|(?:it's|its|it is|it's now|now) down to|(?:and )?that's (?:it|all)(?! (?:i want|i need|i'm after))|that is (?:it|all))\b"
)
HEDGE_WORDS = frozenset({"around", "something like"})  # in WANT_RE, but a wish only beside another one
WANT_RE = compile_gated(
    r"\b(?:want|wanted|need|needs|looking for|look at|looking at|after|interested in|thinking|considering|would like|i'd like|like to|get|getting|"
    r"quote|how much (?:for|would|is|does)|cost|(?<!is that )(?<!is this )(?<!is it )(?<!was that )enough|aim|aiming|hoping|require|top ?up|increase|another(?![^,.;!?]{0,15}\b(?:through|from|via|with) )(?! (?:one )?(?:for|of|worth) )|extra|additional|should i|around|something like|recommend|"
    r"would do|will do|should do|would do it|(?:looks?|sounds?|seems?) (?:about |just )?(?:right|good|great|fine|ok|okay|sensible|reasonable|plenty)|go with|going with|let's do|make it|make that|i'll take|we'll take|i'll go for|(?:or|maybe|possibly|perhaps) more|(?:would|will|should|'d) be (?:enough|fine|plenty|right|about right|ideal|good|great|nice|perfect|sensible|sufficient|ok|okay)|go for|going for|opt for|take the|what about|how about|ideally|reckon|can i|could i|possible|on top|to be safe|"
    r"put me down for|too much|over (?:a )?\d+[- ]years?(?: term)?|on (?:a|an) \d+[- ]years? term|term of (?:\d+|\w+) years)\b"
)
CI_RE = compile_gated(r"\b(?:critical illness|crit(?:ical)? ill(?:ness)?|ci|trauma|dread disease|serious illness|specified illness)\b")
ACCIDENT_RE = compile_gated(r"\b(?:accidents?|accidental|ad&d|ad and d)\b")
HEALTH_PLAN_RE = compile_gated(r"\bfloater\b|\b(?:health|medical|hospital|dental|car|home|house|contents|travel|pet|auto|vehicle|motor|renters|buildings) (?:insurance|cover|coverage|plan|policy)\b|\bdeductible\b|\bexcess\b|\bmediclaim\b|\bmedical aid\b")
SPOUSE_REL_RE = compile_gated(
    r"\b(?:wife|husband|spouse|partner|hubby|missus|she|he|other half)\b[^.;!?]{0,30}?\b(?:makes?|making|earns?|earning|brings? in|bringing in|gets?|is on|on|takes? home|taking home|pulls? in)\b"
    # "my partner earns more than me tbh, like double", "wife is a banker earning similar"
    r"(?:\s+more than (?:me|i do|mine)\b)?[^.;!?\d]{0,15}?\b(?P<rel>half|a third|a quarter|twice|double|the same|same|similar|triple|two thirds|three quarters|a bit less|a bit more)\b"
)
REL = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "twice": 2.0, "double": 2.0, "the same": 1.0, "same": 1.0,
       "similar": 1.0, "triple": 3.0, "two thirds": 2 / 3, "three quarters": 0.75, "a bit less": 0.9, "a bit more": 1.1}
BOTH_RE = compile_gated(r"\b(?:we both|we each|both of us|each of us)\s+(?:make|earn|bring in|take home|get|are on)\b|\bwe (?:make|earn|bring in) (?:about |around |roughly )?(?:the same|similar)\b"
                     # "my income is about the same as my husband's", "I earn roughly what my wife does"
                     r"|\b(?:i (?:earn|make|get|take home|bring in)|i'?m on|my (?:income|salary|pay|wage)(?: is|'s)?)\b[^.;!?\d]{0,20}?\b(?:the same as|same as|similar to|as much as|what) (?:my |the )?(?:wife|husband|partner|spouse|hubby|missus|other half)\b(?!'s (?:\w+ )?(?:job|work|boss|sister|brother|mum|dad|friend))"
                     # "my wife and I are both teachers, both about 55k", "we're both on 60k"
                     r"|\b(?:(?:wife|husband|partner|hubby|missus|spouse|other half) and (?:i|me)|we(?:'re| are)?)\b[^.;!?]{0,50}?\bboth(?: (?:on|earn|make|making|earning|get|getting))?"
                     r"(?=,? (?:about |around |roughly |approx\w* |maybe |on |just over |just under |like )?[£$€₹r]?\d[\d,.]*\s?(?:k|grand|thousand)\b(?!\s*(?:in|of|saved|left|owing|on|cover|life|worth)\b))"
                     # "I'm an accountant, wife is a dentist. Both around 70k": "both" opening a clause after the spouse, no one else named between
                     r"|\b(?:wife|husband|partner|spouse|hubby|missus|other half)\b(?:(?!\b(?:brother|sister|mum|mom|dad|mother|father|son|daughter|friend|kids|children|parents)\b)[^?!]){0,60}?(?:[.;,]\s*|\band\s+)both(?: of us)?(?: (?:on|earn|make|making|earning|get|getting))?"
                     r"(?=,? (?:about |around |roughly |approx\w* |maybe |on |just over |just under |like )?[£$€₹r]?\d[\d,.]*\s?(?:k|grand|thousand)\b(?!\s*(?:in|of|saved|left|owing|on|cover|life|worth)\b))")
# "4 times my 60k salary": the salary may be said inside the multiple
MULTIPLE_RE = compile_gated(rf"\b(?:(?P<n>{NUM})\s?(?:x|times)|(?P<word>twice|double|triple))\s+(?:my\s+|the\s+|your\s+|annual\s+|base\s+|[£$€]?\d[\d,.]*\s?k\s+)*(?:salary|pay|income|wages?)\b")
# "life cover at twice that", "death in service of 4 times that": a multiple of the pay just said, after a cover word
THAT_MULTIPLE_RE = compile_gated(rf"\b(?:(?P<n>{NUM})\s?(?:x|times)|(?P<word>twice|double|triple))\s+(?:that|this)\b")
# "death in service at 2x, I earn 52k", "life cover of 3 times": a multiple right after a cover word, its base unsaid
BARE_MULTIPLE_RE = compile_gated(rf"\b(?:(?P<n>{NUM})\s?(?:x|times)|(?P<word>twice|double|triple))(?!\s*(?:that|this|my|the|your|a|an|per|salary|pay|income|wages?|\d)\b)")
COVER_BEFORE_RE = compile_gated(r"\b(?:cover|insurance|death in service|life|policy|benefit|assurance|(?:through|from|via) (?:work|my employer|the company|my job))\b(?: (?:is|of|at|worth|for|as))?(?: (?:about|around|roughly|maybe))?\s*$")
# "only what work gives, 3 times salary": what an employer gives at a multiple of pay is cover
MULTIPLE_COVER_RE = compile_gated(r"cover|insurance|death|life|policy|benefit|assur|scheme|through work|from work|via work|employer|\b(?:work|company|job|firm) (?:gives|provides|offers)\b|accident|critical|illness|group|rider|tpd|pays? out|\bif i (?:die|died|pass)")
AND_HAVE_RE = compile_gated(r"\band (?:i |we )?(?:also )?(?:have|has|get|gets|got|i've got|i've)\b")  # a new clause of having
PAID_GAP_RE = compile_gated(r"[\s,:-]*(?:(?:about|around|roughly|approx\w*|maybe|like|say|usually|normally)\s+)?[£$€₹r]?")  # "paid weekly, about £650"
MULTIPLE_WORDS = {"twice": 2, "double": 2, "triple": 3}
SALARY_IS_RE = compile_gated(r"\s*,?\s*(?:which is|which's|which is currently|that's currently|that is currently|currently|of)\s*(?:about|around|roughly|approx\w*)?\s*[£$€]?$")
LIFE_PLAN_RE = compile_gated(r"\b(?:life|term|death|critical illness|crit ill(?:ness)?|ci|trauma|accident\w*|whole of life|policy|policies|endowment)\b")
CLEAR_MORTGAGE_RE = compile_gated(r"\b(?:enough|cover|something|a policy|want it|needs? to be enough) to (?:clear|pay off|pay|cover|wipe out|settle) (?:off )?(?:the|our|my|that|it)(?: (?:mortgage|house|home|bond|loan|flat))?\b")
# "enough to clear the mortgage and leave a bit over, maybe 600k": the mortgage is the purpose, not the balance
CLEAR_BEFORE_RE = compile_gated(r"\b(?:to|enough to|would|could|will|can|it'd|it'll|'d|be able to) (?:clear|pay off|pay|cover|wipe out|settle|cancel)(?: off)? (?:the|our|my) $")
# "cover for the mortgage (about 200k)", "enough to clear the bond, which is about 900k": the sum said of the mortgage is its balance
SIZE_AFTER_RE = compile_gated(r"\s*(?:\(|,?\s*which(?: is|'s)|,?\s*that's|,?\s*currently|\s[-–—])\s*(?:still |now |currently )?(?:about |around |roughly |approx\w* |just over |just under |maybe |~)?[£$€₹r]?\d")
BALANCE_AFTER_RE = compile_gated(r"\b(?:left(?! for| over| to (?:the|my|our))|to go|outstanding|owing|remaining|owe|still on)\b")  # not "something left for the kids"
# "we'd want maybe 750k so the mortgage is covered": the mortgage named as what the cover is for
SO_THE_RE = compile_gated(r"\bso (?:that )?(?:the|our|my) $")
# "so the mortgage and the kids' schooling are sorted": one more purpose may share the verb
AND_ANOTHER = r"(?:\s+and\s+[^.;!?\d]{1,30}?)?"
CLEARED_AFTER_RE = compile_gated(AND_ANOTHER + r"\s+(?:is|are|get|gets|would be|will be|can be|could be|'s|is fully|gets fully) (?:all |both |fully )?(?:covered|paid off|paid|cleared|sorted|taken care of|gone|wiped out)\b"
                              r"|\s+(?:goes|would go|will go|disappears|would disappear|vanishes)\b(?! (?:up|down|on|through|to|into|out|over|back|with|for|by|from)\b)")  # "so the mortgage goes"
# "a personal accident thing on my credit card, 25k": cover that comes with the card, not card debt
# "my credit card has some travel accident thing": what the card comes with is cover, not a debt
CARD_HAS_COVER_RE = compile_gated(r"s?\s+(?:has|comes with|came with|gives(?: me)?|includes|with)\s+(?:\w+\s+){0,3}(?:accident\w*|cover|insurance|benefit|protection)\b")
HELD_ON_CARD_RE = compile_gated(r"\b(?:accident\w*|cover|insurance|policy|benefit|protection)\b[^.;!?]{0,25}\b(?:on|with|through|thru|via|from) (?:my|the|a) $")  # "thru my credit card" in chat
OWED_ON_HOUSE_RE = compile_gated(r"[^,;.]{0,25}?\bon (?:the|our|my) (?:house|home|flat|place|mortgage|bond|home loan)\b")
ANOTHER_ONE_RE = compile_gated(r"\b(?:and|plus|,)\s+(?:one|another|the other(?: one)?|a second(?: one)?)\s+(?:for|of|worth|at|with)\s*(?:about |around )?[£$€]?$")
SUM_JOINER_RE = compile_gated(r"\b(?:and|plus|also|as well as|on top of|another|separate|second|other one)\b|\+")
CORRECTION_RE = compile_gated(r"\b(?:actually|sorry|i mean|i meant|no wait|or rather|make that|not)\b")
EACH_RE = compile_gated(r"\s*each\b")
POLICY_COUNT_RE = compile_gated(r"\b(two|2|three|3|four|4|both)\s+(?:\w+\s+)?(?:policies|policy|plans)\b")
LIST_COMMA_RE = compile_gated(r"\s*,\s*")
LIST_GAP_RE = compile_gated(r"\s*(?:,|\band\b|&|\+|\bplus\b)\s*(?:(?:and|a|an|another|small|smaller|little|tiny|big|bigger|old|older|second|third)\s+)*")
HELD = {"existing_life_cover", "existing_ci_cover", "existing_accident_cover"}
OTHER_HOLDERS = {"spouse", "partner", "parent", "child", "sibling", "inlaw", "friend", "ex", "other"}
SALARY_OF_RE = compile_gated(r"\s*of\s*(?:about|around|roughly|approx\w*)?\s*[£$€]?$")
MIN_SALARY = 20_000  # below this, "n x salary, which is X" names the salary, not the sum
# "ideally 200k for the mortgage": a lump sum said for the mortgage is cover for it, not its balance
SUM_FOR_RE = compile_gated(r"(?:\d[\d,.]*\s*(?:k|m|grand|million|mil|lakh)|\d{2,3},\d{3}|\d{5,})\s+(?:of (?:cover|it) )?(?:for|to cover|to clear|to pay off|towards) (?:the|our|my) $")
OTHER_PERSON_RE = compile_gated(r"\b(?:wife|husband|partner|spouse|hubby|missus|he|she|they|him|her|brother|sister|mum|mom|dad|son|daughter)\b")
# "... and another 100k for the kids": a further sum wanted adds to the one before
ANOTHER_SUM_RE = compile_gated(r"\b(?:another|plus|and an? extra|an extra|a further|on top,?)\s+(?:about |around |maybe )?[£$€₹r]?\s*$")
POLICY_FOR_RE = compile_gated(r"\b(?:policy|cover|insurance|assurance)\s+(?:\w+\s+)?(?:for|on|against|tied to|linked to|attached to|covering|that covers|to cover|with|(?:that )?(?:matches|follows|tracks|mirrors|matching|following|tracking|mirroring))\s+(?:the|our|my)\s+$")
EARNED_MULTIPLE_RE = compile_gated(r"\b(?:earn|earns|earning|make|makes|making|paid|pays|bring in|brings in|on)\s+(?:about |around |nearly |almost |roughly )?$")
# "the accident cover is R200 000", "my accident cover pays out 200k if I'm killed": a held policy described
COVER_IS_RE = compile_gated(r"\b(?:the|my|our|her|his|their) (?:[\w&-]+ ){0,2}(?:cover|insurance|benefit|policy) (?:is|was|'s|is for|was for|=|:|pays out|pays)\s*(?:about |around |roughly )?[£$€₹r]?\s*\d")
COVER_WORD_RE = compile_gated(r"\b(?:cover|coverage|insurance|policy|policies|assurance|sum assured|payout|protection)\b")
PAIR_GAP_RE = compile_gated(r",|;|\band\b|\bwhile\b|\bbut\b|\bwhereas\b")  # the two pays of "I earn X a month and my wife Y"
YEAR_WORD_RE = compile_gated(r"\b(?:year|yearly|annual\w*|annum|p\.?a|pa|a yr|per yr|lpa|salary of)\b")
GAPPED_SPOUSE_RE = compile_gated(r"(?:,|;|\band|\bwhile|\bwhereas|\bbut)\s+(?:my |the )?(?:wife|husband|partner|hubby|missus|spouse|other half)"
                              r"\s*,?\s*(?:(?:about|around|roughly|approx\w*|maybe|nearly|almost|just over|just under|like|more like|closer to)\s+)?[£$€₹r]?$")
NOT_PAY_AFTER_RE = compile_gated(r"\s*(?:k\s*)?(?:of |in |worth of )?(?:life|cover|term|polic\w*|insurance|saved|savings|in the bank|debts?|owing|owed|left|outstanding|"
                              r"on (?:the|her|his|a|cards?|credit|loans?)|mortgage|loans?|pension|pot|isa|super)\b")
COUPLE_RE = compile_gated(r"\b(?:we|we're|both|us|me and (?:my |the )?(?:wife|husband|partner|hubby|missus)|(?:wife|husband|partner|hubby|missus|she|he) and i)\b")
SAME_AS_ME_RE = compile_gated(r"\b(?:earns?|makes?|gets?|on|paid|brings? in|takes? home) (?:about |around |roughly |pretty much |much |exactly |basically )?(?:the same|same) as (?:me|i do|mine)\b")
SUPPORT_KIN_RE = compile_gated(r"\b(?:help|helps|helping|support|supporting|supports|look after|looking after|chip in|chipping in)\b(?: out)?[^.;!?\d]{0,40}?"
                            r"\b(?:parents?|mum|mom|mother|dad|father|in-?laws|family|brother|sister|gran\w*|grand\w+|aunt\w*|uncle)\b")
MAX_SCORE = 90
SMALL_MONTHLY = 500
MAKE_IT_RE = compile_gated(r"\b(?:actually|no|sorry|wait|or|ok|okay)?,?\s*(?:make|call) (?:it|that)\s+(?:about |around |more like )?[£$€₹]?$")
# "95k, sorry no, 85k", "40k - no wait, 45k": the figure before a correction word is taken back
SORRY_GAP_RE = compile_gated(r"\s*[,;.-]*\s*(?:(?:sorry|no|nah|wait|i mean|i meant|actually|or rather|scratch that|correction)\b[\s,;.!-]*)+(?:it's |its |it is |more like |about |around |roughly )*[£$€₹r]?")
COMBINED_RE = compile_gated(r"\b(?:life (?:and|&|\+|with) (?:ci|critical illness|trauma|dread disease)|(?:ci|critical illness|trauma|dread disease) (?:and|&|\+|with) life)\b(?: cover| insurance)?,? (?:combined|joint|together|in one|one policy|combo|bundled)|\bcombined life (?:and|&) (?:ci|critical illness|trauma|dread disease)\b|\blife (?:and|&) (?:ci|critical illness) (?:combined )?(?:policy|plan|cover) (?:of|for)\b")
NO_OTHER_RE = compile_gated(r"\b(?:no|nothing|don't have any|dont have any|not any) other\b|\bnothing else\b")
SLANG_SUMS = {"tenner": 10, "fiver": 5}
SLANG_SUM_RE = compile_gated(r"\b(?:a|one)\s+(?P<w>tenner|fiver)\b(?:\s+(?:(?:a|per|each|every)\s+)?(?P<per>week|month|fortnight|weekly|monthly))?")
SIBLING_JOIN_RE = compile_gated(r"[^.;!?\d]{0,40}?(?:,|\band\b|\bplus\b)\s*(?:(?:about|around|roughly|maybe|another|nearly|almost|just over|just under)\s+)?")
# "ute loan's 22k and the business overdraft is maybe 15 in the red": the next debt or saving named, then its bare sum
BASE_WORD_RE = compile_gated(r"\b(?:base|basic)\b")
BASE_THEN_TOTAL_RE = compile_gated(r"[^.;!?\d]{0,15}?(?:\bbut\b|\band\b|,)\s*(?:(?:with|plus|including|counting|after|once you add)\s+(?:the |my |all the )?(?:overtime|ot|bonus(?:es)?|commission|tips|allowances?|extra shifts)\b)[^.;!?\d]{0,40}$")
SIBLING_DEBT_JOIN_RE = compile_gated(r"[^.;!?\d]{0,30}?(?:,|\band\b|\bplus\b)\s*(?:the |my |our |a |an )?(?:[\w-]+ ){0,2}(?:overdraft|loan|card|cards|finance|isa|savings|account)(?:'s| is| are)?\s*(?:(?:about|around|roughly|maybe|nearly|almost|just over|just under)\s+)?")
# "life cover 300 grand and critical illness 50", "100k life, CI 25": a bare figure after a kind of cover listed next
SIBLING_COVER_JOIN_RE = compile_gated(r"[^.;!?\d]{0,30}?(?:,|\band\b|\bplus\b|&)\s*(?:the |my |our |a |an |some )?(?:critical illness|crit(?:ical)? ill(?:ness)?|ci|trauma|dread disease|accident(?:al)?(?: death)?|personal accident|life|term life|death in service)(?: cover| insurance| policy| benefit)?(?: is| of| for|:)?\s*(?:(?:about|around|roughly|maybe|another|just over|just under)\s+)?")
SIBLING_COVER_TAIL_RE = compile_gated(r"\s*(?:[,.;!?)]|$|\b(?:and|both|with|through|from|via|on top)\b)")
SIBLING_TAIL_RE = compile_gated(r"\s+(?:(?:left |owing |outstanding |still )?(?:on|in)\b|left\b|owing\b|outstanding\b|saved\b|put away\b)")
# "45k not 54k", "12k on the car, not 21k": the figure after "not" is the one taken back; "not 54k but 45k" too
NOT_THIS_GAP_RE = compile_gated(r"(?:[^.;!?\d]{0,25}?(?:,|\s)|\s*,?)\s*[(\[]?\s*(?:and\s+)?not\s+(?:about\s+|around\s+)?[£$€₹r]?$")
NOT_THIS_BEFORE_RE = compile_gated(r"\bnot\s+[£$€₹r]?$")
BUT_THIS_GAP_RE = compile_gated(r"\s*(?:,|but|-|;)\s*(?:but\s+)?(?:it's\s+|its\s+|it is\s+|rather\s+)?[£$€₹r]?$")
# "two incomes: me 70k him 75k", "mine 55k, hers 48k": a label right before each pay figure
SELF_LABEL_RE = compile_gated(r"\b(?:me|mine|myself|i(?:'m| am)?(?: on)?|i (?:earn|make|get|take home|bring in|clear)|my (?:salary|income|pay|wage|take[- ]home))\s*[:=-]?\s*(?:about |around |roughly |approx\w* |~)?[£$€₹r]?$")
SPOUSE_LABEL_RE = compile_gated(r"\b(?:him|her|his|hers|(?:my |the )?(?:wife|husband|hubby|missus|spouse|partner|other half)(?:'s)?(?: (?:salary|income|pay|wage|take[- ]home))?|(?:he|she)(?:'s| is)?(?: on)?)\s*[:=-]?\s*(?:about |around |roughly |approx\w* |~)?[£$€₹r]?$")
PAY_TOPIC_RE = compile_gated(r"\b(?:incomes?|salar(?:y|ies)|earn\w*|make|making|pay|paid|wages?|take[- ]home|bring in|brings? in)\b")
# "both together is maybe 26k", "together about 3000 a month": several jobs of one person, not a household
SEVERAL_JOBS_RE = compile_gated(r"\b(?:jobs|on the side|side (?:job|hustle|gig|business)|second job|gigs|both together|both combined|all together|everything together)\b")
JOBS_TOTAL_RE = compile_gated(r"\b(?:in total|all in all|altogether|all told|all up|total|(?:from|across|between|over) (?:the |my |all |both |all my |all the )?(?:\w+ )?(?:jobs|gigs))\b")
# anyone else sharing the sum: a household, a couple, or "my brother and I"
HOUSEHOLD_TALK_RE = compile_gated(r"\b(?:we|we're|us|our|wife|husband|partner|spouse|hubby|missus|household|family|joint|between us|both of us|other half|"
                               r"and i|and me|me and|i and|brother|sister|dad|father|mum|mom|mother|parents|son|daughter|mate|friend)\b")
# "say I earned 100k", "if I was on 80k": a pay or balance the prospect imagines is not theirs
# ("I'd say I earn about 50k" and "if I had to guess, 45k" are real figures)
IMAGINED_MONEY_RE = compile_gated(r"\b(?:what if (?:i|we)|suppose we|supposing we|(?<!'d )(?<!would )(?<!i )(?:let'?s |lets )?say (?:hypothetically,? |for example,? )?i|suppose i|supposing i|imagine i|hypothetically,? (?:if )?i|"
                               r"if i (?:earned|made|was on|were on|was earning|were earning|was making|were making|had(?! to\b)|got a (?:raise|pay rise|promotion)))\b")
OTHERS_PAY_RE = compile_gated(r"\b(?:pays|(?<=they )pay|(?<=they're )paying|is paying|'s paying|'s on|is on|spends|is spending|gets charged|got charged|forks out|shells out|coughs up)\b")
IMAGINED_FACTS = YEARLY | {"liquid_savings", "other_debts", "mortgage_balance"}
# "cover my salary for 10 years", "replace my income": pay as the purpose of cover, not pay said
PAY_AS_PURPOSE_RE = compile_gated(r"\b(?:cover|covers|covering|replace|replaces|replacing|match|matching|years? of|months? of)\s+(?:my|our|the|his|her)?\s*$")
# "2 months of that saved", "about three months' expenses put by", "6 months salary in the bank"
MONTHS_SAVED_RE = compile_gated(rf"\b(?P<n>{NUM}|a couple of|a few|a)\s+months?(?:'|'s)?\s+(?:worth\s+)?(?:of\s+)?(?:(?P<base>that|it|this|expenses|outgoings|bills|living costs|costs|spending|salary|pay|wages|income|take[- ]home)\s+)?"
                             r"(?:saved|in savings|put by|put away|set aside|stashed|in the bank|as (?:a )?(?:buffer|savings|emergency fund)|emergency fund|of savings|savings)\b")
MONTH_COUNTS = {"a couple of": 2, "a few": 3, "a": 1}
SALARY_BASES = {"salary", "pay", "wages", "income", "take home", "take-home"}
SMALL_WEEKLY, SMALL_YEARLY = 100, 2000  # below these a weekly or yearly sum is a premium, not pay
PREMIUM_TALK_RE = compile_gated(r"\b(?:pay|paying|afford|budget|spare|premium|for (?:this|it|that|cover|the cover|a policy|the policy|all of it|the lot|everything)|reckon|tops|max)\b")
BIG_MONTHLY = 1000
QUOTED_PRICE_RE = compile_gated(r"\s*\?")
OUTGOING_RE = compile_gated(r"\b(?:we|i) (?:pay|spend|owe|send|give|transfer)|\b(?:sending|send|sent|giving|remit\w*) (?:\w+ )?(?:home|to|back)\b|\b(?:paying|spending|costs?|rent|repayments?|mortgage|bond|loan|bills?|outgoings|budget|premiums?|afford)\b")
LUMP_SUM = 25_000  # smallest uncued sum read as a sum assured wanted
FILLER_CLAUSE_RE = compile_gated(r"\s*(?:(?:so|then|maybe|probably|about|around|roughly|say|like|i reckon|i think|i guess|perhaps|ish|or so|call it)\s+)*[£$€]?$")
# a decreasing policy's sum now is the cover's, not the mortgage's ("decreasing cover tied to the mortgage, currently 180k")
DECREASING_RE = compile_gated(r"\b(?:decreasing|reducing)\b")
HOUSE_RE = compile_gated(r"\b(?:mortgage|building society|remortgag\w*|house|home|flat|apartment|property|condo|bond|bought for|(?:the|our|my) place)\b")
# "Our first home: 420k loan": a loan that large beside a home and no other kind of debt is the mortgage
HOME_LOAN_MIN = 100_000
# "a 120k machinery loan": a word naming another kind of loan right before it
OTHER_LOAN_BEFORE_RE = compile_gated(r"\b(?!(?:home|house|housing|the|a|an|our|my|that|this|k|m|grand|big|main)\b)[a-z]{3,} $")
LOAN_KIND_RE = compile_gated(r"\b(?:car|card|cards|student|finance|overdraft|credit|van|truck|bike|personal|business|payday|ute|bakkie)\b")
OWED_WORDS = ("owe", "owing", "to go", "left to pay", "left on it", "owing on it", "outstanding on it", "owed on it", "still on it", "borrowed",
              "balance", "balance outstanding", "outstanding balance", "balance remaining", "remaining balance", "balance owing", "balance left")
OTHER_DEBT_RE = compile_gated(r"\b(?:car|card|cards|student|loan|loans|finance|overdraft|credit|van|truck|bike|motorbike|ute|bakkie|boat|caravan)\b")
HOURS_IN_A_WEEK = 168
HOURS_WORD_RE = compile_gated(r"hours|hrs|shifts")
NOT_PAY_RE = compile_gated(r"smok|cig|drink|beer|pint|wine|vape|(?<!zero )(?<!zero-)(?:hours|hrs)|shifts|calories|steps|\b(?:run|ran|jog|cycle|ride|swim|walk)\b|running|\bkm\b|miles")
COVER_KIND_RE = compile_gated(r"\b(?:(?P<ci>critical illness|crit(?:ical)? ill(?:ness)?|ci|trauma|dread disease|serious illness|specified illness)|(?P<acc>accidents?|accidental(?: death)?|ad&d|personal accident)|(?P<life>life|death|term|whole of life|death in service))\b")
# cheap whole-text topic checks, compiled once
RELATIVE_TOPIC_RE = compile_gated(r"half|third|quarter|twice|double|same|similar|triple|bit (?:less|more)")
SALARY_TOPIC_RE = compile_gated(r"salary|pay|income|wage")
# "my wife is a pharmacist, about 95k a year": the spouse opens the sentence, then a bare sum
SPOUSE_OPENS_RE = compile_gated(r"\W*(?:my |our |the )?(?:wife|husband|spouse|partner|hubby|missus|other half)(?:'s| is| was| gets| receives| draws)\b")
# "I can't be paying out 80 a month", "I won't be spending 100 a month on this"
REFUSED_PAY_RE = compile_gated(r"\b(?:can't|cant|cannot|can not|won't|wont|not) be (?:paying|forking|shelling|spending|coughing)(?: out| up)?\s+(?:about |around |like |)[£$€₹]?$")
# "750k so the mortgage is covered": the mortgage as what the cover is for, no balance
MORTGAGE_SEEN_TO_RE = compile_gated(AND_ANOTHER + r"\s+(?:is|are|'s|would be|will be|gets|get|can be|could be)\s+(?:all |fully )?(?:covered|paid off|cleared|taken care of|sorted)\b")
EARNED_BARE_RE = compile_gated(r"\b(?:earns?|earning|makes?|making|brings? in|bringing in|pulls? in|pulling in)\s+(?:about |around |roughly |approx\w* |maybe |nearly |almost |just over |just under |like |say )?$")
CLAUSE_END_RE = compile_gated(r"\s*(?:$|[.,;!?)]|\s(?:and|but|so|before|after|gross|net|a year|per year|per annum|or so)\b)")
LISTED_RANGE_GAP_RE = compile_gated(r",\s?[£$€₹r]?")
ANOTHER_HELD_RE = compile_gated(r"\b(?:and|plus)\s+(?:one|another|a second|a|an)\s+(?:[\w&-]+\s+){0,3}(?:policy|plan|cover)\s+(?:for|of|worth|at)\s*(?:about |around |roughly )?[£$€₹r]?$")
# a kind word opening the next item or clause after an amount is that item's ("1 million, plus accident cover of 200k")
NEXT_ITEM_RE = compile_gated(r"(?:[,;+&]|\b(?:and|plus)\b)\s*(?:(?:and|plus|also)\s+)*(?:(?:one|another|a|an|the|my|some)\s+)?$|(?:[,;]|\b(?:and|but|so)\b)\s*(?:(?:now|then|also|next)\s+)?(?:i|we|i'd|i'm|i've|i'll|we'd|we're|we'll)\b")
# "life 150k and CI 80k, both through the bank", "all three via my employer": where a listed lot is held
LOT_HELD_RE = compile_gated(r"\b(?:both|all|each|all three|both of them|all of them|the lot|the two)(?: are| is)?,? (?:through|from|via|with|on|at) (?:work|my|the|our)\b")
WITH_RE = compile_gated(r"\bwith\b")  # "500k life with 100k critical illness built in": the sum after "with" is the rider's
# someone said to have the sum, between the cover word and the amount: the amount is theirs
HOLDER_HAS_RE = compile_gated(r"\b(?:i|we|i've|we've|ive|(?:wife|husband|partner|spouse|hubby|missus|other half|he|she|mum|mom|dad|mother|father|brother|sister|son|daughter)(?:'s| has)?)\s+(?:also\s+|only\s+|just\s+)?(?:got|has|have|holds?)\b")
ELIDED_VERB_RE = compile_gated(r"\s*(?:(?:and|but|plus)\s+)?(?:also\s+|already\s+)?(?:has|had|'s got|has got|holds|gets)\b")
AND_ANOTHER_RE = compile_gated(r",?\s*(?:and|plus)\s+(?:one|another|a|an|the|my)\b")
FIRST_PERSON_WORD_RE = compile_gated(r"\b(?:i|i'm|im|i've|me|my|we|we're|our|us)\b")
NO_SUBJECT_PAY_RE = compile_gated(r"[\s,;:-]*(?:(?:it's|its|it is|that's|which is|which's)\s+)?(?:about|around|roughly|approx\w*\.?|maybe|nearly|almost|just over|just under|like|say|~|\s)*[£$€₹₦r]?$")


def _expects_money(doc: Doc) -> bool:
    """The bot asked for an amount: a leftover sum is the answer, not someone's income.

    When it asked for something else ("What do you do?"), "about 70k a year" is still pay.
    """
    expect = state(doc).expect
    return bool(expect) and (FACTS[expect].unit or "").startswith("currency")


@Language.component("needscout_money")
def money_component(doc: Doc) -> Doc:
    """Assign every unclaimed money amount to the nearest cue in its sentence."""
    low: str = state(doc).low
    cues = money_cues()
    _slang_sums(doc, low)
    _siblings_in_thousands(doc, low)
    _listed_ranges(doc, low)
    _hours_at_rate(doc, low)
    summed: dict[str, list[Quantity]] = {"other_debts": [], "liquid_savings": []}
    households: list[Quantity] = []
    for s, e in state(doc).sents:
        s = _after_echo(doc, low, s)
        qs = [q for q in free_quantities(doc, s, e)
              if _pay_in_thousands(doc, low, s, e, q) or q.moneyish or _pay_suffix(low, e, q) or _debt_left_in_thousands(low, s, e, q)]
        if not qs:
            continue
        _pay_periods(low, s, e, qs)
        _rate_times_time(doc, low, s, e, qs)
        _some_periods(doc, low, s, e, qs)
        _base_then_total(low, qs)
        if not cues["original_loan"].search(low, s, e):
            _superseded(low, s, qs)  # "borrowed 300k originally, down to 260 now" is the original_loan cue's
        _loan_then_balance(low, s, qs)
        _taken_back(low, qs)
        _labelled_incomes(doc, low, s, e, qs)
        qs = [q for q in qs if not q.claimed]  # a rate, an uneven pay or a figure taken back is no cue's amount
        if not qs:
            continue
        hits = _household_or_own(low, s, e, _cue_hits(low, cues, s, e, _house_said_before(doc, low, s))) + _pay_said_next(doc, low, e) + _cue_trailing_before(doc, low, cues, s)
        about_cover = False
        assigned = _assign(low, qs, hits)
        taken = {fact for _, fact, _, _ in assigned}
        for q, fact, score, cue in assigned:
            q.claimed = True
            if fact == "other_debts" and _home_loan(low, s, e, cue, q):
                fact = "mortgage_balance"
            if fact in BALANCES and _someone_elses_balance(doc, low, s, e, fact, min(cue, q.start), q):
                continue  # "my parents still have a mortgage, around 80k", "wife has 10k on her card"
            if fact == "retirement_pot":
                fact = _pension_fact(doc, low, s, e, q, cue)
            if fact == "cover_multiple":
                # "4 times salary, so about 200k": the sum assured, held or wanted by intent;
                # "5x my salary, which is 60k": the salary (as a sum assured it would mean 12k pay)
                fact = "annual_income" if _is_the_salary(low, s, q) else "cover"
                if fact == "cover" and _once_the_salary(low, s, q):
                    _emit(doc, "annual_income", q, 0.7)  # "AD&D through work, 1x salary, which is 85k": both
            if fact in DROPPED:
                if fact == "household_income":
                    households.append(q)
                continue
            if fact == "cover":
                about_cover = True
                fact = _cover_fact(low, s, e, q)
                if fact is None:
                    continue
                if fact == "requested_cover" and _listed_after_held(doc, low, s, q):
                    fact = _held_fact(low, s, e, q)
            if fact in HELD and _held_by_someone_else(doc, low, s, q):
                continue  # "my wife has life cover through her job, 300k": not the prospect's
            if fact in summed:
                summed[fact].append(q)
                continue
            _emit(doc, fact, q)
        _gapped_spouse_pay(doc, low, s, qs)
        worded = about_cover or bool(COVER_WORD_RE.search(low, s, e))
        if not _expects_money(doc):
            _pay_beside_job(doc, low, s, e, qs, bool(hits), worded)
        for q in qs:
            # "200k through work but want another 300k": a second sum wanted beside cover;
            # "I'm looking for about $750k", "500k should be enough": in this chat a large
            # lump sum wanted, with no other cue in the sentence, is the cover asked for
            # a fact whose sum was found already does not cue this one ("I'd want 2 million, we owe 1.2m on the house")
            uncued = not any(_compatible(f, q) and f not in taken for _, _, f in hits)  # "my budget is 50 a month and I want 250k"
            if q.claimed or q.period is not None or not (worded or (uncued and q.value >= LUMP_SUM and not _expects_money(doc))):
                continue
            if _wished(low, _wish_start(low, s, q.start), clause_end(low, q.end, e)) or CLEAR_MORTGAGE_RE.search(low, s, e):
                q.claimed = True  # "maybe 250 to 300 thousand, enough to clear the mortgage"
                if not _adds_to_wanted(doc, low, s, q):
                    _emit(doc, "requested_cover", q, 0.8 if worded else 0.6)
        wanted = any(c.fact == "requested_cover" and s <= c.start < e for c in state(doc).candidates)
        for q in qs:
            # "I want about 300k but at the moment I've only got 100k from my old job": beside
            # cover talk, a lump sum with a word of having is cover held
            if q.claimed or q.period is not None or not (worded or wanted):
                continue
            before = [c for c in state(doc).candidates if c.fact in HELD and s <= c.start and c.end <= q.start]
            listed = bool(before) and LIST_GAP_RE.fullmatch(low, max(c.end for c in before), q.start) is not None
            if q.value < LUMP_SUM and not (listed and q.scaled):
                continue  # "100k and a little 20k one": a small sum counts only listed after one held
            intent = _cover_intent(low, clause_start(low, s, q.start), clause_end(low, q.end, e), q)
            if intent is None and before and (ANOTHER_ONE_RE.search(low, max(s, q.start - 30), q.start) or listed):
                # "2 life policies, one for 150k and one for 100k", "100k, 75k and a small 25k one":
                # a sum listed after one held is held like it
                intent = "have"
            if intent == "have":
                q.claimed = True
                if not _held_by_someone_else(doc, low, s, q) and not _is_health_sum(low, s, q):
                    _emit(doc, _held_fact(low, s, e, q), q, 0.7)
        for q in qs:
            if not q.claimed and not hits and not _expects_money(doc) and _small_premium(low, s, e, q):
                q.claimed = True  # "maybe 20 quid a week for this", "around $600 a year for all of it"
                _emit(doc, "monthly_premium_budget", q, 0.6)
            if not q.claimed and q.period in ("hour", "week", "fortnight", "four_weeks") and (q.currency or q.scaled or q.value >= 10) and not _not_pay(low, s, e, q):
                q.claimed = True
                _emit(doc, "annual_income", q, 0.7)
            elif not q.claimed and q.period == "year" and (q.currency or q.scaled or q.value >= 1000) and not _expects_money(doc):
                q.claimed = True
                _emit(doc, "annual_income", q, 0.6)
            elif (not q.claimed and q.period == "month" and q.value >= BIG_MONTHLY and not NOT_PAY_RE.search(low, s, e)
                  and not OUTGOING_RE.search(low, s, e) and not _expects_money(doc)):
                # "mechanic at a Toyota dealer, R28 000 a month": a large monthly sum left over is pay
                q.claimed = True
                _emit(doc, "annual_income", q, 0.55)
            elif (not q.claimed and q.period == "month" and q.value <= SMALL_MONTHLY and not hits and not _expects_money(doc)
                  and not QUOTED_PRICE_RE.match(low, q.end)  # "£60 a month?? for that?" is a price queried
                  and not _kin_supported(low, s, e)):
                # "£30 a month, money is tight": in this chat a small monthly sum with no
                # other cue is what they would spend on cover
                q.claimed = True
                _emit(doc, "monthly_premium_budget", q, 0.6)
    for fact, qs in summed.items():
        if qs:
            _emit_sum(doc, fact, qs)
    _months_saved(doc, low)
    if "rest" in low or "else" in low or "other" in low or "plus" in low or "on top" in low:
        _part_and_the_rest(doc, low)
    _bare_budget(doc, low)
    _corrected_sum(doc, low)
    _relative_spouse_income(doc)
    _spouse_by_name(doc, low)
    _share_of_household(doc, low, households)
    _both_earn(doc)
    if " each" in low or "same as me" in low:
        _same_pay_for_both(doc, low, households)
    _cover_multiples(doc)
    _sum_held_cover(doc, low)
    _cover_to_clear_the_mortgage(doc, low)
    if "same as" in low or "match" in low or "equal to" in low or "in line with" in low:
        _cover_same_as_the_balance(doc, low)
    for fact in ("spouse_income", "mortgage_balance", "other_debts", "liquid_savings", "income_stability"):
        apply_rules(doc, fact)
    _no_other_debt_beside_one(doc, low)
    _combined_life_and_ci(doc, low)
    _lapsed_cover(doc)
    return doc


def _combined_life_and_ci(doc: Doc, low: str) -> None:
    """"Life and CI combined policy, 150k": one policy held for both gives both its sum (DEV11.md)."""
    st = state(doc)
    for c in list(st.candidates):
        if c.fact not in ("existing_life_cover", "existing_ci_cover") or not isinstance(c.value, (int, float)) or c.value <= 0:
            continue
        s, _ = sentence_at(st.sents, c.start)
        if not COMBINED_RE.search(low, max(s, c.start - 60), c.end + 40):
            continue
        other = "existing_ci_cover" if c.fact == "existing_life_cover" else "existing_life_cover"
        if not any(o.fact == other for o in st.candidates):
            st.candidates.append(Candidate(other, c.value, c.confidence, c.start, c.end))


def _lapsed_cover(doc: Doc) -> None:
    """"Had a 200k policy with Zurich, it ran out last year": the sum inside a phrase saying
    the cover ended is not held now; the zero read by the phrase rule stands."""
    st = state(doc)
    zeros = [c for c in st.candidates if c.fact in HELD and c.value == 0]
    st.candidates[:] = [c for c in st.candidates if not (c.fact in HELD and c.value != 0 and any(
        z.fact == c.fact and z.start <= c.start and c.end <= z.end for z in zeros))]

def _no_other_debt_beside_one(doc: Doc, low: str) -> None:
    """"about 14k left on the car. No other debt": "no other" closes a list of debts stated,
    so it is no zero when a debt sum was read; the mortgage is not in other_debts."""
    st = state(doc)
    owed = [c for c in st.candidates if c.fact == "other_debts" and isinstance(c.value, (int, float)) and c.value > 0]
    if owed:
        st.candidates[:] = [c for c in st.candidates if not (c.fact == "other_debts" and c.value == 0 and NO_OTHER_RE.search(low, c.start, c.end + 1))]


def _slang_sums(doc: Doc, low: str) -> None:
    """"a tenner a week", "a fiver a month": slang notes the number parser does not read."""
    for m in SLANG_SUM_RE.finditer(low):
        if any(q.start < m.end() and m.start() < q.end for q in state(doc).quantities):
            continue
        per = m.group("per")
        q = Quantity(m.start(), m.end(), SLANG_SUMS[m.group("w")], currency=True,
                     period=PERIODS.get(re.sub(r"\s+", "", per)) if per else None)
        state(doc).quantities.append(q)
    state(doc).quantities.sort(key=lambda q: q.start)


def _listed_ranges(doc: Doc, low: str) -> None:
    """"25, 30 euro a month tops", "like 40, 50 dollars a month": two bare figures listed with
    a comma, the second carrying the money or period, are a range (its midpoint counts)."""
    if "," not in low:
        return
    qs = state(doc).quantities
    for prev, q in zip(qs, qs[1:]):
        if (prev.claimed or prev.unit is not None or prev.currency or prev.scaled or prev.period is not None or prev.is_range
                or q.claimed or q.unit is not None or q.is_range or q.scaled or not (q.currency or q.period in ("month", "week"))
                or not 1 <= prev.value < q.value <= 2 * prev.value or LISTED_RANGE_GAP_RE.fullmatch(low, prev.end, q.start) is None):
            continue
        prev.claimed = True
        q.low, q.high, q.value, q.start = prev.value, q.value, (prev.value + q.value) / 2, prev.start


def _siblings_in_thousands(doc: Doc, low: str) -> None:
    """"95 grand left on the house and about 12 on the car", "10k in shares and 4 in the bank":
    a bare number listed after a sum in thousands, with what it is on or in, is thousands too."""
    qs = state(doc).quantities
    for prev, q in zip(qs, qs[1:]):
        if (q.claimed or q.unit is not None or q.currency or q.scaled or q.period is not None or q.is_range
                or not 1 <= q.value < 1000 or not prev.scaled or prev.period is not None or prev.value < 1000):
            continue
        joined = SIBLING_JOIN_RE.fullmatch(low, prev.end, q.start) or SIBLING_DEBT_JOIN_RE.fullmatch(low, prev.end, q.start)
        if joined is None or SIBLING_TAIL_RE.match(low, q.end) is None:
            if not (SIBLING_COVER_JOIN_RE.fullmatch(low, prev.end, q.start) and SIBLING_COVER_TAIL_RE.match(low, q.end)):
                continue
        q.value, q.scaled = q.value * 1000, True


def _not_pay(low: str, s: int, e: int, q: Quantity) -> bool:
    """Smoking, drinking, hours or sport in the sentence: the sum is no pay. Hours say
    nothing against a weekly or fortnightly sum no working week reaches ("hours go up and
    down, 900 to 1500 a fortnight"), nor against a rate by the hour ("$28/hr, full time hours")."""
    m = NOT_PAY_RE.search(low, s, e)
    while m is not None and HOURS_WORD_RE.fullmatch(m.group()) and (
            q.period == "hour" or q.period in ("week", "fortnight") and (q.low or q.value) > HOURS_IN_A_WEEK):
        m = NOT_PAY_RE.search(low, m.end(), e)
    return m is not None


def _small_premium(low: str, s: int, e: int, q: Quantity) -> bool:
    """A weekly, fortnightly or yearly sum too small to live on, said with money or paying
    words and no other cue, is what they would put towards cover (nobody earns £20 a week)."""
    cap = {"week": SMALL_WEEKLY, "fortnight": 2 * SMALL_WEEKLY, "year": SMALL_YEARLY}.get(q.period or "")
    if cap is None or q.scaled or q.is_range and (q.high or 0) > cap or q.value > cap or NOT_PAY_RE.search(low, s, e):
        return False
    return q.currency or bool(PREMIUM_TALK_RE.search(low))  # "can i pay weekly? like 15 a week"


def _cover_to_clear_the_mortgage(doc: Doc, low: str) -> None:
    """"Enough to clear the house, there's about 210k left on it": the cover asked for is
    the balance stated (DEV8.md), when no other sum is asked for."""
    st = state(doc)
    wish = CLEAR_MORTGAGE_RE.search(low)
    if wish is None or any(c.fact == "requested_cover" for c in st.candidates):
        return
    balances = [c for c in st.candidates if c.fact == "mortgage_balance" and isinstance(c.value, (int, float)) and c.value > 0]
    if len(balances) == 1:
        c = balances[0]
        st.candidates.append(Candidate("requested_cover", c.value, 0.6, min(wish.start(), c.start), max(wish.end(), c.end)))


def _sum_held_cover(doc: Doc, low: str) -> None:
    """Policies held add up (dev7, dev8): "100k with LIC and a group term of 50 lakh",
    "250k term, plus 3 times salary through work"; "two policies, 100k each" is both.
    A correction between two sums ("100k, sorry 150k") is left to the resolver."""
    st = state(doc)
    for fact in HELD:
        held = sorted((c for c in st.candidates if c.fact == fact and isinstance(c.value, (int, float)) and c.value > 0),
                      key=lambda c: c.start)
        if len(held) == 1:
            each = EACH_RE.match(low, held[0].end)
            count = POLICY_COUNT_RE.search(low, max(0, held[0].start - 40), held[0].start)
            if each and count:
                c = held[0]
                n = 2 if count.group(1) in ("two", "2", "both") else 3
                st.candidates.append(Candidate(fact, _num(float(c.value) * n), c.confidence, count.start(), each.end()))  # type: ignore[arg-type]
            continue
        # "three policies - 100k, 75k and 25k": after a count of policies a comma joins too
        listed = bool(held) and POLICY_COUNT_RE.search(low, max(0, held[0].start - 40), held[0].start) is not None
        if len(held) < 2 or any(b.start < a.end or not (SUM_JOINER_RE.search(low, a.end, b.start) or listed and LIST_COMMA_RE.fullmatch(low, a.end, b.start))
                                or CORRECTION_RE.search(low, a.end, b.start) for a, b in zip(held, held[1:])):
            continue
        total = sum(float(c.value) for c in held)  # type: ignore[arg-type]
        st.candidates[:] = [c for c in st.candidates if not any(c is h for h in held)]  # the parts are not alternatives to the sum
        st.candidates.append(Candidate(fact, _num(total), max(c.confidence for c in held) + 0.01, held[0].start, held[-1].end))


def _is_health_sum(low: str, s: int, q: Quantity) -> bool:
    """"mediclaim of 5 lakh and a term plan of 1 crore": the plan named nearest before
    the amount says which cover it is, and a health plan's sum is none of the facts."""
    if LIFE_PLAN_RE.match(low, q.end + 1) or LIFE_PLAN_RE.match(low, q.end):
        return False  # "a 300k life policy"
    health = max((m.end() for m in HEALTH_PLAN_RE.finditer(low, s, q.start)), default=-1)
    other = max((m.end() for m in LIFE_PLAN_RE.finditer(low, s, q.start)), default=-1)
    return health > other


def _held_by_someone_else(doc: Doc, low: str, s: int, q: Quantity) -> bool:
    """Whose cover it is, read at the cover word nearest before the amount in its sentence."""
    cover = last_match(COVER_WORD_RE, low, s, q.start)
    if _bought_for_me(low, s, sentence_at(state(doc).sents, s)[1]):
        return False  # "my parents took out a whole life policy for me when I was born"
    pos = cover.start() if cover is not None else q.start
    holder = last_match(HOLDER_HAS_RE, low, pos, q.start)
    if holder is not None:  # "I have 300k life cover and my wife has 200k", "her cover is 100k, and I've got 200k"
        return subject_of(doc, holder.end()) in OTHER_HOLDERS
    return subject_of(doc, pos) in OTHER_HOLDERS or _elided_subject(doc, low, s, pos) in OTHER_HOLDERS


def _elided_subject(doc: Doc, low: str, s: int, pos: int) -> Optional[str]:
    """"my wife is a GP, about 120k, and has 500k life cover": a clause opening on its verb has no
    subject of its own; it is the person named last before it in the sentence (None: it has one)."""
    floor = clause_start(low, s, pos)
    if floor == s or not ELIDED_VERB_RE.match(low, floor) or FIRST_PERSON_WORD_RE.search(low, floor, pos):
        return None
    me = max((m.start() for m in FIRST_PERSON_WORD_RE.finditer(low, s, floor)), default=-1)
    kin = [(a, v) for a, _, v in entities(doc, "KIN") if me < a < floor]
    return kin[-1][1] if kin else "self"


def _multiple(m: re.Match[str]) -> Optional[float]:
    return MULTIPLE_WORDS[m.group("word")] if m.group("word") else parse_number(m.group("n"))


def _is_the_salary(low: str, s: int, q: Quantity) -> bool:
    m = last_match(MULTIPLE_RE, low, s, q.start)
    n = _multiple(m) if m is not None else None
    if m is None or not n:
        return False
    gap = low[m.end():q.start]
    # "3 times my salary of 60k" names the salary whatever its size
    return bool(SALARY_IS_RE.match(gap) and (q.value / n < MIN_SALARY or SALARY_OF_RE.match(gap)))


def _pension_fact(doc: Doc, low: str, s: int, e: int, q: Quantity, cue: int) -> str:
    """A pension sum is a pot (dropped) unless it is paid now: "pension is about 28k a year",
    "I get a pension of 1,800 a month" (a spouse's is theirs in _emit); for a retired person
    "army pension 32k" is the income, and "wife retired, just her state pension, about 9k" the spouse's."""
    if q.period is not None and PENSION_PAID_RE.search(low, max(s, cue - 5), q.start) and not FUTURE_PAY_RE.search(low, s, e):
        return "annual_income"
    if not RETIRED_RE.search(low) or POT_RE.search(low, s, e):
        return "retirement_pot"
    if not SPOUSE_WORD_RE.search(low, s, e):
        return "annual_income"
    if ((q.period is not None or (q.scaled and q.value < PENSION_MAX and "worth" not in low[s:e]))
            and (subject_of(doc, min(cue, q.start)) in ("spouse", "partner")
                 or (SPOUSE_OPENS_RE.match(low, s) is not None and FIRST_PERSON_WORD_RE.search(low, s, q.start) is None))):
        return "spouse_income"  # "Wife's retired, gets a small teacher's pension, about 2200 a month"
    return "retirement_pot"


def _once_the_salary(low: str, s: int, q: Quantity) -> bool:
    """"1x salary, which is 85k": a single multiple makes the sum and the salary one figure."""
    m = last_match(MULTIPLE_RE, low, s, q.start)
    return m is not None and _multiple(m) == 1 and SALARY_IS_RE.match(low[m.end():q.start]) is not None


def _adds_to_wanted(doc: Doc, low: str, s: int, q: Quantity) -> bool:
    """"200k for the mortgage and another 100k for the kids": a further sum wanted is added to
    the sum asked for just before it in the sentence. True when it was added."""
    if q.is_range or not ANOTHER_SUM_RE.search(low, max(s, q.start - 25), q.start):
        return False
    before = [c for c in state(doc).candidates if c.fact == "requested_cover" and s <= c.start and c.end <= q.start
              and isinstance(c.value, (int, float)) and c.range is None]
    if not before or OTHER_PERSON_RE.search(low, before[-1].end, q.start) or CI_RE.search(low, before[-1].end, q.start) or ACCIDENT_RE.search(low, before[-1].end, q.start):
        return False  # "400k and my wife wants another 200k", "300k life and another 100k of CI": not one sum
    before[-1].value = _num(before[-1].value + q.value)
    before[-1].end = q.end
    return True


def _wished(low: str, lo: int, hi: int) -> bool:
    """A word of wanting beside an uncued lump sum. "Around" or "something like" alone is a hedge,
    not a wish: it counts only when the message wants something elsewhere ("I want the kids looked
    after. Probably around 750k", "...they rely on me. something like 100k"), not in "with OT I
    usually end up around 90k" (pay)."""
    words = [m.group() for m in WANT_RE.finditer(low, lo, hi)]
    if any(w not in HEDGE_WORDS for w in words):
        return True
    return bool(words) and any(m.group() not in HEDGE_WORDS for m in WANT_RE.finditer(low))


def _wish_start(low: str, s: int, pos: int) -> int:
    """Where the wish for an amount may be said: its clause, or the one before when the
    amount's clause is only filler ("enough to pay off the house, so maybe 300 grand")."""
    cs = clause_start(low, s, pos)
    if cs > s and FILLER_CLAUSE_RE.match(low, cs, pos):
        return clause_start(low, s, max(s, cs - 1))
    return cs


def _corrected_sum(doc: Doc, low: str) -> None:
    """"budget's 40 a month, actually make it 50": a bare number after "make it" or "make that"
    replaces the money fact said just before it in the sentence."""
    st = state(doc)
    for q in st.quantities:
        if q.claimed or q.unit is not None or not MAKE_IT_RE.search(low, max(0, q.start - 25), q.start):
            continue
        s, _ = sentence_at(st.sents, q.start)
        earlier = [c for c in st.candidates if s <= c.start and c.end <= q.start and c.fact in MONTHLY | YEARLY | BALANCES
                   and isinstance(c.value, (int, float)) and not isinstance(c.value, bool)]
        if not earlier:
            continue
        prev = max(earlier, key=lambda c: c.end)
        value = per_month(q) if prev.fact in MONTHLY else per_year(q) if prev.fact in YEARLY else q.value
        if float(prev.value) >= 1000 > value and not q.scaled:  # type: ignore[arg-type]
            value *= 1000  # "250k, make that 300" keeps the scale of what it corrects
        q.claimed = True
        st.candidates.append(Candidate(prev.fact, _num(value), max(0.9, prev.confidence + 0.02), q.start, q.end))


def _bare_budget(doc: Doc, low: str) -> None:
    """"65 is my limit", "I could stretch to 55", "40 tops": a bare number with a budget cue
    right beside it is what they would pay a month (only when no budget was found otherwise)."""
    if any(c.fact == "monthly_premium_budget" for c in state(doc).candidates):
        return
    before, after = bare_budget_cues()
    for q in state(doc).quantities:
        if q.claimed or q.moneyish or q.unit is not None or q.is_range or not 5 <= q.value < 1000:
            continue
        if before.search(low[max(0, q.start - 25):q.start]) or after.search(low[q.end:q.end + 30]):
            q.claimed = True
            _emit(doc, "monthly_premium_budget", q, 0.6)
            return


def _in_thousands(fact: str, q: Quantity) -> Quantity:
    """"mortgage 480", "ute loan 25": a balance too small to be meant, said in thousands."""
    small = (fact == "mortgage_balance" and 10 <= q.value < 1000) or (fact == "other_debts" and 5 <= q.value < 100)
    if small and q.period is None and not q.scaled and not q.currency and not q.is_range:
        return Quantity(q.start, q.end, q.value * 1000, approx=q.approx)
    return q


ECHO_ANSWER_RE = compile_gated(r"\s*(?:yes|yeah|yep|yup|aye|sure|i do|i have|we do|we have|about|around|roughly|only|just|[£$€₹r]?\d)")
BARE_SUM_TALK_RE = compile_gated(r"[\s,.!?~-]*(?:(?:about|around|roughly|approx\w*|maybe|probably|say|like|i think|i reckon|i guess|i'd say|so|or so|ish|give or take|or thereabouts|left|to go|still|a year|per year|per annum|a month|per month|gross|net|before tax|after tax"
                              r"|(?:as (?:of|at|per)|at|on|according to) (?:the |my |our )?(?:last|latest|most recent) (?:statement|bill|check|look|count)|last (?:i|we) (?:looked|checked))[\s,.!?~-]*)*")
# a sentence that is only a sigh or filler ("ugh.", "sigh...", "don't ask.") says nothing of its own
SIGH_RE = compile_gated(r"\s*(?:ugh+|urgh+|sigh|argh+|oof|ouch|yikes|eek|hmm+|um+|erm+|err+|oh(?: god| dear| boy)?|god|jeez|lol|haha+|don't ask|dont ask|where do i start)[\s.!?…,~-]*")
# "40,000 in an ISA and a bit of cash, say 45k total": the total said is the sum
TOTAL_AFTER_RE = compile_gated(r"\s*(?:in )?(?:total|all in|altogether|all told|all up|in all)\b")


def _emit_sum(doc: Doc, fact: str, qs: list[Quantity]) -> None:
    """Debts and savings add up: "15k on the car and 5k on cards" is 20k of debt."""
    qs = [_in_thousands(fact, q) for q in qs if not _imagined(doc, q.start)]
    if not qs:
        return
    if len(qs) >= 3 and not any(q.is_range for q in qs) and abs(qs[-1].value - sum(q.value for q in qs[:-1])) <= 0.01 * qs[-1].value:
        qs = qs[-1:]  # "5k on the card and 3k on the car, 8k in total": the total said is no third debt
    elif len(qs) >= 2 and TOTAL_AFTER_RE.match(state(doc).low, qs[-1].end) and qs[-1].value >= max(q.value for q in qs[:-1]):
        qs = qs[-1:]  # "40k in an ISA and a bit of cash, say 45k total"
    total = sum(q.value for q in qs)
    conf = min(0.9 * (0.85 if q.approx else 1.0) for q in qs)
    rng = None
    if any(q.is_range for q in qs):
        rng = (_num(sum(q.low if q.is_range else q.value for q in qs)), _num(sum(q.high if q.is_range else q.value for q in qs)))
        conf = min(conf, 0.7)
    add(doc, fact, _num(total), conf, min(q.start for q in qs), max(q.end for q in qs), rng)


def _house_said_before(doc: Doc, low: str, s: int) -> bool:
    """The bot asked for the mortgage, or the sentence before names the house and no other
    debt: "It's an offset mortgage. We owe 250k on it", "we owe the bank 175k" as the answer."""
    if state(doc).expect == "mortgage_balance":
        return True
    before = sentence_before(state(doc).sents, s)
    if before is None:
        return False
    a, b = before
    return HOUSE_RE.search(low, a, b) is not None and OTHER_DEBT_RE.search(low, a, b) is None


def _cue_hits(low: str, cues: dict[str, re.Pattern[str]], s: int, e: int, house_before: bool = False) -> list[tuple[int, int, str]]:
    # "40k, no kids, no mortgage yet": a cue that says there is none takes no amount
    # "a life policy for the mortgage, 180k": the mortgage names what the policy is for
    hits = [(m.start(), m.end(), fact) for fact, rx in cues.items() for m in rx.finditer(low, s, e)
            if not low.endswith(("no ", "no other "), max(0, m.start() - 9), m.start())
            and not (fact == "mortgage_balance" and (POLICY_FOR_RE.search(low, max(s, m.start() - 40), m.start())
                                                     or SUM_FOR_RE.search(low, max(s, m.start() - 40), m.start())
                                                     or ((CLEAR_BEFORE_RE.search(low, max(s, m.start() - 25), m.start())
                                                          or (SO_THE_RE.search(low, max(s, m.start() - 15), m.start()) and CLEARED_AFTER_RE.match(low, m.end())))
                                                         and not BALANCE_AFTER_RE.search(low, m.end(), e)))
                                                    and not (SIZE_AFTER_RE.match(low, m.end()) and not DECREASING_RE.search(low, s, e)))
            and not (fact in ("other_debts", "liquid_savings") and low.startswith(("credit card", "bank account", "current account", "credit union"), m.start())
                     and (HELD_ON_CARD_RE.search(low, max(s, m.start() - 40), m.start()) or CARD_HAS_COVER_RE.match(low, m.end())))
            and not (fact == "annual_income" and PAY_AS_PURPOSE_RE.search(low, max(s, m.start() - 25), m.start()))
            and not (fact == "mortgage_balance" and MORTGAGE_SEEN_TO_RE.match(low, m.end()))]
    if not (HOUSE_RE.search(low, s, e) or OTHER_DEBT_RE.search(low, s, e)) or COVER_WORD_RE.search(low, s, e):
        # "about 280 left on it" of a decreasing policy: "on it" is a debt only when a house or loan is named,
        # and named nearer before it than any cover ("sort the mortgage, 35k left on it, so 50k of cover")
        hits = [h for h in hits if not low.endswith(" on it", h[0], h[1]) or _debt_named_nearer(low, s, h[0])]
    if (HOUSE_RE.search(low, s, e) or JUST_BOUGHT_RE.search(low, s, e) or house_before) and not OTHER_DEBT_RE.search(low, s, e):
        # "we owe 410k on the house": owing is the mortgage when only the house is named
        hits = [(a, b, "mortgage_balance" if f == "other_debts" and low[a:b] in OWED_WORDS else f) for a, b, f in hits]
    # "we owe 90k on the house and 40k on a business loan": what is owed on the house is the mortgage
    hits = [(a, b, "mortgage_balance" if f == "other_debts" and low[a:b] in ("owe", "owing") and OWED_ON_HOUSE_RE.match(low, b) else f)
            for a, b, f in hits]
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[tuple[int, int, str]] = []
    for h in sorted(hits, key=lambda h: -(h[1] - h[0])):
        # the same words may cue two facts ("set aside": savings or budget); the amount's
        # shape (a lump sum or a sum a month) decides between them in _assign
        if all(h[1] <= k[0] or h[0] >= k[1] or (h[0], h[1]) == (k[0], k[1]) for k in kept):
            kept.append(h)
    return sorted(kept)


def _listed_after_held(doc: Doc, low: str, s: int, q: Quantity) -> bool:
    """"Already have LIC policies around 25 lakh, and one critical illness plan of 10 lakh":
    a policy listed right after one held is held too."""
    return (ANOTHER_HELD_RE.search(low, max(s, q.start - 60), q.start) is not None
            and any(c.fact in HELD and s <= c.start and c.end <= q.start for c in state(doc).candidates))


def _debt_named_nearer(low: str, s: int, pos: int) -> bool:
    """A house or loan named before ``pos`` with no cover word after it: "on it" is that debt."""
    debt = max((m.end() for rx in (HOUSE_RE, OTHER_DEBT_RE) for m in rx.finditer(low, s, pos)), default=-1)
    cover = last_match(COVER_WORD_RE, low, s, pos)
    return debt >= 0 and (cover is None or cover.end() < debt)


def _compatible(fact: str, q: Quantity) -> bool:
    if fact == "other_purpose" and q.period in ("hour", "day"):
        return False  # "chef in a hotel kitchen, 14 an hour": a rate is pay, not the price of a kitchen or a wedding
    if fact in BALANCES:
        return q.period is None
    if fact in YEARLY:
        if q.period == "day" and not (q.currency or q.scaled):
            return False  # "20 a day" is cigarettes, not a day rate
        return q.period is not None or q.value >= 1000 or q.scaled
    if fact == "monthly_premium_budget":
        if q.period == "day" and not q.currency:
            return False  # "about 5 a day" is cigarettes or drinks
        return q.period is not None or (not q.scaled and q.value < 1000)  # never a sum assured
    return True


def _assign(low: str, qs: list[Quantity], hits: list[tuple[int, int, str]]) -> list[tuple[Quantity, str, float, int]]:
    """Greedy nearest-cue matching; cues before an amount are preferred, barriers cost.

    Returns (amount, fact, score, where the cue starts)."""
    pairs = []
    for qi, q in enumerate(qs):
        for ci, (a, b, fact) in enumerate(hits):
            if not _compatible(fact, q):
                continue
            if fact in BALANCES and OF_THAT_RE.match(low, q.end) and not LEFT_AFTER_RE.match(low, q.end):
                continue  # "we spend 2k a month, mortgage 1200 of that": a share of spending, no balance ("55k of it left" is one)
            if fact in ("cover_multiple", "cover") and a >= q.end and AND_HAVE_RE.search(low, q.end, a):
                continue  # "I work for the NHS, 45k, and have 3x salary death in service": the pay, not the sum
            if b <= q.start:
                gap, after = low[b:q.start], False
            elif a >= q.end:
                gap, after = low[q.end:a], True
            else:  # a cue inside the amount ("R480 000 per annum") is its period: weaker than one just before it
                gap, after = "", a > q.start
            score = len(gap) + 25 * len(BARRIER_RE.findall(gap)) + (12 if after else 0)
            between = sum(1 for o in qs if o is not q and o.start >= min(b, q.end) and o.end <= max(a, q.start))
            if after and between and fact in BALANCES:
                continue  # "I'd want 900k, we owe 500k on the house": "on the house" is the nearer sum's
            score += 30 * between
            if score <= MAX_SCORE:
                pairs.append((score, qi, ci))
    pairs.sort()
    used_q: set[int] = set()
    used_c: set[int] = set()
    out = []
    for score, qi, ci in pairs:
        fact = hits[ci][2]
        if qi in used_q or (ci in used_c and fact != "other_debts"):
            continue
        used_q.add(qi)
        used_c.add(ci)
        out.append((qs[qi], fact, float(score), hits[ci][0]))
    return out


def _superseded(low: str, s: int, qs: list[Quantity]) -> None:
    """"The mortgage was 280k, now about 200k": a figure said as past and then corrected by
    the figure now is dropped, so the cue takes the current one."""
    for q, nxt in zip(qs, qs[1:]):
        gap = low[q.end:nxt.start]
        if q.claimed or not WAS_NOW_RE.fullmatch(gap) or not (NOW_WORD_RE.search(gap) or NOW_AFTER_RE.match(low, nxt.end)):
            continue
        if PAST_WORD_RE.search(low, clause_start(low, s, q.start), q.start) or PAST_WORD_RE.search(gap):
            q.claimed = True


def _debt_left_in_thousands(low: str, s: int, e: int, q: Quantity) -> bool:
    """"still paying off the ute, 18 left on it", "car loan, about 12 to go": a small bare number
    said to be left on a loan or the house is a balance in thousands (``_in_thousands`` scales it)."""
    return (5 <= q.value < 1000 and q.period is None and q.unit is None and not q.is_range
            and LEFT_AFTER_RE.match(low, q.end) is not None
            and (LOAN_KIND_RE.search(low, s, e) or OTHER_DEBT_RE.search(low, s, e) or HOUSE_RE.search(low, s, e)) is not None
            and not COVER_WORD_RE.search(low, s, e))


def _loan_then_balance(low: str, s: int, qs: list[Quantity]) -> None:
    """"took a 25k loan for the van, still owe about 18k", "borrowed 340 and we've knocked it down
    to 310k now", "the mortgage was 400k when we started, roughly 330 thousand left": the sum first
    borrowed is dropped when a smaller one said to be left follows it."""
    for q, nxt in zip(qs, qs[1:]):
        if q.claimed or q.period is not None or nxt.period is not None or nxt.start - q.end > 80:
            continue
        first = LOAN_TAKEN_RE.search(low, max(s, q.start - 40), q.start) or LOAN_TAKEN_AFTER_RE.match(low, q.end)
        now = STILL_OWED_RE.search(low, q.end, nxt.start) or LEFT_AFTER_RE.match(low, nxt.end)
        was = q.value * 1000 if q.value < 1000 <= nxt.value else q.value  # "borrowed 340 ... 310k"
        loan = HOUSE_RE.search(low, s, nxt.start) or OTHER_DEBT_RE.search(low, s, nxt.start) or "borrow" in low[s:nxt.start]
        if first and now and loan and nxt.value < was and not ELSEWHERE_AFTER_RE.match(low, nxt.end):
            q.claimed = True


def _part_and_the_rest(doc: Doc, low: str) -> None:
    """"about 900 a month in childcare and the rest of our bills come to maybe 2,600": the
    household's spending is the part named plus the rest."""
    qs = [q for q in state(doc).quantities if q.moneyish or q.period == "month"]
    for part, rest in zip(qs, qs[1:]):
        if part.period != "month" or rest.period not in (None, "month") or rest.start - part.end > 90:
            continue
        plus = PLUS_WORD_RE.search(low, max(part.start, part.end - 8), rest.start)  # "2k a month plus" may end the amount itself
        plus_bill = plus and PLUS_BILL_RE.fullmatch(low, part.end, rest.start) and SPENDING_BEFORE_RE.search(low, max(0, part.start - 40), part.start)
        if (plus_bill or REST_OF_SPENDING_RE.search(low, part.end, rest.start)) and not any(c in low[part.end:rest.start] for c in ".;!?"):
            total = Quantity(part.start, rest.end, per_month(part) + rest.value, period="month", approx=part.approx or rest.approx)
            _emit(doc, "monthly_expenses", total, 0.95)
            if plus_bill:  # "plus the mortgage 1,100" is a month's payment, not what is owed
                st = state(doc)
                st.candidates[:] = [c for c in st.candidates if not (c.fact == "mortgage_balance" and rest.start <= c.start and c.end <= rest.end)]


def _cover_same_as_the_balance(doc: Doc, low: str) -> None:
    """"a decreasing policy, cover's about 190k now, same as what's left on the loan": a sum of cover
    said to equal what is owed on the house is that balance too."""
    if has(doc, "mortgage_balance"):
        return
    for c in [c for c in state(doc).candidates if c.fact in HELD and isinstance(c.value, (int, float))]:
        s, e = sentence_at(state(doc).sents, c.start)
        if SAME_AS_BALANCE_RE.match(low, c.end) and HOUSE_RE.search(low, s, e):
            add(doc, "mortgage_balance", c.value, 0.7, c.start, c.end)
            return


def _base_then_total(low: str, qs: list[Quantity]) -> None:
    """"Base is 68k but with OT I usually end up around 90k", "basic 31k, with overtime more like 36k":
    the base pay gives way to the total said with the extras (DEV13.md rule 8)."""
    for q, nxt in zip(qs, qs[1:]):
        if (not q.claimed and nxt.scaled == q.scaled and nxt.value > q.value
                and BASE_WORD_RE.search(low, max(0, q.start - 12), q.end + 8) and BASE_THEN_TOTAL_RE.fullmatch(low, q.end, nxt.start)):
            q.claimed = True


def _pay_said_next(doc: Doc, low: str, e: int) -> list[tuple[int, int, str]]:
    """"Hmm I think around 50k? maybe a bit more with overtime": a pay cue that opens the
    next sentence (with no amount of its own) tells what this sentence's amount was."""
    for s2, e2 in state(doc).sents:
        if s2 >= e:
            m = PAY_TAIL_RE.match(low, s2, e2)
            if m and not re.search(r"\d", low[s2:e2]):
                return [(e, e, "annual_income")]
            break
    return []


def _cue_trailing_before(doc: Doc, low: str, cues: dict[str, re.Pattern[str]], s: int) -> list[tuple[int, int, str]]:
    """"rent, food, school fees... probably 4-5k/month": a cue that ends the sentence before
    on a trailing "..." or ":" names what this sentence's amount is."""
    prev = [(a, b) for a, b in state(doc).sents if b <= s]
    while len(prev) > 1 and SIGH_RE.fullmatch(low, *prev[-1]):
        prev.pop()  # "mortgage... ugh. 267,500 as of last statement": a sigh between the cue and its sum
    if not prev:
        return []
    a, b = prev[-1]
    if re.search(r"\d", low[a:b]):
        return []
    if low[a:s].rstrip().endswith(("...", "…", ":")):
        return [(s, s, f) for _, end, f in _cue_hits(low, cues, a, b)[-1:] if not low[end:b].strip(" .…:-")]
    if _bare_sum_sentence(doc, low, s) and not WANT_RE.search(low, a, b):  # a wish before it: the sum wanted (see money_component)
        # "I lecture, paid per course so it changes every semester. About 52k": a sentence that is only
        # a sum takes the last cue of the sentence before
        return [(s, s, f) for _, _, f in _cue_hits(low, cues, a, b)[-1:]]
    return []


def _after_echo(doc: Doc, low: str, s: int) -> int:
    """"accident cover? yes 200k through the union": the question said back as a sentence of its own
    (a few words, no number, ending "?") is read with the answer after it; returns the start to read from."""
    prev = sentence_before(state(doc).sents, s)
    if prev is None or not low[prev[0]:s].rstrip().endswith("?"):
        return s
    echo = low[prev[0]:s]
    return prev[0] if len(echo.split()) <= 4 and not re.search(r"\d", echo) and ECHO_ANSWER_RE.match(low, s) else s


def _bare_sum_sentence(doc: Doc, low: str, s: int) -> bool:
    """The sentence at ``s`` says one amount and nothing else but hedges ("About 52k.", "say 40 grand or so")."""
    _, e = sentence_at(state(doc).sents, s)
    qs = [q for q in state(doc).quantities if s <= q.start < e]
    return len(qs) == 1 and BARE_SUM_TALK_RE.fullmatch(low, s, qs[0].start) is not None and BARE_SUM_TALK_RE.fullmatch(low, qs[0].end, e) is not None


def _home_loan(low: str, s: int, e: int, cue: int, q: Quantity) -> bool:
    """"Our first home: 420k loan, 30 yr fixed": a loan of a house's size in a sentence about a home,
    with no car, card or other loan named, is the mortgage."""
    house = HOUSE_RE.search(low, s, e)
    return (q.value >= HOME_LOAN_MIN and low.startswith("loan", cue) and house is not None and LOAN_KIND_RE.search(low, s, e) is None
            and not low.endswith("no ", 0, house.start()) and not OTHER_LOAN_BEFORE_RE.search(low, max(s, cue - 20), cue))


def _bought_for_me(low: str, s: int, e: int) -> bool:
    """A policy a relative took out on the prospect's life ("my parents took out a policy for me when I
    was born"), not one on their own life naming the prospect ("...for me, I'm the beneficiary")."""
    return BOUGHT_FOR_ME_RE.search(low, s, e) is not None and THEIR_LIFE_RE.search(low, s, e) is None


def _someone_elses_balance(doc: Doc, low: str, s: int, e: int, fact: str, pos: int, q: Quantity) -> bool:
    """A relative's mortgage, debt or savings is not the prospect's; a spouse's own card or
    loan is theirs unless the sentence says it is the household's ("we owe")."""
    whose = subject_of(doc, pos)
    if fact not in OWN_BALANCES and _bought_for_me(low, s, e):
        return False  # "my parents took out a whole life policy for me when I was born"
    if whose in OTHER_EARNERS or (fact in OWN_BALANCES and stranger_at(doc, pos)):
        return True  # ("someone online said 10x your income, so a million" is still the prospect's wish)
    if fact == "other_debts" and whose in ("spouse", "partner") and not HOUSEHOLD_RE.search(low, clause_start(low, s, q.start), clause_end(low, q.end, e)):
        return SPOUSE_OWN_DEBT_RE.search(low, q.start, e) is not None or SPOUSE_OWN_DEBT_RE.search(low, s, q.start) is not None
    return False


def _cover_fact(low: str, s: int, e: int, q: Quantity) -> Optional[str]:
    cs, ce = clause_start(low, s, q.start), clause_end(low, q.end, e)
    lo = max(s, cs - 60)
    window = low[lo:ce]
    if (HEALTH_PLAN_RE.search(window) and not LIFE_PLAN_RE.search(window)) or _is_health_sum(low, s, q):
        return None
    intent = _cover_intent(low, lo, ce, q)
    if intent is None and (re.search(r"\bpolic(?:y|ies)\b|\bplans?\b", window) or COVER_IS_RE.search(window)):
        intent = "have"  # "a CI policy for 80k" names one held; "the accident cover is R200 000" describes it
    if intent is None and (held_with_insurer().search(low, s, e) or LOT_HELD_RE.search(low, q.end, e)):
        intent = "have"  # "£100k life and £50k CI, both with Legal & General", "..., both through the bank"
    if intent is None and TAKEN_OUT_AFTER_RE.search(low, q.end, e):
        intent = "have"  # "crit illness £60k, taken out 2019": when it was bought, said after
    if intent is None and OWN_PAY_SAID_RE.search(low, s, q.start) and not WISH_HINT_RE.search(low, s, min(len(low), e + 1)):
        intent = "have"  # "I earn 60k and my wife, 300k life cover": a list of what is, not a wish

    return _held_fact(low, s, e, q) if intent == "have" else "requested_cover"


def _held_fact(low: str, s: int, e: int, q: Quantity) -> str:
    """The existing-cover fact for a sum held, by the cover kind named nearest to it."""
    return {"ci": "existing_ci_cover", "acc": "existing_accident_cover"}.get(_cover_kind(low, s, e, q), "existing_life_cover")


def _cover_intent(low: str, lo: int, hi: int, q: Quantity) -> Optional[str]:
    """"have" or "want": the intent word nearest the amount, before it preferred, so "I've
    got 200k through work and want another 300k" holds the first and asks for the second."""
    best, best_d = None, None
    for kind, rx in (("have", EXISTING_RE), ("have", held_with_insurer()), ("want", WANT_RE)):
        for m in rx.finditer(low, lo, hi):
            if kind == "want" and m.group() == "around":
                continue  # a hedge ("policies around 25 lakh"), not a wish
            if m.end() <= q.start:
                d = q.start - m.end() + 25 * len(BARRIER_RE.findall(low, m.end(), q.start))
            elif m.start() >= q.end:
                d = 2 * (m.start() - q.end) + 15
            else:
                continue
            if best_d is None or d < best_d or (d == best_d and kind == "want"):
                best, best_d = kind, d
    return best


def _cover_kind(low: str, s: int, e: int, q: Quantity) -> str:
    """Life, critical illness or accident: the cover word nearest the amount (before it first)."""
    best, best_d = "life", None
    for m in COVER_KIND_RE.finditer(low, s, e):
        # "250k term life and 75k CI": a barrier between a kind word and the amount costs
        # a kind word after the amount is weaker: "an accident policy that pays out 100k for death"
        # "accident cover through the union, £10k, and life cover at work": barriers after it count too
        if m.start() >= q.end and (AND_ANOTHER_RE.search(low, q.end, m.start()) or NEXT_ITEM_RE.search(low, q.end, m.start())):
            continue  # "a policy for 1 million, plus accident cover of 200k", "250k, and I want some CI": another item's kind  # "LIC policies around 25 lakh, and one critical illness plan of 10 lakh": the next item's kind
        d = (q.start - m.end() + 25 * len(BARRIER_RE.findall(low, m.end(), q.start)) + 25 * len(WITH_RE.findall(low, m.end(), q.start))
             if m.end() <= q.start
             else (m.start() - q.end) * 3 + 20 + 25 * len(BARRIER_RE.findall(low, q.end, m.start())))
        if best_d is None or d < best_d:
            best, best_d = m.lastgroup or "life", d
    return best


def _pay_periods(low: str, s: int, e: int, qs: list[Quantity]) -> None:
    """"Monthly salary is 85,000", "my weekly wage is about 900": the pay word carries the period."""
    pattern, periods = pay_period()
    for m in pattern.finditer(low, s, e):
        q = next((q for q in qs if q.start >= m.end() and q.period is None and q.start - m.end() <= 30), None)
        if q is None:
            continue
        gap = low[m.end():q.start]
        if (PAID_GAP_RE.fullmatch(gap) is not None) if m.group("q") else not re.search(r"[,;]|\band\b", gap):
            q.period = periods.get(m.group("p") or m.group("q"), q.period)
    for q in qs:
        _pay_suffix(low, e, q)


def _pay_suffix(low: str, e: int, q: Quantity) -> bool:
    """"18 LPA" (lakh per annum), "2300 pounds netto each month": a pay suffix the number parser
    leaves after the amount gives its scale or period. True when it changed the amount."""
    if q.period is not None or q.unit is not None:
        return False
    at = q.end + 2 if low.endswith("net", q.start, q.end) and low.startswith("to", q.end) else q.end  # "netto": the parser took "net"
    m = PAY_SUFFIX_RE.match(low, at, e)
    if m is None:
        return False
    if m.group("lpa"):
        if q.scaled:
            return False
        q.value, q.scaled, q.period = q.value * 100_000, True, "year"
        q.low, q.high = (q.low * 100_000 if q.low else None), (q.high * 100_000 if q.high else None)
        return True
    q.period = {"annum": "year", "yr": "year", "mth": "month"}.get(m.group("p"), m.group("p"))
    return True


def _pay_in_thousands(doc: Doc, low: str, s: int, e: int, q: Quantity) -> bool:
    """"she's on 95k, I'm on about 60", "combined 250k, he makes about 100 of that": a bare number
    right after a pay verb, in a sentence whose other sum (or the one just before) says "k", is pay in thousands too."""
    if q.unit is not None or q.currency or q.scaled or q.period is not None or not 10 <= q.value < 1000 or q.is_range:
        return False
    if not BARE_PAY_BEFORE_RE.search(low, max(s, q.start - 30), q.start) and not PREVIOUS_YEAR_RE.match(low, q.end, e):
        return False
    # the "k" may be said in the sentence before: "Marketing manager, on 58k. Partner's a teacher on 41"
    if not any(o is not q and o.scaled and o.value >= PAY_MIN and (s <= o.start < e or max(0, s - 60) <= o.start < s) for o in state(doc).quantities) \
            and not _bare_thousands_earned(low, s, e, q):
        return False
    if any(c.fact == "age" and c.start < q.end and q.start < c.end for c in state(doc).candidates):
        return False
    q.value, q.scaled = q.value * 1000, True
    return True


def _bare_thousands_earned(low: str, s: int, e: int, q: Quantity) -> bool:
    """"Wife's a nurse making about 85", "he earns around 60": a bare 20-500 right after an
    earning verb, ending its clause, is a year's pay in thousands (nobody earns 85 a year)."""
    return (20 <= q.value <= 500 and EARNED_BARE_RE.search(low, max(s, q.start - 25), q.start) is not None
            and CLAUSE_END_RE.match(low, q.end) is not None and not NOT_PAY_RE.search(low, s, e))


def _hours_at_rate(doc: Doc, low: str) -> None:
    """"20 hours a week at 13.50": a bare sum right after the hours a week is the hourly rate
    (so _rate_times_time makes it a year's pay)."""
    if "hour" not in low and "hrs" not in low:
        return
    for q in state(doc).quantities:
        if (q.period is None and q.unit is None and not q.scaled and not q.claimed and 5 <= q.value <= 200
                and HOURS_AT_RATE_RE.search(low, max(0, q.start - 40), q.start)):
            q.period = "hour"


def _rate_times_time(doc: Doc, low: str, s: int, e: int, qs: list[Quantity]) -> None:
    """"12 hrs a week at 11.44 an hour", "220 a day, 5 days a week": a rate times the time worked,
    when the hours a week or days a week (or a year) are said."""
    if "week" not in low[s:e] and "year" not in low[s:e]:
        return
    for q in qs:
        if q.claimed or q.period not in ("hour", "day") or NOT_PAY_RE.search(low, s, e) and q.period == "day" and not q.currency:
            continue
        rx = HOURS_A_WEEK_RE if q.period == "hour" else DAYS_A_WEEK_RE
        m = rx.search(low, s, e)
        if m is None:
            continue
        n = parse_number(m.group("n"))
        if n is None or not 0 < n <= (80 if q.period == "hour" else 7 if m.group("per") == "week" else 366):
            continue
        q.claimed = True
        add(doc, "annual_income", _num(q.value * n * (52 if m.group("per") == "week" else 1)), 0.75, q.start, q.end)


def _some_periods(doc: Doc, low: str, s: int, e: int, qs: list[Quantity]) -> None:
    """"some weeks 800 some weeks 400", "some months 5k, other months nothing much": uneven pay
    is the midpoint per period (or the average when one is said: "averages about 250")."""
    if "some " not in low[s:e] and " week" not in low[s:e] and " month" not in low[s:e]:
        return
    for m in SOME_PERIODS_RE.finditer(low, s, e):
        period = (m.group("p") or m.group("p2")).rstrip("s")
        inside = [q for q in qs if m.start() <= q.start < m.end() and not q.claimed and q.unit is None]
        if NOT_PAY_RE.search(low, s, e) and not SALARY_TOPIC_RE.search(low, s, e):
            continue
        avg = AVERAGE_RE.search(low, m.end(), e)
        chosen = next((q for q in qs if avg and q.start >= avg.start() and not q.claimed), None) if avg else None
        if len(inside) != 2 and not (chosen is not None and inside):
            continue
        value = chosen.value if chosen is not None else (inside[0].value + inside[1].value) / 2
        for q in inside + ([chosen] if chosen is not None else []):
            q.claimed = True
        add(doc, "annual_income", _num(value * PER_YEAR[period]), 0.7, m.start(), m.end())


def _pay_beside_job(doc: Doc, low: str, s: int, e: int, qs: list[Quantity], cued: bool, worded: bool = False) -> None:
    """"I'm an anaesthetist in the NHS, 110k", "electrician, around £55k": a bare yearly-sized sum
    beside the prospect's own job title (the work component ran before) is the pay, unless the
    sentence cues it otherwise or wishes for it. In a sentence that talks of cover (``worded``)
    only a sum right after the title, in a clause of its own with no cover word, is the pay
    ("I'm a nurse, around 48k but want 300k of cover"; not "I'm a nurse, 300k cover through work")."""
    jobs = [c for c in state(doc).candidates if c.fact == "occupation" and s <= c.start < e]
    # "I work for a bank, about 110k": the clause saying whom one works for, then the sum
    works = [c for c in state(doc).candidates if c.fact == "employment_type" and c.value in ("employed", "self_employed", "business_owner") and s <= c.start < e]
    if not jobs and not works:
        return
    for q in qs:
        right_after = (any(c.end <= q.start and JOB_THEN_PAY_RE.match(low, c.end, q.start) for c in jobs)
                       or any(c.end <= q.start and WORK_THEN_PAY_RE.match(low, c.end, q.start) for c in works))
        if worded and not (right_after and not q.claimed
                           and not COVER_WORD_RE.search(low, clause_start(low, s, q.start), clause_end(low, q.end, e))):
            continue
        if (not q.claimed and q.period in ("month", "week", "fortnight") and q.value >= 100 and right_after
                and not OUTGOING_RE.search(low, q.end, clause_end(low, q.end, e))):
            # "I'm a cleaner, part time, about 900 a month", "working as an analyst at a bank, 6.5k a month":
            # a wage right after one's own title or employer (not "..., 1,200 a month on rent")
            q.claimed = True
            _emit(doc, "annual_income", q, 0.6)
            continue
        if q.claimed or q.period is not None or not (q.scaled or q.currency) or not PAY_MIN <= q.value <= PAY_MAX:
            continue
        if right_after or (not cued and not _wished_beside(low, clause_start(low, s, q.start), clause_end(low, q.end, e), q)):
            q.claimed = True
            _emit(doc, "annual_income", q, 0.6)


def _wished_beside(low: str, lo: int, hi: int, q: Quantity) -> bool:
    """A word of wanting in the clause; "around" right before the sum only hedges it
    ("I'm a nurse, 8 years, around 48k")."""
    return any(not (m.group() == "around" and (q.start <= m.start() < q.end or APPROX_GAP_RE.fullmatch(low, m.end(), q.start)))
               for m in WANT_RE.finditer(low, lo, hi))


def _emit(doc: Doc, fact: str, q: Quantity, conf: float = 0.9) -> None:
    if fact in IMAGINED_FACTS and _imagined(doc, q.start):
        return  # "say I earned 100k, how much cover would I need?"
    if fact == "monthly_premium_budget" and _someone_else_pays(doc, q.start):
        return  # "my colleague pays like 40 a month for his": someone else's premium
    if fact == "monthly_premium_budget" and REFUSED_PAY_RE.search(state(doc).low, max(0, q.start - 40), q.start):
        return  # "I can't be paying out 80 a month": a price refused, not a budget (DEV13.md)
    if fact == "annual_income":
        whose = subject_of(doc, q.start)
        if whose in OTHER_EARNERS or stranger_at(doc, q.start):
            return  # "my brother is a roofer and earns 40k", "the guy next door earns 45k": someone else's pay is neither fact
        if whose in ("spouse", "partner") or (whose == "self" and _spouse_clause_before(doc, q.start)):
            fact = "spouse_income"  # "my partner's a nurse and makes about 35k" read through a pay cue
    if fact in YEARLY and q.period is None:
        q = _period_of_the_other_pay(doc, fact, q)
    if fact == "annual_income" and q.period is None and not q.scaled and 1000 <= q.value < 10_000 and not q.is_range:
        s, e = sentence_at(state(doc).sents, q.start)
        if MONTH_WORD_RE.search(state(doc).low, s, e):
            # "income varies month to month, roughly 2,500": a sum too small for a year's pay, said of months
            q = Quantity(q.start, q.end, q.value, period="month", currency=q.currency, approx=q.approx)
    if fact in YEARLY and q.period in (None, "year") and not q.scaled and not q.currency and 10 <= q.value < 1000:
        # "pull in about 90 to 110 a year": yearly pay said in thousands
        q = Quantity(q.start, q.end, q.value * 1000, low=q.low * 1000 if q.low else None, high=q.high * 1000 if q.high else None,
                     period=q.period, approx=q.approx)
    q = _in_thousands(fact, q)
    if fact in YEARLY:
        convert = per_year
    elif fact in MONTHLY:
        convert = per_month
    else:
        def convert(x: Quantity) -> float:
            return x.value
    value = convert(q)
    rng = None
    if q.is_range:
        lo = Quantity(q.start, q.end, q.low or 0.0, period=q.period)
        hi = Quantity(q.start, q.end, q.high or 0.0, period=q.period)
        rng = (_num(convert(lo)), _num(convert(hi)))
        conf = min(conf, 0.7)
    elif q.approx:
        conf *= 0.85
    add(doc, fact, _num(value), conf, q.start, q.end, rng)


def _kin_supported(low: str, s: int, e: int) -> bool:
    """"I help both my parents, about 300 a month", "we support my in-laws, 250 a month": money
    given to relatives is no budget for cover (unless the sentence also talks of the cover)."""
    return SUPPORT_KIN_RE.search(low, s, e) is not None and COVER_WORD_RE.search(low, s, e) is None


def _gapped_spouse_pay(doc: Doc, low: str, s: int, qs: list[Quantity]) -> None:
    """"I bring home 3,200 a month and my husband about 2,700", "I'm on 5k a month, my wife 4k":
    after the prospect's pay, the spouse named with a bare sum and no verb of their own is their pay."""
    own = [c for c in state(doc).candidates if c.fact == "annual_income" and c.start >= s]
    if not own or any(c.fact == "spouse_income" and c.start >= s for c in state(doc).candidates):
        return
    for q in qs:
        if q.claimed or q.start <= own[0].end or q.is_range:
            continue
        m = GAPPED_SPOUSE_RE.search(low, max(own[0].end, q.start - 40), q.start)
        if m is not None and not NOT_PAY_AFTER_RE.match(low, q.end):
            q.claimed = True
            _emit(doc, "spouse_income", q, 0.8)
            return


def _period_of_the_other_pay(doc: Doc, fact: str, q: Quantity) -> Quantity:
    """"I earn R45 000 a month and my wife about R30 000", "he takes home 2,600 a month, me
    around 2,100": the second pay of a pair, said with no period of its own, shares the period
    of the first when the two are of a size (a "k" on one and not the other, or a tenfold gap, breaks the pair)."""
    st = state(doc)
    s, _ = sentence_at(st.sents, q.start)
    other = "spouse_income" if fact == "annual_income" else "annual_income"
    for c in st.candidates:
        if c.fact != other or not s <= c.start < q.start or q.start - c.end > 45:
            continue
        first = next((o for o in st.quantities if o.start == c.start and o.period in ("month", "week", "fortnight")), None)
        if first is None or first.scaled != q.scaled or not 0.25 <= q.value / first.value <= 4:
            continue
        if PAIR_GAP_RE.search(st.low, c.end, q.start) is None or YEAR_WORD_RE.search(st.low, c.end, q.end + 12):
            continue
        return Quantity(q.start, q.end, q.value, low=q.low, high=q.high, currency=q.currency, scaled=q.scaled,
                        period=first.period, approx=q.approx)
    return q


def _spouse_clause_before(doc: Doc, pos: int) -> bool:
    """"my hubby is a civil servant, about 4.2m per annum": a pay clause with no subject of
    its own, right after a clause about the spouse, is the spouse's."""
    st = state(doc)
    low = st.low
    s, _ = sentence_at(st.sents, pos)
    cs = clause_start(low, s, pos)
    if cs <= s or NO_SUBJECT_PAY_RE.match(low, cs, pos) is None:
        return False
    return SPOUSE_OPENS_RE.match(low, s, cs) is not None and subject_of(doc, cs - 1) in ("spouse", "partner")


def _num(value: float) -> float | int:
    rounded = round(value, 2)
    return int(rounded) if rounded == int(rounded) else rounded


def _best(doc: Doc, fact: str) -> Optional[Candidate]:
    cands = [c for c in state(doc).candidates if c.fact == fact]
    return max(cands, key=lambda c: c.confidence) if cands else None


def _income(doc: Doc) -> Optional[float]:
    own = _best(doc, "annual_income")
    if own is not None:
        return float(own.value)  # type: ignore[arg-type]
    known = (state(doc).known or {}).get("annual_income")
    return float(known) if isinstance(known, (int, float)) and not isinstance(known, bool) else None


def _relative_spouse_income(doc: Doc) -> None:
    """"my wife makes about half that": resolved against the income said or known."""
    low: str = state(doc).low
    if not RELATIVE_TOPIC_RE.search(low):
        return
    for m in SPOUSE_REL_RE.finditer(low):
        base = _income(doc)
        if base is None:
            continue
        conf = 0.75 if m.group("rel") in ("a bit less", "a bit more", "similar") else 0.85
        add(doc, "spouse_income", _num(base * REL[m.group("rel")]), conf, m.start(), m.end())


def _spouse_by_name(doc: Doc, low: str) -> None:
    """"married to my husband Mark ... Mark's a teacher, the salary's about 58k": pay in a sentence
    whose subject is the spouse named earlier is the spouse's."""
    if not any(c.fact == "annual_income" for c in state(doc).candidates):
        return
    m = SPOUSE_NAME_RE.search(state(doc).text or "")
    if m is None:
        return
    name = m.group("name").lower()
    text = (state(doc).text or "").lower().replace("\u2019", "'")  # the names (names.py reads "Mark" as "he" in low)
    for c in [c for c in state(doc).candidates if c.fact == "annual_income"]:
        s, _ = sentence_at(state(doc).sents, c.start)
        head = text[s:c.start].lstrip(" \"'(")
        if head.startswith(name) and NAME_SUBJECT_RE.match(head, len(name)) and not SPEAKER_RE.search(head):
            state(doc).candidates.remove(c)
            if not any(o.fact == "spouse_income" for o in state(doc).candidates):
                add(doc, "spouse_income", c.value, c.confidence, c.start, c.end, c.range)


def _share_of_household(doc: Doc, low: str, households: list[Quantity]) -> None:
    """"combined about 250k, he makes about 100 of that": one share of a household income said
    gives the other (the household figure itself is neither person's income)."""
    if not households or " of " not in low:
        return
    total = households[0]
    for fact, other in (("annual_income", "spouse_income"), ("spouse_income", "annual_income")):
        shares = [c for c in state(doc).candidates if c.fact == fact and c.start > total.start and OF_THAT_RE.match(low, c.end)
                  and isinstance(c.value, (int, float)) and 0 < c.value < total.value]
        if not shares:
            continue
        share = shares[0]
        for c in [c for c in state(doc).candidates if c.fact == other]:
            state(doc).candidates.remove(c)  # the total was read as one person's pay
        for c in [c for c in state(doc).candidates if c.fact == fact and c is not share]:
            state(doc).candidates.remove(c)
        add(doc, other, _num(total.value - float(share.value)), 0.75, total.start, share.end)  # type: ignore[arg-type]
        return


def _both_earn(doc: Doc) -> None:
    low: str = state(doc).low
    for m in BOTH_RE.finditer(low):
        own = _best(doc, "annual_income")
        if own is not None and not any(c.fact == "spouse_income" for c in state(doc).candidates):
            add(doc, "spouse_income", own.value, own.confidence * 0.9, m.start(), own.end)
        elif own is None:
            hh = [q for q in state(doc).quantities if q.start >= m.end() and q.moneyish and q.start - m.end() < 30]
            if hh:
                q = hh[0]
                _emit(doc, "annual_income", q, 0.8)
                _emit(doc, "spouse_income", q, 0.8)


def _same_pay_for_both(doc: Doc, low: str, households: list[Quantity]) -> None:
    """"my husband and I are both teachers, about 42k each", "she earns the same as me, 50k":
    one pay said for a couple is both the prospect's and the spouse's ("we earn 60k each" too,
    first read as a household's)."""
    st = state(doc)
    if not any(c.fact in YEARLY for c in st.candidates):
        q = next((q for q in households if EACH_RE.match(low, q.end)), None)
        if q is not None:
            _emit(doc, "annual_income", q, 0.8)
            _emit(doc, "spouse_income", q, 0.8)
        return
    for c in [c for c in st.candidates if c.fact in YEARLY]:
        other = "spouse_income" if c.fact == "annual_income" else "annual_income"
        if any(o.fact == other for o in st.candidates):
            return
        s, e = sentence_at(st.sents, c.start)
        each = EACH_RE.match(low, c.end) is not None and COUPLE_RE.search(low, s, e) is not None
        same = c.fact == "spouse_income" and SAME_AS_ME_RE.search(low, s, e) is not None
        if each or same:
            add(doc, other, c.value, c.confidence * 0.9, c.start, c.end, c.range)
            return


def _cover_multiples(doc: Doc) -> None:
    """"death in service of 4x salary", "I'm on 62k and work gives me life cover at twice that":
    a multiple of the income said or known."""
    low: str = state(doc).low
    salary_said = SALARY_TOPIC_RE.search(low) is not None
    of_that = any(w in low for w in (" that", " this")) and any(w in low for w in ("times", "x ", "twice", "double", "triple"))
    if not salary_said and not of_that and "death in service" not in low and "cover" not in low:
        return  # the cheap literal checks first: most messages name no multiple
    multiples = list(MULTIPLE_RE.finditer(low)) if salary_said else []
    if of_that:
        multiples += [m for m in THAT_MULTIPLE_RE.finditer(low) if COVER_BEFORE_RE.search(low, max(0, m.start() - 45), m.start())]
    if "x" in low or "times" in low or "twice" in low:
        multiples += [m for m in BARE_MULTIPLE_RE.finditer(low) if COVER_BEFORE_RE.search(low, max(0, m.start() - 45), m.start())]
    for m in multiples:
        n = _multiple(m)
        base = _income(doc)
        if n is None or base is None or not 1 <= n <= 30:
            continue
        window = low[max(0, m.start() - 80):m.end() + 40]
        if not MULTIPLE_COVER_RE.search(window):
            # "maybe 10 times my salary?": in this chat a multiple of pay named on its own is
            # the cover asked for, unless it is had or earned ("I earn twice my old salary")
            if not EXISTING_RE.search(window) and not EARNED_MULTIPLE_RE.search(low, max(0, m.start() - 25), m.start()):
                add(doc, "requested_cover", _num(n * base), 0.6, m.start(), m.end())
            continue
        s, e = sentence_at(state(doc).sents, m.start())
        if subject_of(doc, m.start()) in OTHER_HOLDERS:
            continue  # "I earn 45k and my wife gets 3x salary death in service": hers, of her pay
        held = not (WANT_RE.search(window) and not EXISTING_RE.search(window))
        fact = _held_fact(low, s, e, Quantity(m.start(), m.end(), n * base)) if held else "requested_cover"
        add(doc, fact, _num(n * base), 0.75, m.start(), m.end())


def _taken_back(low: str, qs: list[Quantity]) -> None:
    """"45k not 54k", "not 54k but 45k": the figure after "not" is taken back, so the cue takes the other."""
    for prev, q in zip(qs, qs[1:]):
        if NOT_THIS_GAP_RE.fullmatch(low, prev.end, q.start):
            q.claimed = True
        elif SORRY_GAP_RE.fullmatch(low, prev.end, q.start) and "no" != low[prev.end:q.start].strip(" ,;"):
            prev.claimed = True  # "95k, sorry no, 85k": a bare "no" between sums ("45k, no 54k") is left alone
        elif NOT_THIS_BEFORE_RE.search(low, max(0, prev.start - 6), prev.start) and BUT_THIS_GAP_RE.fullmatch(low, prev.end, q.start):
            prev.claimed = True


def _labelled_incomes(doc: Doc, low: str, s: int, e: int, qs: list[Quantity]) -> None:
    """"two incomes: me 70k him 75k", "mine 55k, hers 48k": in a sentence about pay, a figure
    right after a label for the prospect is their income, after one for the spouse theirs;
    both labels must be there, so "me 40k" alone is left to the cues."""
    if len(qs) < 2 or not PAY_TOPIC_RE.search(low, s, e):
        return
    own = [q for q in qs if SELF_LABEL_RE.search(low, max(s, q.start - 30), q.start)]
    spouse = [q for q in qs if SPOUSE_LABEL_RE.search(low, max(s, q.start - 30), q.start) and q not in own]
    if len(own) != 1 or len(spouse) != 1:
        return
    for fact, q in (("annual_income", own[0]), ("spouse_income", spouse[0])):
        q.claimed = True
        _emit(doc, fact, q, 0.8)


def _household_or_own(low: str, s: int, e: int, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A "together", "combined" or "total" sum is a household's only when the message names
    one (we, a spouse, family). Otherwise it is the prospect's own pay from several jobs
    ("security nights and a care home, together about 3000 a month", "in total about 28k
    from the three jobs") or from a pay word ("total income 40k"); else no cue at all
    ("rent and bills together about 2k a month" is left to "bills")."""
    if ("job" not in low and "gig" not in low and "side" not in low and not any(f == "household_income" for _, _, f in hits)) \
            or HOUSEHOLD_TALK_RE.search(low) is not None:
        return hits  # the cheap literal checks first: most sentences have no total and no jobs
    jobs = SEVERAL_JOBS_RE.search(low) is not None
    out = []
    for a, b, f in hits:
        if f == "household_income":
            if not (jobs or PAY_TOPIC_RE.search(low, a, b)):
                continue
            f = "annual_income"
        out.append((a, b, f))
    if jobs:
        taken = [(a, b) for a, b, _ in out]
        out += [(m.start(), m.end(), "annual_income") for m in JOBS_TOTAL_RE.finditer(low, s, e)
                if all(m.end() <= a or m.start() >= b for a, b in taken)]
        out.sort()
    return out


def _someone_else_pays(doc: Doc, pos: int) -> bool:
    """"my colleague pays like 40 a month for his", "my brother's paying 30": a third person
    paying just before the sum; "I've got 2 kids and 20 quid a week for this" is the prospect's."""
    low = state(doc).low
    return (OTHERS_PAY_RE.search(low, max(0, pos - 30), pos) is not None
            and subject_of(doc, pos) in OTHER_EARNERS | {"other"})


def _imagined(doc: Doc, pos: int) -> bool:
    """"say I earned 100k", "if I had 50k saved": the clause imagines the figure."""
    st = state(doc)
    s, _ = sentence_at(st.sents, pos)
    return IMAGINED_MONEY_RE.search(st.low, clause_start(st.low, s, pos), pos) is not None


def _months_saved(doc: Doc, low: str) -> None:
    """"we spend about 6000 a month and have maybe 2 months of that saved": savings said as
    months of the expenses (or of the pay) stated are that many months' worth (DEV14.md)."""
    st = state(doc)
    if "month" not in low or any(c.fact == "liquid_savings" for c in st.candidates):
        return
    m = MONTHS_SAVED_RE.search(low)
    if m is None or _imagined(doc, m.start()):
        return
    n = MONTH_COUNTS.get(m.group("n")) or parse_number(m.group("n"))
    if not n or not 0 < n <= 36:
        return
    base = m.group("base")
    stated = [c for c in st.candidates if c.fact in ("monthly_expenses", "annual_income")
              and isinstance(c.value, (int, float)) and not isinstance(c.value, bool)]
    if base in ("that", "it", "this"):
        ref = max((c for c in stated if c.end <= m.start()), key=lambda c: c.end, default=None)
    else:  # "6 months' expenses saved, expenses are about 2500 a month": the base may come after
        wanted = "annual_income" if base in SALARY_BASES else "monthly_expenses"
        ref = next((c for c in stated if c.fact == wanted), None)
        if ref is None:
            known = (st.known or {}).get(wanted)
            if isinstance(known, (int, float)) and not isinstance(known, bool) and known > 0:
                ref = Candidate(wanted, known, 0.7, m.start(), m.end())
    if ref is None:
        return
    monthly = float(ref.value) / 12 if ref.fact == "annual_income" else float(ref.value)  # type: ignore[arg-type]
    add(doc, "liquid_savings", _num(monthly * n), 0.7, m.start(), m.end())
