"""One pass over a message finds which cue literals it contains, so a regex that needs a
literal the message lacks is skipped without being run.

Most of the extractor's patterns fail on most messages, and a failing scan still costs
the regex engine a try at every position. Every match of a pattern contains a literal of
each of its *required sets* (derived from the parsed regex, so nothing is typed twice);
when one set has no literal in the message the pattern cannot match, and the answer is
known without running it. The scan is one Aho-Corasick pass (pyahocorasick, in C) over
every literal the phrase rules (:class:`resources.CueIndex`) and the gated patterns
(:func:`compile_gated`) need; it runs once per message, in the first component.

Skipping is exact, never a guess: a gated pattern answers as its regex does on every text.
"""

from __future__ import annotations

import re
import sre_constants
import sre_parse
import sys
import threading
from typing import Iterable, Iterator, Optional

import ahocorasick

# The message scanned last and the literals found in it. Read once as a tuple, so a
# thread that scans another message meanwhile can only make a gate run its regex.
_CURRENT: tuple[Optional[str], frozenset[str]] = (None, frozenset())


class LiteralScan:
    """An Aho-Corasick automaton over every literal registered, rebuilt when one is added."""

    def __init__(self) -> None:
        self._literals: set[str] = set()
        self._automaton: Optional[ahocorasick.Automaton] = None
        self._version = 0  # bumped by every add: a scan made before it may lack a literal
        self._lock = threading.Lock()

    def add(self, literals: Iterable[str]) -> None:
        global _CURRENT
        new = set(literals) - self._literals
        if new:
            with self._lock:
                self._literals |= new
                self._automaton = None
                self._version += 1
                _CURRENT = (None, frozenset())  # that scan lacks the new literals: gates run their regex

    def found(self, low: str) -> frozenset[str]:
        """The registered literals that occur in ``low`` (overlapping ones included)."""
        return self._scan(low)[0]

    def publish(self, low: str) -> frozenset[str]:
        """Scan ``low`` and make it the message gated patterns answer for."""
        global _CURRENT
        found, version = self._scan(low)
        with self._lock:  # a literal added during the scan: publish nothing, gates run their regex
            _CURRENT = (low, found) if version == self._version else (None, frozenset())
        return found

    def _scan(self, low: str) -> tuple[frozenset[str], int]:
        version, automaton = self._version, self._automaton
        if automaton is None:
            version, automaton = self._build()
        return (frozenset(word for _, word in automaton.iter(low)) if low else frozenset()), version

    def _build(self) -> tuple[int, ahocorasick.Automaton]:
        with self._lock:
            automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
            for word in self._literals:
                automaton.add_word(word, word)
            automaton.make_automaton()
            self._automaton = automaton
            return self._version, automaton


SCAN = LiteralScan()
GATED: list["GatedPattern"] = []  # every gated pattern made, for the test that gating never changes a match


def begin(low: str) -> frozenset[str]:
    """Scan the message's folded text once; gated patterns then answer fast on ``low``."""
    return SCAN.publish(low)


class GatedPattern:
    """A compiled regex whose scans first check its required literals against the scan.

    ``search``, ``finditer`` and ``findall`` on the scanned message return "no match" at
    once when a required set has no literal there; on any other string (a slice, the
    original text) they simply run the regex. ``match`` and the rest are the regex's own
    (an anchored try is cheap already).
    """

    __slots__ = ("regex", "sets", "pattern", "flags", "groups", "groupindex", "match", "fullmatch", "sub", "subn", "split")

    def __init__(self, regex: re.Pattern[str], sets: tuple[frozenset[str], ...]) -> None:
        self.regex = regex
        self.sets = sets
        self.pattern, self.flags, self.groups, self.groupindex = regex.pattern, regex.flags, regex.groups, regex.groupindex
        self.match, self.fullmatch, self.sub, self.subn, self.split = regex.match, regex.fullmatch, regex.sub, regex.subn, regex.split

    # The gate is written out in each method rather than shared: a helper call would cost
    # more than the check itself, some 60 times a message.
    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Optional[re.Match[str]]:
        text, found = _CURRENT
        if string is text:
            for literals in self.sets:
                if found.isdisjoint(literals):
                    return None
        return self.regex.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        text, found = _CURRENT
        if string is text:
            for literals in self.sets:
                if found.isdisjoint(literals):
                    return iter(())
        return self.regex.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        text, found = _CURRENT
        if string is text:
            for literals in self.sets:
                if found.isdisjoint(literals):
                    return []
        return self.regex.findall(string, pos, endpos)

    def __repr__(self) -> str:
        return f"compile_gated({self.regex.pattern!r})"


def compile_gated(pattern: str, flags: int = 0) -> "GatedPattern | re.Pattern[str]":
    """``re.compile(pattern, flags)``, gated on the literals every match needs.

    A pattern with no such literal, or a case-insensitive one (the scan reads folded text
    and a case-insensitive literal matches more than itself), is returned as compiled.
    """
    regex = re.compile(pattern, flags)
    if regex.flags & re.IGNORECASE:
        return regex
    sets = required_sets(sre_parse.parse(pattern, regex.flags))
    if not sets:
        return regex
    # the most telling sets first (long literals are rare), at most three: each costs a check
    chosen = tuple(frozenset(s) for s in sorted(sets, key=lambda s: -min(map(len, s)))[:3])
    for literals in chosen:
        SCAN.add(literals)
    gated = GatedPattern(regex, chosen)
    GATED.append(gated)
    return gated


def regex_of(pattern: "GatedPattern | re.Pattern[str]") -> re.Pattern[str]:
    """The compiled regex behind ``pattern``: what ``match.re`` is."""
    return pattern.regex if isinstance(pattern, GatedPattern) else pattern


def required_sets(seq: "sre_parse.SubPattern") -> list[set[str]]:
    """Sets of literals along ``seq``, each one needed: every match of ``seq`` contains
    a literal of every set (empty when nothing is known).

    Walks the parsed regex: a run of literal characters is required as it stands; a
    group or alternation is required when each branch has its own required literal.
    Optional or repeated parts end a run and give nothing; so do lookarounds, which
    look outside the match.
    """
    sets: list[set[str]] = []
    run: list[str] = []

    def close() -> None:
        nonlocal run
        if len(run) >= 2:
            sets.append({"".join(run)})
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
            if not arg[1] & sre_constants.SRE_FLAG_IGNORECASE:  # "(?i:...)" matches more than its literals
                found = required(arg[-1])
        elif op is sre_constants.BRANCH:
            parts = [required(b) for b in arg[1]]
            if all(parts):
                found = set().union(*parts)  # type: ignore[arg-type]
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and arg[0] >= 1:
            found = required(arg[2])
        if found:
            sets.append(found)
    close()
    return sets


def most_telling(sets: list[set[str]]) -> set[str]:
    """The set whose shortest literal is longest (the first such): long literals are rare."""
    return max(sets, key=lambda s: min(map(len, s)))


def required(seq: "sre_parse.SubPattern") -> Optional[set[str]]:
    """A set of literals one of which every match of ``seq`` contains (None if unknown)."""
    sets = required_sets(seq)
    return most_telling(sets) if sets else None
