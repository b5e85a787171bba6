"""Existing cover (medical yes/no, "no life insurance") and claims in the last five years.
Cover amounts are money and are assigned in money.py.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..doc_state import add, claim_overlapping, has, state, today
from ..numbers import NUM, parse_number
from ..text import clause_start, is_negated, sentence_at
from .common import apply_rules, subject_of
from ..literal_scan import compile_gated

CLAIMS_RE = compile_gated(
    rf"\b(?:(?:made|filed|put in|submitted|had|lodged)\s+(?P<n>{NUM}|a|an|one|a couple of|a few|couple of|several)\s+(?:\w+\s+)?claims?"
    rf"|claimed\s+(?P<t>once|twice|three times|four times|\w+ times|a couple of times|a few times)"
    rf"|(?P<n2>{NUM}|one|a couple of|a few)\s+(?:\w+\s+)?(?:insurance\s+)?claims?\b(?!\s*bonus)"
    # the question said back, then the count: "claims? just the one", "claims - only once", "claims: two"
    rf"|\bclaims?(?:\s*[?:-]+\s*(?:(?:just|only|yes|yeah|yep)[,!]?\s+){{0,2}}|[,\s]+(?:just|only)\s+)(?:the\s+)?(?P<n3>one|once|twice|two|three|a couple)\b(?!\s+(?:of (?:my|the|them)|year|month|week|day|thing|question)))"
)
CLAIMED_ON_RE = compile_gated(r"\b(?:claimed|made a claim|put a claim in|had to claim)\s+(?:on|for|against|through|when)\b")
TIMES_RE = compile_gated(rf"\b(?P<t>once|twice|{NUM}\s+times|a couple of times|a few times)\b")
OLD_RE = compile_gated(rf"\b(?:in|back in)\s+(?P<year>(?:19|20)\d{{2}})\b|(?P<n>{NUM})\s+years\s+ago\b")
# "claimed on the house insurance after the flood and on my phone last year": one more claim per policy named
# "... and the pet insurance this year": a second policy named with its insurance word needs no "on"
AND_ON_RE = compile_gated(r"\b(?:and|plus)\s+(?:also\s+|again\s+|once\s+)?(?:(?:on|against)\s+(?:my|the|our|a|his|her)\s+(?!(?:same|way|day|top|back|other hand)\b)\w+"
                       r"|(?:my|the|our|a)\s+(?:\w+\s+)?(?:insurance|policy|cover)\b(?!\s+(?:paid|pays|covered|was|were|is|refused|denied|wouldn't|won't|didn't)\b))")
# "twice on the car and once on the house", "3 claims on the car, one on the house": counts said per policy add up
MORE_CLAIMS_RE = compile_gated(rf"(?:\b(?:and|plus|also)|,)\s+(?:another\s+)?(?:(?P<t>once|twice|{NUM}\s+times)\s+(?:more\s+)?(?:on|for|with|against)\b"
                            rf"|(?P<u>{NUM}|one|two|three)\s+(?:more\s+)?(?:claims?\s+)?(?:on|against)\b)")  # "one for a flood" is a cause, not another policy
OWN_OBJECT_RE = compile_gated(r"\b(?:on|for|with|against)\s+(?:the\s+|my\s+|our\s+|a\s+|his\s+|her\s+)?\w+")
# "had 2 claims on the bike since 2022... wait, 3", "one claim in 2023, and the car stolen last year so 2":
# a bare count said after a correction or a running "so" at the clause's end replaces the count
RECOUNT_RE = compile_gated(r"(?:\.\.\.|…|,|\b)\s*(?:(?:no )?wait|sorry|actually|no|so|make (?:that|it)|i mean|or rather|hang on)[,.!]*\s+"
                        r"(?:(?:it's|its|that's|thats|it was|that makes|makes)\s+)?(?P<c>[1-9]|one|two|three|four|five|six)\b"
                        r"(?=\s*(?:claims?(?: (?:in )?total)?|in total|total|altogether|all up)?\s*(?:[.,;!?]|$))")
AGAIN_JOIN_RE = compile_gated(r"\b(?:also|and|plus|then|another time)\b|[,;.]\s")  # a second "claimed on" joined to the first
# "I had an accident policy that paid out 5k when I fell off a ladder", "my income protection paid out after
# I broke my wrist": the prospect's own policy paying for the prospect's own mishap is a claim, said without the word
PAID_OUT_RE = compile_gated(r"\b(?:my|i had an?|i have an?|i've got an?)\s+(?:[\w-]+\s+){0,2}(?:policy|insurance|cover|plan|insurer|protection)\b"
                         r"(?:\s+(?:that|which))?\s+(?:paid out|paid up|paid me|paid for it)\b[^.;!?]{0,40}?\b(?:when|after)\s+i\b")
# "have accident insurance for 25k, used it once in 2023", "had to use my health cover twice this year": the
# prospect's own policy used is a claim, said without the word (the policy is named in the message)
USED_POLICY_RE = compile_gated(r"(?:(?:^|(?<=[,;.!?]))\s*|\b(?:i|we|i've|we've|i have|we have|had to|have|only|already|just)\s+)(?:ever\s+|only\s+|actually\s+|had\s+to\s+)?(?:used|use)\s+"
                            r"(?:it|that|them|(?:my|our|the)\s+(?:[\w-]+\s+){0,2}(?:policy|insurance|cover|plan))\s+"
                            rf"(?:only\s+)?{TIMES_RE.pattern}")
POLICY_WORD_RE = compile_gated(r"\b(?:insurance|cover|policy|plan|insured|protection)\b")
UNSURE_RE = compile_gated(r"\b(?:if|whether|not sure|might have|may have|don't (?:think|remember)|can't remember|would|could|should)\b")
COUNTS = {"a": 1, "an": 1, "one": 1, "a couple of": 2, "couple of": 2, "a few": 3, "several": 4,
          "once": 1, "twice": 2, "two": 2, "three": 3, "a couple": 2, "three times": 3, "four times": 4, "a couple of times": 2, "a few times": 3}


@Language.component("needscout_cover")
def cover_component(doc: Doc) -> Doc:
    """Medical cover, "no cover" statements and the claims count."""
    for fact in ("has_medical_cover", "existing_life_cover", "existing_ci_cover", "existing_accident_cover"):
        apply_rules(doc, fact)
    _claims(doc)
    return doc


def _claims(doc: Doc) -> None:
    low: str = state(doc).low
    if "claim" not in low:
        _paid_out(doc, low)
        return
    for m in CLAIMS_RE.finditer(low):
        word = m.group("n") or m.group("t") or m.group("n2") or m.group("n3")
        n = COUNTS.get(word)
        if n is None:
            n = parse_number(word.split()[0])
        if n is None or not 0 <= n <= 30 or subject_of(doc, m.start()) != "self":
            continue
        s, _ = sentence_at(state(doc).sents, m.start())
        if is_negated(low, clause_start(low, s, m.start()), m.start()):
            continue  # "I've never made an insurance claim": the rule for none says 0
        if re.search(r"\b(?:denied|rejected|refused|won't|wouldn't|never pay)\b", low[max(0, m.start() - 30):m.end() + 20]) and not re.search(r"\b(?:made|filed|had|claimed)\b", m.group()):
            continue
        if _too_old(doc, low[m.end():m.end() + 30]):
            continue
        n, end = _recounted(low, m.end(), int(n))
        n += _more_claims(low, end, sentence_at(state(doc).sents, m.start())[1])
        add(doc, "claims_5y", n, 0.85, m.start(), end)
        claim_overlapping(doc, m.start(), end)
    if not has(doc, "claims_5y"):
        m = CLAIMED_ON_RE.search(low)
        if m and subject_of(doc, m.start()) == "self" and not _too_old(doc, low[m.end():m.end() + 40]):
            times = TIMES_RE.search(low, m.end(), m.end() + 50)  # "claimed on the pet insurance six times"
            n = COUNTS.get(times.group("t")) or parse_number(times.group("t")) if times else 1
            # "twice on the car insurance, and once on the house": the claims on each add up
            _, se = sentence_at(state(doc).sents, m.start())
            n = (n or 1) + _more_claims(low, times.end() if times else m.end(), se, own_object=True)  # "claimed on X" names its policy
            if times is None and n == 1:
                n += sum(1 for _ in AND_ON_RE.finditer(low, m.end(), se))
            end = times.end() if times else m.end()
            more, end = _claimed_again(doc, low, end)
            add(doc, "claims_5y", int((n or 1) + more), 0.7, m.start(), end)
    _paid_out(doc, low)
    apply_rules(doc, "claims_5y")


def _paid_out(doc: Doc, low: str) -> None:
    """A payout on the prospect's own policy, or the policy used N times, is a claim when no
    claim was counted otherwise."""
    if has(doc, "claims_5y"):
        return
    if "use" in low:
        _used_policy(doc, low)
    if "paid" not in low or has(doc, "claims_5y"):
        return
    m = PAID_OUT_RE.search(low)
    if m and not _too_old(doc, low[m.end():m.end() + 60]) and not is_negated(low, clause_start(low, sentence_at(state(doc).sents, m.start())[0], m.start()), m.end()):
        add(doc, "claims_5y", 1, 0.7, m.start(), m.end())


def _used_policy(doc: Doc, low: str) -> None:
    """"used it once in 2023" with a policy named: the count of uses is the claims count."""
    m = USED_POLICY_RE.search(low)
    if m is None or not POLICY_WORD_RE.search(low) or subject_of(doc, m.start()) != "self":
        return
    floor = clause_start(low, sentence_at(state(doc).sents, m.start())[0], m.start())
    if is_negated(low, floor, m.start()) or _too_old(doc, low[m.end():m.end() + 40]):
        return
    n = COUNTS.get(m.group("t")) or parse_number(m.group("t").split()[0])
    if n and 0 < n <= 30:
        add(doc, "claims_5y", int(n), 0.7, m.start(), m.end())


def _claimed_again(doc: Doc, low: str, start: int) -> tuple[int, int]:
    """"I claimed on it once for my ankle, also claimed on my car in 2024": each further "claimed
    on" by the prospect, within five years, adds its own claims; returns them and where they end."""
    more, end = 0, start
    for m in CLAIMED_ON_RE.finditer(low, start):
        if subject_of(doc, m.start()) != "self" or _too_old(doc, low[m.end():m.end() + 40]) \
                or not AGAIN_JOIN_RE.search(low, end, m.start()) or UNSURE_RE.search(low, max(end, m.start() - 30), m.start()) \
                or is_negated(low, clause_start(low, end, m.start()), m.start()):
            continue  # "not sure if I claimed on anything else", "never claimed on the house"
        times = TIMES_RE.search(low, m.end(), m.end() + 40)
        more += int((COUNTS.get(times.group("t")) or parse_number(times.group("t").split()[0]) or 1) if times else 1)
        end = times.end() if times else m.end()
    return more, end


