"""The interview plan (plan.yml) as typed, validated objects."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Optional

import yaml

from needscout.facts import FACTS

PLAN_FILE = Path(__file__).with_name("plan.yml")


@dataclass(frozen=True)
class Ask:
    """One question: a fact, or a yes/no gate in front of several facts."""

    fact: Optional[str] = None
    gate: Optional[str] = None
    when: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    no: Mapping[str, Any] = field(default_factory=dict)
    then: tuple[str, ...] = ()
    optional: bool = False

    @property
    def slot(self) -> str:
        return self.fact or self.gate or ""

    def applies(self, known: Mapping[str, Any]) -> bool:
        """True when every `when` condition holds for the facts known so far."""
        for name, test in self.when.items():
            value = known.get(name)
            for op, operand in test.items():
                if op == "gt" and not (value is not None and value > operand):
                    return False
                if op == "gte" and not (value is not None and value >= operand):
                    return False
                if op == "in" and value not in operand:
                    return False
                if op == "not_in" and value in operand:
                    return False
                if op == "eq" and value != operand:
                    return False
        return True


@dataclass(frozen=True)
class Topic:
    name: str
    opener: str
    why: str
    asks: tuple[Ask, ...]
    opener_expects: Optional[str] = None

    @property
    def slots(self) -> list[str]:
        return [s for a in self.asks for s in ([a.slot, *a.then])]


@dataclass(frozen=True)
class Together:
    """Facts people give in one breath ("a few pints, and I run"), asked in one question."""

    facts: tuple[str, ...]
    say: str


@dataclass(frozen=True)
class Derivation:
    """A fact that follows from others (five years in one job: no job changes)."""

    fact: str
    value: Any
    when: Ask
    confidence: float


@dataclass(frozen=True)
class Plan:
    topics: tuple[Topic, ...]
    ranges: Mapping[str, str]
    concerns: Mapping[str, Mapping[str, Any]]
    pain_point: Mapping[str, Any]
    derived: tuple[Derivation, ...] = ()
    correction_cue: Optional[re.Pattern[str]] = None
    signals: tuple[str, ...] = ()
    gate_cues: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    together: tuple[Together, ...] = ()

    def topic_of(self, slot: str) -> Optional[Topic]:
        return next((t for t in self.topics if slot in t.slots), None)

    def gate(self, name: str) -> Optional[Ask]:
        return next((a for t in self.topics for a in t.asks if a.gate == name), None)

    def asked_with(self, fact: str) -> Optional[Together]:
        return next((t for t in self.together if fact in t.facts), None)

    @property
    def gates(self) -> list[str]:
        return [a.gate for t in self.topics for a in t.asks if a.gate]


def _ask(raw: Mapping[str, Any]) -> Ask:
    ask = Ask(fact=raw.get("fact"), gate=raw.get("gate"), when=raw.get("when", {}),
              no=raw.get("if_no", {}), then=tuple(raw.get("then", ())),
              optional=bool(raw.get("optional", False)))
    for name in [ask.fact, *ask.then, *ask.when, *ask.no]:
        if name is not None and name not in FACTS:
            raise ValueError(f"plan.yml names unknown fact {name!r}")
    if bool(ask.fact) == bool(ask.gate):
        raise ValueError(f"plan.yml ask {dict(raw)} needs exactly one of fact or gate")
    return ask


@lru_cache(maxsize=1)
def load_plan(path: Path = PLAN_FILE) -> Plan:
    raw = yaml.safe_load(path.read_text())
    topics = tuple(Topic(t["name"], t["opener"], t["why"], tuple(_ask(a) for a in t["asks"]),
                         t.get("opener_expects"))
                   for t in raw["topics"])
    derived = tuple(Derivation(d["fact"], d["value"], _ask({"fact": d["fact"], "when": d["when"]}),
                               float(d["confidence"])) for d in raw.get("derived", []))
    together = tuple(Together(tuple(_ask({"fact": f}).slot for f in t["facts"]), t["say"])
                     for t in raw.get("asked_together", []))
    cues = raw.get("correction_cues", [])
    cue = re.compile("|".join(cues), re.I) if cues else None
    return Plan(topics, raw.get("ranges", {}), raw.get("concerns", {}), raw.get("pain_point", {}),
                derived, cue, tuple(raw.get("signals", ())),
                {t["gate"]: re.compile(t["yes_cue"], re.I) for topic in raw["topics"]
                 for t in topic["asks"] if t.get("gate") and t.get("yes_cue")},
                together)
