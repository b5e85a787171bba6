"""Smoking (with quit dates), alcohol, exercise, height, weight, conditions, family
history, hospital stays and hazardous hobbies.
"""

from __future__ import annotations

import re
from typing import Optional

from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.tokens import Doc

from ..doc_state import add, claim_overlapping, is_claimed, state, today
from ..numbers import MONEY_AFTER_RE, MONTH_NAME, NUM, month_number, parse_number
from ..resources import gates, lexicon
from ..text import clause_start, is_hypothetical, is_negated, sentence_at
from .common import FIRST_PERSON_RE, apply_rules, entities, kin_at, subject_of
from ..literal_scan import compile_gated

QUIT_RE = compile_gated(
    rf"\b(?:quit|stopped|gave up|give up|kicked|packed in|ex-smoker|haven't smoked|have not smoked|not smoked|off (?:the )?(?:cigs|cigarettes|fags|smokes))\b"
    rf"(?P<rest>[^.;!?]{{0,45}}?)(?:(?P<n>{NUM}|a|an|one|a couple of|a few|couple of)\s+(?P<u>years?|yrs?|months?|weeks?|days?)\s+(?:ago|back)\b|"
    rf"(?:in|since|back in)\s+(?P<year>(?:19|20)\d{{2}})|(?:in|since|back in|last)\s+(?P<month>{MONTH_NAME})\b(?!\s*\d)|(?:for|over|in)\s+(?P<n2>{NUM}|a|an|a couple of|a few)\s+(?P<u2>years?|yrs?|months?|weeks?)|last (?P<last>year|month|week)|"
    rf"(?P<recent>recently|just now|this year|a few weeks|a few months|this month)|(?P<ages>years ago|ages ago|a long time ago|long ago|decades ago|in (?:over )?(?:a decade|decades|years|ages)))"
)
JUST_QUIT_RE = compile_gated(r"\b(?:just|recently|only just)\s+(?:quit|stopped|gave up)\b|\btrying to (?:quit|stop|give up)\b|\bcutting down\b")
DRINKS_RE = compile_gated(
    # the count may go unsaid at the start of a sentence: "glass of wine on a friday, that's it"
    rf"(?:\b(?P<n>{NUM}|a dozen|dozen|a couple of|couple of|a few|few|a|one)(?:\s*(?:-|to|or)\s*(?P<hi>{NUM}))?\s+(?:\w+\s+)?|(?:^|(?<=[,.;!?] ))(?=(?:glass|pint|beer|bottle)))(?P<what>drinks?|beers?|pints?(?: of (?:lager|beer|bitter|ale|cider|guinness|stout))?|glass(?:es)?(?: of (?:wine|red|white|whisky|whiskey))?|units?|bottles? of \w+|cans?|shots?|cocktails?|"
    rf"schooners?|middies|pots|tinnies|tins|stubbies|bevvies|jars|ciders|lagers|(?:six|6)[- ]?packs?)(?:\s+or\s+(?:two|2|three|3))?"
    rf"(?:\s+(?:with|at|in|down|after) (?:the |my |a )?\w+)?(?:\s+(?P<times>once|twice|three times|four times|[2-7] ?(?:times|x)))?(?:\s+(?:a|per|every|each|on a|on the|at the|at a|on|over the|over a|most)|(?=\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day))\s+(?P<per>day|night|evening|week|weekend|month|fortnight|"
    rf"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends|weeknights?|nights|evenings|days)\b"
)
ANOTHER_DAY_RE = compile_gated(r"\s*(?:and|&|,|or|\+)\s*(?:(?:a|on a|the)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b")
BINGE_DRINKS = 8
LIGHT_UNITS, MODERATE_UNITS = 7, 21
# rough UK units in one drink: a pint of lager is 2.3 to 2.8 ("a few pints" is past light, DEV21.md, DEV22.md),
# a large glass of wine about two, a bottle of wine nine
UNITS = (("bottle", 9.0), ("six", 9.0), ("6", 9.0), ("pint", 2.5), ("glass", 2.0), ("schooner", 1.5), ("can", 1.5), ("tin", 1.5),
         ("stubbie", 1.5), ("beer", 1.5), ("lager", 1.5), ("cider", 1.5), ("cocktail", 2.0))


def _asked_if_covered(low: str, s: int, a: int, b: int) -> bool:
    """"is cancer always included?", "do you cover cancer?": the illness asked about as cover.
    A plain "is asthma a problem?" is still the prospect's own."""
    before = ASKED_IF_BEFORE_RE.search(low, max(s, a - 24), a)
    after = COVERED_AFTER_RE.match(low, b)
    asked = bool(before and after and ("cover" in before.group() or after.group().strip() != "?"
                                       or (ONLY_WORD_RE.search(before.group()) and COVER_TOPIC_RE.search(low))))
    return asked and not OWN_ANSWER_AFTER_RE.match(low, after.end())  # "Is HIV excluded? I'm positive": theirs


def _profile_item(low: str, start: int, end: int) -> bool:
    return bool(PROFILE_BEFORE_RE.search(low, max(0, start - 6), start) and PROFILE_AFTER_RE.match(low, end))


def _sittings(times: Optional[str]) -> int:
    """How many sittings "once", "twice", "3 times" or "3x" before "a week" says (one when unsaid)."""
    if not times:
        return 1
    return {"once": 1, "twice": 2, "three": 3, "four": 4}.get(times.split()[0]) or int(times[0])


def _units_per(what: str) -> float:
    return next((u for prefix, u in UNITS if what.startswith(prefix)), 1.0)  # a unit, a shot, "a drink"
EXERCISE_WORDS_RE = compile_gated(r"exercis|gym|\brun|jog|swim|cycl|bike|walk|sport|football|soccer|tennis|yoga|pilates|work ?out|train|hik|golf|squash|danc|climb|lift|crossfit|class|play|rugby|basketball|badminton|row|box|"
                               r"bjj|\bmma\b|martial|karate|judo|jiu|muay|surf|paddle|kayak|ski|skate|spin|boulder|netball|hockey|cricket|padel|pickleball|sessions")
