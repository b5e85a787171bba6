"""Data files (vocabularies, phrase rules, cue words, occupations), loaded once.

Everything a linguist would want to change lives under ``data/``; this module turns it
into compiled matchers and keeps them for the life of the process.
"""

from __future__ import annotations

import csv
import re
import sre_parse
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

import yaml

from .literal_scan import SCAN, compile_gated, most_telling, required_sets

DATA_DIR = Path(__file__).parent / "data"


def _yaml(name: str) -> dict:
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


@dataclass(frozen=True)
class Rule:
    """One phrase rule: a pattern meaning ``fact = value`` (see data/rules.yml)."""

    fact: str
    value: object
    pattern: re.Pattern[str]
    confidence: float
    negated: object  # value when negated, or "drop"
    fallback: bool = False  # counts only when no other rule of the fact matched
    key: int = -1  # position among all rules, for the cue index
    needs: Optional[re.Pattern[str]] = None  # counts only when this also matches in the sentence
    unless: Optional[re.Pattern[str]] = None  # never counts when this matches in the sentence
    # "message": needs/unless look at the whole message, for a cue in the next sentence
    # ("Is my data stored securely? Just curious" is no privacy worry)
    whole_message: bool = False
    # counts only as an answer to the question for its fact ("the kids" when asked for goals)
    expect_only: bool = False


@dataclass(frozen=True)
class RuleHit:
    rule: Rule
    start: int
    end: int


class PhraseRules:
    """All phrase rules of one fact; at each position the longest matching rule wins.

    With ``present`` (from :class:`CueIndex`) only the rules whose cue literal occurs in
    the text run, each on its own; without it one combined ``\\b(?:a|b|...)`` scan
    finds the positions.
    """

    def __init__(self, fact: str, rules: list[Rule]) -> None:
        self.fact = fact
        self.rules = rules
        bodies = [r.pattern.pattern for r in rules]
        stripped = [b[2:] if b.startswith(r"\b") else f"(?:{b})" for b in bodies]
        self.any = re.compile(r"(?:\b|^)(?:" + "|".join(stripped) + ")")
        self.by_key = {r.key: r for r in rules}
        self.keys = frozenset(self.by_key)
        self.expect_only = frozenset(r.key for r in rules if r.expect_only)

    def finditer(self, low: str, start: int = 0, end: Optional[int] = None,
                 present: Optional[frozenset[int] | set[int]] = None,
                 accept: Optional[Callable[[RuleHit], bool]] = None) -> list[RuleHit]:
        """Non-overlapping hits, leftmost then longest. A hit ``accept`` refuses (its rule's
        ``needs`` or ``unless`` says no) does not hide a shorter one of another rule there:
        "leave something for the kids" is an inheritance when the family's-share rule lacks its cue."""
        end = len(low) if end is None else end
        if present is not None:
            keys = self.keys.intersection(present)
            return self._find_present(low, start, end, [self.by_key[k] for k in sorted(keys)], accept) if keys else []
        hits: list[RuleHit] = []
        for m in self.any.finditer(low, start, end):
            best: Optional[RuleHit] = None
            for rule in self.rules:
                mm = rule.pattern.match(low, m.start(), end)
                if mm and mm.end() > mm.start() and (best is None or mm.end() > best.end):
                    hit = RuleHit(rule, mm.start(), mm.end())
                    if accept is None or accept(hit):
                        best = hit
            if best is not None:
                hits.append(best)
        return hits

    @staticmethod
    def _find_present(low: str, start: int, end: int, rules: list[Rule],
                      accept: Optional[Callable[[RuleHit], bool]] = None) -> list[RuleHit]:
        found = [(mm.start(), -mm.end(), i) for i, rule in enumerate(rules)
                 for mm in rule.pattern.finditer(low, start, end) if mm.end() > mm.start()]
        hits: list[RuleHit] = []
        taken = -1
        for s, neg_end, i in sorted(found):
            if s >= taken:  # leftmost first, then the longest there, then file order
                hit = RuleHit(rules[i], s, -neg_end)
                if accept is not None and not accept(hit):
                    continue
                hits.append(hit)
                taken = -neg_end
        return hits


