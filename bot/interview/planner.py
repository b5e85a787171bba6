"""One interview turn: what the answer filled, how to respond, what to ask next.

Pure Python (extractor and scoring, no Rasa), so every path of the conversation is
unit-tested without a tracker. The form validation action only maps tracker slots in
and events out.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional

from bot.actions.extraction import extract
from bot.interview.input_check import MAX_CHARS, input_problem
from bot.interview.fact_updates import FactUpdate, known_facts, profile_facts, updates_from_extraction
from bot.interview.plan import Ask, Plan, Topic, load_plan
from bot.interview.recommendation import format_money, line_labels
from bot.interview.yes_no import mentions_unnegated, yes_or_no
from needscout.facts import FACTS
from scoring import Profile, assess

NO_RESUME_PREFIX = frozenset({"utter_welcome_back", "utter_greet_again", "action_record_consent",
                              "utter_consent_given", "conversation_start", None})
MAX_ASKS = 2  # never ask the same thing more than twice
# Digressions handled by rules on one question before the question is let go (a message
# the NLU keeps misreading as off-topic must not loop the conversation).
MAX_MESSAGES_ON_QUESTION = 4
PAIN_POINT_SLOT = "pain_point_reaction"
# Intents that answer the question even when no fact was extracted.
ANSWER_INTENTS = frozenset({"inform", "affirm", "deny", "decline", "ask_why", "dont_know",
                            "correct", "worry"})


@dataclass
class Say:
    """A response to send, by name, with its template variables."""

    response: str
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass
class TurnInput:
    text: str
    intent: Optional[str]
    message_id: Optional[str]
    requested: Optional[str]
    slots: Mapping[str, Any]
    meta: Mapping[str, Any]
    state: Mapping[str, Any]
    resumed: bool = False
    previous_action: Optional[str] = None
    messages_on_question: int = 1
    currency: str = "USD"
    agent: bool = False  # agent mode: an agent types about the client ("he's 52")


@dataclass
class TurnResult:
    say: list[Say]
    values: dict[str, Any]
    meta: dict[str, Any]
    state: dict[str, Any]
    requested: Optional[str]
    reject: bool = False
    asked: Optional[Ask] = None
    topic: Optional[str] = None


def _unavailable(name: str, meta: Mapping[str, Any]) -> bool:
    info = meta.get(name, {})
    return bool(info.get("declined") or info.get("skipped"))


def _rank(ranking: list[str], asks: list[Ask]) -> list[Ask]:
    """Gates first (broad before specific), then scoring's most valuable missing facts."""
    order = {name: i for i, name in enumerate(ranking)}
    indexed = list(enumerate(asks))
    indexed.sort(key=lambda p: (0 if p[1].gate else 1, order.get(p[1].slot, len(order)), p[0]))
    return [a for _, a in indexed]


def pending_asks(topic: Topic, known: Mapping[str, Any], slots: Mapping[str, Any],
                 meta: Mapping[str, Any], ranking: list[str], budget_first: bool = False) -> list[Ask]:
    """The questions of a topic still worth asking, best first."""
    pending: list[Ask] = []
    for ask in topic.asks:
        if ask.gate:
            then_known = [f for f in ask.then if f in known or _unavailable(f, meta)]
            gate_value = slots.get(ask.gate)
            if _unavailable(ask.gate, meta):
                continue
            if gate_value is None and not then_known:
                pending.append(ask)
                continue
            if gate_value is False:
                continue
            pending.extend(Ask(fact=f) for f in ask.then
                           if f not in known and not _unavailable(f, meta))
        elif ask.fact not in known and not _unavailable(ask.fact, meta) and ask.applies(known):
            pending.append(ask)
    ranked = _rank(ranking, pending)
    if budget_first:
        ranked.sort(key=lambda a: a.slot != "monthly_premium_budget")
    return ranked


def _missing_ranking(assessment: Mapping[str, Any]) -> list[str]:
    ranked = assessment.get("missing_facts", [])
    return [m["fact"] if isinstance(m, dict) else m for m in ranked]


