"""One base class for every interview form: extract facts once per answer, fill slots.

rasa_sdk's FormValidationAction would call one ``extract_<slot>`` per slot and drop any
slot that is not in the form. An answer often gives facts of several topics at once
("I'm 34, married, two kids, I'm a nurse"), so this base class runs the spaCy extractor
once on the latest message, keeps every fact it finds, and records provenance in the
``fact_meta`` slot. Facts the prospect declines drop out of the form's questions.
"""

from __future__ import annotations

import logging
from abc import ABC
from typing import Any, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from bot.actions.extraction import extract
from bot.interview.fact_updates import updates_from_extraction
from needscout.facts import FACTS

logger = logging.getLogger(__name__)

# Intents whose message is an answer to the question, even when nothing was extracted.
ANSWER_INTENTS = frozenset({"inform", "affirm", "deny"})
MAX_ASKS = 2  # never ask the same thing more than twice


class FactFormValidationAction(FormValidationAction, ABC):
    """Validation action shared by the interview forms."""

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        """The form's slots, minus facts the prospect declined or left unanswered twice."""
        meta: dict[str, Any] = tracker.get_slot("fact_meta") or {}
        return [s for s in domain_slots if not meta.get(s, {}).get("declined")
                and not meta.get(s, {}).get("skipped")]

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        expected: Optional[str] = tracker.get_slot("requested_slot")
        if expected is None:  # form activation: the last message answered something else
            return []
        message = tracker.latest_message or {}
        text: str = message.get("text") or ""
        known = {name: tracker.get_slot(name) for name in FACTS
                 if tracker.get_slot(name) is not None}
        extracted = extract(text, expect=expected, known=known)
        meta: dict[str, Any] = dict(tracker.get_slot("fact_meta") or {})
        update = updates_from_extraction(extracted, message.get("message_id"), meta)
        intent = (message.get("intent") or {}).get("name")

        if not update.meta and intent not in ANSWER_INTENTS:
            # Not an answer (a question, small talk, goodbye): let the rules handle it.
            return []

        events: list[EventType] = [SlotSet(name, value) for name, value in update.values.items()]
        meta.update(update.meta)
        if expected not in update.meta:
            asks = int(meta.get(expected, {}).get("asks", 1)) + 1
            entry = {**meta.get(expected, {}), "asks": asks}
            if asks > MAX_ASKS:
                entry["skipped"] = True
                dispatcher.utter_message(response="utter_skip_question")
            meta[expected] = entry
        elif update.meta[expected].get("declined"):
            dispatcher.utter_message(response="utter_decline_ok")
        events.append(SlotSet("fact_meta", meta))
        logger.info("form %s: filled %s", self.form_name(), ", ".join(update.filled) or "nothing")

        slots_now = {**tracker.slots, **update.values, "fact_meta": meta}
        tracker.slots.update(slots_now)
        remaining = [
            slot for slot in await self.required_slots(
                self.domain_slots(domain), dispatcher, tracker, domain)
            if slots_now.get(slot) is None
        ]
        events.append(SlotSet("requested_slot", remaining[0] if remaining else None))
        return events
