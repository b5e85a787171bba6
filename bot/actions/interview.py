"""The interview form's validation action: tracker in, planner turn, events out."""

from __future__ import annotations

import logging
from typing import Any, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from bot.actions.records import in_store
from bot.interview.agent_payload import agent_payload
from bot.interview.fact_updates import profile_facts
from bot.interview.plan import load_plan
from bot.interview.planner import PAIN_POINT_SLOT, Planner, TurnInput
from needscout.facts import FACTS
from needscout.settings import load_settings
from store.repository import save_facts

logger = logging.getLogger(__name__)
PLANNER = Planner()
GATE_SLOTS = tuple(load_plan().gates)


def tracker_slots(tracker: Tracker) -> dict[str, Any]:
    """Fact and gate slot values the planner reads."""
    names = (*FACTS, *GATE_SLOTS, PAIN_POINT_SLOT)
    return {name: tracker.get_slot(name) for name in names}


def action_since_user(tracker: Tracker, form: str) -> Optional[str]:
    """The last action run since the prospect's last message, not counting the form.

    None means the form runs right after a new answer; anything else (utter_faq,
    utter_welcome_back, ...) means the form resumes after a digression or activation.
    Rasa's form adds its own ActionExecuted to the tracker it sends, so the SDK's
    ``latest_action_name`` is always the form itself and cannot tell these apart.
    """
    last = None
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return last
        if event.get("event") == "action" and event.get("name") not in ("action_listen", form):
            last = last or event.get("name")
    return last or "conversation_start"


def messages_on_question(tracker: Tracker) -> int:
    """Prospect messages since the current question was first asked (re-asks included)."""
    current = tracker.get_slot("requested_slot")
    count = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            count += 1
        elif event.get("event") == "slot" and event.get("name") == "requested_slot" \
                and event.get("value") != current:
            break
    return count


def agent_mode(tracker: Tracker) -> bool:
    metadata = (tracker.latest_message or {}).get("metadata") or {}
    return bool(metadata.get("agent_mode") or tracker.get_slot("agent_mode"))


class ValidateInterviewForm(FormValidationAction):
    def name(self) -> str:
        return "validate_interview_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        message = tracker.latest_message or {}
        slots = tracker_slots(tracker)
        previous = action_since_user(tracker, "interview_form")
        turn = PLANNER.turn(TurnInput(
            text=message.get("text") or "",
            intent=(message.get("intent") or {}).get("name"),
            message_id=message.get("message_id"),
            requested=tracker.get_slot("requested_slot"),
            slots=slots,
            meta=tracker.get_slot("fact_meta") or {},
            state=tracker.get_slot("interview_state") or {},
            resumed=previous is not None,
            messages_on_question=messages_on_question(tracker),
            previous_action=previous,
            currency=load_settings().currency,
            agent=agent_mode(tracker),
        ))
        if turn.reject:
            return []  # not an answer: the rules handle questions, small talk, handoff

        for say in turn.say:
            dispatcher.utter_message(response=say.response, **say.kwargs)
        events: list[EventType] = [SlotSet(k, v) for k, v in turn.values.items()]
        events += [SlotSet("fact_meta", turn.meta), SlotSet("interview_state", turn.state)]
        if turn.values or turn.meta != (tracker.get_slot("fact_meta") or {}):
            # The store keeps history and skips unchanged facts, so saving all is cheap.
            await in_store(save_facts, tracker.sender_id,
                           profile_facts({**slots, **turn.values}, turn.meta))
            logger.info("%s: filled %s", tracker.sender_id, ", ".join(sorted(turn.values)))
        if agent_mode(tracker):
            events.append(SlotSet("agent_mode", True))
            dispatcher.utter_message(json_message=agent_payload(
                {**slots, **turn.values}, turn.meta, turn.requested, turn.topic))
        events.append(SlotSet("requested_slot", turn.requested))
        return events
