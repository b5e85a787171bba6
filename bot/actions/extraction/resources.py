"""Data files (vocabularies, phrase rules, cue words, occupations), loaded once.

Everything a linguist would want to change lives under ``data/``; this module turns it
into compiled matchers and keeps them for the life of the process.
"""

from __future__ import annotations

import csv
import re
import sre_constants
import sre_parse
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

import yaml

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


@dataclass(frozen=True)
class RuleHit:
    rule: Rule
    start: int
    end: int


class PhraseRules:
    """All phrase rules of one fact behind one regex, so unmatched text costs one scan.

    Python's regex engine skips alternatives cheaply only when one leading word boundary
    is shared, so the combined pattern is ``\\b(?:a|b|...)``; which rule matched (the
    longest at that position) is decided only on a hit.
    """

    def __init__(self, fact: str, rules: list[Rule]) -> None:
        self.fact = fact
        self.rules = rules
        bodies = [r.pattern.pattern for r in rules]
        stripped = [b[2:] if b.startswith(r"\b") else f"(?:{b})" for b in bodies]
        self.any = re.compile(r"(?:\b|^)(?:" + "|".join(stripped) + ")")
        self.cues = cue_literals(rules)

    def may_match(self, low: str) -> bool:
        """Cheap exact pre-check: False only when no rule can match (a cue literal is absent)."""
        return self.cues is None or any(c in low for c in self.cues)

    def finditer(self, low: str, start: int = 0, end: Optional[int] = None) -> list[RuleHit]:
        end = len(low) if end is None else end
        if not self.may_match(low):
            return []
        hits: list[RuleHit] = []
        for m in self.any.finditer(low, start, end):
            best: Optional[RuleHit] = None
            for rule in self.rules:
                mm = rule.pattern.match(low, m.start(), end)
                if mm and mm.end() > mm.start() and (best is None or mm.end() > best.end):
                    best = RuleHit(rule, mm.start(), mm.end())
            if best is not None:
                hits.append(best)
        return hits


def cue_literals(rules: list[Rule]) -> Optional[tuple[str, ...]]:
    """Literal strings of which every match of some rule contains one, or None when a
    rule has no such literal. Checking ``literal in text`` is far cheaper than running
    the combined regex, and most utterances mention no fact of a given kind.
    """
    out: set[str] = set()
    for rule in rules:
        lits = _required(sre_parse.parse(rule.pattern.pattern))
        if not lits:
            return None
        out.update(lits)
    # a literal that contains another one adds nothing: drop it
    kept = sorted(out, key=len)
    minimal: list[str] = []
    for lit in kept:
        if not any(m in lit for m in minimal):
            minimal.append(lit)
    return tuple(minimal)


def _required(seq: "sre_parse.SubPattern") -> Optional[set[str]]:
    """A set of literals one of which every match of ``seq`` contains (None if unknown).

    Walks the parsed regex: a run of literal characters is required as it stands; a
    group or alternation is required when each branch has its own required literal.
    Optional or repeated parts end a run and give nothing.
    """
    best: Optional[set[str]] = None
    run: list[str] = []

    def close() -> None:
        nonlocal best, run
        if len(run) >= 2 and (best is None or min(map(len, best)) < len(run)):
            best = {"".join(run)}
        run = []

    for op, arg in seq:
        if op is sre_constants.LITERAL:
            run.append(chr(arg))
            continue
        if op is sre_constants.AT:
            continue  # \b, ^ and $ consume nothing
        close()
        found: Optional[set[str]] = None
        if op is sre_constants.SUBPATTERN:
            found = _required(arg[-1])
        elif op is sre_constants.BRANCH:
            parts = [_required(b) for b in arg[1]]
            if all(parts):
                found = set().union(*parts)  # type: ignore[arg-type]
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and arg[0] >= 1:
            found = _required(arg[2])
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found
    close()
    return best


@lru_cache(maxsize=1)
def phrase_rules() -> dict[str, PhraseRules]:
    """fact -> its compiled phrase rules."""
    out: dict[str, PhraseRules] = {}
    for fact, entries in _yaml("rules.yml").items():
        rules = []
        for entry in entries:
            for pat in entry["re"]:
                rules.append(Rule(fact, entry["value"], re.compile(pat), float(entry.get("confidence", 0.9)),
                                  entry.get("negated", "drop"), bool(entry.get("fallback", False))))
        out[fact] = PhraseRules(fact, rules)
    return out


@lru_cache(maxsize=1)
def gates() -> dict[str, re.Pattern[str]]:
    """fact -> the topic words that must appear in the sentence for its rules to run."""
    return {fact: re.compile(p) for fact, p in _yaml("gates.yml").items()}


@lru_cache(maxsize=1)
def money_cues() -> dict[str, re.Pattern[str]]:
    """money fact (or a claim-and-drop pseudo fact) -> one regex of its cue words."""
    return {fact: re.compile("|".join(f"(?:{p})" for p in pats)) for fact, pats in _yaml("money_cues.yml").items()}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[str, list[str]]]:
    """label -> value -> phrases, for the EntityRuler."""
    return _yaml("lexicon.yml")


@dataclass(frozen=True)
class Occupation:
    """A row of data/occupations.csv; class 0 marks a status ("student"), not a job."""

    title: str
    occupation_class: int
    employment: Optional[str]


class OccupationTable:
    """Curated job titles with synonyms, insurance occupation class and employment hint."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.by_phrase: dict[str, Occupation] = {}
        self.plurals: dict[str, Occupation] = {}
        for row in rows:
            occ = Occupation(row["title"], int(row["class"]), row.get("employment") or None)
            for phrase in [row["title"], *filter(None, row["synonyms"].split("|"))]:
                phrase = phrase.lower().strip()
                self.by_phrase.setdefault(phrase, occ)
                if occ.occupation_class and not phrase.endswith("s") and " " not in phrase:
                    self.plurals.setdefault(phrase + "s", occ)  # "we're both teachers"
        for plural, occ in self.plurals.items():
            self.by_phrase.setdefault(plural, occ)
        self.phrases: list[str] = list(self.by_phrase)

    def __len__(self) -> int:
        return len({o.title for o in self.by_phrase.values() if o.occupation_class})

    def lookup(self, phrase: str) -> Optional[Occupation]:
        return self.by_phrase.get(phrase.lower().strip())


@lru_cache(maxsize=1)
def occupations() -> OccupationTable:
    with open(DATA_DIR / "occupations.csv", encoding="utf-8", newline="") as fh:
        return OccupationTable(list(csv.DictReader(fh)))
