"""Close the interview: build the profile, score it, and tell the prospect the top need.

Only prospect-facing needs are spoken; risk class, flags and the decision stay in the
stored assessment for the agent.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.interview.fact_updates import profile_facts
from bot.interview.recommendation import top_need
from needscout.facts import FACTS
from scoring import Profile, assess

logger = logging.getLogger(__name__)


class ActionAssess(Action):
    def name(self) -> str:
        return "action_assess"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        slots = {name: tracker.get_slot(name) for name in FACTS}
        facts = profile_facts(slots, tracker.get_slot("fact_meta"))
        assessment: dict[str, Any] = assess(Profile.from_facts(facts)).to_dict()
        logger.info("assessed %s: tier %s, decision %s", tracker.sender_id,
                    assessment.get("tier"), assessment.get("decision"))
        need = top_need(assessment)
        if need:
            dispatcher.utter_message(response="utter_recommendation",
                                     line_label=need["line_label"], reason=need["reason"])
        else:
            dispatcher.utter_message(response="utter_no_recommendation")
        return [SlotSet("assessment_done", True)]