class CueIndex:
    """Which phrase rules can match a text, from the message's one literal scan.

    A rule's regex is a sequence, and several of its parts may each need a literal
    ("\\bmy (?:brother|sister) and (?:her|his) kids" needs "my ", one of "brother" or
    "sister", " and " ...). Each such part gives a set of literals one of which every match
    contains (derived from the regex itself, see literal_scan.required_sets). A rule runs
    only when each of its sets has a literal in the text; the scan
    (:data:`literal_scan.SCAN`) finds them all in one pass. Most utterances touch a few
    facts only, so most rules never run.
    """

    def __init__(self, rules: list[Rule]) -> None:
        self.always: set[int] = set()
        self.fact_of = {rule.key: rule.fact for rule in rules}
        self.also: dict[int, tuple[frozenset[str], ...]] = {}  # rule -> its other literal sets
        by_literal: dict[str, set[int]] = {}
        interned: dict[frozenset[str], frozenset[str]] = {}
        literals: set[str] = set()
        for rule in rules:
            sets = required_sets(sre_parse.parse(rule.pattern.pattern, rule.pattern.flags))
            if not sets or rule.pattern.flags & re.IGNORECASE:
                self.always.add(rule.key)
                continue
            best = most_telling(sets)
            others = tuple(interned.setdefault(frozenset(s), frozenset(s)) for s in sets if s is not best)
            if others:
                self.also[rule.key] = others
            for lit in best:
                by_literal.setdefault(lit, set()).add(rule.key)
            literals.update(*sets)
        self.by_literal = {lit: frozenset(keys) for lit, keys in by_literal.items()}
        SCAN.add(literals)

    def present(self, low: str, found: Optional[frozenset[str]] = None) -> tuple[set[int], set[str]]:
        """(keys of the rules that may match, the facts those rules belong to); ``found``
        is the scan of ``low`` when the caller already has it."""
        if found is None:
            found = SCAN.found(low)
        keys: set[int] = set()
        by_literal = self.by_literal
        for lit in found:
            hit = by_literal.get(lit)
            if hit is not None:
                keys |= hit
        out = set(self.always)
        also = self.also
        for key in keys:
            for literals in also.get(key, ()):
                if found.isdisjoint(literals):
                    break
            else:
                out.add(key)
        fact_of = self.fact_of
        return out, {fact_of[k] for k in out}


def trie_pattern(words: "tuple[str, ...] | list[str]") -> str:
    """One regex matching any of ``words``, shaped as a trie ("ab|ac" -> "a(?:b|c)") so the
    engine tries one branch per next character instead of every word at every position.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        if "" in node and len(node) == 1:
            return ""
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@lru_cache(maxsize=1)
def phrase_rules() -> dict[str, PhraseRules]:
    """fact -> its compiled phrase rules."""
    out: dict[str, PhraseRules] = {}
    key = 0
    for fact, entries in _yaml("rules.yml").items():
        rules = []
        for entry in entries:
            needs, unless = (compile_gated(entry[k]) if entry.get(k) else None for k in ("needs", "unless"))
            for pat in entry["re"]:
                rules.append(Rule(fact, entry["value"], re.compile(pat), float(entry.get("confidence", 0.9)),
                                  entry.get("negated", "drop"), bool(entry.get("fallback", False)), key,
                                  needs, unless, entry.get("scope", "sentence") == "message",
                                  bool(entry.get("expect_only", False))))
                key += 1
        out[fact] = PhraseRules(fact, rules)
    return out


@lru_cache(maxsize=1)
def cue_index() -> CueIndex:
    """The cue-literal index over every phrase rule (see :class:`CueIndex`)."""
    return CueIndex([rule for rules in phrase_rules().values() for rule in rules.rules])


@lru_cache(maxsize=1)
def gates() -> dict[str, re.Pattern[str]]:
    """fact -> the topic words that must appear in the sentence for its rules to run."""
    return {fact: compile_gated(p) for fact, p in _yaml("gates.yml").items()}


@lru_cache(maxsize=1)
def money_cues() -> dict[str, re.Pattern[str]]:
    """money fact (or a claim-and-drop pseudo fact) -> one regex of its cue words."""
    return {fact: compile_gated("|".join(f"(?:{p})" for p in pats))
            for fact, pats in _yaml("money_cues.yml").items() if fact not in ("bare_budget", "insurers", "pay_period")}


@lru_cache(maxsize=1)
def held_with_insurer() -> re.Pattern[str]:
    """"with Aviva", "through L&G": an insurer named beside a sum means cover already held."""
    names = "|".join(f"(?:{n})" for n in _yaml("money_cues.yml")["insurers"])
    return compile_gated(rf"\b(?:with|from|through|via|by|at) (?:{names})\b")


@lru_cache(maxsize=1)
def bare_budget_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Cues just before and just after a bare number that make it the premium budget."""
    data = _yaml("money_cues.yml")["bare_budget"]
    return compile_gated(data["before"]), compile_gated(data["after"])


