"""Age, marital status, children and dependent parents."""

from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..doc_state import add, claim_overlapping, has, is_claimed, state, today
from ..numbers import MONTH_NAME, NUM, month_number, parse_number
from ..text import clause_start, is_corrected, is_negated, sentence_at
from .common import apply_rules, entities, kin_at, subject_of
from ..literal_scan import compile_gated

NOT_AGE_AFTER = (r"(?!\s*(?:kg|kilos?|lbs?|pounds|stone|st\b|cm|ft|feet|foot|'|\"|k\b|m\b|grand|thousand|million|"
                 r"dollars|bucks|%|percent|kids|children|times|minutes|mins|hours|days|weeks|months|"
                 r"in (?:debt|savings)|[,.]\d|\d))")
# whose ages they are is read where the earlier age is said: "my dad retired at 60, now 75" is his
AT_THEN_NOW_RE = compile_gated(r"\bat [1-9]\d,? (?:and )?now (?P<n>[1-9]\d)\b(?=\s*(?:[,.;!?]|$|and\b))")
AGE_PATTERNS = [
    # "I'm 35", "age 35", "aged 35", "just turned 40", "I turn 40 in December", "I'll hit 50 next year"
    (compile_gated(rf"\b(?:(?<=^)am|i'm|i am|im|i'm now|i am now|me|me[:?]|age[d:]?|age is|my age is|just turned|i turned|turned|i'll be|ill be|i will be|i'm turning|i am turning|turning|i turn|i'll turn|i will turn|i hit|i'll hit|i reach|i'll reach)\s+"
                rf"(?:just\s+|only\s+|nearly\s+|almost\s+|about\s+|around\s+|now\s+|actually\s+|really\s+|currently\s+)?(?P<n>{NUM})\b{NOT_AGE_AFTER}"), 0.9),
    # "35 years old", "35yo", "a 35-year-old", "47 years young"
    (compile_gated(rf"\b(?P<n>{NUM})(?:\s*|-)(?:years?|yrs?|yr)(?:\s*|-)(?:old|young)\b|(?<!been )(?<!for )(?<!over )(?<!past )(?<!last )(?<!than )(?<!road )(?<!job )(?<!there )(?<!trade )(?<!industry )\b(?P<n2>\d{{2}})\s?(?:y/?o|yo|yrs)\b(?! (?:ago|now|together|married|in|at|with|since|of|there|here|on|for|as|service|experience|exp|working|doing|running|employed|self|under|into|left|back|to go|to run|remaining|more)\b)"), 0.9),
    # "I am Sipho, 38 years, I work...", "I have 35 years", "I am having 42 years" (calques from Spanish, Polish, Hindi)
    (compile_gated(r"(?:\b(?:i am|i'm|im) [a-z]+, |\bi have |\b(?:i am|i'm|im) having |^|(?<=^am )|(?<=\bi am )|(?<=\bi'm ))(?P<n>[1-9]\d) years\b(?=\s*(?:[,.;!]|$|and\b|old\b))"), 0.8),
    # "27F", "i'm 37 m", "hi, 34m, married": age and sex shorthand ("m" only where it cannot be millions)
    (compile_gated(r"\b(?P<n>[1-9]\d)\s?f(?=\s*(?:[,./;)]|$|\s))|(?:(?<=^)|(?<=i'm )|(?<=im )|(?<=: )|(?<=me )|(?<=\bso )|(?<=^ok )|(?<=^hi )|(?<=^hi, )|(?<=^hey )|(?<=^hey, )|(?<=^hello )|(?<=^hello, ))(?P<n2>[1-9]\d)\s?m(?=\s*(?:[,/;)]|$))"), 0.85),
    # "35 next birthday": one year less now
    (compile_gated(r"(?:^|(?<=[,.!?;] )|(?<=\bi'm )|(?<=\bim )|(?<=\bi am ))(?P<n>[1-9]\d)(?: years?)? (?:next birthday|on my next birthday|at my next birthday)\b"), 0.85),
    # "at 24 I'm too young to need it": the age the prospect speaks from
    (compile_gated(r"(?:^|(?<=[,.!?] )|(?<=\bbut )|(?<=\bhonestly )|(?<=\bsurely )|(?<=\bthink )|(?<=\bguess ))at (?P<n>[1-9]\d),? (?:i'm|i am|im|i feel|i reckon i'm)\b"), 0.8),
    # "retiring in 18 months, 64 now"; "do I even need it at 25?": the age they speak from
    (compile_gated(r"(?:(?<=^)|(?<=[,;.!?] ))(?P<n>[1-9]\d) now\b(?=\s*(?:[,.;!?]|$|lol|haha))"
                r"|\bneed (?:it|this|that|cover|insurance|life (?:cover|insurance))(?: (?:yet|now|really))? at (?P<n2>[1-9]\d)\b(?=\s*(?:[,.;!?]|$|tbh|honestly|really|lol|haha|though|anyway))"), 0.75),
    # "retired at 62, now 67", "started at 16, now 45": an age then, and the age now
    (AT_THEN_NOW_RE, 0.8),
    # "I'm married and 34", "I'm positive and 30": a state, then the age
    (compile_gated(rf"\b(?:i'm|i am|im) (?:[a-z-]+ ){{1,2}}and (?P<n>[1-9]\d)\b{NOT_AGE_AFTER}(?!\s*(?:years? (?:ago|in|at|with|of|there|now)|yrs? (?:ago|in|at))\b)"), 0.8),
    # "41 last birthday", "63 to be exact", "still single at 34"
    (compile_gated(rf"(?:(?<=^)|(?<=[,;.!?:] ))(?P<n>[1-9]\d|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?) (?:(?:at|on) my )?(?:last birthday|to be (?:exact|precise|honest))\b"
                r"|\bstill (?:single|unmarried|renting|at home|living at home|not married) at (?P<n2>[1-9]\d)\b(?!\s*(?:and|or|-|to)\b)"), 0.8),
    # "my husband and I are both 35", "married, both 29", "both 52 and no kids" (not "both 30 and 32")
    (compile_gated(rf"\bboth (?:aged |age )?(?P<n>[1-9]\d)\b{NOT_AGE_AFTER}(?!\s*(?:or|-|to)\b)(?!\s*and\s+(?:\d|[a-z]+ty\b))"), 0.8),
]
# "hitting the big five-oh in January", "turned the big 4-0 last month", "the big 60 next year"
BIG_BIRTHDAY_RE = compile_gated(r"\b(?P<verb>hitting|hit|turning|turned|turn|reaching|reached|reach|be|celebrating|celebrated)\s+the big\s+"
                             r"(?P<tens>[2-9]|two|three|four|five|six|seven|eight|thirty|forty|fifty|sixty|seventy|eighty)(?:[- ]?(?:oh|o|0))?\b")
TENS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8}
LATER_AGE_BEFORE_RE = compile_gated(r"\b(?:before|by the time|until|till|til|when|once|after)\s+$")
NEXT_BIRTHDAY_RE = compile_gated(r"(?: years?(?: old)?)? (?:next birthday|on my next birthday|at my next birthday|next (?:week|month)|tomorrow|"
                              r"in (?:a|one|two|three|a few|a couple of|\d) (?:days?|weeks?|months?)|in a fortnight)\b")
