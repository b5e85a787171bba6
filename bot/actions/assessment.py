"""Close the interview: score the profile, store it, tell the prospect the top needs.

Only prospect-facing needs are spoken; risk class, flags and the decision stay in the
stored assessment for the agent (and in the agent-mode payload).
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.interview import agent_mode, tracker_slots
from bot.actions.records import in_store
from bot.interview.fact_updates import profile_facts
from bot.interview.recommendation import format_money, prospect_lines
from bot.interview.signals import signals_from_messages
from needscout.settings import load_settings
from scoring import Profile, assess
from store.repository import save_assessment

logger = logging.getLogger(__name__)


class ActionAssess(Action):
    def name(self) -> str:
        return "action_assess"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        currency = load_settings().currency
        slots = tracker_slots(tracker)
        texts = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]
        signals = signals_from_messages(texts, slots)
        slots.update(signals)
        facts = profile_facts(slots, tracker.get_slot("fact_meta"))
        assessment: dict[str, Any] = assess(Profile.from_facts(facts)).to_dict()
        assessment_id = await in_store(save_assessment, tracker.sender_id, facts, assessment)
        logger.info("assessed %s (%s): tier %s, decision %s", tracker.sender_id, assessment_id,
                    assessment.get("tier"), assessment.get("decision"))
        lines = prospect_lines(assessment, currency)
        if lines:
            dispatcher.utter_message(response="utter_recommendation_intro")
            for line in lines:
                dispatcher.utter_message(response="utter_recommended_line", **line)
            ceiling = assessment.get("premium_ceiling")
            if ceiling:
                dispatcher.utter_message(response="utter_premium_guide",
                                         amount=format_money(ceiling, currency))
        else:
            dispatcher.utter_message(response="utter_no_recommendation")
        if agent_mode(tracker):
            dispatcher.utter_message(json_message={"needscout_agent": {"assessment": assessment}})
        return [*(SlotSet(k, v) for k, v in signals.items()), SlotSet("assessment_done", True)]
