"""Read back what was understood; the prospect confirms or corrects it in their words."""

from __future__ import annotations

import logging

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from bot.actions.extraction import extract
from bot.actions.interview import action_since_user, tracker_slots
from bot.actions.records import in_store
from bot.interview.fact_updates import known_facts, profile_facts, updates_from_extraction
from bot.interview.summary import summarise
from needscout.settings import load_settings
from store.repository import save_facts

logger = logging.getLogger(__name__)
CORRECTION_INTENTS = frozenset({"inform", "correct", "deny", "affirm"})


class ValidateConfirmForm(FormValidationAction):
    def name(self) -> str:
        return "validate_confirm_form"

    def _summary(self, dispatcher: CollectingDispatcher, slots: dict) -> None:
        dispatcher.utter_message(response="utter_summary",
                                 summary=summarise(known_facts(slots), load_settings().currency))

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        slots = tracker_slots(tracker)
        if tracker.get_slot("requested_slot") != "summary_confirmed" or \
                action_since_user(tracker, "confirm_form") is not None:
            self._summary(dispatcher, slots)  # activation, or back after a digression
            return [SlotSet("requested_slot", "summary_confirmed")]

        message = tracker.latest_message or {}
        intent = (message.get("intent") or {}).get("name")
        meta = dict(tracker.get_slot("fact_meta") or {})
        update = updates_from_extraction(
            extract(message.get("text") or "", known=known_facts(slots)), message.get("message_id"), meta)
        if update.values:
            meta.update(update.meta)
            slots.update(update.values)
            await in_store(save_facts, tracker.sender_id, profile_facts(slots, meta))
            for name in update.values:
                dispatcher.utter_message(response="utter_updated", fact=name.replace("_", " "))
            self._summary(dispatcher, slots)
            return [*(SlotSet(k, v) for k, v in update.values.items()),
                    SlotSet("fact_meta", meta), SlotSet("requested_slot", "summary_confirmed")]
        if intent == "affirm":
            return [SlotSet("summary_confirmed", True), SlotSet("requested_slot", None)]
        if intent in CORRECTION_INTENTS:
            dispatcher.utter_message(response="utter_what_to_change")
            return [SlotSet("requested_slot", "summary_confirmed")]
        return []  # a question or small talk: the rules answer it, then we come back
