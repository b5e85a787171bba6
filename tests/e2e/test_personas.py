"""Twelve personas, written as data, talk to the real bot through REST to the end."""

from __future__ import annotations

import math
from typing import Any

import pytest
import requests

from tests.simulator.personas import (
    NOT_QUESTIONS, Persona, all_personas, questionnaire_turns, simulate,
)

pytestmark = pytest.mark.e2e
PERSONAS = all_personas()


def same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, list):
        return isinstance(actual, list) and sorted(map(str, expected)) == sorted(map(str, actual))
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return isinstance(actual, (int, float)) and math.isclose(expected, actual, rel_tol=0.02, abs_tol=0.5)
    return expected == actual


@pytest.fixture(scope="module")
def runs(bot) -> dict[str, Any]:
    def leave(sender: str) -> None:
        # The prospect comes back after the session expired: a new session starts.
        requests.post(f"{bot.settings.rasa_url}/conversations/{sender}/execute",
                      params={"token": bot.settings.rasa_token},
                      json={"name": "action_session_start"}, timeout=60).raise_for_status()

    return {p.name: simulate(p, bot.say, bot.tracker, bot.new_sender(), on_leave=leave)
            for p in PERSONAS}


@pytest.mark.parametrize("persona", PERSONAS, ids=lambda p: p.name)
def test_persona_reaches_the_recommendation_with_its_facts(persona: Persona, runs):
    run = runs[persona.name]
    assert run.slots.get("assessment_done") is True, f"unfinished after {run.interview_turns} turns: {run.asked[-5:]}"
    wrong = {k: (v, run.slots.get(k)) for k, v in persona.expect.items() if not same(v, run.slots.get(k))}
    assert not wrong, f"expected vs stored: {wrong}"
    assert "utter_recommendation_intro" in run.actions or "utter_no_recommendation" in run.actions


@pytest.mark.parametrize("persona", PERSONAS, ids=lambda p: p.name)
def test_no_question_is_asked_more_than_twice(persona: Persona, runs):
    counts: dict[str, int] = {}
    for key in runs[persona.name].asked:
        if key.startswith("utter_q_"):
            counts[key] = counts.get(key, 0) + 1
    digressions = 1 if persona.expect_actions else 0
    assert max(counts.values(), default=0) <= 2 + digressions, counts


@pytest.mark.parametrize("persona", [p for p in PERSONAS if p.declined], ids=lambda p: p.name)
def test_declined_facts_are_recorded_as_declined_not_guessed(persona: Persona, runs):
    slots = runs[persona.name].slots
    for name in persona.declined:
        assert slots.get(name) is None
        assert slots["fact_meta"][name].get("declined") is True, name


@pytest.mark.parametrize("persona", [p for p in PERSONAS if p.corrected], ids=lambda p: p.name)
def test_corrections_keep_their_history(persona: Persona, runs):
    meta = runs[persona.name].slots["fact_meta"]
    for name in persona.corrected:
        assert meta[name].get("history"), f"{name} has no history of the earlier value"


@pytest.mark.parametrize("persona", [p for p in PERSONAS if p.range_facts], ids=lambda p: p.name)
def test_range_answers_are_stored_with_lower_confidence(persona: Persona, runs):
    run = runs[persona.name]
    meta = run.slots["fact_meta"]
    for name in persona.range_facts:
        assert f"utter_range_{name}" in run.asked
        assert run.slots.get(name) is not None
        assert meta[name]["confidence"] < 0.9 and meta[name].get("range"), name


@pytest.mark.parametrize("persona", [p for p in PERSONAS if p.expect_concerns], ids=lambda p: p.name)
def test_worries_are_acknowledged_and_recorded(persona: Persona, runs):
    run = runs[persona.name]
    for concern in persona.expect_concerns:
        assert concern in (run.slots.get("concerns") or [])
        assert f"utter_ack_{concern}" in run.actions


@pytest.mark.parametrize("persona", [p for p in PERSONAS if p.expect_actions], ids=lambda p: p.name)
def test_digressions_are_answered_and_the_interview_resumes(persona: Persona, runs):
    run = runs[persona.name]
    for action in persona.expect_actions:
        assert action in run.actions
    assert run.slots.get("assessment_done") is True


def test_returning_prospect_resumes_where_they_left_off(runs):
    run = runs["returning_prospect"]
    assert "utter_welcome_back" in run.actions
    assert run.asked.count("utter_open_family") == 1, "the family questions were not asked again"


def test_chatty_personas_need_at_most_60_percent_of_a_questionnaire(runs):
    report = []
    for persona in PERSONAS:
        run = runs[persona.name]
        known = {k: v for k, v in run.slots.items() if v is not None}
        asked = sum(1 for key in run.asked if key not in NOT_QUESTIONS)
        baseline = questionnaire_turns(known)
        report.append((persona.name, asked, baseline))
        if persona.chatty:
            assert asked <= 0.6 * baseline, f"{persona.name}: {asked} turns vs {baseline}"
    print("\npersona turns vs one-question-per-fact questionnaire:")
    for name, asked, baseline in report:
        print(f"  {name:24s} {asked:3d} / {baseline:3d} = {asked / baseline:.0%}")


def test_the_agent_sees_each_finished_prospect_with_tier_and_decision(bot, runs):
    from web.agent_api import agent_tokens

    token = next(iter(agent_tokens(bot.settings)))
    base = f"http://{bot.settings.host}:{bot.settings.web_port}/api/agent"
    listing = requests.get(f"{base}/prospects", headers={"Authorization": f"Bearer {token}"},
                           timeout=30)
    assert listing.status_code == 200
    rows = listing.json()
    rows = rows.get("prospects", rows) if isinstance(rows, dict) else rows
    assessed = [r for r in rows if r.get("decision")]
    assert len(assessed) >= len([r for r in runs.values() if r.slots.get("assessment_done")])
    assert all(r.get("tier") in {"A", "B", "C", "D"} for r in assessed)
    assert requests.get(f"{base}/prospects", timeout=30).status_code == 401
