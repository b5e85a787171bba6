"""Agents' notes about a client ("client is 52, smokes, 2 kids") read as the client's words.

Agents use NeedScout as an interview aid and type in the third person. Every phrase rule
is written for the prospect's first person, so a note is rewritten before the pipeline
reads it ("I'm 52, I smoke, 2 kids") and each fact's span is mapped back onto the
original text. Messages that are not notes are left exactly as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional, Union

from .resources import _yaml
from .text import last_match

# After "client's": the client is being described ("client's 52"), not owning something
DESCRIBED_AFTER = (r"(?:a|an|aged?|married|single|divorced|widowed|separated|engaged|self|retired|employed|"
                   r"unemployed|not|never|been|got|in|on|about|around|roughly|\d)\b")
ADVERB = r"(?:(?:also|still|now|never|only|just|already|usually|currently|recently|sometimes|occasionally|" \
         r"rarely|really|definitely|probably|both|apparently) )?"
SENTENCE_END_RE = re.compile(r"[.!?\n]")

Replacement = Union[str, Callable[["re.Match[str]"], Optional[str]]]


def third_person(verb: str) -> str:
    """English spelling of the third person singular ("carry" -> "carries", "box" -> "boxes")."""
    if verb == "have":
        return "has"
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "i", "o", "u"):
        return verb[:-1] + "ies"
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        return verb + "es"
    return verb + "s"


@dataclass
class Note:
    """A rewritten note: its text and, per character, where it came from in the original."""

    text: str
    starts: list[int]
    ends: list[int]

    def span(self, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` of the rewritten text as offsets into the original text."""
        s, e = span
        if not self.starts:
            return 0, 0
        s = min(max(s, 0), len(self.starts) - 1)
        e = min(max(e, s + 1), len(self.ends))
        return self.starts[s], max(self.starts[s], self.ends[e - 1])

    def sub(self, rx: "re.Pattern[str]", repl: Replacement) -> None:
        """Replace every match of ``rx`` (``repl`` may return None to keep a match)."""
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        last = 0
        for m in rx.finditer(self.text):
            new = repl(m) if callable(repl) else m.expand(repl)
            if new is None:
                continue
            a, b = m.start(), m.end()
            out.append(self.text[last:a])
            starts += self.starts[last:a]
            ends += self.ends[last:a]
            origin = self.starts[a] if a < len(self.starts) else (self.ends[-1] if self.ends else 0)
            until = self.ends[b - 1] if b > a else origin
            out.append(new)
            starts += [origin] * len(new)
            ends += [until] * len(new)
            last = b
        if not out:
            return
        out.append(self.text[last:])
        self.starts = starts + self.starts[last:]
        self.ends = ends + self.ends[last:]
        self.text = "".join(out)