# a time still to come after an age: "turning 7 in January", "I'll be 40 next month"
LATER = r"\s+(?:next|this|in|on|soon|later|at the end)\b"
TURN_LATER_RE = compile_gated(LATER)
WILL_TURN_RE = compile_gated(rf"\b(?:turning|turn|hit|reach|i'll be|i will be|be)\s+\S+{LATER}|\b(?:turning|i'll be|i will be)\s+\S+\s*$")
BORN_RE = compile_gated(
    r"\b(?:born|dob|birth ?year|year of birth)(?:\s+(?:in|on|back in))?(?:\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"(?:\s*(?P<month>{MONTH_NAME})\.?)?\s*(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-])?(?:,?\s*)(?P<year>(?:19|20)\d{{2}}|['’]\d{{2}}|(?<=in )[4-9]\d(?=\s*(?:$|[,.;!?]|if\b|so\b|and\b|but\b|i\b|lol\b|btw\b)))\b"
)

KID = r"(?:kids?|kiddos?|kiddies|littlies|littluns|pikins?|pickins?|children|child|sons?|daughters?|boys?|girls?|twins|little ones?|little (?:fella|man|lad)|weans?|bairns?|laaities?|nippers|sprogs|little uns|young ones|(?:small|little|young|wee) (?:lads|lasses)|teenagers?|(?<!my )(?<!her )(?<!his )(?<!the )(?<!late )(?<!early )(?<!mid )(?<!our )teens|toddlers?|babies|baby|step-?sons?|step-?daughters?|step-?kids|step-?children|grandkids|grandchildren)"
COUNT_WORD = rf"(?P<n>{NUM}|a|an|one|a set of|a couple of|couple of|both(?: of)?(?: my| our)?)"
KID_COUNT_RE = compile_gated(
    rf"\b{COUNT_WORD}\s+(?:(?:young|little|small|grown[- ]up|grown|adult|teenage|teen|beautiful|lovely|wonderful|amazing|school[- ]age|step|twin|baby|wee|older|younger|boy|girl|cheeky)\s+){{0,2}}"
    rf"(?P<kid>kids?|kiddos?|kiddies|littlies|littluns|pikins?|pickins?|children|child|sons?|daughters?|boys?|girls?|twins|little ones?|weans?|bairns?|laaities?|nippers|sprogs|little uns|young ones|(?:(?<=small )|(?<=little )|(?<=young )|(?<=wee ))(?:lads|lasses)|(?:(?<=little )|(?<=wee ))(?:fella|man|lad|guy|dude)|teenagers?|(?<!\bmy )(?<!\bher )(?<!\bhis )(?<!\bthe )(?<!\blate )(?<!\bearly )(?<!\bmid )teens|toddlers?|babies|baby|step-?sons?|step-?daughters?|step-?kids|step-?children)\b(?!\s*(?:of(?!\s+\d)|'s\b))"
)
PARENT_OF_RE = compile_gated(rf"\b(?:father|dad|mother|mum|mom|mam|parents?|daddy|mommy|mummy)\s+(?:of|to)\s+(?P<n>{NUM}|one|an?(?= (?:\d+|\w+)[- ](?:year|yr|month)))\b")
KIDS_COLON_RE = compile_gated(rf"\b(?:kids|children)\s*(?:[:=-]|\?\s*(?:(?:yeah|yes|yep|yup|aye)\W*)?)\s*(?P<n>{NUM})\b(?!\s*(?:,|and\b|&|/)\s*(?:{NUM})\b)"
                           r"(?!\s*(?:k\b|grand|%|years?|months?|weeks?|hours?|quid|pounds|dollars))"
                           # "my two are 5 and 8", "our three are all at school"
                           rf"|\b(?:my|our) (?P<n2>two|three|four|five|2|3|4|5) (?:are|r|were)\b(?! (?:yours|mine|ours|cars|dogs|cats|jobs|houses|sisters|brothers|parents|friends)\b)")
KIDS_ALTOGETHER_RE = compile_gated(rf"\b(?:so|that's|thats|making|makes)\s+(?P<n>{NUM})\s+(?:altogether|all together|in total|in all|total)\b")
# "kids are grown up and gone - 3 of them"
KIDS_OF_THEM_RE = compile_gated(rf"\b(?:kids|children|boys|girls|sons|daughters)\b[^.;!?]{{0,40}}?[-,:(]\s*(?P<n>{NUM}) of (?:them|'em)\b")
# "kids - 2", "one kid, one on the way": a lone number after the word is how many, not an age
# a number followed by one of these is an amount, a weight or a count, not a child's age
# "3 kids, 2 of mine from before": a share of the children, not an age
NOT_AN_AGE_AFTER = r"k\b|grand|thousand|million|dollars|%|kg|lbs|times|pounds|cm|of (?:mine|ours|hers|his|theirs|them|us|my|our|her|their)\b"
COUNT_NOT_AGE_AFTER_RE = compile_gated(r"\s*(?:on the way|due\b|more\b|of (?:them|us|'em)\b|in total\b|altogether\b|"
                                    r"(?:are|were|is) (?:mine|ours|his|hers|theirs|my|our|from|still|grown|at|in|living|with|biological|adopted|step)\b)")  # "3 kids, 2 are mine"
ONE_AS_PRONOUN_RE = compile_gated(r"\s+(?:turning|turns|who|that|is|at|in|doing|just|about|still|starting)\b|'s\b")
ONE_AGED_RE = compile_gated(r"\s+(?:(?P<turning>turning|turns)|who's|who is|is|'s|just turned)\s+(?P<n>\d{1,2})\b(?!\s*(?:k\b|%|months?|weeks?))")
AGE_LIST = rf"(?P<ages>(?:{NUM})(?:\s*(?:,\s*and|,|and|&|/|\+)\s*(?:{NUM}))*)"
AGES_AFTER_KIDS_RE = compile_gated(
    rf"\b(?:kids?|children|boys?|girls?|sons?|daughters?|twins|little ones|ones|teenagers|(?<=[a-z] )teens|child|other (?:two|2|three|3)|others|(?<=\bmy )(?:two|three|four)|(?<=\bour )(?:two|three|four))"
    rf"(?:\s*,\s*|\s*\(\s*|\s+(?:are|aged|ages|age|who are|both|being|are aged|:)\s*|\s*:\s*|\s*-\s*)(?:aged\s+|ages\s+|age\s+)?{AGE_LIST}"
    rf"(?!\s*(?:{NOT_AN_AGE_AFTER}))(?!\s*{KID}\b)"  # not "one boy, one girl"
)
# "my two (7 and 10) and her one (12)", "my own two, 8 and 4", "his three - 5, 9 and 11":
# a possessive count with no word for children, then exactly that many ages
OWN_COUNT_AGES_RE = compile_gated(rf"\b(?:my|our|his|her|their) (?:own )?(?P<n>one|two|three|four|five|[1-5])\s*(?:\(\s*|,\s*|\s-\s*|:\s*)(?:aged?\s+|ages\s+)?"
                               rf"{AGE_LIST}\b(?!\s*(?:{NOT_AN_AGE_AFTER}|years? (?:ago|in|at)|hours|minutes|days|weeks|months|a |per ))")
# "aged 3 to 14", "ages 2-10", "from 5 through 12": a range
AGE_RANGE_AFTER_RE = compile_gated(r"\s*(?:to|-|–|through|thru|up to)\s*\d{1,2}\b")
# "just had our second baby", "our third was born in May": the newest child's place is how many there are
ORDINAL_CHILD_RE = compile_gated(r"\b(?:(?:just |recently )?had|welcomed|have had) (?:our|my) (?P<ord>second|third|fourth|fifth|2nd|3rd|4th|5th)(?: (?:baby|child|kid|son|daughter|boy|girl|little one))?\b"
                              r"|\b(?:our|my) (?P<ord2>second|third|fourth|fifth|2nd|3rd|4th|5th)(?: (?:baby|child|kid|son|daughter|boy|girl|little one))? (?:was born|arrived|came along)\b")
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
# "a 10 year old car", "a 20 year old house": a thing's age
THING_AFTER_AGE_RE = compile_gated(r"\s+(?:car|house|home|flat|van|truck|bike|motorbike|dog|cat|horse|policy|boiler|roof|kitchen|laptop|phone|"
                                r"computer|mortgage|loan|business|company|firm|boat|caravan|fridge|tv|sofa|bathroom|extension|pension|plan|scheme|bakkie|ute|"
                                r"lab|labrador|puppy|pup|kitten|pony|collie|spaniel|terrier|retriever)\b")
MORE_KIDS_AFTER_RE = compile_gated(r"\b(?:another|other|and (?:a|an|one|two)|plus (?:a|an|one)|both|twins|babies|baby|newborn|kids|children)\b"
                                r"(?! (?:one )?(?:on the way|due|coming|expected))")
HAVE_BEFORE_RE = compile_gated(r"\b(?:i|we)(?:'ve| have)?(?: got)? $|(?:^|[,;] )(?:and )?(?:have|got|have got) $|\b(?:i|we) have $|\b(?:married|single|divorced|mum|mom|dad|parent|widowed|separated),? with $"
                            r"|\b(?:i'm|i am|im) (?:\d\d|[a-z]+ty(?:-[a-z]+)?) with $")  # "I'm 40 with a 15 year old son"
# a child named beside one not born yet is the one born: "a baby on the way and a 2 year old",
# "a 3 yr old and another due in May", "pregnant, plus a 4 year old"
BESIDE_UNBORN_BEFORE_RE = compile_gated(r"\b(?:on the way|due(?: in \w+)?|expecting|pregnant)\s*(?:,\s*)?(?:and|plus|&|\+)?\s*$")
BESIDE_UNBORN_AFTER_RE = compile_gated(r"\s*(?:,|and|plus|&|\+)\s*(?:one|another|a baby|baby|one more)\s+(?:on the way|due\b|coming\b|expected\b)")
# "a 45 yr old male smoker": a grown-up, not a child
ADULT_AFTER_RE = compile_gated(r"\s+(?:male|female|man|woman|guy|bloke|lady|gent|smoker|non[- ]?smoker|professional|mum|mom|dad|father|mother|"
                            r"husband|wife|person|single|married|divorced|widow|widower|nurse|teacher|driver|engineer|manager)\b")
YEAR_OLD_CHILD_RE = compile_gated(
    rf"\b(?:a|an|my|our|one|the|his|her)\s+(?P<n>{NUM})(?:\s|-)?(?:years?|yrs?|yr)?(?:\s|-)?old\b(?!{ADULT_AFTER_RE.pattern})|(?P<n2>{NUM})[- ]?(?:year|yr)[- ]old\s+{KID}"
)
KID_IS_AGE_RE = compile_gated(
    rf"\b(?:(?<=son, )(?:he|she)'s|(?<=daughter, )(?:he|she)'s|(?<=kid, )(?:he|she)'s|son|daughter|boy|girl|kid|child|eldest|youngest|oldest|elder|older|younger|first[- ]?born|last[- ]?born|(?<=\bour )first|(?<=\bmy )first|baby|middle one|little one|little fella|little man|little lad|step-?son|step-?daughter|twins|wean|bairn|laaitie)(?:'s|\s+(?:just )?turned|\s+is|\s+who's|\s+who is|\s+aged|\s+age|\s+of(?=\s+\d+\s*(?:$|[,.;!?]|and\b|years?\b|yrs?\b))|,|:|\s*\()?\s*"
    rf"(?P<n>{NUM})\b(?!\s*(?:{NOT_AN_AGE_AFTER}|kids|children|months|weeks|years? ago))"
)
# "my stepson lives with us, he's 9": a pronoun's age, when the last relative named is a child
PRONOUN_AGE_RE = compile_gated(
    rf"\b(?:he|she)(?:'s|\s+is|\s+turned|\s+just turned)\s+(?:only\s+|just\s+|nearly\s+|almost\s+)?(?P<n>{NUM})\b"
    rf"(?!\s*(?:{NOT_AN_AGE_AFTER}|kids|children|months|weeks|years? ago|hours|minutes|stone|st\b|ft|feet|foot|'|\"))"
)
BOTH_AGES_RE = compile_gated(r"\b(?:both|they(?:'re| are| both| just)?) (?:aged |age |just turned |turned |turning |are )?(?P<n>\d{1,2})\b"
                          r"(?!\s*(?:k\b|%|years? ago|and\b|-|months?|weeks?|days?|minutes?|mins?|hours?|hrs?|miles?|km|kms|quid|dollars|pounds|grand))")
# "our daughter is at uni and our son's 16": each child named on their own counts once
OWN_CHILD_RE = compile_gated(r"\b(?:my|our)\s+(?:(?:eldest|oldest|youngest|middle|little|baby|teenage|grown[- ]up|adult|only)\s+)?"
                          r"(?P<kid>son|daughter|boy|girl|step-?son|step-?daughter)\b")
# "two girls 9 and 12", "weans both at the high school, 13 and 15", "kids 4 9 and 14",
# "grown up and left home (24 and 27)": a list of ages a little after a word for children
LOOSE_AGES_RE = compile_gated(
    rf"(?<![\w.,$£€])(?:\(\s*)?(?P<ages>(?:{NUM})(?:\s*(?:,|and|&|/)\s*(?:{NUM})|\s+\d{{1,2}}(?=\s*(?:,|and|&|\d)))+)"
    rf"(?!\s*(?:{NOT_AN_AGE_AFTER}|years? ago|hours|minutes|days|weeks|months|a |an |per |kids|children))"
)
# "my little girl is 18 months": a child's age given in months, in whole years
MONTHS_AGE_RE = compile_gated(r"\b(?:girl|boy|son|daughter|baby|little one|youngest|kid|child|twins)\s+(?:is|'s|are)\s+(?:only\s+|just\s+)?(?P<n>\d{1,2})\s*months?\b(?!\s*old)")
# "we've got 3, aged 2, 5 and 9": a count, then the ages without a word for children
COUNT_AGED_RE = compile_gated(rf"\b(?:got|have|had|with)\s+(?P<n>[1-9]|two|three|four|five|six)\s*,?\s*(?:aged|ages)\s+{AGE_LIST}"
                           # "mother of three, ages 2, 5 and 8", "single mum of four, 15, 12, 9 and 1", "dad of 2, they're 6 and 8"
                           rf"|\b(?:mum|mom|mam|mother|dad|father|parent)\s+(?:of|to)\s+(?P<n2>[2-9]|two|three|four|five|six)\s*[,:(-]\s*(?:they(?:'re| are)\s+)?(?:aged\s+|ages\s+)?{AGE_LIST.replace('?P<ages>', '?P<ages2>')}\b"
                           rf"(?!\s*(?:{NOT_AN_AGE_AFTER}|hours|hrs|years? (?:ago|in|at|with|there)))")
MONTHS_OLD_RE = compile_gated(rf"\b(?:a|an|my|our|one)?\s*(?P<n>{NUM})[- ]?(?:months?|weeks?)[- ]old\b|\bnewborn\b|\bnew baby\b"
                              # a first or only baby born in a month with no year said is under one: "just had our first baby in October"
                              # ("our second baby last month" alone leaves the first one's age unsaid: partial ages give none)
                              rf"|\b(?:had|welcomed) (?:our|my|a) (?:first |new |little |baby )?(?:baby|son|daughter|boy|girl|little one)(?: (?:boy|girl))?"
                              rf" (?:in|last|this|back in) (?:{MONTH_NAME}|month|week|summer|spring)\b(?!\s*,?\s*(?:19|20)?\d\d)")
# cheap checks before the costly number-word scans above
KID_WORD_RE = compile_gated(rf"\b{KID}\b")
MONTHS_OLD_HINT_RE = compile_gated(r"month|week|newborn|new baby|had (?:our|my|a)|welcomed")
EACH = {"a": 1, "an": 1, "one": 1, "a set of": 2, "a couple of": 2, "couple of": 2,
        "both": 2, "both my": 2, "both our": 2, "both of my": 2, "both of our": 2}
# "we're having twins", "twins on the way": not yet children
WISHED_KID_BEFORE_RE = compile_gated(r"\b(?:trying|try|hoping|hope|planning|plan|want|wanting|would like|thinking of having|thinking about having|might have)(?: to have| for| on)?\s+$")
EXPECTING_RE = compile_gated(r"\b(?:having|expecting|pregnant|due)\b[^.;!?]{0,15}$|^[^.;!?]{0,25}\b(?:on the way|due)\b")
PLURAL_TWO = {"twins": 2}
NAMED_AGES_RE = compile_gated(r"\b(?:kids|children|boys|girls|sons|daughters)\s*[:=-]\s*(?P<list>[a-z]+\s+\d{1,2}(?:\s*(?:,|and|&)\s*[a-z]+\s+\d{1,2})+)")
PAREN_AGE_RE = compile_gated(rf"\b{KID}\b[^().,;!?]{{1,30}}\((?:aged? )?(?P<n>\d{{1,2}})(?P<months>\s*(?:months?|mths?|mos|m)(?: old)?)?\)")
# "we have four, the youngest is 2 and the eldest 14": a bare count, the children named after it
HAVE_N_THEN_KIDS_RE = compile_gated(r"\b(?:we|i)(?: have|'ve got| got|'ve| have got)\s+(?P<n>two|three|four|five|six|seven|eight|[2-8])\b(?=\s*(?:,|-|and\b)[^.;!?]{0,40}\b(?:youngest|eldest|oldest|kids|children|boys|girls|sons|daughters)\b)")
# "4 girls work for me", "two lads I employ", "3 boys on the books": staff, not children
STAFF_AFTER_RE = compile_gated(r"\s*(?:working (?:for|with|under) (?:me|us)|(?:who |that )?(?:now )?work (?:for|under) (?:me|us)|(?:that |who )?(?:i|we) (?:employ|take on|took on|have working)|on (?:the|my|our) books|on (?:the |my )?staff|in the (?:salon|shop|office|team))\b")
NOT_OURS_AFTER_RE = compile_gated(r"\s*(?:from (?:before|a previous|her previous|his previous|her first|his first|an earlier|a former|her last|his last)|of (?:her|his) own)\b")
UNBORN_AFTER_RE = compile_gated(r"\s*(?:on the way|due\b|coming (?:in|soon|next)|expected\b)")

PARENT_TERMS_RE = compile_gated(
    r"\b(?:(?P<two>(?:both )?(?:my |our )?(?:parents|folks|in-laws|in laws|grandparents|mum and dad|mom and dad|mother and father|dad and mum|dad and mom|mam and dad))"
    r"|(?P<one>(?:my |our |an? )?(?:elderly |old |widowed |aging |ageing |sick |disabled )?(?:mum|mom|mother|mam|mama|mamma|dad|father|papa|mother-in-law|father-in-law|mother in law|father in law|"
    r"grandma|grandmother|granny(?! flat| annexe)|gran|nan|nana|grandad|granddad|grandpa|grandfather|aunt|auntie|aunty|uncle|stepmother|stepfather|stepmom|stepdad)))\b"
)
OWN_PAIR_RE = compile_gated(r"\b(?:parents|folks|mum and dad|mom and dad|mother and father|dad and mum|dad and mom|mam and dad)$")
ONE_OF_PAIR_RE = compile_gated(r"(?:(?:my|our) )?(?:mum|mom|mother|mam|dad|father)")
SUPPORT_RE = compile_gated(
    r"\b(?:support(?:s|ing)?(?! (?:me|us)\b)|look(?:s|ing)? after|take care of|taking care of|care for|caring for|provide for|providing for|"
    r"send(?:s|ing)? (?:money|cash|funds|some money|them money|her money|him money)|(?:send|wire|transfer|remit)(?:s|ing)?\b(?=[^.;!?]{0,40}\b(?:home|back|to (?:my|our)|for (?:my|our)) )|give(?:s|ing)?\b(?=[^.;!?]{0,40}\b(?:a|per|each|every) (?:month|week)\b)|pay(?:s|ing)? (?:for|their|her|his|the bills)|help(?:ing)? (?:out )?(?:financially|with (?:money|bills|rent|their bills))|"
    r"depends? on (?:me|us)|dependent on (?:me|us)|relies on (?:me|us)|rely on (?:me|us)|(?:rel(?:y|ies)|depends?) on (?:what (?:i|we) send|the money (?:i|we) send|my (?:money|income|salary|wages?|pay))|(?<!help us out )(?<!help me out )(?<!independent )financially|lives? with (?:us|me)|living with (?:us|me)|moved in with (?:us|me)|"
    # "I do help out my mum", "I help him out with money", "I cover the care home fees"
    r"help(?:ing)? out|help(?:ing)? (?:\S+ ){1,3}out\b|help(?:ing)? (?:\S+ ){1,6}with (?:(?:her|his|their|the) )?(?:money|cash|bills|rent|fees)|"
    # "I help my mum and dad every month", "helping my folks out each week": help by the month is money
    r"help(?:s|ing)? (?:both )?(?:my|our) [\w-]+(?: and (?:my |our )?[\w-]+)?(?: out)? (?:every|each) (?:month|week)\b(?!,? (?:with|at|in|around) (?!(?:the |their |his |her )?(?:money|cash|bills|rent|fees|costs)\b))|"
    r"cover (?:the|her|his|their) (?:care home )?(?:fees|bills|care|rent)|top(?:s|ping)? up (?:the|her|his|their) (?:[\w-]+ ){0,2}(?:fees|bills|care|rent|pension|income)|(?:split|splitting|share|sharing) (?:the|her|his|their) (?:[\w-]+ ){0,2}(?:fees|bills|care|rent|costs)|pay(?:s|ing)? (?:for )?(?:the|her|his|their) (?:[\w-]+ ){0,2}(?:fees|bills|care)|"
    # "I send 500 NZD monthly to them", "I pay everything for my mother", Pidgin "I dey feed her"
    r"(?:send|wire|transfer)(?:s|ing)? [^.;!?]{1,30}\bto (?:them|her|him)\b|"
    # "I send my mum 200 a month", "I pay half the fees"
    r"(?:send|give)(?:s|ing)? (?:my|our) [\w-]+(?: and (?:my |our )?[\w-]+)?(?: (?:in|back in|back home in|out in|over in) [\w-]+(?: [\w-]+)?)? (?:about |around |roughly |like )?(?:[$£€₦₹r]|rs\.? ?)?\d[\d,.]*k?\b|pay(?:s|ing)? (?:half|some|part|most|a third|a share) (?:of )?(?:the|her|his|their) (?:[\w-]+ ){0,2}(?:fees|bills|care|rent|costs)|pay(?:s|ing)? (?:for )?(?:everything|all of it|it all|the lot|all the bills) for|dey (?:feed|support|take care of|look after|care for|send)|"
    # "I help both my parents, about 300 a month": help with a sum by the month or week is money
    r"help(?:s|ing)? (?:both )?(?:my|our) [\w-]+(?=[^.;!?]{0,60}?\b\d[\d,.]*k?\s*(?:a|per|every|each) (?:month|week)\b)|"
    r"contribut(?:e|es|ing) (?:to|towards)|top(?:s|ping)? (?:it|her|him|them|\S+ \S+) up|top(?:s|ping)? up (?:her|his|their)|"
    r"pay(?:s|ing)? (?:for )?(?:my |our )?\S+(?:'s|s') (?:rent|bills|fees|care|carer|medical bills|living costs|food|groceries)|"
    r"(?:i'm|i am|im) (?:\S+\s+){0,4}(?:carer|caregiver)|"
    r"stays? with (?:us|me)|staying with (?:us|me) (?:permanently|for good|full[- ]time|now)|moved in (?:with (?:us|me) )?(?:permanently|for good)|my dependants?|my dependents?|dependant|dependent|sponsor)"
)
ACTIVE_SUPPORT_RE = compile_gated(r"(?:support|look|take|taking|care|caring|provide|providing|send|pay|help|cover)")
SUPPORTER_RE = compile_gated(r"\b(?:i|we|i'm|we're|i've|we've|i'd|we'd)\b")  # "mum's in a home and I cover the fees"
# "dad moved in since mum died", "since we lost my mum": a parent who died is nobody's dependant
DECEASED_AFTER_RE = compile_gated(r"(?:'s|\s+(?:has|had|is|was))?\s+(?:died|die|passed|passed away|gone|deceased|no longer with us|late(?!\s*(?:\d|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|middle|for|to|with|home|again|sleeper|riser|bloomer|night|shift)))\b")
# "a stay-at-home mom of 3", "single dad": the parent word is the prospect
SELF_PARENT_BEFORE_RE = compile_gated(r"\b(?:a|an|single|stay[- ]at[- ]home|working|proud|full[- ]time|busy|new|young|divorced|widowed|solo|first[- ]time)\s+$")
SELF_PARENT_AFTER_RE = compile_gated(r"\s+(?:of|to)\s+(?:\d+|one|two|three|four|five|six|a|an|twins)\b")
SPOUSE_POSSESSIVE_RE = compile_gated(r"\b(?:wife|husband|partner|spouse|hubby|missus|fianc[eé]e?)(?:'s|s)\s+$")
LOST_BEFORE_RE = compile_gated(r"\b(?:lost|losing) (?:my |our )?$")
PRONOUN_AFTER_SUPPORT_RE = compile_gated(r"\s*(?:her|him|them)\b")
# "... but my parents are fine", "dad's ok on his own": a parent who needs nothing
FINE_AFTER_RE = compile_gated(r"(?:'s|\s+(?:is|are|r))\s+(?:both\s+|all\s+)?(?:fine|ok|okay|alright|all right|comfortable|independent|self[- ]sufficient|well off|sorted)\b(?!\s+(?:to|with)\b)")
BOTH_OF_THEM_RE = compile_gated(r"\bboth(?: of them)?\b")
NO_KIDS_BEFORE_RE = compile_gated(r"\b(?:no|any|without|zero)\s+$")
MONTHS_AFTER_RE = compile_gated(r"\s*(?:months?|mths?|mos)\b")
NOT_DEPENDENT_RE = compile_gated(r"\b(?:one day|eventually|in the future|someday|some day|(?:will|'ll|might|may|going to) have to|"
                              r"(?:her|his|their) own (?:pension|income|money)|financially independent|self[- ]sufficient)\b")


@Language.component("needscout_person")
def person_component(doc: Doc) -> Doc:
    """Age, marital status, children (count and ages) and dependent parents."""
    _age(doc)
    apply_rules(doc, "marital_status")
    _children(doc)
    _dependent_parents(doc)
    _profile_age(doc)
    return doc


PROFILE_AGE_RE = compile_gated(r"(?:^|[,(:!?]|\. )\s*(?P<n>[1-9]\d)(?![,.]\d)\s*(?=$|[,.)!;]|\s+(?:and|yo|years old|y/o)\b)"
                            # "scaffolder 29 single no kids": set off by spaces before a word of the same profile
                            r"|(?:(?<=[a-z] )|(?<=^)|(?<=\. ))(?P<n2>[1-9]\d)(?= (?:single|married|divorced|widowed|separated|engaged|male|female|no kids|no children|w/)\b)")


def _about_children(low: str, start: int, end: int) -> bool:
    """The last word for children before ``end`` names children they have ("no kids yet" does not)."""
    kids = list(KID_WORD_RE.finditer(low, start, end))
    return bool(kids) and not re.search(r"\b(?:no|any|without)\s+$", low[max(0, kids[-1].start() - 9):kids[-1].start()])


def _profile_age(doc: Doc) -> None:
    """"Truck driver, 47, divorced": a lone number set off by commas in a self-description."""
    st = state(doc)
    if any(c.fact == "age" for c in st.candidates):
        return
    low = st.low
    for m in PROFILE_AGE_RE.finditer(low):
        g = "n" if m.group("n") else "n2"
        a, b = m.start(g), m.end(g)
        if is_claimed(doc, a) or re.match(r"\s+(?:and|&)\s+\d", low[b:b + 8]):
            continue  # "they're grown, 30 and 28": a list of someone's ages
        if not 18 <= int(m.group(g)) <= 90 or subject_of(doc, a) != "self":
            continue
        if not re.search(r"[a-z]{3}", low[:a] + low[b:]) or st.expect not in (None, "age"):
            continue
        add(doc, "age", int(m.group(g)), 0.6, a, b)
        claim_overlapping(doc, a, b)
        return


AGE_HINT_RE = compile_gated(r"\b(?:am|big|i'm|i am|im|me|age|aged|turn|turned|turning|i'll|will be|old|y/?o|yo|yrs|birthday|exact)\b|\d\d")
KID_HINT_RE = compile_gated(rf"{KID}|father|mother|dad|mum|mom|parent|kid|old\b|newborn|eldest|youngest|oldest|aged|ages|\b(?:my|our) (?:two|three|four|five|[2-5]) (?:are|r|were)\b"
                         r"|\b(?:my|our) (?:own )?(?:one|two|three|four|five|[1-5])\s*[(,:-]|\b(?:my|our) (?:second|third|fourth|fifth|2nd|3rd|4th|5th)\b")


# "me and my husband are both 33", "the wife and I are both 40": a couple takes in the prospect
COUPLE_SUBJECT_RE = compile_gated(r"\b(?:me and (?:my|the)|i and my|(?:wife|husband|partner|hubby|missus|girlfriend|boyfriend|gf|bf|fianc[eé]e?) and (?:i|me)|we|we're|we are|us)\b")


def _own_age_subject(doc: Doc, low: str, m: re.Match[str], group: str, pattern: re.Pattern[str]) -> bool:
    """The age is the prospect's: said of themselves, or "both" said of a couple they are in."""
    subject = subject_of(doc, m.start(group) if pattern is not AT_THEN_NOW_RE else m.start())
    if subject == "self":
        return True
    if subject not in ("spouse", "partner") or not m.group().startswith("both"):
        return False
    return COUPLE_SUBJECT_RE.search(low, sentence_of(doc, m.start())[0], m.start()) is not None


PAST_MONTH_RE = compile_gated(rf"\s+in (?P<month>{MONTH_NAME})\b")


def _still_to_come(doc: Doc, low: str, pos: int) -> bool:
    """A time said after "hit" that has not come yet: "hit the big 4-0 in December" (not "in June", gone)."""
    if not TURN_LATER_RE.match(low, pos):
        return False
    month = PAST_MONTH_RE.match(low, pos)
    return month is None or month_number(month.group("month")) >= today(doc).month


def _age(doc: Doc) -> None:
    low: str = state(doc).low
    if not AGE_HINT_RE.search(low) and "born" not in low:
        return
    for pattern, conf in AGE_PATTERNS:
        for m in pattern.finditer(low):
            group = "n" if m.group("n") else "n2"
            value = parse_number(m.group(group))
            if value is None or not 16 <= value <= 105:
                continue
            if not _own_age_subject(doc, low, m, group, pattern) or (_child_context(low, m.start()) and not ADULT_AFTER_RE.match(low, m.end())):
                continue
            if _spans_kid_age(low, m):
                continue
            if LATER_AGE_BEFORE_RE.search(low, max(0, m.start() - 16), m.start()):
                continue  # "a great-uncle before I'm 50", "when I'm 60 I'll stop": an age to come
            if m.group().startswith("both") and _about_children(low, sentence_of(doc, m.start())[0], m.start()):
                continue  # "twins who just started uni, both 18": the children's age
            if WILL_TURN_RE.search(low, m.start(), min(len(low), m.end() + 25)) and re.search(r"turning|\bturn\b|\bhit\b|\breach\b|i'll be|i will be|\bbe\b", m.group()):
                value -= 1
                conf = 0.85
            elif NEXT_BIRTHDAY_RE.match(low, m.end(group)):
                value -= 1  # "I'm 40 next birthday"
            add(doc, "age", int(value), conf, m.start(), m.end())
            claim_overlapping(doc, m.start(group), m.end(group))
    for m in BIG_BIRTHDAY_RE.finditer(low) if "big" in low else ():
        tens = m.group("tens")
        value = 10 * (TENS.get(tens) or int(tens))
        if subject_of(doc, m.start()) != "self":
            continue
        if m.group("verb") in ("hitting", "turning", "turn", "reaching", "reach", "be") or (m.group("verb") == "hit" and _still_to_come(doc, low, m.end())):
            value -= 1  # a birthday still to come: "hit the big four-oh in December"
        add(doc, "age", value, 0.85, m.start(), m.end())
    for m in BORN_RE.finditer(low):
        if subject_of(doc, m.start()) != "self":
            continue
        t = today(doc)
        year = int(m.group("year").lstrip("'’"))
        if year < 100:  # "born in '79"
            year += 2000 if year <= t.year % 100 else 1900
        age = t.year - year
        if m.group("month") and month_number(m.group("month")) > t.month:
            age -= 1
        if 16 <= age <= 105:
            add(doc, "age", age, 0.85, m.start(), m.end())
            claim_overlapping(doc, m.start("year"), m.end("year"))


def _child_context(low: str, pos: int) -> bool:
    """"my 5 year old" / "a 7-year-old daughter": the number is a child's age."""
    if re.match(r"(?:i'm|i am|im)\b", low[pos:pos + 4]):
        return False  # "... and I'm 37" is the prospect's own age
    before = low[max(0, pos - 8):pos]
    return bool(re.search(r"\b(?:my|our|his|her|a|an|the|and|one)\s*$", before)) and not re.search(r"\bi'?m a\s*$|\bi am a\s*$", low[max(0, pos - 10):pos])


def _spans_kid_age(low: str, m: re.Match[str]) -> bool:
    after = low[m.end():m.end() + 20]
    return bool(re.match(rf"\s*(?:-\s*)?{KID}\b", after))


def _children(doc: Doc) -> None:
    low: str = state(doc).low
    if not KID_HINT_RE.search(low):
        apply_rules(doc, "children_count")
        _drop_relatives_only_one(doc, low)
        return
    for s, e in state(doc).sents:
        total, first, last, third_person, only_ones = 0, None, None, False, True
        for m in KID_COUNT_RE.finditer(low, s, e) if KID_WORD_RE.search(low, s, e) else ():
            word = m.group("n")
            n = EACH.get(word) if word in EACH else parse_number(word)
            if n is None or not 0 <= n <= 15 or int(n) != n:
                continue
            if m.group("kid") in ("twins",) and word in ("a", "a set of"):
                n = 2
            subj = subject_of(doc, m.start())
            if subj not in ("self", "spouse", "partner", "child", "ex"):
                third_person = True
                continue
            if _is_grandkids(low, m) or UNBORN_AFTER_RE.match(low, m.end()) or NOT_OURS_AFTER_RE.match(low, m.end()) or STAFF_AFTER_RE.match(low, m.end()):
                continue  # "one kid on the way": not born yet; "2 kids from before": a partner's
            if is_negated(low, clause_start(low, s, m.start()), m.start()):
                continue
            if re.search(r"\b(?:was|were|as|being|am|i'm|im)\s*$", low[max(0, m.start() - 8):m.start()]):
                continue  # "when I was a kid"
            if WISHED_KID_BEFORE_RE.search(low, max(s, m.start() - 25), m.start()):
                continue  # "thinking about trying for a baby next year"
            if total and is_corrected(low, s, m.start()):
                total, first = 0, None  # "two kids, sorry, three": the correction replaces
            total += int(n)
            only_ones = only_ones and int(n) == 1 and m.group("kid") != "twins"
            first = m.start() if first is None else first
            last = m.end()
            claim_overlapping(doc, m.start("n"), m.end("n"))
        for m in _own_counts_with_ages(low, s, e):
            total += int(parse_number(m.group("n")) or 0)  # "a stepson who's 15 and my own two, 8 and 4" is three
            first = m.start() if first is None else min(first, m.start())
            last = max(last or 0, m.end())
        if only_ones:
            twins = _bare_twins(doc, low, s, e)
            if twins:  # "twins and a daughter", "the twins are 9 and the baby just turned 1": two more
                singles = 0 if total else len(ANOTHER_CHILD_RE.findall(low, s, e))
                total += 2 + singles
                first = twins.start() if first is None else min(first, twins.start())
                last = max(last or 0, twins.end())
        for m in list(PARENT_OF_RE.finditer(low, s, e)) + list(KIDS_COLON_RE.finditer(low, s, e)) + list(HAVE_N_THEN_KIDS_RE.finditer(low, s, e)) \
                + list(KIDS_OF_THEM_RE.finditer(low, s, e)):
            g = "n2" if m.groupdict().get("n2") else "n"
            n = 1 if m.group(g) in ("a", "an") else parse_number(m.group(g))
            if n is not None and 0 < n <= 15 and total == 0:
                total, first, last = int(n), m.start(), m.end()
                claim_overlapping(doc, m.start(g), m.end(g))
        if not total and "?" in low[e:e + 1]:  # "kids? yeah 2": the answer opens the next sentence
            m = KIDS_COLON_RE.search(low, s)
            if m and m.start() < e and m.group("n") and 0 < (parse_number(m.group("n")) or 0) <= 15:
                total, first, last = int(parse_number(m.group("n")) or 0), m.start(), m.end()
                claim_overlapping(doc, m.start("n"), m.end("n"))
        altogether = KIDS_ALTOGETHER_RE.search(low, s, e) if total else None
        if altogether:  # "two at uni and one married off, so three altogether"
            n = parse_number(altogether.group("n"))
            if n is not None and total < n <= 15:
                total, last = int(n), altogether.end()
        if total:
            add(doc, "children_count", total, 0.9, first, last)
    if not has(doc, "children_count"):
        _newest_child_ordinal(doc, low)
    if not has(doc, "children_count"):
        _children_named_one_by_one(doc, low)
    apply_rules(doc, "children_count")
    _said_kids_then(doc, low)
    _drop_relatives_only_one(doc, low)
    _children_ages(doc)


# "i said 2 kids, its 3", "I told you two children but it's actually three": the count they correct to
SAID_KIDS_THEN_RE = compile_gated(rf"\b(?:i said|i told you|i put|i wrote|said)\s+(?:{NUM})\s+{KID}\b(?: earlier| before)?\s*[,.;-]*\s*(?:but |no |sorry |actually |oops )*"
                               rf"(?:it's|its|it is|it should be|there are|there's|we have|we've got|i have|i've got)\s+(?:actually |really |now )?(?P<n>{NUM})\b(?!\s*(?:k\b|%|years?|months?))")


def _said_kids_then(doc: Doc, low: str) -> None:
    """A count said again as a correction of an earlier one outweighs the earlier one."""
    for m in SAID_KIDS_THEN_RE.finditer(low) if "said" in low or "told" in low or "put" in low or "wrote" in low else ():
        n = parse_number(m.group("n"))
        if n is not None and 0 <= n <= 15 and int(n) == n:
            add(doc, "children_count", int(n), 0.95, m.start("n"), m.end("n"))
            claim_overlapping(doc, m.start("n"), m.end("n"))


TWINS_RE = compile_gated(r"\btwins\b")
# one more child named beside the twins: "the baby", "our eldest", "a 7 year old" (not "our youngest are twins")
ANOTHER_CHILD_RE = compile_gated(r"\b(?:the|our|my) (?:baby|youngest|eldest|oldest|little one|older one|newborn)\b(?!\s+(?:are|r)\b)"
                              r"|\ba (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:year|yr|month)[- ]old\b")


def _bare_twins(doc: Doc, low: str, s: int, e: int) -> Optional[re.Match[str]]:
    """The prospect's own "twins" in the sentence with no count word, born (not "expecting twins")."""
    twins = TWINS_RE.search(low, s, e)
    if not twins or subject_of(doc, twins.start()) != "self" or state(doc).expect == "children_ages":
        return None
    if EXPECTING_RE.search(low, s, twins.start()) or EXPECTING_RE.search(low[twins.end():e]):
        return None
    return twins


def _drop_relatives_only_one(doc: Doc, low: str) -> None:
    """"my niece, she's my only family": the "she" is a relative who is no child, so no count."""
    st = state(doc)
    st.candidates = [c for c in st.candidates if not (
        c.fact == "children_count" and re.match(r"(?:he|she)(?:'s| is) ", low[c.start:c.end]) and _last_kin_before(doc, c.start) not in (None, "child"))]


def _last_kin_before(doc: Doc, pos: int) -> Optional[str]:
    """The role of the last relative named before ``pos`` in its sentence, if any."""
    s, _ = sentence_at(state(doc).sents, pos)
    kin = [v for a, _, v in entities(doc, "KIN") if s <= a < pos]
    return kin[-1] if kin else None


def _newest_child_ordinal(doc: Doc, low: str) -> None:
    """"just had our second baby": the second child born makes two children."""
    for m in ORDINAL_CHILD_RE.finditer(low):
        if subject_of(doc, m.start()) in ("self", "spouse", "partner") and not EXPECTING_RE.search(low, max(0, m.start() - 20), m.start()):
            add(doc, "children_count", ORDINALS[m.group("ord") or m.group("ord2")], 0.75, m.start(), m.end())
            return


def _own_counts_with_ages(low: str, s: int, e: int) -> list[re.Match[str]]:
    """"my two (7 and 10) and her one (12)": possessive counts each followed by exactly that
    many ages. "his" or "her" counts only beside the prospect's own ("my", "our"), so a
    relative's children told alone are not counted."""
    found = []
    for m in OWN_COUNT_AGES_RE.finditer(low, s, e):
        values = [parse_number(t) for t in re.split(r"\s*(?:,|\band\b|&|/|\+)\s*", m.group("ages")) if t.strip()]
        if len(values) == parse_number(m.group("n")) and all(v is not None and 0 <= v <= 45 for v in values):
            found.append(m)
    return found if any(low.startswith(("my", "our"), m.start()) for m in found) else []


def _children_named_one_by_one(doc: Doc, low: str) -> None:
    """"My son is 16 and my daughter is 13": two or more children, each named with "my" or
    "our", are that many children. One alone says nothing about how many there are."""
    named = [m for m in OWN_CHILD_RE.finditer(low) if not is_negated(low, clause_start(low, sentence_at(state(doc).sents, m.start())[0], m.start()), m.start())]
    words = {m.group("kid").replace("-", "") for m in named}
    positions = [m.start() for m in named]
    if len(named) >= 2 and len(words) == len(named):
        add(doc, "children_count", len(named), 0.7, positions[0], named[-1].end())


def _is_grandkids(low: str, m: re.Match[str]) -> bool:
    return bool(re.match(r"grand", low[m.start("kid"):m.start("kid") + 5]))


def _children_ages(doc: Doc) -> None:
    low: str = state(doc).low
    ages: list[tuple[int, int, int]] = []  # (start, end, age)
    relatives_kids = False
    for m in AGES_AFTER_KIDS_RE.finditer(low):
        if subject_of(doc, m.start()) not in ("self", "spouse", "partner", "child", "ex") or NO_KIDS_BEFORE_RE.search(low, max(0, m.start() - 8), m.start()):
            continue  # "single, no kids, 29": the 29 is not a child's
        if kin_at(doc, m.start()) not in (None, "child"):
            relatives_kids = True
            continue  # "my sister's kids are 4 and 7": a relative's children
        values = _age_list(low, m)
        if len(values) == 1 and AGE_RANGE_AFTER_RE.match(low, m.end("ages")):
            continue  # "4 kids aged 3 to 14": the youngest and the eldest, not each child's age
        if len(values) == 1 and low.startswith("twins", m.start()):
            values *= 2  # "twins aged 3": two children of 3
        elif len(values) == 1 and state(doc).expect != "children_ages" and (
                KIDS_COLON_RE.match(low, m.start()) or COUNT_NOT_AGE_AFTER_RE.match(low, m.end("ages"))):
            continue
        if all(v is not None and 0 <= v <= 45 for v in values):
            for i, v in enumerate(values):
                ages.append((m.start("ages") + i, m.end("ages"), int(v)))  # type: ignore[arg-type]
            claim_overlapping(doc, m.start("ages"), m.end("ages"))
    have_one = None
    for m in YEAR_OLD_CHILD_RE.finditer(low) if "old" in low else ():
        if re.search(r"\b(?:i'm|i am|im)\s+(?:a|an)\s*$", low[max(0, m.start() - 8):m.start() + 2]):
            continue
        if THING_AFTER_AGE_RE.match(low, m.end()):
            continue  # "a 10 year old car"
        if (HAVE_BEFORE_RE.search(low, max(0, m.start() - 14), m.start()) or BESIDE_UNBORN_AFTER_RE.match(low, m.end())
                or BESIDE_UNBORN_BEFORE_RE.search(low, max(0, m.start() - 30), m.start())):
            have_one = m  # "I have a 7 yr old": one child, unless more are listed
        g = "n" if m.group("n") else "n2"
        v = parse_number(m.group(g))
        if v is not None and 0 <= v <= 45 and subject_of(doc, m.start()) in ("self", "spouse", "partner", "child", "ex"):
            ages.append((m.start(), m.end(), int(v)))
            claim_overlapping(doc, m.start(g), m.end(g))
    for m in KID_IS_AGE_RE.finditer(low):
        v = parse_number(m.group("n"))
        if v is None or not 0 <= v <= 45 or any(a <= m.start("n") < b for a, b, _ in ages):
            continue
        if COUNT_NOT_AGE_AFTER_RE.match(low, m.end("n")):
            continue  # "one kid, one on the way"
        if is_claimed(doc, m.start("n")):
            continue
        ages.append((m.start(), m.end(), int(v)))
        claim_overlapping(doc, m.start("n"), m.end("n"))
    for m in _own_counts_with_ages(low, 0, len(low)):
        if not any(a < m.end("ages") and m.start("ages") < b for a, b, _ in ages):
            ages += [(m.start("ages") + i, m.end("ages"), int(v)) for i, v in enumerate(_age_list(low, m))]  # type: ignore[arg-type]
            claim_overlapping(doc, m.start("ages"), m.end("ages"))
    for m in NAMED_AGES_RE.finditer(low) if not ages else ():
        pairs = re.findall(r"[a-z]+\s+(\d{1,2})", m.group("list"))
        if len(pairs) >= 2:  # "Kids: Aanya 11, Vivaan 8"
            ages += [(m.start("list") + i, m.end("list"), int(v)) for i, v in enumerate(pairs) if int(v) <= 45]
            claim_overlapping(doc, m.start("list"), m.end("list"))
    for m in PAREN_AGE_RE.finditer(low) if "(" in low else ():
        v = int(m.group("n")) // (12 if m.group("months") else 1)  # "1 baby (7 months)" is 0
        if v <= 45 and not any(a <= m.start("n") < b for a, b, _ in ages) and not is_claimed(doc, m.start("n")):
            ages.append((m.start("n"), m.end("n"), v))  # "1 daughter in college (20)"
            claim_overlapping(doc, m.start("n"), m.end("n"))
    if not ages and not relatives_kids:
        ages = _loose_ages(doc, low)
    for m in BOTH_AGES_RE.finditer(low) if not ages and ("both" in low or "they" in low) else ():
        if _about_children(low, sentence_of(doc, m.start())[0], m.start()) and not is_claimed(doc, m.start("n")):
            v = int(m.group("n"))  # "twins, both 10", "two girls at uni, both 20": two children of that age
            if "turning" in m.group() and TURN_LATER_RE.match(low, m.end()):
                v -= 1  # "twins, both turning 3 next week" are 2 today
            ages.append((m.start(), m.end(), v))
            claim_overlapping(doc, m.start("n"), m.end("n"))
    for m in PRONOUN_AGE_RE.finditer(low):
        v = parse_number(m.group("n"))
        if v is None or not 0 <= v <= 45 or is_claimed(doc, m.start("n")):
            continue
        s, _ = sentence_at(state(doc).sents, m.start())
        if not low[s:m.start()].strip():  # "... to go to my son. He's 22": a sentence opening with the pronoun
            s = _previous_sentence_start(state(doc).sents, s)
        kin = [(a, value) for a, _, value in entities(doc, "KIN") if s <= a < m.start()]
        if ages and (not kin or any(kin[-1][0] <= a < m.start() for a, _, _ in ages)):
            continue  # "my son is 10, he's 10 next week": that child already has an age
        if (kin and kin[-1][1] == "child") or PARENT_OF_RE.search(low, max(s, m.start() - 30), m.start()):  # "single mum of one (she's 12)"
            ages.append((m.start(), m.end(), int(v)))
            claim_overlapping(doc, m.start("n"), m.end("n"))
    for m in MONTHS_AGE_RE.finditer(low) if "month" in low else ():
        ages.append((m.start(), m.end(), int(m.group("n")) // 12))
        claim_overlapping(doc, m.start("n"), m.end("n"))
    for m in COUNT_AGED_RE.finditer(low) if not ages and ("age" in low or " of " in low) else ():
        g = "" if m.group("n") else "2"
        values = _age_list(low, m, "ages" + g)
        n = parse_number(m.group("n" + g))
        if n is not None and len(values) == int(n) and all(v is not None and 0 <= v <= 45 for v in values):
            ages += [(m.start("ages" + g) + i, m.end("ages" + g), int(v)) for i, v in enumerate(values)]  # type: ignore[arg-type]
            claim_overlapping(doc, m.start("n" + g), m.end("ages" + g))
    for m in MONTHS_OLD_RE.finditer(low) if MONTHS_OLD_HINT_RE.search(low) else ():
        ages.append((m.start(), m.end(), 0))
        if m.group("n"):
            claim_overlapping(doc, m.start("n"), m.end("n"))
    if ages and state(doc).expect == "children_ages":
        # "9 and 11 and the baby is 1" answering "how old are they?": every age counts
        for q in state(doc).quantities:
            if not q.claimed and not q.words and q.unit in (None, "years") and 0 <= q.value <= 45 and q.value == int(q.value):
                ages.append((q.start, q.end, int(q.value)))
                q.claimed = True
    if not ages:
        return
    ages.sort()
    seen: set[tuple[int, int, int]] = set()
    values = []
    for item in ages:
        if item not in seen:
            seen.add(item)
            values.append(item[2])
    start, end = ages[0][0], max(b for _, b, _ in ages)
    add(doc, "children_ages", values, 0.85, start, end)
    counted = any(c.fact == "children_count" and c.value for c in state(doc).candidates)
    if len(values) >= 2 and state(doc).expect != "children_ages" and not counted:
        add(doc, "children_count", len(values), 0.7, start, end)
    elif (len(values) == 1 and have_one is not None and state(doc).expect is None and not counted
          and not MORE_KIDS_AFTER_RE.search(low, have_one.end(), sentence_of(doc, have_one.start())[1])):
        add(doc, "children_count", 1, 0.7, have_one.start(), have_one.end())


def _previous_sentence_start(bounds: list[tuple[int, int]], start: int) -> int:
    """Where the sentence before the one starting at ``start`` starts (``start`` if none)."""
    earlier = [s for s, _ in bounds if s < start]
    return earlier[-1] if earlier else start


def _age_list(low: str, m: re.Match[str], group: str = "ages") -> list[Optional[float]]:
    """The ages in a list ("4, 7, and 9"); a list that ends in months ("4 and 18 months")
    gives its last age in whole years."""
    items = [t for t in re.split(r"\s*(?:,|\band\b|&|/|\+)\s*", m.group(group)) if t.strip()]
    said = None
    if len(items) > 1 and items[-1] in ("one", "another") and UNBORN_AFTER_RE.match(low, m.end(group)):
        items.pop()  # "twins aged 3 and one on the way": the unborn one has no age yet
    if len(items) > 1 and items[-1] == "one" and ONE_AS_PRONOUN_RE.match(low, m.end(group)):
        items.pop()  # "13, 15 and one turning 18": "one" is one of the children, not an age
        said = ONE_AGED_RE.match(low, m.end(group))
    values = [parse_number(t) for t in items]
    if said:
        values.append(int(said.group("n")) - (1 if said.group("turning") else 0))
    if values and values[-1] is not None and MONTHS_AFTER_RE.match(low, m.end(group)):
        values[-1] = values[-1] // 12
    return values


def _loose_ages(doc: Doc, low: str) -> list[tuple[int, int, int]]:
    """Two or more small numbers listed within a few words after a word for the prospect's
    children, in the same sentence: their ages."""
    st = state(doc)
    for kid in KID_WORD_RE.finditer(low):
        if subject_of(doc, kid.start()) not in ("self", "spouse", "partner", "child", "ex"):
            continue
        _, e = sentence_at(st.sents, kid.start())
        m = LOOSE_AGES_RE.search(low, kid.end(), min(e, kid.end() + 60))
        if m is None or is_claimed(doc, m.start("ages")):
            continue
        values = [parse_number(t) for t in re.split(r"\s*(?:,|\band\b|&|/|\s)\s*", m.group("ages")) if t.strip()]
        if len(values) >= 2 and all(v is not None and 0 <= v <= 45 and int(v) == v for v in values):
            claim_overlapping(doc, m.start("ages"), m.end("ages"))
            return [(m.start("ages"), m.end("ages"), int(v)) for v in values]  # type: ignore[arg-type]
    return []


ONE_PARENT_SUPPORTED_RE = compile_gated(r"\b(?:her|him)\b(?!\s+(?:parents|folks|in-?laws|mum and dad|mom and dad|old folks))")


WE_RE = compile_gated(r"\b(?:i|me|we|us)\b")
CONTRAST_RE = compile_gated(r"\b(?:but|though|although|still|yet|even so)\b")
NOT_SUPPORTING_RE = compile_gated(r"\b(?:i|we) (?:don't|dont|do not|never) (?:really )?(?:support|help|send|pay for|give)\b")


def _dependent_parents(doc: Doc) -> None:
    low: str = state(doc).low
    if not SUPPORT_RE.search(low):
        apply_rules(doc, "dependent_parents")
        return
    for s, e in state(doc).sents:
        support = SUPPORT_RE.search(low, s, e)
        if not support:
            continue
        terms = _parent_terms(low, s, e)
        if not terms and PRONOUN_AFTER_SUPPORT_RE.match(low, support.end()):
            ps = max((a for a, b in state(doc).sents if b <= s), default=None)
            terms = _parent_terms(low, ps, s) if ps is not None else []  # "just me and my mum. I look after her"
        count, first, last = _count_parents(terms)
        one = ONE_PARENT_SUPPORTED_RE.search(low, support.start(), min(e, support.end() + 24))
        if count > 1 and one and one.start() <= support.end() + 2:
            count = 1  # "mum has Alzheimer's and I pay for her care home, plus dad had cancer"
        if (ACTIVE_SUPPORT_RE.match(support.group()) and terms and all(m.end() <= support.start() for m in terms)
                and not SUPPORTER_RE.search(low, terms[-1].end(), support.start())):
            continue  # "my parents look after the kids", "my parents help us out": they give the support
        independent = NOT_DEPENDENT_RE.search(low, s, e)
        if independent and CONTRAST_RE.search(low, independent.end(), support.start()):
            independent = None  # "mum has her own pension but I pay for her carer": the support still stands
        if independent and any(FINE_AFTER_RE.match(low, t.end()) and clause_start(low, s, independent.start()) <= t.start() < independent.start()
                               for t in PARENT_TERMS_RE.finditer(low, s, e)):
            independent = None  # "..., dad is fine on his own pension": that parent is already left out as fine
        if independent:
            after = clause_start(low, s, independent.start())
            if after <= support.end() or not any(after <= t.start() < independent.start() for t in terms):
                continue  # "one day I'll have to look after them", "dad lives with us but has his own pension"
            # "dad's 80 and I pay for his carer, mum is fine on her own pension": only the parents named before
            count, first, last = _count_parents([t for t in terms if t.end() <= after])
        if subject_of(doc, support.start()) in ("sibling", "child", "friend", "ex") and not WE_RE.search(low, s, support.start()):
            continue  # "my brother sends my mum 100 a month": someone else supports her ("me and my sister split" is shared)
        neg_from = clause_start(low, s, support.start())
        for who in SUPPORTER_RE.finditer(low, neg_from, support.start()):
            neg_from = who.start()  # "she doesn't work so I look after her": the negation is hers
        if count and not is_negated(low, neg_from, support.start()):
            start, end = min(first, support.start()), max(last, support.end())
            add(doc, "dependent_parents", min(count, 6), 0.8, start, end)
        elif count and NOT_SUPPORTING_RE.search(low, neg_from, support.end()):
            add(doc, "dependent_parents", 0, 0.75, min(first, support.start()), support.end())  # "I don't support them financially"
    apply_rules(doc, "dependent_parents")
    _keep_other_elders(doc)


OWN_PARENT_WORD_RE = compile_gated(r"\b(?:parents|folks|mum|mom|mam|mother|dad|father)\b(?![- ]in[- ]law)")


def _keep_other_elders(doc: Doc) -> None:
    """"I help my nan out with money but my parents are fine": the parents' zero does not undo
    the grandparent, aunt or in-law the prospect supports."""
    st = state(doc)
    cands = [c for c in st.candidates if c.fact == "dependent_parents"]
    supported = [c for c in cands if c.value and not OWN_PARENT_WORD_RE.search(st.low, c.start, c.end)]
    if supported:
        st.candidates = [c for c in st.candidates if not (c.fact == "dependent_parents" and c.value == 0
                                                          and OWN_PARENT_WORD_RE.search(st.low, c.start, c.end))]


def _parent_terms(low: str, s: int, e: int) -> list[re.Match[str]]:
    """Parents named in ``low[s:e]`` who could be supported: not the kids' mother, not
    one who died, not the prospect ("a stay-at-home mom of 3")."""
    terms = [m for m in PARENT_TERMS_RE.finditer(low, s, e) if not _parent_is_spouses_side_of_kid(low, m)
             and not DECEASED_AFTER_RE.match(low, m.end()) and not LOST_BEFORE_RE.search(low, max(s, m.start() - 12), m.start())
             and not SELF_PARENT_BEFORE_RE.search(low, max(0, m.start() - 15), m.start()) and not SELF_PARENT_AFTER_RE.match(low, m.end())]
    needing = [m for m in terms if not FINE_AFTER_RE.match(low, m.end())]
    return needing or terms  # "I look after my mum but my dad is fine": only mum; "mum is fine but I help her" keeps her


def parents_named(low: str) -> Optional[tuple[int, int, int]]:
    """(how many, start, end) of the parents a bare answer names: "just my mum" is 1,
    "mum and dad" and "both of them" 2. For the answer to "do you support a parent?" only."""
    both = BOTH_OF_THEM_RE.search(low)
    if both:
        return 2, both.start(), both.end()
    terms = _parent_terms(low, 0, len(low))  # "my mum, since dad passed" is one
    if not terms:
        return None
    return min(_count_parents(terms)[0], 6), terms[0].start(), terms[-1].end()


def _count_parents(terms: list[re.Match[str]]) -> tuple[int, Optional[int], Optional[int]]:
    """How many parents the terms name, and the span of those counted: "parents" is two,
    and "both my parents since dad retired" is still two (dad is one of them)."""
    pair = any(m.group("two") and OWN_PAIR_RE.search(m.group("two")) for m in terms)
    count, first, last = 0, None, None
    own_pair_counted = False
    for m in terms:
        if pair and m.group("one") and ONE_OF_PAIR_RE.fullmatch(m.group("one")) and not SPOUSE_POSSESSIVE_RE.search(m.string, max(0, m.start() - 12), m.start()):
            continue
        if m.group("two") and OWN_PAIR_RE.search(m.group("two")):
            if own_pair_counted:
                continue  # "my parents back home, mother and father both": the same two
            own_pair_counted = True
        count += 2 if m.group("two") else 1
        first = m.start() if first is None else first
        last = m.end()
    return count, first, last


def _parent_is_spouses_side_of_kid(low: str, m: re.Match[str]) -> bool:
    """"their mother" (the kids' mother) or "his mother" is not a parent the prospect supports;
    "her parents" beside a support cue are the in-laws, who are."""
    before = low[max(0, m.start() - 7):m.start()]
    if m.group("two") and not re.search(r"\bthe kids'\s*$", before):
        return False
    return bool(re.search(r"\b(?:their|his|her|the kids')\s*$", before))


def sentence_of(doc: Doc, pos: int) -> tuple[int, int]:
    return sentence_at(state(doc).sents, pos)