def _more_claims(low: str, start: int, end: int, own_object: bool = False) -> int:
    """Claims counted on further policies after the first count ("and once on home"); a count with
    no policy of its own is a total broken down after it ("2 claims, one on the car and one on the house")."""
    first = MORE_CLAIMS_RE.search(low, start, end)
    if first is None or not (own_object or OWN_OBJECT_RE.search(low, start, first.start())):
        return 0
    counts = (x.group("t") or x.group("u") for x in MORE_CLAIMS_RE.finditer(low, start, end))
    return sum(int(COUNTS.get(c) or parse_number(c.split()[0]) or 0) for c in counts)


def _recounted(low: str, end: int, n: int) -> tuple[int, int]:
    """A count corrected or totted up later in the message ("... wait, 3", "... so 2"): the
    last one said stands; returns the count and where it ends."""
    if not any(w in low[end:end + 120] for w in ("wait", "sorry", "actually", "no", "so", "make", "mean", "rather", "hang")):
        return n, end  # a cheap literal check: most messages have none
    for m in RECOUNT_RE.finditer(low, end, min(len(low), end + 120)):
        n, end = COUNTS.get(m.group("c")) or int(parse_number(m.group("c")) or n), m.end()
    return n, end


def _too_old(doc: Doc, after: str) -> bool:
    m = OLD_RE.search(after)
    if not m:
        return False
    if m.group("year"):
        return today(doc).year - int(m.group("year")) > 5
    n = parse_number(m.group("n"))
    return n is not None and n > 5
