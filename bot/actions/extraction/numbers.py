"""Numbers and amounts as people type them: "85k", "$6,500 a month", "eighty-five
thousand", "between 60 and 70k", "about 1.2 million", "40-ish".

Only the shape of a number is decided here (value, range, scale, currency, period,
unit). Which fact it belongs to is decided by the fact components from cue words, so
the same parser serves money, ages, counts and durations.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from word2number import w2n

from .types import Quantity
from .literal_scan import compile_gated

UNIT_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|"
    "seventy|eighty|ninety"
)
SCALE_WORDS = "hundred|thousand|million|billion"
_ATOM = rf"(?:{UNIT_WORDS}|(?:{SCALE_WORDS})(?:\s+and(?=\s+(?:{UNIT_WORDS})\b))?)"
WORD_NUMBER = (
    rf"(?:(?:half|(?:a\s+)?quarter|three\s+quarters)(?:\s+of)?(?:\s+a)?(?=\s+(?:million|mill?)\b)"  # "a quarter of a million", "a quarter mill"
    rf"|(?:a\s+)?(?:couple|few)(?:\s+of)?(?=\s+(?:grand|thousand|hundred|k\b|mil\b|million))"  # "a couple grand"
    rf"|(?:(?:half\s+a|a|one)\s+(?=(?:{SCALE_WORDS}|mil)\b))?"
    rf"(?:{_ATOM}\b(?:(?:\s*-\s*|\s+){_ATOM}\b)*(?:\s+point\s+(?:{UNIT_WORDS})\b(?:\s+(?:{UNIT_WORDS})\b)*)?))"
)
# "R28 000", "₦600 000": thousands grouped by spaces, only right after a currency sign
SPACED = r"(?:(?<=[r₦₹$£€])|(?<=[r₦₹$£€][ ]))\d{1,3}(?:[ ]\d{3})+(?!\d)"  # [ ]: QUANTITY_RE is verbose
INDIAN = r"\d{1,2},(?:\d{2},)+\d{3}(?![\d,])"  # lakh grouping: 9,50,000 and 1,20,00,000 (never a western number)
DIGITS = rf"(?:{SPACED}|{INDIAN}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
NUM = rf"(?:{DIGITS}|{WORD_NUMBER})"
SCALE = r"(?:k|grand|thousand|thou|m|mil|mill|mill?ion|mio|mn|bn|billion|lakhs?|crores?|cr|(?<=couple\s)hundred|(?<=few\s)hundred|(?<=of\s)hundred)\b"
# rand ("R28 000"), naira ("N600,000", "₦"), rupees: a bare letter only right before a digit
CUR_PRE = r"(?:[$£€₦₹]|us\$|usd\s?|aud\s?|cad\s?|nzd\s?|gbp\s?|eur\s?|zar\s?|ngn\s?|inr\s?|rs\.?\s?|r(?=\d)|n(?=\d))"
CUR_POST = r"(?:dollars?|bucks|usd|quid|euros?|gbp|eur|rupees?|rands?|naira|pounds?(?!\s+(?:of|in|overweight|heavier|lighter)\b))\b"
PERIOD = (
    r"(?:(?:a|an|per|each|every|/)\s*(?P<per>year|yr|annum|month|mo|mth|week|wk|hour|hr|h|day|"
    r"fortnight)s?\b|(?P<per2>annually|yearly|monthly|weekly|hourly|daily|fortnightly|bi-?weekly|"
    r"p\.a\.|pa\b|pcm\b|p/m\b|pm\b|p/h\b|every\s+(?:two|2|other|four|4)\s+weeks))"
)
UNIT = (
    r"(?P<unit>years?\b|yrs?\b|y/?o\b|months?\b|mos?\b|weeks?\b|wks?\b|days?\b|hours?\b|hrs?\b|"
    r"times\b|x\b|%|percent\b|per\s*cent\b|cm\b|centimet(?:er|re)s?\b|kgs?\b|kilos?\b|kilograms?\b|"
    r"lbs?\b|stones?\b|st\b|ft\b|feet\b|foot\b|inch(?:es)?\b|in\b(?=\s*(?:tall|\)|$))|metres?\b|"
    r"meters?\b|'|\"|ml\b|units?\b|drinks?\b|beers?\b|glass(?:es)?\b|cigarettes?\b|cigs?\b|"
    r"a\s+day\b|kids?\b|children\b|strong\b|people\b|members\b|steps\b|followers\b|calories\b|miles\b|km\b)"  # "a congregation 500 strong" is a head count, "10k steps" a walk
)
APPROX_PRE = (
    r"(?P<approx>about|around|roughly|approximately|approx\.?|circa|ca\.|~|maybe|nearly|almost|"
    r"close\s+to|just\s+(?:under|over|shy\s+of)|over|under|more\s+than|less\s+than|up\s+to|"
    r"at\s+least|at\s+most|somewhere\s+around|something\s+like|give\s+or\s+take|probably|"
    r"like)\s*"
)

QUANTITY_RE = compile_gated(
    rf"""
    (?<![\w.,$£€₦₹])
    (?:{APPROX_PRE})?
    (?P<between>between\s+|from\s+)?
    (?P<cur1>{CUR_PRE})?\s?
    (?P<n1>{NUM})(?![\d,]*\d)(?!(?:st|nd|rd|th)\b)
    (?P<half>\s+and\s+a\s+half(?=\s?{SCALE}))?
    (?:\s?(?P<s1>{SCALE}))?
    (?:
      (?(between)\s+(?:and|to)\s+|(?:\s*(?:-|–|—|to)\s*|\s+or\s+))
      (?P<cur2>{CUR_PRE})?\s?
      (?P<n2>{NUM})(?![\d,]*\d)
      (?:\s?(?P<s2>{SCALE}))?
    )?
    (?:\s?(?P<cur3>{CUR_POST}))?
    (?:\s*(?:(?:before|after)\s+tax(?:es)?|gross|net|take[- ]home|in\s+salary))?
    (?:\s*{PERIOD}|\s?{UNIT})?
    """,
    re.VERBOSE,
)
SUFFIX_APPROX_RE = compile_gated(r"\s*(?:-?ish\b|or\s+so\b|give\s+or\s+take\b|odd\b|\+|plus\b)")
# "no one" is nobody, not the number one
MASK_RE = compile_gated(r"\b(?:no[- ]one\b|40[13]\s?[kb]|24/7|covid-?19|\d{1,2}:\d{2}|(?<![$£€\d])(?:1[0-2]|0?[1-9])\s?[ap]\.?m\.?\b)")

SCALES = {
    "k": 1e3, "grand": 1e3, "thousand": 1e3, "thou": 1e3, "m": 1e6, "mil": 1e6, "mill": 1e6,
    "million": 1e6, "milion": 1e6, "mio": 1e6, "mn": 1e6, "bn": 1e9, "billion": 1e9, "lakh": 1e5,
    "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7, "hundred": 1e2,
}
PERIODS = {
    "year": "year", "yr": "year", "annum": "year", "annually": "year", "yearly": "year",
    "p.a.": "year", "pa": "year", "month": "month", "mo": "month", "mth": "month",
    "monthly": "month", "pcm": "month", "p/m": "month", "pm": "month", "week": "week", "wk": "week",
    "weekly": "week", "hour": "hour", "hr": "hour", "h": "hour", "hourly": "hour", "p/h": "hour",
    "day": "day", "daily": "day", "fortnight": "fortnight", "fortnightly": "fortnight",
    "biweekly": "fortnight", "bi-weekly": "fortnight",
}
UNITS = {
    "year": "years", "years": "years", "yr": "years", "yrs": "years", "yo": "years",
    "y/o": "years", "month": "months", "months": "months", "mo": "months", "mos": "months",
    "week": "weeks", "weeks": "weeks", "wk": "weeks", "wks": "weeks", "day": "days",
    "days": "days", "hour": "hours", "hours": "hours", "hr": "hours", "hrs": "hours",
    "times": "times", "x": "times", "%": "%", "percent": "%", "a day": "per_day",
}
# Wage periods to a year: 52 weeks, 26 fortnights, 13 four-week pay periods, 2,080 paid hours (40 h x 52), 260 days.
PER_YEAR = {"year": 1, "month": 12, "week": 52, "fortnight": 26, "four_weeks": 13, "day": 260, "hour": 2080}


_SAME_LENGTH = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                              "\u2013": "-", "\u2014": "-", "\u00a0": " "})


MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# a month as typed ("feb", "february", "sept"): its first three letters, then any more
MONTH_NAME = "(?:" + "|".join(MONTH_ABBREVIATIONS) + ")[a-z]*"


def month_number(word: str) -> int:
    """1-12 for a month name or its abbreviation ("August", "aug", "sept")."""
    return MONTH_ABBREVIATIONS.index(word[:3].lower()) + 1


def fold(text: str) -> str:
    """Lowercase without moving any character offset (some code points grow on lower())."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.translate(_SAME_LENGTH)