@dataclass(frozen=True)
class HeldByOthers:
    """data/held_by_others.yml for one fact: a view someone else holds is not the prospect's."""

    before: re.Pattern[str]  # a third person saying or thinking it, earlier in the clause
    apart: re.Pattern[str]  # the prospect's own, different stance elsewhere in the message
    tag: Optional[re.Pattern[str]]  # "that's what he says", anywhere in the message
    own: Optional[re.Pattern[str]]  # the prospect sharing the view anyway


@lru_cache(maxsize=1)
def held_by_others() -> dict[str, HeldByOthers]:
    """fact -> the cues that hand a phrase to someone else (data/held_by_others.yml)."""
    out = {}
    for fact, data in _yaml("held_by_others.yml").items():
        out[fact] = HeldByOthers(compile_gated(data["before"]), compile_gated(data["apart"]), *(compile_gated(data[k]) if data.get(k) else None for k in ("tag", "own")))
    return out


@dataclass(frozen=True)
class BeneficiaryCues:
    """Receiving cues of data/beneficiary.yml, by where the relative stands."""

    window: int
    gap: re.Pattern[str]
    before_kin: tuple[re.Pattern[str], ...]
    after_kin: tuple[re.Pattern[str], ...]
    either: tuple[re.Pattern[str], ...]
    kin_values: dict[str, str]  # lexicon KIN value -> beneficiary_relation value
    not_beside_a_cue: frozenset[str]  # KIN values a cue never points at
    pronoun: tuple[re.Pattern[str], ...] = ()  # "I want her to get the payout": the relative named before
    partner_in_business: Optional[re.Pattern[str]] = None  # "partner" means business partner here


@lru_cache(maxsize=1)
def beneficiary_cues() -> BeneficiaryCues:
    """The beneficiary cue lists, compiled."""
    data = _yaml("beneficiary.yml")
    return BeneficiaryCues(int(data["window"]), compile_gated(data["gap"]),
                           *(tuple(compile_gated(p) for p in data[k]) for k in ("before_kin", "after_kin", "either")),
                           dict(data["kin_values"]), frozenset(data["not_beside_a_cue"]),
                           tuple(compile_gated(p) for p in data.get("pronoun", ())),
                           compile_gated(data["partner_in_business"]) if data.get("partner_in_business") else None)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[str, list[str]]]:
    """label -> value -> phrases, for the EntityRuler."""
    return _yaml("lexicon.yml")


@lru_cache(maxsize=1)
def kin_of() -> dict[str, dict[str, str]]:
    """possessor role -> possessed role -> the role as seen from the prospect (data/kin_of.yml)."""
    return _yaml("kin_of.yml")


@dataclass(frozen=True)
class Occupation:
    """A row of data/occupations.csv; class 0 marks a status ("student"), not a job, and
    None a job whose title does not settle the class (vet, farmer: labelling guideline)."""

    title: str
    occupation_class: Optional[int]
    employment: Optional[str]


class OccupationTable:
    """Curated job titles with synonyms, insurance occupation class and employment hint."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.by_phrase: dict[str, Occupation] = {}
        self.plurals: dict[str, Occupation] = {}
        for row in rows:
            occ = Occupation(row["title"], int(row["class"]) if row["class"].strip() else None, row.get("employment") or None)
            for phrase in [row["title"], *filter(None, row["synonyms"].split("|"))]:
                phrase = phrase.lower().strip()
                self.by_phrase.setdefault(phrase, occ)
                if occ.occupation_class != 0 and not phrase.endswith("s") and " " not in phrase and len(phrase) > 3:
                    self.plurals.setdefault(phrase + "s", occ)  # "we're both teachers" (not "hrs", "gps")
        for plural, occ in self.plurals.items():
            self.by_phrase.setdefault(plural, occ)
        self.phrases: list[str] = list(self.by_phrase)

    def __len__(self) -> int:
        return len({o.title for o in self.by_phrase.values() if o.occupation_class != 0})

    def lookup(self, phrase: str) -> Optional[Occupation]:
        return self.by_phrase.get(phrase.lower().strip())


@lru_cache(maxsize=1)
def occupations() -> OccupationTable:
    with open(DATA_DIR / "occupations.csv", encoding="utf-8", newline="") as fh:
        return OccupationTable(list(csv.DictReader(fh)))


@lru_cache(maxsize=1)
def work_vocab() -> dict[str, list[str]]:
    """Tenure vocabulary of data/work.yml: trade verbs, extra job-context words, non-job joining."""
    return _yaml("work.yml")


@lru_cache(maxsize=1)
def pay_period() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pay-word period of data/money_cues.yml ("monthly salary") and what each word means."""
    data = _yaml("money_cues.yml")["pay_period"]
    return compile_gated(data["pattern"]), data["period"]
