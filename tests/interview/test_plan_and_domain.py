"""The interview plan and the domain agree: every question, opener and reply exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.interview.plan import load_plan
from needscout.facts import FACTS
from needscout.settings import ROOT

PLANNER_SOURCE = (ROOT / "bot" / "interview" / "planner.py").read_text()


@pytest.fixture(scope="module")
def domain() -> dict:
    return yaml.safe_load((ROOT / "domain.yml").read_text())


def test_every_planned_question_has_a_response(domain):
    responses = domain["responses"]
    plan = load_plan()
    for topic in plan.topics:
        assert topic.opener in responses, topic.opener
        assert topic.why in responses, topic.why
        for slot in topic.slots:
            assert f"utter_q_{slot}" in responses, f"utter_q_{slot}"
    for name in [*plan.ranges.values(), *(c["say"] for c in plan.concerns.values()),
                 plan.pain_point["say"], *(t.say for t in plan.together)]:
        assert name in responses, name


def test_every_response_the_planner_names_exists(domain):
    for name in set(re.findall(r"\"(utter_[a-z_]*[a-z])\"", PLANNER_SOURCE)):
        assert name in domain["responses"], name


def test_the_form_requires_every_planned_slot_and_they_are_slots(domain):
    required = domain["forms"]["interview_form"]["required_slots"]
    for slot in load_plan().topics[0].slots + [s for t in load_plan().topics for s in t.slots]:
        assert slot in required, slot
        assert slot in domain["slots"], slot
    assert "pain_point_reaction" in required


def test_no_form_question_uses_rasas_own_ask_names(domain):
    """The planner asks; utter_ask_<slot> would make Rasa ask a second time."""
    clashes = [r for r in domain["responses"] if r.startswith("utter_ask_")
               and r != "utter_ask_consent"]
    assert not clashes, clashes


def test_every_fact_is_asked_or_captured_when_volunteered():
    asked = {s for t in load_plan().topics for s in t.slots if s in FACTS}
    volunteered_only = set(FACTS) - asked
    assert volunteered_only <= {"occupation_class", "referral_potential", "asked_about_exclusions",
                                "concerns"}, volunteered_only


def test_plan_rejects_an_unknown_fact(tmp_path: Path):
    bad = tmp_path / "plan.yml"
    bad.write_text("topics:\n- name: x\n  opener: a\n  why: b\n  asks:\n  - fact: shoe_size\n")
    load_plan.cache_clear()
    try:
        with pytest.raises(ValueError, match="shoe_size"):
            load_plan(bad)
    finally:
        load_plan.cache_clear()