FRACTION_RE = compile_gated(r"(half|(?:a\s+)?quarter|three\s+quarters)(?:\s+of)?(?:\s+a)?\b")
SOME_RE = compile_gated(r"(?:a\s+)?(couple|few)(?:\s+of)?")
FRACTIONS = {"half": 0.5, "quarter": 0.25, "a quarter": 0.25, "three quarters": 0.75}


@lru_cache(maxsize=4096)
def parse_number(token: str) -> Optional[float]:
    """Value of one number as written: digits ("6,500", "1.2") or words ("eighty-five")."""
    t = token.strip().lower()
    if not t:
        return None
    if t[0].isdigit() or t[0] == ".":
        try:
            return float(t.replace(",", "").replace(" ", ""))
        except ValueError:
            return None
    factor = 1.0
    some = SOME_RE.fullmatch(t)
    if some:
        return 2.0 if some.group(1) == "couple" else 3.0
    fraction = FRACTION_RE.match(t)
    if fraction:  # "half a million", "a quarter of a million", "three quarters of a mil"
        factor, t = FRACTIONS[fraction.group(1)], t[fraction.end():].strip() or "one"
    if " point " in t:  # word2number mis-reads decimals ("one point two" -> 1)
        whole, _, frac = t.partition(" point ")
        frac_words = frac.split()
        digits = "".join(str(_words_to_int(w) or 0) for w in frac_words)
        base = _words_to_int(whole)
        if base is None:
            return None
        return factor * float(f"{base}.{digits}")
    value = _words_to_int(t)
    return None if value is None else factor * value