# beside a frequency, these make it something other than exercise
NOT_EXERCISE_RE = compile_gated(r"drink|beer|wine|pint|booze|smok|cig|vape|claim|job|hospital|shift|nights? out")
FREQ_RE = compile_gated(rf"\b(?P<n>{NUM}|once|twice|three times|four times|five times|a few times|a couple of times|several times|every day|every other day|(?:a )?couple times|few times)\s*(?:(?:times|nights|days|mornings|evenings|sessions)\s+|x\s*)?(?:a|per|each|every|/)\s*(?P<per>week|wk|month|day|fortnight)\b")
HEIGHT_RE = compile_gated(
    r"(?<![\d.])(?P<ft>[3-7]|three|four|five|six|seven)\s*(?:'|ft\.?|feet|foot|f)\s*(?:(?P<inch>\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s*(?:\"|''|in\b|inches|inch|ins\b)?)?(?!\s*(?:long|wide|deep|high|away))"
    rf"|(?<![\d.$£€₦₹r])(?P<m>[12][.,]\d{{1,2}})\s*(?:m\b(?!{MONEY_AFTER_RE.pattern})|metres?|meters?|mtrs?)|(?<![\d.])(?P<m1>1)\s*m\s*(?P<m2>\d{{2}})\b|(?<![\d.])(?P<cm>1\d{{2}}|2[0-2]\d)\s*(?:cm|cms|centimet(?:er|re)s?)\b"
)
LEADING_HEIGHT_RE = compile_gated(r"^\s*(?:about |around )?(?P<cm>1[4-9]\d|2[01]\d)\b(?!\s*(?:kg|kgs|kilos?|lbs?|pounds|k\b|grand|a |per |/|each|every|quid|dollars|euros))")
FEET_INCHES_RE = compile_gated(r"\s*([4-7]|four|five|six|seven)\s*[ .,/-]\s*(\d|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s*[.!]?\s*")
# "six two, 16 stone", "5 11 and 85kg": feet and inches with no unit, opening a message that gives the weight next
LEADING_FEET_RE = compile_gated(r"^\s*(?P<ft>[4-7]|four|five|six|seven)\s+(?P<inch>\d|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s*(?:,|and\b|&|/)")
HEIGHT_CUE_RE = compile_gated(r"\b(?:tall|height|stand|i'm|i am|im|measure)\b")
# "34, non smoker, 6ft": a figure set off by commas in a self-description
PROFILE_BEFORE_RE = compile_gated(r"(?:^|[,;/(]|\band)\s*$")
PROFILE_AFTER_RE = compile_gated(r"\s*(?:$|[,;/).!]|and\b)")
# the weight now after a loss or gain: "lost 10kg this year, now 92"
WEIGHT_NOW_RE = compile_gated(r"\b(?:lost|dropped|shed|gained|put on)\s+(?:about |around |over |nearly )?\d+(?:\.\d)?\s*(?P<lost_u>kg|kgs|kilos?|lbs?|pounds|stone|st)?\b"
                           r"[^.;!?]{0,30}?\b(?:now|down to|up to|and now i'm|now i'm|so now)\s+(?:about |around |roughly |at )?(?P<n>\d{2,3}(?:\.\d)?)\s*(?P<u>kg|kgs|kilos?|lbs?|pounds)?\b(?!\s*(?:years?|months?|%|k\b))")
