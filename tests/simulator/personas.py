"""A persona simulator: drives the real bot through its REST channel to the end.

Personas are data (tests/data/personas/*.yml): the answer each one gives to each bot
question, keyed by the response name Rasa records on the bot event. It reads the
tracker (the last bot utterance and requested_slot) to know what was asked, the way an
agent console would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

import yaml

from bot.interview.plan import load_plan

PERSONA_DIR = Path(__file__).resolve().parent.parent / "data" / "personas"
NOT_QUESTIONS = {"utter_pain_point", "utter_summary", "utter_what_to_change"}
MAX_TURNS = 90


@dataclass
class Persona:
    name: str
    style: str
    answers: dict[str, Any]
    expect: dict[str, Any]
    chatty: bool = False
    declined: list[str] = field(default_factory=list)
    corrected: list[str] = field(default_factory=list)
    range_facts: list[str] = field(default_factory=list)
    expect_concerns: list[str] = field(default_factory=list)
    expect_actions: list[str] = field(default_factory=list)
    leave_after: Optional[str] = None

    @classmethod
    def load(cls, path: Path) -> "Persona":
        raw = yaml.safe_load(path.read_text())
        return cls(**raw)


def all_personas() -> list[Persona]:
    return [Persona.load(p) for p in sorted(PERSONA_DIR.glob("*.yml"))]


@dataclass
class Run:
    """What happened: the final tracker, the questions asked and the prospect's turns."""

    tracker: dict[str, Any]
    asked: list[str]
    interview_turns: int
    transcript: list[tuple[str, str]]

    @property
    def slots(self) -> dict[str, Any]:
        return self.tracker["slots"]

    @property
    def actions(self) -> list[str]:
        from tests.conftest import actions_of

        return actions_of(self.tracker)


def last_utterance(tracker: dict[str, Any]) -> Optional[str]:
    for event in reversed(tracker["events"]):
        if event["event"] == "bot":
            return (event.get("metadata") or {}).get("utter_action")
        if event["event"] == "user":
            return None
    return None


def simulate(persona: Persona, say: Callable[[str, str], Any], tracker: Callable[[str], dict],
             sender: str, on_leave: Optional[Callable[[str], None]] = None) -> Run:
    """Drive one persona from 'hi' to the recommendation (or MAX_TURNS)."""
    say(sender, "hi")
    say(sender, "/affirm")
    used: dict[str, int] = {}
    continuation: list[str] = []
    asked: list[str] = []
    transcript: list[tuple[str, str]] = []
    turns = 0
    left = False
    while turns < MAX_TURNS:
        state = tracker(sender)
        if state["slots"].get("assessment_done"):
            break
        key = last_utterance(state) or "default"
        asked.append(key)
        if persona.leave_after == key and not left and on_leave:
            left = True
            say(sender, "bye")
            on_leave(sender)
            say(sender, "hi")
            continue
        if continuation:
            text = continuation.pop(0)
        else:
            answer = persona.answers.get(key, persona.answers.get("default", "no"))
            if isinstance(answer, list):
                index = used.get(key, 0)
                used[key] = index + 1
                text, continuation = answer[min(index, len(answer) - 1)], list(answer[index + 1:])
                if index > 0:
                    continuation = []
            else:
                text = answer
        transcript.append((key, text))
        say(sender, text)
        turns += 1
    return Run(tracker(sender), asked, turns, transcript)


def questionnaire_turns(known: dict[str, Any]) -> int:
    """Turns a one-question-per-fact form would need for the same final facts."""
    turns = 0
    for topic in load_plan().topics:
        for ask in topic.asks:
            if ask.gate:
                turns += 1 + (len(ask.then) if any(known.get(f) for f in ask.then) else 0)
            elif ask.applies(known):
                turns += 1
    return turns