def _words_to_int(words: str) -> Optional[int]:
    words = words.replace("-", " ").replace("fourty", "forty").strip()
    if words in ("a", "one", ""):
        return 1
    if words.startswith("a "):
        words = "one " + words[2:]  # word2number drops the article: "a hundred and fifty thousand" read as 5,000,000
    if words.split()[0] in SCALE_WORDS.split("|"):
        words = "one " + words  # "hundred" alone, "thousand" alone
    try:
        return int(w2n.word_to_num(words))
    except (ValueError, IndexError, TypeError):
        return None


def find_quantities(low: str) -> list[Quantity]:
    """Every number in already-folded text, with range, scale, currency, period and unit."""
    masked = MASK_RE.sub(lambda m: "#" * len(m.group()), low) if _might_mask(low) else low
    out: list[Quantity] = []
    for m in QUANTITY_RE.finditer(masked):
        out.extend(_from_match(m, masked))
    for q in out:
        if _is_calendar_year(q, masked):
            q.unit = "calendar"
    return out


_RANGE_LEAD_RE = compile_gated(r"(?:from|between)\s+")
_YEAR_CUE_RE = compile_gated(r"(?:\bin|since|born|from|until|till|year|back in|around|circa|\bof)(?:\s+(?:early|late|mid|the (?:end|start|beginning|middle|summer|spring|autumn|fall|winter) of))?\s*$")


def _is_calendar_year(q: Quantity, low: str) -> bool:
    """"in 2019", "since 2015", "born 1988": a year on the calendar, not an amount."""
    if q.unit or q.currency or q.scaled or q.period or q.words or not 1920 <= q.value <= 2040:
        return False
    start = q.start
    lead = _RANGE_LEAD_RE.match(low, start, q.end)  # "from 2012" parsed as the start of a range
    if lead:
        start = lead.end()
    text = low[start:q.end]
    if not text.isdigit() or len(text) != 4:
        return False
    before = low[max(0, start - 12):start]
    if before.rstrip().endswith("of") and not re.search(r"(?:summer|spring|autumn|fall|winter|end|start|march|may|june|july|april|january|february|august|september|october|november|december) of\s*$", before):
        return False
    return bool(_YEAR_CUE_RE.search(before)) or q.end == len(low.rstrip(" .!?"))


