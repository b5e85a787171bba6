"""Record the prospect's answer to the privacy notice, in the tracker and the store."""

from __future__ import annotations

import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.records import in_store
from store.repository import record_consent

logger = logging.getLogger(__name__)
NOTICE_VERSION = "2026-11-privacy-v1"  # bump when utter_privacy_notice changes


class ActionRecordConsent(Action):
    def name(self) -> str:
        return "action_record_consent"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        granted = bool(tracker.get_slot("consent"))
        await in_store(record_consent, tracker.sender_id, granted, NOTICE_VERSION)
        logger.info("consent %s for %s", "granted" if granted else "declined", tracker.sender_id)
        # Re-stating the slot lets the rules branch on this action's outcome.
        return [SlotSet("consent", granted)]
