"""When NLU is unsure: explain what was wrong with the message, or ask to rephrase."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.interview.input_check import input_problem


class ActionExplainFallback(Action):
    def name(self) -> str:
        return "action_explain_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = (tracker.latest_message or {}).get("text")
        dispatcher.utter_message(response=input_problem(text) or "utter_default")
        return []
