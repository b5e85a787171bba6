"""A returning prospect keeps their answers and resumes the interview where it stopped."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, ActiveLoop, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

# Per-session bookkeeping that must not survive into a new session.
NOT_CARRIED = frozenset({"summary_confirmed"})


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        carried = {k: v for k, v in tracker.slots.items() if v is not None and k not in NOT_CARRIED}
        if carried.get("consent") is False:
            carried.pop("consent")  # a new session asks again
        events: list[EventType] = [SessionStarted()]
        events += [SlotSet(k, v) for k, v in carried.items()]
        if carried.get("consent") and not carried.get("assessment_done"):
            # Mid-interview: keep the interview open; its next turn re-asks the question.
            events.append(ActiveLoop("interview_form"))
        events.append(ActionExecuted("action_listen"))
        return events
