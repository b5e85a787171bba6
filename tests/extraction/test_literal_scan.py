"""The literal scan lets a regex skip a message that lacks a literal every match needs.
It must be exact: a gated pattern answers as its regex does, on every message."""

from __future__ import annotations

import json
import re
import sre_parse
from pathlib import Path

import pytest

from bot.actions.extraction import extract
from bot.actions.extraction.literal_scan import GATED, GatedPattern, begin, compile_gated, required_sets
from bot.actions.extraction.numbers import fold

DATA = Path(__file__).resolve().parents[1] / "data" / "extraction"


def _dev_texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("dev*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            texts += [fold(json.loads(line)["text"]) for line in fh if line.strip()]
    return texts


def test_every_match_holds_a_literal_of_each_set_its_gate_checks():
    """What makes skipping exact: each match of a gated pattern, in every development
    message, contains a literal of every set its gate checks. (One scan per pattern over
    every other message, one per line, MULTILINE so "^" and "$" find each message's ends:
    the window patterns that open with "[^.]{0,30}" make a full scan cost 20 s.)"""
    extract("warm up")  # builds the pipeline, so every module's patterns exist
    assert len(GATED) > 300
    corpus = "\n".join(_dev_texts()[::2])
    for gated in GATED:
        for m in re.compile(gated.pattern, gated.flags | re.MULTILINE).finditer(corpus):
            for literals in gated.sets:
                assert any(lit in m.group() for lit in literals), (gated.pattern, m.group(), literals)


def test_a_gate_skips_only_messages_where_the_regex_finds_nothing():
    texts = ["I've been a nurse for 12 years and I'm 41", "two kids, 4 and 7", "no debts at all"]
    extract("warm up")
    for low in map(fold, texts):
        begin(low)
        for gated in GATED:
            assert (gated.search(low) is None) == (gated.regex.search(low) is None), (gated.pattern, low)
            assert [m.span() for m in gated.finditer(low)] == [m.span() for m in gated.regex.finditer(low)]


@pytest.mark.parametrize("pattern, needed", [
    (r"\bmy (?:brother|sister) and", [{"my "}, {"brother", "sister"}, {" and"}]),
    (r"(?:kids?|children) (?:are|is)", [{"kid", "children"}, {"are", "is"}]),
    (r"(?<!no )\bkids\b", [{"kids"}]),              # a lookbehind looks outside the match
    (r"(?:years? )?old", [{"old"}]),                  # an optional part gives nothing
    (r"(?:a|the) dog", [{" dog"}]),                   # single letters are too common to count
    (r"(?:x{2,}|yy)z", []),                           # "xx" comes from a repeat: nothing known
    (r"(?i:smoker) now", [{" now"}]),                 # case-insensitive parts give nothing
])
def test_required_literals(pattern, needed):
    assert required_sets(sre_parse.parse(pattern)) == needed


def test_gated_pattern_runs_its_regex_on_any_other_text():
    pattern = compile_gated(r"\bpension\b")
    assert isinstance(pattern, GatedPattern)
    begin("no match in this message")
    assert pattern.search("no match in this message") is None
    assert pattern.search("my pension pot").span() == (3, 10)  # not the scanned message: the regex runs
    other = "my pension pot"
    begin(other)
    assert [m.span() for m in pattern.finditer(other)] == [(3, 10)]
    assert pattern.findall(other) == ["pension"]
    assert pattern.sub("x", other) == "my x pot"


def test_a_literal_added_after_a_scan_makes_gates_run_their_regex():
    low = "a brand new word: zyxwvut"
    begin(low)
    late = compile_gated(r"zyxwvut")  # made after the scan, whose literals lack it
    assert late.search(low) is not None


@pytest.mark.parametrize("pattern, flags", [(r"\d+ (?:k|m)\b", 0), (r"\bpension\b", re.IGNORECASE)])
def test_nothing_to_gate_on_gives_the_plain_regex(pattern, flags):
    assert isinstance(compile_gated(pattern, flags), re.Pattern)