class AgentVoice:
    """The note detector and the ordered rewrites, built from data/agent_voice.yml."""

    def __init__(self, data: dict) -> None:
        words = "|".join(re.escape(w) for w in sorted(data["client_words"], key=len, reverse=True))
        openers = "|".join(re.escape(w) for w in sorted(data["agent_openers"], key=len, reverse=True))
        subject = rf"\b(?:(?:my|the|our|this|your) )?(?:{words})\b"
        # "Client services told me...", "client manager at a bank": the word names a job or a desk
        compound = r"(?!\s*(?:services?|managers?|directors?|executives?|advis[eo]rs?|support|relations|success|accounts?|"\
                   r"facing|side|base|lists?|care|contact|partners?|liaison|officers?|leads?|reps?|representatives?|portal|"\
                   r"data|files?|meetings?|visits?|experience|onboarding|engagement|satisfaction)\b)"
        # "agent: she's 29, teacher": a label naming who types, then the note
        self.opening = re.compile(rf"^\W*(?:(?:hi|hello|hey|ok|okay)\b\W*)?(?:(?P<agent>(?:{openers})\b|(?:agent|adviser|advisor|broker)(?=\s*[:\-–]))\W*)?"
                                  rf"(?P<client>{subject}{compound})?", re.I)
        self.base = {third_person(v): v for v in data["verbs"]}
        verbs = "|".join(sorted(self.base, key=len, reverse=True))
        described = rf"(?=\s*{DESCRIBED_AFTER})"
        I = re.I  # noqa: E741
        # the client by name of role: "client is", "client smokes", "client's wife", "Client: 61"
        self.client_rules: list[tuple[re.Pattern[str], Replacement]] = [
            (re.compile(rf"{subject}(?:'|’)s{described}", I), "I'm"),
            (re.compile(rf"{subject}(?:'|’)s\b", I), "my"),
            *self._with_verb(subject, verbs),
            (re.compile(rf"{subject} aged\b", I), "I'm aged"),
            (re.compile(rf"{subject}\s*[:\-–,]\s*(?=\d)", I), "I'm "),
            (re.compile(rf"{subject}\s*[:\-–]\s*", I), ""),
            (re.compile(subject, I), "me"),
        ]
        # a list item with no subject: "client is 52, smokes, married" -> ", I smoke"
        item = r"(?:(?<=^)|(?<=[,;.!]\s)|(?<=[,;.!])|(?<=\band\s)|(?<=\bbut\s))"
        self.list_verb = re.compile(rf"{item}({ADVERB})({verbs})\b", I)
        self.list_negation = re.compile(rf"{item}(?:does not|doesn'?t)\b", I)
        her_nouns = "|".join(re.escape(w) for w in data["her_nouns"])
        others = "|".join(re.escape(w) for w in data["other_people"])
        self.other_person = re.compile(rf"\b(?:{others})s?\b", I)
        self.sex_of = {**{w: "f" for w in data.get("female_people", [])}, **{w: "m" for w in data.get("male_people", [])}}
        pronoun = r"\b(?:he|she)"
        self.pronoun_rules: list[tuple[re.Pattern[str], Replacement]] = [
            (re.compile(rf"{pronoun}(?:'|’)s\b|{pronoun} is\b", I), "I'm"),  # "he is not": "I'm" + " not"
            *self._with_verb(pronoun, verbs),
            (re.compile(rf"{pronoun}\b", I), "I"),
            (re.compile(r"\bhis\b", I), "my"),
            (re.compile(rf"\bher(?= (?:{her_nouns})\b)", I), "my"),
            (re.compile(r"\bhim\b", I), "me"),
            (re.compile(rf"\b(with|for|to|after|from|on|about) her\b(?!\s+(?:{her_nouns})\b)", I), r"\1 me"),  # "dad lives with her"
            (re.compile(r"\b(?:him|her)self\b", I), "myself"),
        ]

    def _with_verb(self, subject: str, verbs: str) -> list[tuple[re.Pattern[str], Replacement]]:
        """``subject`` and its verb in the first person ("client is" / "she is" -> "I'm",
        "doesn't" -> "I don't", "smokes" -> "I smoke"): shared by the client word and the pronouns."""
        I = re.I  # noqa: E741
        return [
            (re.compile(rf"{subject} (?:is not|isn'?t)\b", I), "I'm not"),
            (re.compile(rf"{subject} is\b", I), "I'm"),
            (re.compile(rf"{subject} (?:has not|hasn'?t)\b", I), "I haven't"),
            (re.compile(rf"{subject} has\b", I), "I have"),
            (re.compile(rf"{subject} (?:does not|doesn'?t)\b", I), "I don't"),
            (re.compile(rf"{subject} (was|wasn'?t|will|won'?t|would|can|can'?t|could|should|might)\b", I), r"I \1"),
            (re.compile(rf"{subject} ({ADVERB})({verbs})\b", I), self._verb),
        ]

    def _verb(self, m: "re.Match[str]") -> str:
        adverb, verb = m.group(m.lastindex - 1) or "", m.group(m.lastindex)
        return f"I {adverb}{self.base.get(verb.lower(), verb)}"

    def rewrite(self, text: str, agent: bool = False) -> Optional[Note]:
        """The note in the first person, or None when ``text`` is not an agent's note.
        ``agent`` says the interview is in agent mode: every message is the agent's."""
        if not agent:
            opening = self.opening.match(text)
            if opening is None or not (opening.group("agent") or opening.group("client")):
                return None
        note = Note(text, list(range(len(text))), list(range(1, len(text) + 1)))
        for rx, repl in self.client_rules:
            note.sub(rx, repl)
        note.sub(self.list_verb, self._verb)
        note.sub(self.list_negation, "I don't")
        for rx, repl in self.pronoun_rules:
            note.sub(rx, self._for_client(note, repl))
        return note if note.text != text else None

    def _for_client(self, note: Note, repl: Replacement) -> Replacement:
        """``repl`` only where no other person is named earlier in the sentence ("wife is
        50, she doesn't work" is the wife)."""
        def apply(m: "re.Match[str]") -> Optional[str]:
            text = m.string
            start = max((e.end() for e in SENTENCE_END_RE.finditer(text, 0, m.start())), default=0)
            named = last_match(self.other_person, text, start, m.start())
            if named and not self._other_sex(named.group().lower().rstrip("s"), m.group()):
                return None
            return repl(m) if callable(repl) else m.expand(repl)
        return apply


    def _other_sex(self, named: str, pronoun: str) -> bool:
        """Whether the person named last before ``pronoun`` is of the other sex, so the
        pronoun can only be the client ("mum lives with him")."""
        word = re.search(r"\b(?:he|him|his|she|her)\b", pronoun, re.I)
        sex = None if word is None else "m" if word.group().lower() in ("he", "him", "his") else "f"
        return sex is not None and self.sex_of.get(named) not in (None, sex)


@lru_cache(maxsize=1)
def agent_voice() -> AgentVoice:
    return AgentVoice(_yaml("agent_voice.yml"))


def rewrite(text: str, agent: bool = False) -> Optional[Note]:
    """See :meth:`AgentVoice.rewrite`."""
    return agent_voice().rewrite(text, agent)