BARE_HEIGHT_RE = compile_gated(r"\b(?:height(?: is|:)?|i'm|i am|im|stand)\s+(?:about\s+|around\s+)?(?P<cm>1[4-9]\d|2[01]\d)\b(?!\s*(?:lbs?|pounds|kg|k\b))")
WEIGHT_RE = compile_gated(
    r"(?<![\d.])(?P<kg>\d{2,3}(?:\.\d)?)\s*(?:kg|kgs|kilos?|kilograms?|kilo)\b"
    r"|(?<![\d.])(?P<lb>\d{2,3}(?:\.\d)?)\s*(?:lbs?|lb\.|pounds?)\b"
    r"|(?<![\d.])(?P<st>\d{1,2}|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
    r"(?P<half>\s+and\s+a\s+half|\.5)?\s*(?:st|stone)\b(?:\s*(?:and\s*)?(?P<stlb>\d{1,2})\s*(?:lbs?|pounds?)?)?"
)
WEIGHT_CUE_RE = compile_gated(r"\b(?:weigh|weight|heavy|kg|kilos|overweight|bmi|tall|lbs|stone|lost|gained|put on|scales?|ft|feet|foot|cm|height)\b|\d'")
BARE_WEIGHT_RE = compile_gated(r"\b(?:weigh|weighs|weight(?: is|:)?|weighing)\s+(?:in at\s+)?(?:about\s+|around\s+|roughly\s+|just over\s+|just under\s+)?(?P<n>\d{2,3}(?:\.\d)?)\b(?!\s*(?:kg|kgs|kilos?|lbs?|pounds|st\b|stone))")
HOSPITAL_RE = compile_gated(
    # "had a bowel resection", "had a kidney transplant", "spinal fusion", "ACL reconstruction": named operations
    r"\b(?:had (?:a |an |my |the )?(?:\w+ )?(?:resection|amputation|transplant|ablation|laparoscopy|arthroscopy|angioplasty)|(?:spinal|spine|back|neck) fusion|"
    r"(?:acl|ligament|tendon|hernia|cruciate|rotator cuff) (?:repair|reconstruction)|hospitali[sz]ed|hospital stays?(?! (?:can|could|would|will|might|costs?|is|are|here|there|in (?:the )?(?:us|usa|states|america))\b)|(?:stay|time) in (?:the )?hospital|been (?:in|to) (?:the )?hospital(?! to (?:visit|see))|hospitalisation|hospitalization|in (?:the )?hospital|in hosp|admitted|surgery|surgeries|operation(?:s(?! (?:manager|director|lead|team|dept|department|role|analyst|officer|supervisor|coordinator|executive|assistant|engineer|research|side)\b))?|operated on|an op\b|"
    r"had (?:my|an?|the|both|one|part of my|some of my) (?:\w+ ){0,2}(?:removed|out|replaced|fixed|done|taken out|operated)|"
    # a mental-health stay: "was in a psychiatric unit for 2 weeks", "a week on the psych ward", "got sectioned in 2023"
    r"(?:in|on|to|into) (?:a |the )?(?:psychiatric|psych|mental health|acute) (?:unit|ward|hospital|clinic)|(?:was|got|been|were) sectioned|"
    # "got a hernia fixed", "got my gallbladder out": "got" only with a body part, not "got the boiler replaced"
    r"got (?:my|an?|the|both) (?:(?:left|right|torn|bad|dodgy|inguinal|umbilical) )?(?:hernia|knee|hip|gallbladder|gall bladder|appendix|tonsils|cataracts?|shoulder|ankle|wrist|acl|meniscus|cartilage|spleen|kidney|ovary|ovaries|womb|uterus|prostate|thyroid|lump|cyst|polyps?|gallstones|kidney stones?|spine|disc|back|heart valve|valve|bowel|colon) (?:removed|out|replaced|fixed|repaired|done|taken out|operated on)|(?:appendix|tonsils|gallbladder|gall bladder) (?:out|removed|taken out)|(?:a|my) (?:(?!photo\b)\w+ ){1,2}op\b|appendectomy|hysterectomy|c-?section|caesarean|cesarean|"
    r"(?:knee|hip|shoulder) replacement|(?:^|(?<=[,.;] ))(?:in )?hospital (?:twice|once|three times|a few times|\d+ times|for (?:a|\d+|two|three|four|five) (?:days?|nights?|weeks?)|(?:last|this) (?:year|month|week|summer|winter|spring|autumn)|(?:in|back in) (?:19|20)\d\d|with (?!(?:my|the|our|his|her|him|them)\b)(?:a |an )?\w+)|kept in (?:hospital|overnight|for|over|\d+|a|one|two|three|four|five)|(?:knee|hip|back|shoulder|heart|eye|ankle|wrist|hernia|gallbladder|appendix|cataract|bowel|spine|spinal) ops?\b|keyhole|inpatient|overnight stay|stayed in hospital|nights? in hospital|days? in hospital|weeks? in hospital|a&e|\ber\b|emergency room|"
    r"had (?:a |my )?(?:mild |minor |small |massive |major |big |silent )?(?:stroke|heart attack)|\w+ectomy|hospital admissions?|admissions? (?:for|to|with)|had the op(?:eration)?(?! on (?:my|the|our|his|her) (?:van|car|bike|truck|boat|house|roof|engine|gearbox|computer|laptop|phone|dog|cat)\b)|(?:put|fitted|inserted|got|had) (?:a )?stents? in|(?:\d+|a|one|two|three|four|five|six|a few|a couple of) (?:days?|nights?|weeks?) in (?:the )?(?:royal(?! (?:hotel|mail|navy|air|marines|family|show|albert|oak|inn|arms|york|mile))|infirmary|general(?! (?:admin|practice|store|election))|icu|hdu|cuh|mater|\w+ (?:hospital|infirmary))\b|(?:an?|one|two|three|[1-9]) (?:short |brief |hospital |psychiatric |inpatient )?admissions?|transplant|(?:heart )?bypass|stent (?:put in|fitted|inserted)|had a stent|bypass surgery|went under the knife|under the knife|went into hospital|ended up in hospital|rushed to hospital|icu|intensive care|ambulance)\b"
)
HOSPITAL_WHEN_RE = compile_gated(
    rf"(?P<n>{NUM}|a|an|a couple of|a few|couple of)\s+(?P<u>years?|yrs?|months?|weeks?|days?)\s+ago|(?:in|back in|since|was|was in|were in)\s+(?:{MONTH_NAME}\.?\s+)?(?P<year>(?:19|20)\d{{2}})|"
    rf"(?:in|back in|since|last)\s+(?P<month>{MONTH_NAME})\b(?!\s*\d)|"
    rf"(?P<recent>last (?:year|month|week|summer|winter|spring|autumn|christmas)|this year|recently|earlier this year|a while back|the other week|few months ago)|"
    rf"(?P<old>as a (?:kid|child|baby|teenager|boy|girl)|when i was (?:a kid|young|little|a child|a teenager|\d+|\w+teen)|years ago|ages ago|decades ago|long time ago|in (?:my|the) (?:teens|twenties|20s|childhood))"
)
# "admitted with it twice, last time 2022": the latest stay dates the answer, not an earlier "since I was a kid"
LAST_STAY_WHEN_RE = compile_gated(rf"\b(?:last time|most recently|the last (?:one|time))(?: was| being)?,?\s+(?:in\s+|back in\s+)?(?:{MONTH_NAME}\.?\s+)?(?P<year>(?:19|20)\d{{2}})\b")
NO_HOSPITAL_RE = compile_gated(
    r"\b(?:never (?:been )?(?:in|to|admitted to) (?:a |the )?hospital|no (?:hospital (?:stays|visits|admissions|trips)|surgeries|surgery|operations|hospitali[sz]ations)|"
    r"never had (?:any )?(?:surgery|an operation|operations|surgeries)|haven't been (?:in|to) (?:the |a )?hospital|not been (?:in|to) (?:the |a )?hospital|"
    r"haven't had (?:any )?(?:surgery|surgeries|operations|an operation)|not been hospitali[sz]ed|never been hospitali[sz]ed|nothing like that|no hospital)\b"
)
HEALTH_CUE_RE = compile_gated(r"\b(?:diagnos|suffer|condition|medic|health|doctor|treat|have|has|had|with|got|take|taking|on|history|problem|issue)")
# "runs in the family", "diabetes on my mom's side", "heart trouble on both sides"
FAMILY_HISTORY_RE = compile_gated(r"\b(?:runs? in (?:the|my|our) family|(?:runs? )?(?:on|down) (?:my|the|both) (?:dad|mum|mom|mam|father|mother|parents)(?:'s|s|')? sides?|on both sides(?: of the family)?|family history|hereditary|genetic|in my family|in the family)\b")
USED_TO_RE = compile_gated(r"\b(?:used to|gave up|stopped|quit|retired from|no longer|years ago|when i was (?:younger|young|a kid))\b")
BLOOD_PRESSURE_FINE_RE = compile_gated(r"\b(?:blood pressure|bp|sugar|cholesterol|heart)\b[^.,;]{0,20}\b(?:fine|normal|good|ok|okay|perfect|healthy|great|under control)\b")
FAMILY_ROLES = {"parent", "sibling"}
# "no one in my family has had cancer": the whole family's history is denied
NOBODY_IN_FAMILY_RE = compile_gated(r"\b(?:no ?one|no-one|nobody|none of (?:us|them))(?: else)? (?:in|of) (?:my|our|the) (?:immediate )?(?:family|relatives|parents)\b")
DOCTORS_BEFORE_RE = compile_gated(r"\b(?:they|the doctors?|the docs?|the surgeons?|the hospital)\s+(?:[\w']+\s+){0,2}$")
LOST_TO_RE = compile_gated(r"\blost (?:my|our|her|his) [\w' ]{2,25}? to (?:\w+ )?$")
# "Dad had one too", "my brother had the same at 50": the prospect's own illness, in a relative
SAME_TOO_RE = compile_gated(r"\b(?:my |our )?(?P<kin>dad|father|mum|mom|mam|mother|brother|sister|parents)\b(?: \w+)? (?:had|has|got|was diagnosed with)"
                         r" (?:one|it|that|the same(?: thing)?|same)(?: too| as well| also|\b(?= at \d)|(?<=same)(?: thing)?\b(?=\s*(?:$|[,.;!])))")