def _yes_no(text: str, intent: Optional[str]) -> Optional[bool]:
    """The prospect's yes or no: the NLU's affirm/deny, else the words themselves."""
    if intent == "affirm":
        return True
    if intent == "deny":
        return False
    return yes_or_no(text)


class Planner:
    """Runs interview turns against one plan."""

    def __init__(self, plan: Optional[Plan] = None) -> None:
        self.plan = plan or load_plan()

    # --- the turn ---------------------------------------------------------------

    def turn(self, inp: TurnInput) -> TurnResult:
        state = copy.deepcopy(dict(inp.state))
        meta = copy.deepcopy(dict(inp.meta))
        slots = dict(inp.slots)
        say: list[Say] = []
        values: dict[str, Any] = {}
        requested = inp.requested

        if requested is not None and not inp.resumed:
            outcome = self._answer(inp, state, meta, slots, say, values)
            if outcome == "reject":
                return TurnResult([], {}, dict(inp.meta), dict(inp.state), requested, reject=True)
            if outcome in ("repeat", "repeat_without_question"):
                if outcome == "repeat" and requested != PAIN_POINT_SLOT:
                    say.append(Say(f"utter_q_{requested}"))
                topic = self.plan.topic_of(requested)
                return self._result(say, values, meta, state, requested,
                                    self._ask_by_slot(requested), topic.name if topic else None)
        elif inp.resumed and requested is not None and inp.previous_action not in NO_RESUME_PREFIX:
            say.append(Say("utter_resume"))
        elif requested is None and inp.intent == "greet" and state.get("opened"):
            say.append(Say("utter_welcome_back"))  # back after leaving mid-interview
        return self._next(inp, say, values, meta, state, slots,
                          prefer=requested if inp.resumed else None)

    # --- understanding the answer -------------------------------------------------

    def _answer(self, inp: TurnInput, state: dict, meta: dict, slots: dict,
                say: list[Say], values: dict) -> str:
        """Apply the answer; 'reject' = not an answer, 'repeat' = same question stays."""
        requested = inp.requested or ""
        known = known_facts(slots)
        expect = requested if requested in FACTS else None
        extracted = extract(inp.text, expect=expect, known=known, agent=inp.agent)
        update = updates_from_extraction(extracted, inp.message_id, meta)
        intent = inp.intent
        gate = self.plan.gate(requested)
        if len(inp.text) > MAX_CHARS:
            say.append(Say("utter_input_too_long"))

        answered = requested in update.values
        if gate is not None:
            answered = self._answer_gate(gate, inp, update, slots, values, meta) or answered
        if requested == PAIN_POINT_SLOT and intent not in {"ask_why"} and inp.text.strip():
            values[PAIN_POINT_SLOT] = inp.text.strip()[:300]
            answered = True

        ask = self._ask_by_slot(requested)
        if ask is not None and ask.optional and not answered and (
                intent in ("deny", "dont_know") or _yes_no(inp.text, intent) is False):
            meta[requested] = {**meta.get(requested, {}), "skipped": True}
            answered = True
        # A bare "no" to "What do you earn?" means "not telling", not zero.
        refused = intent == "deny" and requested in FACTS and FACTS[requested].kind in ("int", "number") \
            and not answered and not update.values
        declined = bool(update.meta.get(requested, {}).get("declined")) or intent == "decline" or refused
        if declined and requested and not answered:
            for name in ([requested] if gate is None else [gate.gate, *gate.then]):
                meta[name] = {**meta.get(name, {}), "declined": True,
                              "source": {"message_id": inp.message_id, "span": [0, len(inp.text)]}}
                update.meta.pop(name, None)
            answered = True
            say.append(Say("utter_decline_ok"))

        self._guard_known(update, known, requested, intent, inp.text)
        corrected = [n for n, v in update.values.items() if n in known and known[n] != v]
        for name in corrected:
            say.append(Say("utter_updated", {"fact": name.replace("_", " ")}))
        if intent != "ask_why":  # "why do you need that?" is answered by the reason itself
            self._acknowledge_concerns(update, intent, state, say)

        substantive = [n for n in update.meta if n not in self.plan.signals]
        if not substantive and not answered and intent not in ANSWER_INTENTS:
            if inp.messages_on_question < MAX_MESSAGES_ON_QUESTION:
                return "reject"
            meta[requested] = {**meta.get(requested, {}), "skipped": True}
            say.append(Say("utter_skip_question"))
            return "next"

        values.update(update.values)
        meta.update(update.meta)
        slots.update(values)
        self._derive(slots, values, meta, inp.message_id)
        if requested == PAIN_POINT_SLOT and answered and not any(s.response.startswith("utter_ack_") for s in say):
            say.append(Say("utter_ack_reaction"))

        if intent == "ask_why" and not answered:
            topic = self.plan.topic_of(requested)
            say.append(Say(topic.why if topic else "utter_why_general"))
            return "repeat"
        if intent == "worry" and not answered:
            return "repeat"  # acknowledged above; the question still stands, no attempt used
        new_facts = [n for n, v in update.values.items() if known.get(n) != v]
        if answered or (requested not in FACTS and gate is None and requested != PAIN_POINT_SLOT):
            return "next"
        if new_facts and inp.messages_on_question < MAX_MESSAGES_ON_QUESTION:
            return "next"  # other facts given: ask what is still missing, no attempt used
        return self._unanswered(requested, intent, state, meta, say, inp.text)

    def _guard_known(self, update: FactUpdate, known: Mapping[str, Any], requested: str,
                     intent: Optional[str], text: str) -> None:
        """Keep a known fact unless this answer is about it or says it corrects it."""
        cue = self.plan.correction_cue
        is_correction = intent == "correct" or bool(cue and cue.search(text))
        for name in list(update.values):
            if name in known and known[name] != update.values[name] and name != requested \
                    and not is_correction:
                del update.values[name]
                update.meta.pop(name, None)

    def _derive(self, slots: dict, values: dict, meta: dict, message_id: Optional[str]) -> None:
        """Fill facts that follow from what is known (five years in one job: no changes)."""
        known = known_facts(slots)
        for rule in self.plan.derived:
            if rule.fact in known or _unavailable(rule.fact, meta) or not rule.when.applies(known):
                continue
            slots[rule.fact] = values[rule.fact] = rule.value
            meta[rule.fact] = {"value": rule.value, "confidence": rule.confidence, "derived": True,
                               "source": {"message_id": message_id, "span": [0, 0]}}

    def _answer_gate(self, gate: Ask, inp: TurnInput, update: FactUpdate, slots: dict,
                     values: dict, meta: dict) -> bool:
        given = {f: update.values[f] for f in gate.then if f in update.values}
        answer = _yes_no(inp.text, inp.intent)
        cue = self.plan.gate_cues.get(gate.gate)
        if answer is None and not given and cue is not None and mentions_unnegated(cue, inp.text):
            answer = True  # "a fair bit of debt, honestly": a yes without figures
        if given and answer is None:
            answer = any(bool(v) for v in given.values())
        if answer is None:
            return False
        values[gate.gate] = answer
        if answer is False:
            for name, value in gate.no.items():
                if name not in given and slots.get(name) is None:
                    values[name] = value
                    meta[name] = {"value": value, "confidence": 0.9,
                                  "source": {"message_id": inp.message_id, "span": [0, len(inp.text)]}}
        return True

    def _unanswered(self, requested: str, intent: Optional[str], state: dict, meta: dict,
                    say: list[Say], text: str = "") -> str:
        offered = state.setdefault("range_offered", [])
        if requested in self.plan.ranges and requested not in offered:
            offered.append(requested)
            say.append(Say(self.plan.ranges[requested]))
            return "repeat_without_question"
        asks = state.setdefault("asks", {})
        asks[requested] = asks.get(requested, 1) + 1
        if asks[requested] > MAX_ASKS or intent == "dont_know":
            # "Not sure" with no ranges to offer: asking again would not help.
            meta[requested] = {**meta.get(requested, {}), "skipped": True}
            say.append(Say("utter_dont_know_ok" if intent == "dont_know" else "utter_skip_question"))
            return "next"
        problem = input_problem(text)
        say.append(Say(problem or ("utter_dont_know_ok" if intent == "dont_know" else "utter_not_caught")))
        return "repeat"

    def _acknowledge_concerns(self, update: FactUpdate, intent: Optional[str], state: dict,
                              say: list[Say]) -> None:
        done = state.setdefault("acknowledged", [])
        for concern in update.values.get("concerns", []) or []:
            rule = self.plan.concerns.get(concern)
            if rule and concern not in done:
                done.append(concern)
                say.append(Say(rule["say"]))
                if rule.get("budget_first"):
                    state["budget_first"] = True
        if intent == "worry" and not update.values.get("concerns"):
            say.append(Say("utter_ack_worry"))

    # --- choosing the next question ---------------------------------------------------

    def _next(self, inp: TurnInput, say: list[Say], values: dict, meta: dict, state: dict,
              slots: dict, prefer: Optional[str] = None) -> TurnResult:
        """Pick the next question; ``prefer`` (the one a digression interrupted) if pending."""
        known = known_facts(slots)
        assessment = assess(Profile.from_facts(profile_facts(slots, meta))).to_dict()
        ranking = _missing_ranking(assessment)
        if self._pain_point_due(state, known, slots, meta, ranking):
            need = self._pain_point(assessment, inp.currency)
            state["pain_point_said"] = True
            if need:
                say.append(Say(self.plan.pain_point["say"], need))
                return self._result(say, values, meta, state, PAIN_POINT_SLOT, None, "money")
        for topic in self.plan.topics:
            asks = pending_asks(topic, known, slots, meta, ranking, bool(state.get("budget_first")))
            if not asks:
                continue
            ask = next((a for a in asks if a.slot == prefer), asks[0])
            opened = state.setdefault("opened", [])
            if topic.name not in opened and ask.slot != prefer:
                # An open question: a bare answer ("34") fills the topic's first fact.
                ask = pending_asks(topic, known, slots, meta, [])[0]
                if topic.opener_expects and topic.opener_expects not in known \
                        and not _unavailable(topic.opener_expects, meta):
                    ask = Ask(fact=topic.opener_expects)
                opened.append(topic.name)
                say.append(Say(topic.opener))
            else:
                say.append(Say(self._question(ask, asks)))
            return self._result(say, values, meta, state, ask.slot, ask, topic.name)
        return self._result(say, values, meta, state, None, None, None)

    def _question(self, ask: Ask, pending: list[Ask]) -> str:
        """The question for ``ask``: its group's when another of the group is still to ask."""
        group = self.plan.asked_with(ask.slot)
        if group is not None and any(a.slot in group.facts and a.slot != ask.slot for a in pending):
            return group.say
        return f"utter_q_{ask.slot}"

    def _pain_point_due(self, state: dict, known: Mapping[str, Any], slots: Mapping[str, Any],
                        meta: Mapping[str, Any], ranking: list[str]) -> bool:
        if state.get("pain_point_said"):
            return False
        after = self.plan.pain_point.get("after_topic")
        names = [t.name for t in self.plan.topics]
        if after not in names:
            return False
        upto = self.plan.topics[: names.index(after) + 1]
        return all(not pending_asks(t, known, slots, meta, ranking) for t in upto)

    def _pain_point(self, assessment: Mapping[str, Any], currency: str) -> Optional[dict[str, Any]]:
        lines = self.plan.pain_point.get("lines", [])
        needs_known = set(self.plan.pain_point.get("needs_known", []))
        for need in assessment.get("needs", []):
            if needs_known & set(need.get("assumed") or []):
                continue  # a figure built on a guess is not a fact to put to the prospect
            if need.get("line") in lines and (need.get("gap") or 0) > 0:
                return {"line_label": line_labels().get(need["line"], need["line"]),
                        "amount": format_money(need["gap"], currency),
                        "reason": need.get("reason", "")}
        return None

    def _ask_by_slot(self, slot: Optional[str]) -> Optional[Ask]:
        for topic in self.plan.topics:
            for ask in topic.asks:
                if ask.slot == slot:
                    return ask
        return Ask(fact=slot) if slot in FACTS else None

    def _result(self, say: list[Say], values: dict, meta: dict, state: dict,
                requested: Optional[str], ask: Optional[Ask], topic: Optional[str] = None) -> TurnResult:
        return TurnResult(say, values, meta, state, requested, asked=ask, topic=topic)
