"""Record the prospect's answer to the privacy notice."""

from __future__ import annotations

import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

logger = logging.getLogger(__name__)


class ActionRecordConsent(Action):
    def name(self) -> str:
        return "action_record_consent"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        granted = bool(tracker.get_slot("consent"))
        logger.info("consent %s for %s", "granted" if granted else "declined", tracker.sender_id)
        # Re-stating the slot lets the rules branch on this action's outcome.
        return [SlotSet("consent", granted)]