# "mum - breast cancer", "dad: heart attack at 60": a relative labelled with an illness
KIN_LABEL_GAP_RE = compile_gated(r"\s*(?:[-:–=]|had|has)\s*$")
# "my mum, breast cancer at 50", "Dad, heart attack": a comma labels only a relative opening the sentence
KIN_COMMA_GAP_RE = compile_gated(r"\s*,\s*(?:an?\s+)?$")
KIN_OPENS_RE = compile_gated(r"\W*(?:(?:my|our|and|also)\s+)*$")
# "my mum and her sister both had breast cancer": the illness is each named person's
BOTH_HAD_RE = compile_gated(r"\b(?:both|all)(?: of them)? (?:had|have|got|died of|passed from|suffer(?:ed)? (?:from|with))\b")
# "anxious about the kids" is a worry, not a diagnosis
AMOUNT_BEFORE_RE = compile_gated(r"\d[\d,.]*k?\s*$")
# "cancer cover", "heart attack insurance", "a cancer policy": an illness named as a kind of cover
PRODUCT_AFTER_RE = compile_gated(r"\s+(?:cover(?:age)?|insurance|polic(?:y|ies)|plans?|benefits?|riders?|add-?ons?)\b")
# "is cancer always included?", "does it cover a stroke?", "would diabetes be covered?": a question about the policy
# "what counts as a critical illness, is it only cancer?": a bare "only"/"just" question in a message about cover
ONLY_WORD_RE = compile_gated(r"\b(?:only|just)\b")
COVER_TOPIC_RE = compile_gated(r"\b(?:cover\w*|critical illness|polic(?:y|ies)|counts?|included|excluded|pays? out)\b")
# "is it only cancer?", "does it just cover a stroke?": "only", "just", "also" or "even" may stand before the illness
ASKED_IF_BEFORE_RE = compile_gated(r"\b(?:is|are|would|will|does|do)\s+(?:it\s+|they\s+|you\s+|that\s+|this\s+)?(?:only\s+|just\s+|also\s+|even\s+)?(?:cover\s+|include\s+|exclude\s+)?(?:a\s+|an\s+)?$")
OWN_ANSWER_AFTER_RE = compile_gated(r"\s*(?:i'm|i am|im) (?:positive|diabetic|asthmatic|epileptic|type|on)\b|\s*(?:i have|i've got|i've had|i had|i got|i was diagnosed|i've been diagnosed)\b|\s*(?:because|cos|as) (?:i|i've|i'm)\b")
COVERED_AFTER_RE = compile_gated(r"[^.;!?]{0,25}?\b(?:included|covered|excluded|count(?:ed)?|be (?:included|covered))\b[^.;!]{0,20}\?|\s*\?")
MOOD_ABOUT_RE = compile_gated(r"\s+(?:about|that)\b")
EMPLOYER_NAMED_BEFORE_RE = compile_gated(r"\b(?:work(?:s|ed|ing)? (?:for|at|with)|employed by|job (?:at|with)|joined|contract(?:ed|ing)? (?:for|to|with)|station|garage)\s+$")
OWN_HAD_RE = compile_gated(r"\b(?:(?:when|after|since|because|as) i (?:had|got|was diagnosed with)|(?:because|as|since|but) i(?:'ve| have)(?: got)?)(?: the| a| an)?\s+$")
NEGATIVE_TEST_RE = compile_gated(r"\s*(?:-\s*)?(?:negative|neg)\b")
LIST_GAP_RE = compile_gated(r"\s*(?:,|or|and|/|&)\s*(?:(?:or|and)\s+)?(?:a\s+|an\s+)?")
# a hypothetical said earlier in the sentence: "cover if I'm diagnosed with something serious, cancer or..."
IF_DIAGNOSED_RE = compile_gated(r"\b(?:if i(?:'m| am| was| were| ever| get| got)|in case i|diagnosed with something|cover (?:for|against)|covered for|pays? out (?:for|on|if))\b")
OWN_DIAGNOSIS_RE = compile_gated(r"\b(?:i have|i've got|i've|i had|i was diagnosed|i'm on|my)\b")
HYPOTHETICAL_RE = compile_gated(r"(?:(?<=, )|(?<=,))(?:like|such as)\b|\bsomething (?:\w+ )?like\b|\b(?:if|in case|what if|worried about getting|scared of getting|afraid of getting|risk of|chance of|prevent|cover for|covers?|critical illness)\b")
# "mostly worried about heart attack or cancer": a fear named right before the illness
WORRY_BEFORE_RE = compile_gated(r"\b(?:worried|worry|worries|scared|afraid|terrified|concerned|nervous|paranoid|fear(?:ful)?)(?: (?:about|of))?\s+"
                             r"(?:(?:getting|developing|having|a|an|the|things like|stuff like|something like|maybe|like|mostly|mainly|big ones like)\s+)*$")
GENERIC_HOBBY_WORDS = {"box", "dive", "diving", "diver", "racing", "climbing", "climber", "wrestling", "sparring", "hunting", "glider", "on the track"}
NOTHING_SINCE_RE = compile_gated(r"[^.;!?]{0,30}?\b(?:nothing|none|no (?:problems|issues|trouble|stays?)|not (?:been )?back|never (?:been )?back)(?: at all| else| like that)? since\b")
LIKE_RELATIVE_RE = compile_gated(r"\s*,?\s*(?:like|same as|as)\s+(?:my|our)\s+(?P<kin>[a-z-]+(?: [a-z-]+)?)\s+(?:did|had|has|got|does|before (?:him|her))\b")
EXAMPLE_BEFORE_RE = compile_gated(r"\b(?:something|anything)(?: \w+){0,2} (?:like|such as)\s+$")
WORKPLACE_BEFORE_RE = compile_gated(r"\b(?:visit(?:ing|ed)?|work(?:s|ed|ing)?|job|shifts?|nurse|doctor|dr|paramedic|porter|consultant|registrar|cleaner|receptionist|hca|carer|volunteer(?:s|ed|ing)?),?\s+(?:in|at|on)\s+(?:\w+\s+){0,2}$")
SCARE_AFTER_RE = compile_gated(r"\s*(?:scares?|test (?:was|came back) (?:negative|clear|fine))\b")
ALL_CLEAR_RE = compile_gated(r"\b(?:benign|false alarm|turned out (?:to be )?(?:nothing|fine|ok|okay|benign))\b")  # not "all clear now": that follows a real one
# "Nurse. ICU, nights mostly", "ICU nurse": a unit named as a workplace, not a stay
WARD_AS_WORK_RE = compile_gated(r"\b(?:icu|hdu|intensive care|a&e)\b(?:,?\s+(?:nights?|days|shifts?|nurse|nursing|staff|sister|charge|doctor|registrar|consultant|porter|ward)\b)"
                             r"|\b(?:nurse|doctor|paramedic|porter|consultant|registrar|hca|carer|work(?:s|ed|ing)?)\b\W+(?:\w+\W+)?(?:icu|hdu|intensive care|a&e)\b")
# "last hospital stay was 2018": the latest stay, so none since
LAST_STAY_BEFORE_RE = compile_gated(r"\blast (?:time (?:i was |i went )?(?:in )?|(?:proper |real )?)?$")
STAY_SAID_RE = compile_gated(r"(?<!never )(?<!not )(?<!n't )\b(?:been (?:in|to) (?:the )?hospital|(?:was|were|ended up|spent \w+ (?:days?|nights?|weeks?)) in (?:the )?hospital|hospitali[sz]ed|admitted)\b(?! (?:never|no))")
HOSPITAL_HINT_RE = compile_gated(r"ectomy|resection|amputat|ablation|scopy|angioplasty|fusion|repair|fixed|hernia|reconstruction|hospital|kept in|(?:days?|nights?|weeks?) in\b|surg|operat|admit|admission|transplant|remov|replac|out\b|c-?section|caesar|cesar|keyhole|inpatient|overnight|a&e|\ber\b|emergency|stent|bypass|knife|icu|stroke|heart attack|intensive|ambulance|\bop\b|nothing like that|appendectomy|hysterectomy|psych|mental health (?:unit|ward)|acute (?:unit|ward)|sectioned")
# "I climb ladders all day", "I climb the stairs": climbing something at work or at home
CLIMB_THING_AFTER_RE = compile_gated(r"\s+(?:ladders?|stairs|steps|scaffold\w*|up\b|into|onto|over|on\b|in\b|out\b|the\b|a\b|poles?|roofs?|trees for|walls for|masts?|pylons?|towers?)")
# "I've done about 200 jumps", "I've logged 300 dives", "I do it most weekends": a hobby asked about is practised
HOBBY_PRACTISED_RE = compile_gated(r"\b(?:i|we)(?:'ve| have)? (?:done|made|logged|clocked(?: up)?|got)\s+(?:about |around |over |nearly |almost |like |well over )?\d[\d,]*\+?\s+"
                                r"(?:jumps|skydives|dives|climbs|ascents|races|fights|bouts|flying hours|hours in the air|solo flights)\b"
                                r"|\bi (?:jump|dive|climb|race|fly|fight|spar|ride)\s+(?:most|every|each|a lot|regularly|twice|once|\d)"  # "I jump most weekends"
                                r"|\b(?:i|we) (?:do|did|have done|'ve done|'ve been doing|go) (?:it|that|them|this) (?:for (?:years|ages|\d+ years)|every (?:weekend|week|month)|most weekends|regularly|a lot|all the time)\b")
