"""The prospect asks for a person: record the request for the agents, say what happens."""

from __future__ import annotations

import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.records import in_store
from store.repository import request_handoff

logger = logging.getLogger(__name__)


class ActionHandoff(Action):
    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        reason = f"asked for an adviser during {tracker.get_slot('requested_slot') or 'the chat'}"
        await in_store(request_handoff, tracker.sender_id, reason)
        logger.info("handoff requested by %s", tracker.sender_id)
        dispatcher.utter_message(response="utter_handoff")
        return []
