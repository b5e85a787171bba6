"""The interview's context: a bare answer ("two", "yes", "about 40") fills the fact the
bot just asked for, and only it; "I'd rather not say" records the fact as declined.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..facts_registry import FACTS
from ..doc_state import add, state, today
from ..numbers import MONTH_NAME, per_month, per_year
from ..resources import beneficiary_cues
from ..types import Quantity
from .common import entities
from .money import MONTHLY, YEARLY, _num
from .person import parents_named
from ..literal_scan import compile_gated

DECLINE_RE = compile_gated(
    r"\b(?:(?:i'?d |i would )?(?:rather|prefer) not(?: to)?(?: say| share| tell| answer| disclose| go into| get into| discuss| give)?|"
    r"(?:don't|do not|dont) (?:want|wish|care) to (?:say|share|tell|answer|disclose|give|discuss|go into)|not comfortable (?:saying|sharing|telling|answering|giving)|"
    r"none of your business|mind your own|no comment|not telling|not going to (?:say|tell|share|answer)|won't (?:say|share|tell|answer)|"
    r"skip (?:this|that|it)|next question|pass on (?:this|that)|^\s*pass\s*[.!]?\s*$|^\s*skip\s*[.!]?\s*$|that's private|it's private|^\s*private\s*[.!]?\s*$|"
    r"keep that to myself|decline to|can't say|cannot say|not something i share|not (?:answering|gonna (?:say|answer|tell)|going to answer)|won't be (?:answering|saying))\b"
)
LEAD_IN = r"(?:(?:lol|lmao|haha+|ha|hah|oh|um+|er+|erm|well|honestly|tbh|sadly|ha ha)\W+)*"  # "savings? lol no"
ONE_AS_CHILD_RE = compile_gated(r"\b(?:the|big|little|other|older|younger|middle|small|eldest|youngest|oldest|new|baby|wee)\s+$")
NOW_AND_THEN_RE = compile_gated(r"^\W*(?:(?:um+|erm|well|honestly|only|just)\W+)?(?:socially|occasionally|sometimes|now and (?:then|again)|the odd (?:one|cig|fag)|a few a (?:day|week)|on (?:nights out|weekends)|when (?:i'm )?drinking)\b")
YES_RE = compile_gated(r"^\W*" + LEAD_IN + r"(?:yes|yeah|yep|yup|yea|ya|y|sure|correct|right|i do|i am|i have|i did|affirmative|definitely|of course|absolutely|"
                    r"that's right|indeed|aye|uh huh|certainly|true|yess+|yah|ok yes|i have one|i have)\b")
NO_RE = compile_gated(r"^\W*" + LEAD_IN + r"(?!no (?:idea|clue)\b|not sure\b)(?:no|nope|nah|never|not really|i don't|i do not|i dont|i haven't|i have not|i didn't|i'm not|i am not|none|not at all|"
                   r"n|nobody|noone|neither|not that i know of|not that i'm aware of|not that im aware of|not as far as i know|none that i know of|negative|no way|not any ?more|nothing|zero|nil|false|nada|not me|nothing at all|no i don't|not yet|(?:don't|dont|do not|haven't|havent) (?:have|got|own)|never had)\b")
# "don't have one", "never had one": after a no, "one" stands for the thing asked about ("I've had one" is a count)
ONE_PRONOUN_RE = compile_gated(r"\b(?:have|got|had|own|get|need)\s+$")
FILLER_RE = compile_gated(r"\b(?:um+|uh+|er+|erm|well|so|yeah|ok|okay|hmm+|i think|i guess|probably|about|around|roughly|maybe|like|approximately|approx|"
                       r"just|it's|its|it is|that's|oh|ah|lol|haha|i'd say|say|only|over|under|nearly|almost|exactly|precisely)\b|[^\w\s]")
THEN_RE = compile_gated(r"\b(?:so|actually|sorry|i mean|i meant|no|well|correction|make that|or rather|i'm|im|i am|wait)\b")
# "3, one on the way so 4 by summer": a figure the future will bring is not the answer now
LATER_ON_RE = compile_gated(r"\s+(?:by (?:the )?(?:summer|spring|autumn|fall|winter|christmas|new year|end of|then|next)|next (?:year|month|week)|soon\b|once\b|when\b)")
ECHO_RE = compile_gated(r"^\W*[a-z][\w '&-]{0,24}\?+\s*(?=\w)")
ZERO_ON_NO = {"children_count", "dependent_parents", "spouse_income", "mortgage_balance", "other_debts", "liquid_savings",
              "existing_life_cover", "existing_ci_cover", "existing_accident_cover", "claims_5y", "job_changes_5y"}
ONE_ON_YES = {"dependent_parents"}
FEW = {"once": 1, "twice": 2, "three times": 3, "a couple": 2, "couple": 2, "a few": 3, "few": 3, "a handful": 4, "several": 4, "a dozen": 12}
DECADES_RE = compile_gated(r"\s*decades?\b")
NO_ENUM = {"alcohol": "none", "exercise": "none", "referral_potential": "low"}
SUMS = {"requested_cover", "existing_life_cover", "existing_ci_cover", "existing_accident_cover", "mortgage_balance"}
TURNING_SOON_RE = compile_gated(r"\s*(?:in " + MONTH_NAME + r"\b|next (?:week|month)|this (?:week|month)|in (?:a few|a couple of|two|three) (?:days|weeks)|soon|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")
REFERRAL_WORDS = [(compile_gated(r"\b(?:lots|loads|many|a lot|plenty|tons|heaps|dozens|hundreds|everyone|loads of people|lots of people)\b"), "high"),
                  (compile_gated(r"\b(?:a few|some|couple|one or two|a handful|maybe)\b"), "medium"),
                  (compile_gated(r"\b(?:no one|nobody|not many|none|not really|no|hardly anyone)\b"), "low")]


@Language.component("needscout_context")
def context_component(doc: Doc) -> Doc:
    """Fill the expected fact from a bare answer or a leftover number; record declines."""
    expect: Optional[str] = state(doc).expect
    if not expect or expect not in FACTS:
        return doc
    low: str = state(doc).low
    if DECLINE_RE.search(low) and not any(c.fact == expect for c in state(doc).candidates):
        add(doc, expect, None, 0.9, *_content_span(low), declined=True)
        state(doc).candidates[:] = [c for c in state(doc).candidates if c.fact == expect]
        return doc
    if any(c.fact == expect for c in state(doc).candidates):
        return doc
    bare = len(FILLER_RE.sub(" ", low).split()) <= 4
    echo = ECHO_RE.match(low)  # "CI? no, never bothered": the question said back, then the answer
    filled = _fill(doc, expect, low[echo.end():] if echo else low)
    if filled and bare:
        state(doc).candidates[:] = [c for c in state(doc).candidates if c.fact == expect]
    return doc


def _fill(doc: Doc, expect: str, low: str) -> bool:
    fact = FACTS[expect]
    text_span = _content_span(low)
    if fact.kind == "bool":
        if expect == "smoker" and NOW_AND_THEN_RE.search(low):
            add(doc, expect, True, 0.75, *_first_word(low), bare=True)  # "socially", "only the odd one": a smoker
            return True
        if YES_RE.search(low):
            add(doc, expect, True, 0.85, *_first_word(low), bare=True)
            return True
        if NO_RE.search(low):
            add(doc, expect, False, 0.85, *_first_word(low), bare=True)
            return True
        return False
    if fact.kind == "list" and fact.item == "enum":
        if NO_RE.search(low):
            add(doc, expect, [], 0.8, *_first_word(low), bare=True)
            return True
        return False
    if fact.kind in ("int", "number") or expect == "children_ages":
        return _fill_number(doc, expect, low, text_span)
    if fact.kind == "enum":
        return _fill_enum(doc, expect, low)
    return False


def _fill_number(doc: Doc, expect: str, low: str, text_span: tuple[int, int]) -> bool:
    qs = [q for q in state(doc).quantities if not q.claimed] or list(state(doc).quantities)
    full = state(doc).low  # ``low`` may be cut after an echoed question; spans index the whole text
    qs = [q for q in qs if not (NO_RE.search(low) and full.startswith("one", q.start) and q.end - q.start == 3 and ONE_PRONOUN_RE.search(full, max(0, q.start - 6), q.start))]
    if expect == "dependent_parents":  # "my dad, he's 79": an age, not a count of parents
        qs = [q for q in qs if q.value <= 6]
    if expect == "children_ages":  # "3 months" is a baby of 0; "the big one is 5" has one age, 5
        qs = [q for q in qs if not (full.startswith("one", q.start) and ONE_AS_CHILD_RE.search(full, max(0, q.start - 12), q.start))]
        ages = [int(q.value) // (12 if q.unit in ("months", "month") else 1) for q in qs if q.unit in (None, "years", "months", "month") and 0 <= q.value <= 45]
        if ages:
            add(doc, expect, ages, 0.8, qs[0].start, qs[-1].end, bare=True)
            return True
        return False
    if not qs:
        named = parents_named(low) if expect == "dependent_parents" and not NO_RE.search(low) else None
        if named:  # "just my mum", "mum and dad"
            add(doc, expect, named[0], 0.8, named[1], named[2], bare=True)
            return True
        if expect in ONE_ON_YES and YES_RE.search(low):
            # "Do you support a parent?" "yes, my mum": one, unless a number was said
            add(doc, expect, 1, 0.7, *_first_word(low), bare=True)
            return True
        if NO_RE.search(low) and expect in ZERO_ON_NO:
            add(doc, expect, 0, 0.85, *_first_word(low), bare=True)
            return True
        for word, n in FEW.items():
            m = re.search(rf"\b{word}\b", low)
            if m and (FACTS[expect].kind == "int" or expect == "years_in_job"):  # "a couple of years"
                add(doc, expect, n, 0.5, m.start(), m.end(), bare=True)
                return True
        return False
    if (FACTS[expect].unit or "").startswith("currency"):
        # "I own a company with 25 staff ... I take about 180k a year": the amount, not the headcount
        qs = [q for q in qs if q.moneyish] or qs
    q = qs[0]
    for later in qs[1:]:
        if THEN_RE.search(state(doc).low, q.end, later.start) and not LATER_ON_RE.match(state(doc).low, later.end):
            q = later  # "two? no, three", "45 in January, so 44 still": the last word counts
    value = _value_for(doc, expect, q)
    if value is None or not FACTS[expect].is_plausible(value):
        return False  # "not answering that one" asked for a weight is no weight of 1 kg
    if expect == "age" and TURNING_SOON_RE.match(low, q.end):
        value -= 1  # "41 next month" is 40 today
    conf = 0.8 * (0.85 if q.approx else 1.0)
    rng = (q.low, q.high) if q.is_range and expect not in YEARLY | MONTHLY else None
    if q.is_range and expect in YEARLY | MONTHLY:
        conv = per_year if expect in YEARLY else per_month
        rng = (_num(conv(Quantity(0, 0, q.low or 0, period=q.period))), _num(conv(Quantity(0, 0, q.high or 0, period=q.period))))
    add(doc, expect, value, min(conf, 0.7) if rng else conf, q.start, q.end, rng, bare=True)
    q.claimed = True
    return True


def _value_for(doc: Doc, expect: str, q: Quantity) -> Optional[float | int]:
    kind = FACTS[expect].kind
    if q.unit == "calendar":
        if expect in ("age", "years_in_job"):
            return today(doc).year - int(q.value)
        return None
    if q.unit not in (None, "years", "months", "kid", "times", "child", "children", "kids"):
        return None
    if expect in YEARLY:
        value = per_year(q)
        if q.period is None and not q.currency and not q.scaled and value < 1000:
            value *= 1000  # "about 85" when asked for a salary means 85k
        return _num(value)
    if expect in MONTHLY:
        return _num(per_month(q))
    if expect in SUMS and q.period not in (None, "year"):
        return None  # "mortgage is 1200 a month" is the repayment, not what is owed
    if expect in SUMS and q.period is None and not q.scaled and q.value < 1000:
        return _num(q.value * 1000)  # "300" when asked how much cover, or what is left on the mortgage, means 300k
    if expect == "years_in_job" and q.unit == "months":
        return round(q.value / 12, 2)
    if expect == "years_in_job" and DECADES_RE.match(state(doc).low, q.end):
        return _num(q.value * 10)  # "almost two decades"
    if kind == "int":
        if q.value != int(q.value) or q.value < 0:
            return None
        if expect == "age" and not 16 <= q.value <= 105:
            return None
        return int(q.value)
    if expect == "weight_kg":
        return round(q.value * 0.4536, 1) if q.value >= 140 else q.value
    if expect == "height_cm" and 1.2 <= q.value <= 2.3:
        return _num(round(q.value * 100, 1))  # "1.68": metres
    if expect == "height_cm" and not 120 <= q.value <= 230:
        return None
    return _num(q.value)


def _fill_enum(doc: Doc, expect: str, low: str) -> bool:
    if expect == "beneficiary_relation":
        for a, b, role in entities(doc, "KIN"):
            add(doc, expect, beneficiary_cues().kin_values.get(role, "other"), 0.8, a, b, bare=True)
            return True
        return False
    if expect == "referral_potential":
        for rx, value in REFERRAL_WORDS:
            m = rx.search(low)
            if m:
                add(doc, expect, value, 0.6, m.start(), m.end(), bare=True)
                return True
        return False
    if expect in NO_ENUM and NO_RE.search(low):
        add(doc, expect, NO_ENUM[expect], 0.8, *_first_word(low), bare=True)
        return True
    if expect == "employment_type":
        m = re.search(r"\b(?:full|part)[- ]?time\b", low)
        if m:
            add(doc, expect, "employed", 0.75, m.start(), m.end(), bare=True)
            return True
    return False


def _first_word(low: str) -> tuple[int, int]:
    m = re.search(r"\w+(?:'\w+)?(?:\s+(?:any ?more|really|at all))?", low)
    return (m.start(), m.end()) if m else (0, len(low))


def _content_span(low: str) -> tuple[int, int]:
    stripped = low.strip()
    start = low.find(stripped) if stripped else 0
    return start, start + len(stripped)