HOBBY_AS_JOB_RE = compile_gated(r"\s*(?:instructor|teacher|coach|guide|work\b|job\b|for a living|professionally|business|company|shop|school|centre|center)")
# "I'm a mountaineer": nouns for a hobbyist, never a job title on their own
RACE_VERBS = {"i race", "we race", "i still race", "i also race"}
MOTOR_CONTEXT_RE = compile_gated(r"\b(?:motor\w*|bikes?|superbikes?|cars?|karts?|karting|track|circuit|rally|moto\w*|dirt ?bikes?|engines?)\b")
BIRTH_OP_RE = compile_gated(r"c-?section|caesarean|cesarean")
# "had my youngest by c-section", "I gave birth to our son by caesarean": the prospect gave birth
OWN_BIRTH_BEFORE_RE = compile_gated(r"(?:^|\bi |\bi've |[,;.] |\band )(?:had|gave birth to) (?:my|our)\b")
HOBBYIST_NOUNS = {"mountaineer", "climber", "kickboxer", "kick boxer", "rock climber", "skydiver", "base jumper", "free diver", "freediver"}
FUTURE_HOBBY_RE = compile_gated(r"\b(?:take up|taking up|want to (?:try|do|learn|get into)|wanna try|would (?:like|love) to (?:try|do)|thinking (?:of|about)|planning (?:to|on)|plan to|going to try|gonna try|bucket list|one day|someday|never tried)\b")
JOB_BEFORE_HOBBY_RE = compile_gated(r"\b(?:commercial|professional|offshore|work as an?|working as an?|job as an?|i'm an?|im an?|i am an?)\s+$")
# a checklist answered in place: "had a stroke? no. cancer? no."
QUESTION_NO_RE = compile_gated(r"[^.!?]{0,3}\?\s*(?:no|nope|nah|never|none)\b")
UNIT_TO_MONTHS = {"y": 12.0, "m": 1.0, "w": 0.25, "d": 1 / 30}


@Language.factory("needscout_health")
def make_health_component(nlp, name):  # untyped: spaCy validates factory args from annotations
    return HealthComponent()
# cheap whole-text topic checks, compiled once
SMOKE_TOPIC_RE = compile_gated(r"smok|cig|vap|tobacco|fag|nicotine|cigar|habit|patches|\d a day|twenty a day")
QUIT_TOPIC_RE = compile_gated(r"quit|stop|gave|give|kick|pack|ex-|smoked|off")
FREQUENCY_TOPIC_RE = compile_gated(r"week|month|day|wk")
BODY_TOPIC_RE = compile_gated(r"\d|foot|feet|tall|weigh|stone|kilo|pound")


def _months_back(doc: Doc, month: str) -> float:
    """Months since the last ``month`` before today: "quit in August" in November is 3,
    and the same month as today is a year ago."""
    return float((today(doc).month - month_number(month)) % 12 or 12)


