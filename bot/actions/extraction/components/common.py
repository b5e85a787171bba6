"""Helpers the fact components share: running phrase rules and working out whose
fact a phrase is ("my dad had a stroke" is family history, not the prospect's own).
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from spacy.tokens import Doc

from ..doc_state import State, add, state
from ..facts_registry import FACTS
from ..resources import RuleHit, cue_index, gates, held_by_others, phrase_rules
from ..text import clause_start, is_hypothetical, is_negated, sentence_at, sentence_before
from ..literal_scan import compile_gated

FIRST_PERSON_RE = compile_gated(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|myself|i am)\b")
# a message written as "I" (a first-person word or "my"), in text of either case
SPEAKER_RE = compile_gated(r"\b(?:i|i'm|im|i've|me|my)\b", re.IGNORECASE)
PRONOUN_RE = compile_gated(r"\b(?:he|she|they|his|her|their|him|them|he's|she's|they're|you're|youre|you are|are you)\b")
# "I'm a single mum", "single dad with 2 boys": the role word describes the prospect
SELF_ROLE_RE = compile_gated(r"\b(?:a|an|single|stay[- ]at[- ]home|working|proud|full[- ]time|busy|new|young|divorced|widowed)\s+$")
STRANGER_RE = compile_gated(r"\b(?:(?:a|the|that|this|some|one) (?:woman|man|guy|bloke|lady|fella|chap|person|colleague|coworker|co-worker|neighbou?r|customer|client|patient)|someone|somebody|people|colleagues|(?:a|one|my|our) (?:friend|mate|pal|buddy|best friend|best mate|friend's \w+|mate's \w+)|a friend of (?:mine|ours)|coworkers|neighbou?rs|my boss|my (?:neighbou?r|colleague|co-?worker|workmate|manager|landlord|landlady|flatmate|housemate|roommate)|"
                             r"(?:the |most of the |all the |half the |a lot of the )?(?<!\byou )(?:lads|guys|blokes|staff|workers|employees|drivers|members|team)|(?:most|none|all|some|half) of them)\b")
OWN_BEFORE_RE = compile_gated(r"\b(?:my|our) $")  # not "neighbour "
# Facts about the prospect only: "my wife is a stay-at-home mum" is not their employment.
SELF_ONLY = {"employment_type", "smoker", "alcohol", "exercise", "income_stability", "hazardous_hobbies", "marital_status",
             "existing_life_cover", "existing_ci_cover", "existing_accident_cover", "conditions"}
# Household facts a relative may state for the prospect ("we're on my husband's plan"), but never
# a stranger: "my neighbour's got no insurance at all" says nothing of the prospect's cover
NOT_A_STRANGERS = {"has_medical_cover", "mortgage_balance", "other_debts", "liquid_savings", "claims_5y"}
# Own habits and health a prospect may only imagine ("what if I took up skydiving?")
IMAGINED_DROPS = {"smoker", "alcohol", "exercise", "hazardous_hobbies", "conditions", "employment_type"}
# "me and my girlfriend live together": a status is the couple's, so the partner may be named
SUBJECTS = {"marital_status": ("self", "spouse", "partner")}
NO_CHECK_VALUES = (False, 0, "none", "single", "stable")
# A money worry is a circumstance: someone else's when told
# of a stranger or a relative outside the couple, who then owns them ("my neighbour can't afford it")
PLIGHT_VALUES = frozenset({"cost"})
SAYING_RE = compile_gated(r"\b(?:says?|said|saying|thinks?|thought|reckons?|believes?|feels?|tells?|told|warned|swears)\b")
# "but not if it's a faff to claim", "not when it costs that much": a refusal on a condition
CONDITION_NOT_RE = compile_gated(r"\b(?:not|never|no way|nope)\W+(?:if|when|unless|where)\b(?!.*\b(?:not|n't|never)\b)")
INSURER_PRONOUN_RE = compile_gated(r"\b(?:they|they're|you|you're|it|it's|its)\b")
NOT_OWN_HOUSEHOLD = frozenset({"parent", "sibling", "grandparent", "inlaw", "friend", "business_partner", "ex"})
# Values that answer the bot's question rather than voice a worry: "it's complicated" to the
# marital-status question is the relationship, not a product that is too complex
ANSWER_NOT_VALUE: dict[tuple[str, str], frozenset[object]] = {("marital_status", "concerns"): frozenset({"complexity"})}


def apply_rules(doc: Doc, fact: str) -> int:
    """Propose candidates for ``fact`` from its phrase rules; returns how many."""
    st = state(doc)
    low = st.low
    if st.present_rules is None:
        st.present_rules, st.present_facts = cue_index().present(low, st.literals)
    if fact not in st.present_facts:
        return 0  # no cue literal of any of its rules in the text
    rules = phrase_rules().get(fact)
    if rules is None:
        return 0
    present = st.present_rules
    if rules.expect_only and st.expect != fact and not rules.expect_only.isdisjoint(present):
        present = present - rules.expect_only  # bare answers ("the kids") only when asked
    hits = rules.finditer(low, present=present, accept=lambda h: _conditions_hold(st, fact, h))
    if not hits:
        return 0
    gate = None if st.expect == fact else gates().get(fact)
    if gate is not None and not gate.search(low):
        return 0
    is_list = fact in LIST_FACTS
    others = held_by_others().get(fact)
    found = 0
    if any(h.rule.fallback for h in hits) and (any(not h.rule.fallback for h in hits) or any(c.fact == fact for c in st.candidates)):
        hits = [h for h in hits if not h.rule.fallback]  # "if I die" only when no goal is named
    for hit in hits:
        s, e = sentence_at(st.sents, hit.start)
        if gate is not None and not gate.search(low, s, e) and not _echoed_cue(low, st.sents, s, gate):
            continue
        rule = hit.rule
        if others is not None and _held_by_other(low, others, s, hit.start):
            continue  # "my sister thinks it's a rip-off"
        if fact == "concerns" and hit.rule.value in PLIGHT_VALUES and _someone_elses_plight(doc, others, s, hit.start):
            continue  # "my neighbour works two jobs and still can't afford the mortgage"
        if fact in SELF_ONLY and not low.startswith(("my ", "our "), hit.start) and subject_of(doc, hit.start) not in SUBJECTS.get(fact, ("self",)):
            continue
        if fact in NOT_A_STRANGERS and stranger_at(doc, hit.start):
            continue  # "my neighbour's got 5 kids and no insurance at all"
        floor = clause_start(low, s, hit.start)
        if fact in IMAGINED_DROPS and is_hypothetical(low, floor, hit.start):
            continue  # "if I was a smoker would it cost more?"
        value = hit.rule.value
        if value in ANSWER_NOT_VALUE.get((st.expect, fact), ()):
            continue
        if not _skip_negation(value) and is_negated(low, floor, hit.start) and not _refused_on_condition(fact, low, floor, hit.start):
            if hit.rule.negated == "drop":
                continue
            value = hit.rule.negated
        if is_list and not isinstance(value, list):
            value = [value]
        add(doc, fact, value, hit.rule.confidence, hit.start, hit.end)
        found += 1
    return found


def _echoed_cue(low: str, sents: list[tuple[int, int]], s: int, gate: "re.Pattern[str]") -> bool:
    """True when the sentence before is the form question said back ("drink? hardly ever",
    "exercise? once in a blue moon"): a short question naming the fact's cue answers for it."""
    prev = sentence_before(sents, s)
    if prev is None:
        return False
    ps = prev[0]
    echo = low[ps:s].strip()
    return echo.endswith("?") and len(echo.split()) <= 3 and bool(gate.search(low, ps, s))