# "1.5m cover", "1.2m policy": millions, whatever the size
MONEY_AFTER_RE = compile_gated(r"\s*(?:of |in )?(?:cover|coverage|policy|life|term|insurance|payout|sum|worth|death|ci\b|critical)"
                            # "we owe 1.2m on the house", "1.5m left on the bond": a balance, not a height
                            r"|\s*(?:(?:still )?(?:left|owing|outstanding|to go)\b|on (?:the|our|my) (?:house|home|flat|place|mortgage|bond|loan)\b|(?:in )?(?:savings|the bank)\b)")


def _might_mask(low: str) -> bool:
    return "40" in low or "one" in low or "24/7" in low or "covid" in low or ":" in low or "m" in low


def _from_match(m: re.Match[str], low: str) -> list[Quantity]:
    n1 = parse_number(m.group("n1"))
    if n1 is None:
        return []
    if m.group("half"):
        n1 += 0.5  # "two and a half thousand", "3 and a half k"
    s1 = _scale(m.group("s1"))
    n2 = parse_number(m.group("n2")) if m.group("n2") else None
    s2 = _scale(m.group("s2"))
    currency = bool(m.group("cur1") or m.group("cur2") or m.group("cur3"))
    per = m.group("per") or m.group("per2")
    period = PERIODS.get(re.sub(r"\s+", "", per)) if per else None
    if per and per.startswith("every"):
        period = "four_weeks" if re.search(r"four|4", per) else "fortnight"  # "every 4 weeks": 13 pay days a year
    unit_raw = m.group("unit")
    unit = _unit(unit_raw) if unit_raw else None
    start = m.start("approx") if m.group("approx") else m.start()
    end = m.end()
    approx = bool(m.group("approx"))
    suffix = SUFFIX_APPROX_RE.match(low, end)
    if suffix and unit is None:
        end, approx = suffix.end(), True
    while end > start and low[end - 1].isspace():
        end -= 1
    words = not m.group("n1")[0].isdigit()
    if m.group("s1") == "m" and not currency and not m.group("approx") and n1 < 3 and "." in m.group("n1") and not MONEY_AFTER_RE.match(low, m.end()):
        unit, s1 = "metres", None  # "1.80m" is a height, not 1.8 million
    if n2 is None:
        value = n1 * (s1 or 1.0)
        return [Quantity(start, end, value, currency=currency, scaled=s1 is not None,
                         period=period, unit=unit, approx=approx, words=words)]
    if s2 and not s1 and n1 < n2:
        s1 = s2
    low_v, high_v = n1 * (s1 or 1.0), n2 * (s2 or s1 or 1.0)
    if low_v >= high_v:  # "9 to 5", "4-3": two separate numbers, not a range
        first = Quantity(m.start("n1"), m.end("s1") if m.group("s1") else m.end("n1"), n1 * (s1 or 1.0),
                         currency=bool(m.group("cur1")), scaled=s1 is not None, words=words)
        second = Quantity(m.start("n2"), end, high_v, currency=currency, scaled=s2 is not None,
                          period=period, unit=unit, words=words)
        return [first, second]
    return [Quantity(start, end, (low_v + high_v) / 2, low=low_v, high=high_v, currency=currency,
                     scaled=bool(s1 or s2), period=period, unit=unit, approx=True, words=words)]


def _scale(raw: Optional[str]) -> Optional[float]:
    return SCALES.get(raw) if raw else None


def _unit(raw: str) -> str:
    key = re.sub(r"\s+", " ", raw.strip())
    if key in UNITS:
        return UNITS[key]
    return key.rstrip("s") if key not in ("'", '"', "%") else {"'": "ft", '"': "in"}.get(key, "%")


def per_year(q: Quantity) -> float:
    """An amount converted to a year from its period (a year when none is given)."""
    return q.value * PER_YEAR.get(q.period or "year", 1)


def per_month(q: Quantity) -> float:
    """An amount converted to a month from its period (a month when none is given)."""
    if q.period is None or q.period == "month":
        return q.value
    return q.value * PER_YEAR[q.period] / 12