class HealthComponent:
    """Health and lifestyle facts; vocabularies come from data/lexicon.yml via the
    EntityRuler, with rapidfuzz catching misspelt condition names.
    """

    def __init__(self) -> None:
        words = set()
        self.word_value: dict[str, str] = {}
        for value, phrases in lexicon()["CONDITION"].items():
            for p in phrases:
                if " " not in p and len(p) >= 6:
                    words.add(p)
                    self.word_value.setdefault(p, value)
        self.condition_words = sorted(words)
        # Typos rarely touch the first letter: bucket by it so each token is compared
        # with a handful of condition names, not all of them.
        self.buckets: dict[str, list[str]] = {}
        for w in self.condition_words:
            self.buckets.setdefault(w[0], []).append(w)

    def __call__(self, doc: Doc) -> Doc:
        self._smoker(doc)
        apply_rules(doc, "alcohol")
        self._drinks(doc)
        apply_rules(doc, "exercise")
        self._exercise_frequency(doc)
        self._height_weight(doc)
        self._conditions(doc)
        self._hospital(doc)
        self._hobbies(doc)
        return doc

    # smoking -----------------------------------------------------------------
    def _smoker(self, doc: Doc) -> None:
        low: str = state(doc).low
        apply_rules(doc, "smoker")
        gate_ok = state(doc).expect == "smoker" or SMOKE_TOPIC_RE.search(low)
        if not gate_ok:
            return
        for m in QUIT_RE.finditer(low) if QUIT_TOPIC_RE.search(low) else ():
            if subject_of(doc, m.start()) != "self":
                continue
            months = self._months_since(doc, m)
            if months is None:
                continue
            # facts.md: quit more than 12 months ago counts as a non-smoker.
            add(doc, "smoker", months < 12, 0.95 if months != 12 else 0.6, m.start(), m.end())
            claim_overlapping(doc, m.start(), m.end())
        for m in JUST_QUIT_RE.finditer(low):
            add(doc, "smoker", True, 0.92, m.start(), m.end())

    @staticmethod
    def _months_since(doc: Doc, m: re.Match[str]) -> Optional[float]:
        if m.group("year"):
            return (today(doc).year - int(m.group("year"))) * 12.0
        if m.groupdict().get("month"):
            return _months_back(doc, m.group("month"))
        if m.group("last"):
            return {"year": 12.0, "month": 1.0, "week": 0.25}[m.group("last")]
        if m.group("recent"):
            return 3.0
        if m.group("ages"):
            return 60.0
        n, unit = (m.group("n"), m.group("u")) if m.group("n") else (m.group("n2"), m.group("u2"))
        if not n:
            return None
        value = {"a": 1.0, "an": 1.0, "one": 1.0, "a couple of": 2.0, "couple of": 2.0, "a few": 3.0}.get(n) or parse_number(n)
        if value is None:
            return None
        return value * UNIT_TO_MONTHS[unit[0]]

    # alcohol and exercise by numbers -------------------------------------------
    def _drinks(self, doc: Doc) -> None:
        low: str = state(doc).low
        if not gates()["alcohol"].search(low):
            return
        for m in DRINKS_RE.finditer(low):
            said = m.group("n") or "a"  # "glass of wine on a friday": one
            n = {"a": 1, "one": 1, "a couple of": 2, "couple of": 2, "a few": 3, "few": 3, "a dozen": 12, "dozen": 12}.get(said) or parse_number(said)
            hi = parse_number(m.group("hi")) if m.group("hi") else None
            if n is not None and hi is not None and hi > n:
                n = (n + hi) / 2  # "15-20 pints over a weekend"
            if n is None or subject_of(doc, m.start()) != "self":
                continue
            what = m.group("what")
            units = n * _units_per(what)
            per = m.group("per")
            # a weekday or weekend: once a week; "most nights": five
            per_week = units * {"day": 7, "night": 7, "evening": 7, "nights": 5, "evenings": 5, "days": 5, "month": 0.25, "fortnight": 0.5}.get(per, 1)
            per_week *= _sittings(m.group("times"))  # "a few pints twice a week"
            if ANOTHER_DAY_RE.match(low, m.end()):
                per_week *= 2  # "a few pints on a friday and saturday": two sittings a week
            # UK units a week (the low-risk guideline is 14): light up to 7, heavy past 21 (DEV8.md);
            # eight or more drinks in one sitting is a binge ("10-12 pints on a Saturday")
            session = per.rstrip("s") not in ("day", "week", "weekend", "month", "fortnight", "weeknight")  # a named day: one sitting
            level = ("none" if per_week == 0 else "heavy" if session and n >= BINGE_DRINKS else
                     "light" if per_week <= LIGHT_UNITS else "moderate" if per_week <= MODERATE_UNITS else "heavy")
            add(doc, "alcohol", level, 0.85, m.start(), m.end())
            claim_overlapping(doc, m.start(), m.end())

    def _exercise_frequency(self, doc: Doc) -> None:
        low: str = state(doc).low
        if not FREQUENCY_TOPIC_RE.search(low):
            return
        gate = EXERCISE_WORDS_RE
        for s, e in state(doc).sents:
            if state(doc).expect != "exercise" and not gate.search(low, s, e):
                continue
            for m in FREQ_RE.finditer(low, s, e):
                if NOT_EXERCISE_RE.search(low, max(clause_start(low, s, m.start()), m.start() - 30), min(e, m.end() + 15)):
                    continue  # "a drink three nights a week", "claims twice a year"
                word = m.group("n")
                n = {"once": 1, "twice": 2, "three times": 3, "four times": 4, "five times": 5, "a few times": 3,
                     "a couple of times": 2, "several times": 4, "every day": 7, "every other day": 3.5,
                     "a couple times": 2, "couple times": 2, "few times": 3}.get(word)
                if n is None:
                    n = parse_number(word)
                if n is None or n > 31 or any(q.moneyish and q.start <= m.start() < q.end for q in state(doc).quantities):
                    continue  # "bills run around 2,800 a month" is money, not sessions
                per_week = n * {"week": 1, "wk": 1, "month": 0.25, "day": 7, "fortnight": 0.5}[m.group("per")]
                level = "regular" if per_week >= 2 else "occasional" if per_week > 0 else "none"
                add(doc, "exercise", level, 0.88, m.start(), m.end())
                claim_overlapping(doc, m.start(), m.end())

    # body ----------------------------------------------------------------------
    def _height_weight(self, doc: Doc) -> None:
        low: str = state(doc).low
        if not BODY_TOPIC_RE.search(low) and state(doc).expect not in ("height_cm", "weight_kg"):
            return
        for m in HEIGHT_RE.finditer(low):
            cm = self._cm(m)
            if cm is None or not 120 <= cm <= 230:
                continue
            if m.group("ft") and not m.group("inch") and not re.search(r"(?:'|ft|feet|foot)\s*(?:tall)?", m.group()):
                continue
            asked = state(doc).expect == "height_cm"  # "6 foot" answering "How tall are you?"
            # "6 foot" or "1.8m" alone needs a body cue: "we owe 1.2m on the house" is money
            bare = (m.group("ft") and not m.group("inch")) or (m.group("m") and m.group().rstrip().endswith("m"))
            if bare and not (asked or HEIGHT_CUE_RE.search(low, max(0, m.start() - 30), min(len(low), m.end() + 15))
                                      or _profile_item(low, m.start(), m.end())
                                      or WEIGHT_RE.search(low, max(0, m.start() - 25), min(len(low), m.end() + 25))):
                continue
            if subject_of(doc, m.start()) != "self":
                continue
            add(doc, "height_cm", round(cm, 1), 0.9, m.start(), m.end())
            claim_overlapping(doc, m.start(), m.end())
        asked = state(doc).expect == "height_cm"
        feet = FEET_INCHES_RE.fullmatch(low) if asked else None
        if feet:  # "5 11" answering "How tall are you?"
            ft, inch = (parse_number(g) or 0 for g in feet.groups())  # "5 11", "five eleven"
            add(doc, "height_cm", round(ft * 30.48 + inch * 2.54, 1), 0.75, 0, len(low.rstrip()))
        lead = LEADING_FEET_RE.match(low) if not feet else None
        if lead and WEIGHT_RE.search(low, lead.end(), min(len(low), lead.end() + 20)):
            ft, inch = (parse_number(g) or 0 for g in lead.group("ft", "inch"))
            add(doc, "height_cm", round(ft * 30.48 + inch * 2.54, 1), 0.75, lead.start("ft"), lead.end("inch"))
            claim_overlapping(doc, lead.start("ft"), lead.end("inch"))
        for m in list(BARE_HEIGHT_RE.finditer(low)) + list(LEADING_HEIGHT_RE.finditer(low)):
            # "I weigh 68kg and I'm 165", "181 and about 95kg": beside a weight, a bare figure is the height
            beside_weight = WEIGHT_RE.search(low, max(0, m.start() - 30), min(len(low), m.end() + 30))
            if re.search(r"\btall\b|height|\bcm\b", low[m.start():m.end() + 12]) or asked or beside_weight:
                add(doc, "height_cm", float(m.group("cm")), 0.7, m.start("cm"), m.end("cm"))
                claim_overlapping(doc, m.start("cm"), m.end("cm"))
        for m in WEIGHT_RE.finditer(low):
            kg = self._kg(m)
            if kg is None or not 30 <= kg <= 300:
                continue
            if m.group("lb") and "pound" in m.group() and not (WEIGHT_CUE_RE.search(low) or state(doc).expect == "weight_kg"):
                continue
            if m.group("st") and not (WEIGHT_CUE_RE.search(low) or state(doc).expect == "weight_kg" or m.group("stlb")
                                      or HEIGHT_RE.search(low, max(0, m.start() - 20), min(len(low), m.end() + 20))):  # "6ft, 16st"
                continue
            if subject_of(doc, m.start()) != "self" or re.search(r"\b(?:lost|lose|gained|put on|down|shed)\s+(?:about\s+|around\s+)?$", low[max(0, m.start() - 16):m.start()]):
                continue
            add(doc, "weight_kg", round(kg, 1), 0.9, m.start(), m.end())
            claim_overlapping(doc, m.start(), m.end())
        for m in WEIGHT_NOW_RE.finditer(low) if not any(c.fact == "weight_kg" for c in state(doc).candidates) else ():
            n = float(m.group("n"))
            kg = n * 0.4536 if (m.group("u") or m.group("lost_u") or "").startswith(("lb", "pound")) or n > 140 else n
            if 40 <= kg <= 300 and not is_claimed(doc, m.start("n")) and subject_of(doc, m.start()) == "self":  # "... now I'm 34": an age
                add(doc, "weight_kg", round(kg, 1), 0.8, m.start("n"), m.end())  # "lost 10kg this year, now 92"
                claim_overlapping(doc, m.start("n"), m.end("n"))
        for m in BARE_WEIGHT_RE.finditer(low):
            n = float(m.group("n"))
            kg = n if n < 140 else n * 0.4536  # bare figures over 140 are pounds in practice
            if 30 <= kg <= 300:
                add(doc, "weight_kg", round(kg, 1), 0.65, m.start("n"), m.end("n"))
                claim_overlapping(doc, m.start("n"), m.end("n"))

    @staticmethod
    def _cm(m: re.Match[str]) -> Optional[float]:
        if m.group("cm"):
            return float(m.group("cm"))
        if m.group("m"):
            return float(m.group("m").replace(",", ".")) * 100
        if m.group("m1"):
            return 100 + float(m.group("m2"))
        ft = parse_number(m.group("ft"))
        inch = parse_number(m.group("inch")) if m.group("inch") else 0.0
        if ft is None or inch is None or inch >= 12:
            return None
        return ft * 30.48 + inch * 2.54

    @staticmethod
    def _kg(m: re.Match[str]) -> Optional[float]:
        if m.group("kg"):
            return float(m.group("kg"))
        if m.group("lb"):
            return float(m.group("lb")) * 0.4536
        st = (parse_number(m.group("st")) or 0.0) + (0.5 if m.group("half") else 0.0)
        lb = float(m.group("stlb") or 0)
        return (st * 14 + lb) * 0.4536

    # conditions and family history -----------------------------------------------
    def _conditions(self, doc: Doc) -> None:
        low: str = state(doc).low
        own: dict[str, tuple[int, int]] = {}
        family: dict[str, tuple[int, int]] = {}
        found = [(a, b, v, 0.9) for a, b, v in entities(doc, "CONDITION")]
        found += self._fuzzy_conditions(doc, found)
        hypothetical_end = -1
        for a, b, value, conf in sorted(found):
            s, e = sentence_at(state(doc).sents, a)
            floor = clause_start(low, s, a)
            if is_negated(low, floor, a) or BLOOD_PRESSURE_FINE_RE.match(low, a):
                continue
            if low[a:b] == "bp" and EMPLOYER_NAMED_BEFORE_RE.search(low, max(0, a - 20), a):
                continue  # "I work for BP": the oil company
            if low[a:b] == "cad" and AMOUNT_BEFORE_RE.search(low, max(0, a - 12), a):
                continue  # "6,000 CAD a month": Canadian dollars
            if PRODUCT_AFTER_RE.match(low, b) or _asked_if_covered(low, s, a, b):
                continue  # "what about cancer cover?", "is cancer always included?": the product, not an illness
            if SCARE_AFTER_RE.match(low, b) or (value == "cancer" and ALL_CLEAR_RE.search(low, s, e)):
                continue  # "a cancer scare, but it was benign": a fear that came to nothing
            if QUESTION_NO_RE.match(low, b) or low.endswith(("gestational ", "pregnancy "), max(0, a - 13), a) or NEGATIVE_TEST_RE.match(low, b):
                continue  # "cancer? no.", "gestational diabetes" (gone after the birth), "HIV negative"
            like = LIKE_RELATIVE_RE.match(low, b)
            if like and kin_at(doc, like.start("kin")) in FAMILY_ROLES:
                family.setdefault(value, (a, like.end()))  # "scared of getting cancer like my mum did"
            listed = hypothetical_end >= 0 and LIST_GAP_RE.fullmatch(low, hypothetical_end, a)
            own_now = OWN_HAD_RE.search(low, max(floor, a - 16), a)  # "claimed on my CI policy when I had the cancer"
            if listed or (HYPOTHETICAL_RE.search(low, max(floor, a - 40), a) and not low.endswith("my ", max(0, a - 3), a) and not own_now) \
                    or (IF_DIAGNOSED_RE.search(low, max(s, a - 70), a) and not OWN_DIAGNOSIS_RE.search(low, max(s, a - 70), a)) \
                    or is_hypothetical(low, floor, a) or WORRY_BEFORE_RE.search(low, max(floor, a - 60), a):
                hypothetical_end = b  # "cover for cancer, heart attack": the whole list is hypothetical
                continue  # "if I got cancer", "worried about getting diabetes", "seriously ill, like cancer"
            if value == "mental_health" and MOOD_ABOUT_RE.match(low, b):
                continue
            if NOBODY_IN_FAMILY_RE.search(low, s, a) or LOST_TO_RE.search(low, max(s, a - 40), a):
                continue  # "lost my Ray to bowel cancer": the illness of someone who died
            subj = self._relative_with(doc, low, s, a) or subject_of(doc, a)
            if subj == "other" and self._own_stay(doc, low, s, a):
                subj = "self"  # "my heart, they put a stent in", "they said early COPD": the doctors on the prospect
            if subj in FAMILY_ROLES:
                family.setdefault(value, (a, b))
            elif subj == "self":
                if FAMILY_HISTORY_RE.search(low, s, e):
                    family.setdefault(value, (a, b))
                else:
                    own.setdefault(value, (a, b))
            claim_overlapping(doc, a, b)
        if own:
            add(doc, "conditions", sorted(own), 0.85, min(a for a, _ in own.values()), max(b for _, b in own.values()))
            self._same_in_family(doc, low, own, family)
        if family:
            add(doc, "family_history", sorted(family), 0.85, min(a for a, _ in family.values()), max(b for _, b in family.values()))
        apply_rules(doc, "conditions")
        apply_rules(doc, "family_history")

    @staticmethod
    def _own_stay(doc: Doc, low: str, s: int, pos: int) -> bool:
        """Whether the stay or operation at ``pos`` is the prospect's: "they put a stent in" is
        the doctors acting on the prospect, unless a relative was named before it."""
        subject = subject_of(doc, pos)
        if subject == "self":
            return True
        return (subject == "other" and bool(DOCTORS_BEFORE_RE.search(low, max(s, pos - 20), pos))
                and not any(s <= a < pos + 30 for a, _, _ in entities(doc, "KIN")))  # not "on my dad's hip"

    @staticmethod
    def _same_in_family(doc: Doc, low: str, own: dict[str, tuple[int, int]], family: dict[str, tuple[int, int]]) -> None:
        """"Had a melanoma cut out. Dad had one too", "a bypass, and my brother had the same":
        a parent or sibling with the prospect's own illness is family history of it."""
        for m in SAME_TOO_RE.finditer(low) if "too" in low or "same" in low or "as well" in low else ():
            before = [(a, v) for v, (a, _) in own.items() if a < m.start()]
            if kin_at(doc, m.start("kin")) in FAMILY_ROLES and before:
                value = max(before)[1]  # the illness named last before the relative
                family.setdefault(value, (m.start(), m.end()))

    @staticmethod
    def _relative_with(doc: Doc, low: str, s: int, a: int) -> Optional[str]:
        """A parent or sibling the illness at ``a`` is set against ("mum - breast cancer"), or
        named with "both had" ("my mum and her sister both had breast cancer"); else None."""
        kin = [(k, kb, v) for k, kb, v in entities(doc, "KIN") if s <= k and kb <= a]
        if not kin:
            return None
        k, kb, role = kin[-1]
        if role in FAMILY_ROLES and kb >= a - 8 and (KIN_LABEL_GAP_RE.search(low, kb, a) or (
                KIN_COMMA_GAP_RE.search(low, kb, a) and KIN_OPENS_RE.fullmatch(low, s, k))):
            return role
        both = BOTH_HAD_RE.search(low, kb, a)
        if both and not FIRST_PERSON_RE.search(low, both.end(), a):  # "..., I'm pre-diabetic" is the prospect's
            return next((v for _, _, v in kin if v in FAMILY_ROLES), None)
        return None

    def _fuzzy_conditions(self, doc: Doc, exact: list[tuple[int, int, str, float]]) -> list[tuple[int, int, str, float]]:
        low: str = state(doc).low
        if not HEALTH_CUE_RE.search(low):
            return []
        covered = {i for a, b, _, _ in exact for i in range(a, b)}
        out = []
        for tok in doc:
            if len(tok) < 6 or not tok.is_alpha or tok.idx in covered:
                continue
            word = tok.lower_
            bucket = self.buckets.get(word[0])
            if not bucket:
                continue
            hit = process.extractOne(word, bucket, scorer=fuzz.ratio, score_cutoff=87)
            if hit is not None:
                out.append((tok.idx, tok.idx + len(tok), self.word_value[hit[0]], 0.7))
        return out

    # hospital ----------------------------------------------------------------------
    def _hospital(self, doc: Doc) -> None:
        low: str = state(doc).low
        if not HOSPITAL_HINT_RE.search(low) and state(doc).expect != "hospitalized_5y":
            return
        for m in NO_HOSPITAL_RE.finditer(low):
            if re.search(r"surger|operation", m.group()) and STAY_SAID_RE.search(low):
                continue  # "in hospital twice for kidney stones, no surgery though": there was a stay
            if state(doc).expect == "hospitalized_5y" or re.search(r"hospital|surger|operation", m.group()):
                add(doc, "hospitalized_5y", False, 0.9, m.start(), m.end())
        for m in HOSPITAL_RE.finditer(low):
            s, e = sentence_at(state(doc).sents, m.start())
            floor = clause_start(low, s, m.start())
            if not (self._own_stay(doc, low, s, m.start()) or self._own_birth(doc, low, s, m)) or WORKPLACE_BEFORE_RE.search(low, max(s, m.start() - 30), m.start()):
                continue  # "visiting my mum in hospital", "a nurse in a busy A&E"
            if m.group() in ("icu", "intensive care", "a&e") and WARD_AS_WORK_RE.search(low, max(0, m.start() - 25), min(len(low), m.end() + 12)):
                continue
            if m.group().startswith("surger") and re.search(r"\b(?:at|in) (?:the|a|our|my|the gp|the dental|the vet|a dental|a gp)\s*$", low[max(s, m.start() - 16):m.start()]):
                continue  # "receptionist at the surgery": a GP practice, not an operation
            if QUESTION_NO_RE.match(low, m.end()):
                continue  # "had a stroke? no."
            if re.search(r"\b(?:if|would|will|need|might|going to|scheduled|booked|waiting)\b", low[floor:m.start()]):
                continue
            if is_negated(low, floor, m.start()):
                if not (re.match(r"surger|operat", m.group()) and STAY_SAID_RE.search(low)):
                    add(doc, "hospitalized_5y", False, 0.85, m.start(), m.end())
                continue
            when = LAST_STAY_WHEN_RE.search(low, s, e) or HOSPITAL_WHEN_RE.search(low, s, e)
            recent, conf = True, 0.75
            if when:
                months = self._when_months(doc, when)
                if months is not None:
                    recent, conf = months <= 60, 0.9
            if not recent:
                if LAST_STAY_BEFORE_RE.search(low, max(s, m.start() - 25), m.start()):
                    add(doc, "hospitalized_5y", False, 0.8, m.start(), when.end() if when and when.end() > m.end() else m.end())
                    continue  # "my last hospital stay was 2018": none in the last five years
                if NOTHING_SINCE_RE.match(low, m.end() if not when else max(m.end(), when.end())):
                    add(doc, "hospitalized_5y", False, 0.8, m.start(), e)  # "appendix out as a kid, nothing since"
                continue  # a stay more than five years ago says nothing about the last five (labelling guideline)
            add(doc, "hospitalized_5y", recent, conf, m.start(), when.end() if when and when.end() > m.end() else m.end())
            claim_overlapping(doc, m.start(), max(m.end(), when.end() if when else m.end()))

    @staticmethod
    def _own_birth(doc: Doc, low: str, s: int, m: re.Match[str]) -> bool:
        """"had my youngest by c-section": the child named is the baby, the operation the prospect's."""
        return bool(BIRTH_OP_RE.fullmatch(m.group())) and subject_of(doc, m.start()) == "child" \
            and bool(OWN_BIRTH_BEFORE_RE.search(low, s, m.start()))

    @staticmethod
    def _when_months(doc: Doc, m: re.Match[str]) -> Optional[float]:
        if m.group("year"):
            return (today(doc).year - int(m.group("year"))) * 12.0
        if m.groupdict().get("month"):
            return _months_back(doc, m.group("month"))
        if m.group("recent"):
            return 6.0
        if m.group("old"):
            return 240.0
        n = {"a": 1.0, "an": 1.0, "a couple of": 2.0, "couple of": 2.0, "a few": 3.0}.get(m.group("n")) or parse_number(m.group("n"))
        if n is None:
            return None
        return n * UNIT_TO_MONTHS[m.group("u")[0]]

    # hobbies -------------------------------------------------------------------------
    def _hobbies(self, doc: Doc) -> None:
        low: str = state(doc).low
        found: dict[str, tuple[int, int]] = {}
        for a, b, value in entities(doc, "HOBBY"):
            s, e = sentence_at(state(doc).sents, a)
            floor = clause_start(low, s, a)
            if is_negated(low, floor, a) or USED_TO_RE.search(low, max(floor, a - 30), a):
                continue
            if FUTURE_HOBBY_RE.search(low, max(floor, a - 35), a) or EXAMPLE_BEFORE_RE.search(low, max(floor, a - 30), a):
                continue  # "thinking about taking up skydiving", "something stupid like skydiving"
            if is_hypothetical(low, floor, a) and not HOBBY_PRACTISED_RE.search(low, b):
                continue  # "what if I took up diving", unless "do you cover skydiving? I've done 200 jumps"
            job_before = low[a:b] not in HOBBYIST_NOUNS and JOB_BEFORE_HOBBY_RE.search(low, max(s, a - 25), a)
            if subject_of(doc, a) != "self" or HOBBY_AS_JOB_RE.match(low, b) or job_before:
                continue  # "a scuba instructor", "commercial diver", "mostly climbing work"
            if low[a:b].endswith("climb") and CLIMB_THING_AFTER_RE.match(low, b):
                continue
            if low[a:b] in GENERIC_HOBBY_WORDS and not (state(doc).expect == "hazardous_hobbies" or re.search(r"\b(?:i|i'm|im|i've|me|my|hobby|hobbies|weekend|weekends|spare time|free time|love|enjoy|into|do|go|fly|licen[cs]e|compete|member|club|qualified|certified|padi)\b", low[s:e])):
                continue
            if low[a:b] in RACE_VERBS and not MOTOR_CONTEXT_RE.search(low):
                continue  # "i race on weekends" is motor racing beside a motorbike, not a 10k run
            if value == "aviation" and re.search(r"\b(?:pilot|flight attendant|cabin crew)\b", low) and not re.search(r"hobby|weekend|private|lesson|glid|licen", low):
                continue
            found.setdefault(value, (a, b))
        if found:
            add(doc, "hazardous_hobbies", sorted(found), 0.85, min(a for a, _ in found.values()), max(b for _, b in found.values()))
        apply_rules(doc, "hazardous_hobbies")