def _refused_on_condition(fact: str, low: str, floor: int, pos: int) -> bool:
    """True when a worry's "not" refuses on that condition ("I'd pay 30 a month, but not if it's
    complicated to claim"): the condition is the worry, so the negation does not undo it."""
    return fact == "concerns" and bool(CONDITION_NOT_RE.search(low, max(floor, pos - 40), pos))


def _someone_elses_plight(doc: Doc, others, sent_start: int, pos: int) -> bool:
    """True when a concern word at ``pos`` tells another person's circumstances ("my brother
    can't afford his rent", "the guy next door is skint"), not a view of theirs the prospect
    relays ("my mate says it's a rip-off", which corpora label as the prospect's worry)."""
    low = state(doc).low
    floor = clause_start(low, sent_start, pos)
    if not (stranger_at(doc, pos) or _wider_family_subject(doc, floor, pos)):
        return False
    return not (SAYING_RE.search(low, floor, pos) or (others is not None and others.before.search(low, floor, pos)))


def _wider_family_subject(doc: Doc, floor: int, pos: int) -> bool:
    """True when the clause before ``pos`` is about a relative outside the couple ("my sister",
    "my cousin"); a bare "they" with no relative named is more often the insurer."""
    role = subject_of(doc, pos)
    if role not in NOT_OWN_HOUSEHOLD and role != "other":
        return False
    kin = [(a, v) for a, _, v in entities(doc, "KIN") if floor <= a < pos]
    if not kin or (role == "other" and kin[-1][1] != "other"):
        return False  # "they" with no relative named is more often the insurer
    return not INSURER_PRONOUN_RE.search(state(doc).low, kin[-1][0], pos)  # "with two kids it's not affordable"


def stranger_at(doc: Doc, pos: int) -> bool:
    """True when a person who is no relative ("the guy next door", "my neighbour") is named in the
    clause before ``pos`` and the prospect is not named after them: the fact there is theirs."""
    st = state(doc)
    low = st.low
    floor = clause_start(low, sentence_at(st.sents, pos)[0], pos)
    last = None
    for last in STRANGER_RE.finditer(low, floor, pos):
        pass
    return last is not None and FIRST_PERSON_RE.search(low, last.end(), pos) is None and not OWN_BEFORE_RE.search(low, max(0, pos - 5), pos)


def _conditions_hold(st: State, fact: str, hit: RuleHit) -> bool:
    """The rule's own conditions at a hit: its ``needs`` cue is there (waived when the bot
    asked for the fact: "the price, mainly") and nothing in ``unless`` undoes it ("price
    isn't an issue"), in the sentence or, with ``scope: message``, the whole message."""
    rule, low = hit.rule, st.low
    cs, ce = (0, len(low)) if rule.whole_message else sentence_at(st.sents, hit.start)
    if rule.needs is not None and st.expect != fact and not rule.needs.search(low, cs, ce):
        return False  # a topic word without its cue ("the price of petrol")
    return rule.unless is None or not rule.unless.search(low, cs, ce)


def _held_by_other(low: str, others, sent_start: int, pos: int) -> bool:
    """True when the phrase at ``pos`` is someone else's view (data/held_by_others.yml):
    a third person saying or thinking it earlier in its clause while the prospect stands
    apart ("... but I'm keen"), or a tag such as "that's what he says" in the message,
    unless the prospect takes the view up too."""
    said = (others.before.search(low, clause_start(low, sent_start, pos), pos) and others.apart.search(low)) or (others.tag is not None and others.tag.search(low))
    return bool(said) and not (others.own is not None and others.own.search(low))


LIST_FACTS = {name for name, f in FACTS.items() if f.kind == "list"}


def _skip_negation(value: object) -> bool:
    if isinstance(value, list):
        return not value
    return any(value is v or (type(value) is type(v) and value == v) for v in NO_CHECK_VALUES)


def entities(doc: Doc, label: str) -> Iterator[tuple[int, int, str]]:
    """(start_char, end_char, value) of lexicon matches with ``label`` (components/lexicon.py)."""
    for start, end, ent_label, value in state(doc).ents or ():
        if ent_label == label:
            yield start, end, value


def kin_at(doc: Doc, pos: int) -> Optional[str]:
    """The role of a relative word that starts at ``pos`` ("my sister's kids" is one word, "other")."""
    return next((v for a, _, v in entities(doc, "KIN") if a == pos), None)


def subject_of(doc: Doc, pos: int) -> str:
    """Whose fact is at ``pos``: "self", a KIN role (parent, sibling, spouse, child...) or
    "self" when nobody else is named in the clause. The nearest marker before ``pos`` wins;
    a pronoun stands for the last relative named earlier in the sentence.
    """
    st = state(doc)
    low = st.low
    s, _ = sentence_at(st.sents, pos)
    floor = clause_start(low, s, pos)
    if OWN_BEFORE_RE.search(low, max(0, pos - 5), pos):
        return "self"  # "they'll wriggle out of paying because of my asthma"
    best_pos, best = -1, "self"
    for m in FIRST_PERSON_RE.finditer(low, floor, pos):
        best_pos, best = m.start(), "self"
    kin_before = [(a, v) for a, b, v in entities(doc, "KIN") if s <= a < pos and not SELF_ROLE_RE.search(low, max(0, a - 20), a)]
    for a, v in kin_before:
        if a >= floor and a > best_pos:
            best_pos, best = a, v
    for m in PRONOUN_RE.finditer(low, floor, pos):
        if m.start() > best_pos:
            earlier = [v for a, v in kin_before if a < m.start()]
            best_pos, best = m.start(), earlier[-1] if earlier else "other"
    for m in STRANGER_RE.finditer(low, floor, pos):
        if m.start() > best_pos:  # "that woman with cancer", "a guy at work had a heart attack"
            best_pos, best = m.start(), "other"
    return best
