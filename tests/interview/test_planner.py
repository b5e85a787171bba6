"""Interview turns without Rasa: what a prospect's answer changes and what comes next."""

from __future__ import annotations

from typing import Any, Optional

import pytest

from bot.interview.planner import PAIN_POINT_SLOT, Planner, TurnInput, TurnResult

PLANNER = Planner()


def turn(text: str, requested: Optional[str], intent: str = "inform", slots: Optional[dict] = None,
         meta: Optional[dict] = None, state: Optional[dict] = None, resumed: bool = False) -> TurnResult:
    return PLANNER.turn(TurnInput(text=text, intent=intent, message_id="m1", requested=requested,
                                  slots=slots or {}, meta=meta or {},
                                  state={"opened": ["family"]} if state is None else state,
                                  resumed=resumed, previous_action="utter_faq" if resumed else "action_listen"))


def said(result: TurnResult) -> list[str]:
    return [s.response for s in result.say]


def test_the_interview_opens_with_an_open_question():
    result = turn("yes", requested=None, intent="affirm", state={})
    assert said(result) == ["utter_open_family"]
    assert result.requested == "age"


def test_one_answer_fills_several_facts_and_only_missing_ones_are_asked():
    result = turn("I'm 34, married, with two kids", requested="age")
    assert result.values == {"age": 34, "marital_status": "married", "children_count": 2}
    assert result.requested == "children_ages"
    assert said(result) == ["utter_q_children_ages"]
    assert result.meta["age"]["source"] == {"message_id": "m1", "span": [0, 6]}


def test_a_declined_question_is_recorded_and_not_asked_again():
    result = turn("I'd rather not say", requested="age", intent="decline")
    assert "utter_decline_ok" in said(result)
    assert result.meta["age"]["declined"] is True
    assert "age" not in result.values
    assert result.requested != "age"


def test_why_do_you_ask_gets_the_topic_reason_and_the_same_question():
    result = turn("why do you need to know?", requested="age", intent="ask_why")
    assert said(result) == ["utter_why_family", "utter_q_age"]
    assert result.requested == "age"


def test_a_vague_money_answer_gets_ranges_once_then_a_range_is_stored_less_sure():
    slots = {"age": 40, "marital_status": "single", "children_count": 0, "dependent_parents": 0,
             "occupation": "teacher", "employment_type": "employed"}
    state = {"opened": ["family", "work"]}
    first = turn("not sure", requested="annual_income", intent="dont_know", slots=slots, state=state)
    assert said(first) == ["utter_range_annual_income"]
    assert first.requested == "annual_income"
    second = turn("between 60 and 100k", requested="annual_income", slots=slots, state=first.state)
    assert second.values["annual_income"] == pytest.approx(80000)
    assert second.meta["annual_income"]["confidence"] < 0.9
    assert second.meta["annual_income"]["range"] == [60000, 100000]


def test_a_question_left_unanswered_twice_is_skipped():
    first = turn("hmm", requested="dependent_parents", slots={"age": 30})
    assert first.requested == "dependent_parents"
    assert said(first)[0] == "utter_not_caught"
    second = turn("hmm", requested="dependent_parents", slots={"age": 30}, state=first.state,
                  meta=first.meta)
    assert "utter_skip_question" in said(second)
    assert second.requested != "dependent_parents"


def test_a_correction_updates_the_fact_and_keeps_its_history():
    meta = {"children_count": {"value": 2, "confidence": 0.9, "source": {"message_id": "m0", "span": [0, 5]}}}
    result = turn("actually we have three kids", requested="children_ages", intent="correct",
                  slots={"age": 45, "marital_status": "married", "children_count": 2}, meta=meta)
    assert result.values["children_count"] == 3
    assert result.meta["children_count"]["history"][0]["value"] == 2
    assert "utter_updated" in said(result)


def test_no_to_the_broad_debt_question_means_no_mortgage_and_no_loans():
    slots = {"age": 30, "marital_status": "single", "children_count": 0, "dependent_parents": 0,
             "occupation": "nurse", "employment_type": "employed", "annual_income": 50000,
             "years_in_job": 3, "job_changes_5y": 1, "income_stability": "stable"}
    result = turn("no", requested="has_debts", intent="deny", slots=slots,
                  state={"opened": ["family", "work", "money"]})
    assert result.values["has_debts"] is False
    assert result.values["mortgage_balance"] == 0 and result.values["other_debts"] == 0
    assert result.requested not in {"mortgage_balance", "other_debts"}


def test_yes_to_the_broad_debt_question_leads_to_the_amounts():
    result = turn("yes", requested="has_debts", intent="affirm", slots={"age": 30},
                  state={"opened": ["family", "work", "money"]})
    assert result.values["has_debts"] is True
    assert PLANNER.turn  # the planner then asks for amounts once earlier topics are done


def test_a_price_worry_is_acknowledged_recorded_and_budget_comes_first():
    result = turn("I don't know if I can afford any of this", requested="age", intent="worry")
    assert "utter_ack_cost" in said(result)
    assert result.values.get("concerns") == ["cost"]
    assert result.state["budget_first"] is True


def test_a_question_that_is_not_an_answer_is_left_to_the_rules():
    result = turn("what is a waiting period?", requested="age", intent="faq")
    assert result.reject


def test_after_a_digression_the_same_question_comes_back():
    result = turn("what is a waiting period?", requested="age", intent="faq", resumed=True)
    assert not result.reject
    assert said(result) == ["utter_resume", "utter_q_age"]


def test_the_gap_is_stated_with_scorings_figure_after_the_money_topic():
    slots: dict[str, Any] = {
        "age": 35, "marital_status": "married", "children_count": 2, "children_ages": [3, 6],
        "spouse_income": 0, "dependent_parents": 0, "occupation": "teacher",
        "employment_type": "employed", "annual_income": 60000, "years_in_job": 5,
        "job_changes_5y": 0, "income_stability": "stable", "has_debts": True,
        "mortgage_balance": 250000, "other_debts": 0, "liquid_savings": 10000,
        "monthly_expenses": 3000,
    }
    result = turn("about 100 a month", requested="monthly_premium_budget", slots=slots,
                  state={"opened": ["family", "work", "money"]})
    assert result.requested == PAIN_POINT_SLOT
    pain = result.say[-1]
    assert pain.response == "utter_pain_point"
    assert pain.kwargs["line_label"] == "Life cover"
    assert pain.kwargs["amount"].startswith("$")


def test_a_different_value_for_a_known_fact_needs_a_correction_cue():
    slots = {"age": 34, "marital_status": "married", "children_count": 2, "annual_income": 58000}
    misread = turn("my life cover through work is 2x salary, about 116k", requested="existing_life_cover",
                   slots=slots, state={"opened": ["family", "work", "money", "health", "cover"]})
    assert "annual_income" not in misread.values
    corrected = turn("sorry, I meant I earn 95k a year", requested="existing_life_cover", slots=slots,
                     state={"opened": ["family", "work", "money", "health", "cover"]})
    assert corrected.values.get("annual_income") == 95000


def test_an_optional_question_answered_no_is_not_asked_again():
    result = turn("not really, whatever makes sense", requested="requested_cover", intent="deny",
                  state={"opened": ["family", "work", "money", "health", "cover", "goals"]})
    assert result.meta["requested_cover"]["skipped"] is True
    assert result.requested != "requested_cover"


def test_five_years_in_the_same_job_means_no_job_changes():
    result = turn("8 years", requested="years_in_job",
                  slots={"age": 40, "occupation": "clerk", "employment_type": "employed"},
                  state={"opened": ["family", "work"]})
    assert result.values["years_in_job"] == 8
    assert result.values["job_changes_5y"] == 0
    assert result.meta["job_changes_5y"]["derived"] is True


def test_a_message_misread_as_off_topic_again_and_again_does_not_loop():
    first = turn("about the same as last year", requested="weight_kg", intent="out_of_scope")
    assert first.reject
    stuck = PLANNER.turn(TurnInput(text="about the same as last year", intent="out_of_scope", message_id="m", requested="weight_kg",
                                   slots={}, meta={}, state={"opened": ["family"]}, messages_on_question=4))
    assert not stuck.reject
    assert stuck.meta["weight_kg"]["skipped"] is True
    assert stuck.requested != "weight_kg"


def test_debt_talk_without_figures_opens_the_debt_questions():
    result = turn("a fair bit of debt, honestly", requested="has_debts", intent="dont_know",
                  slots={"age": 30}, state={"opened": ["family", "work", "money"]})
    assert result.values["has_debts"] is True


def test_a_returning_prospect_is_welcomed_back_before_the_next_question():
    result = turn("hi", requested=None, intent="greet", slots={"age": 30},
                  state={"opened": ["family"]})
    assert said(result)[0] == "utter_welcome_back"


def test_a_partial_answer_to_an_opener_moves_on_without_using_an_attempt():
    result = turn("software developer", requested="annual_income",
                  slots={"age": 29, "marital_status": "single", "children_count": 0, "dependent_parents": 0},
                  state={"opened": ["family", "work"]})
    assert result.values["occupation"] == "software developer" or "occupation" in result.values
    assert "utter_range_annual_income" not in said(result)
    assert "annual_income" not in result.state.get("asks", {})


def test_a_fact_already_known_is_not_progress_and_cannot_loop_the_question():
    slots = {"age": 41, "marital_status": "partnered", "children_count": 0, "dependent_parents": 0,
             "occupation": "designer", "employment_type": "self_employed", "income_stability": "variable"}
    state = {"opened": ["family", "work"], "range_offered": ["annual_income"]}
    result = turn("not sure, it varies a lot", requested="annual_income", intent="dont_know", slots=slots,
                  state=state)
    assert result.requested != "annual_income" or result.state["asks"]["annual_income"] >= 2
    second = turn("not sure, it varies a lot", requested="annual_income", intent="dont_know", slots=slots,
                  state=result.state, meta=result.meta)
    assert second.requested != "annual_income"


HEALTH_SO_FAR = {"age": 57, "marital_status": "widowed", "children_count": 2, "children_ages": [28, 31],
                 "dependent_parents": 1, "occupation": "truck driver", "employment_type": "employed",
                 "annual_income": 41000, "years_in_job": 12, "job_changes_5y": 0,
                 "income_stability": "stable", "has_debts": True, "mortgage_balance": 60000,
                 "other_debts": 0, "liquid_savings": 25000, "monthly_expenses": 2200,
                 "monthly_premium_budget": 120, "pain_point_reaction": "I see"}
ALL_OPENED = {"opened": ["family", "work", "money", "health"], "pain_point_said": True}


def test_drinking_and_exercise_are_asked_in_one_question():
    slots = {**HEALTH_SO_FAR, "smoker": False, "conditions": [], "hospitalized_5y": False,
             "height_cm": 180, "weight_kg": 80}
    first = turn("no", requested="hospitalized_5y", slots={**slots, "hospitalized_5y": None},
                 state=ALL_OPENED)
    assert said(first)[-1] == "utter_q_alcohol_exercise"
    both = turn("I don't drink and I run twice a week", requested=first.requested, slots=slots,
                state=first.state)
    assert both.values["alcohol"] == "none" and both.values["exercise"] == "regular"
    assert both.requested not in {"alcohol", "exercise"}


def test_one_half_of_a_joint_question_leaves_the_other_asked_on_its_own():
    slots = {**HEALTH_SO_FAR, "smoker": False, "conditions": [], "hospitalized_5y": False,
             "height_cm": 180, "weight_kg": 80}
    half = turn("a glass of wine now and then", requested="alcohol", slots=slots, state=ALL_OPENED)
    assert half.values["alcohol"] == "light"
    asked, current, known = [], half, {**slots, **half.values}
    while current.topic == "health" and len(asked) < 4:
        asked.append(said(current)[-1])
        current = turn("no", requested=current.requested, slots=known, meta=current.meta,
                       state=current.state)
        known.update(current.values)
    assert "utter_q_exercise" in asked and "utter_q_alcohol_exercise" not in asked, asked


def test_lifestyle_questions_are_still_asked_after_a_heavy_health_disclosure():
    """The underwriter needs the whole health picture, even when the class is already set."""
    result = turn("I smoke 20 a day, I've got type 2 diabetes and high blood pressure, and I had a "
                  "stent put in two years ago", requested="smoker", slots=HEALTH_SO_FAR, state=ALL_OPENED)
    assert result.values["smoker"] is True
    remaining = []
    slots, meta, state, current = {**HEALTH_SO_FAR, **result.values}, result.meta, result.state, result
    for answer in ["5 foot 9", "16 stone", "no", "no", "no", "no", "no"]:
        if current.topic != "health":
            break
        remaining.append(current.requested)
        current = turn(answer, requested=current.requested, slots=slots, meta=meta, state=state)
        slots, meta, state = {**slots, **current.values}, current.meta, current.state
    assert remaining[:2] == ["height_cm", "weight_kg"]
    assert {"alcohol", "family_history", "hazardous_hobbies"} <= set(remaining), remaining


def test_a_healthy_prospect_is_still_asked_about_drinking():
    slots = {**HEALTH_SO_FAR, "smoker": False, "conditions": [], "hospitalized_5y": False}
    result = turn("5 foot 9 and 12 stone", requested="height_cm", slots=slots, state=ALL_OPENED)
    assert result.requested in {"alcohol", "exercise", "family_history", "hazardous_hobbies"}


def test_in_agent_mode_the_agents_he_and_she_are_the_client():
    inp = TurnInput(text="he's 58, smokes, married with three kids", intent="inform", message_id="m1",
                    requested="age", slots={}, meta={}, state={"opened": ["family"]},
                    previous_action="action_listen", agent=True)
    result = PLANNER.turn(inp)
    assert result.values.get("age") == 58
    assert result.values.get("smoker") is True
    assert result.values.get("children_count") == 3
    assert result.meta["age"]["source"]["span"] == [0, 7]  # "he's 58" as the agent typed it


def test_out_of_agent_mode_he_is_someone_else():
    result = turn("he's 58 and smokes", requested=None, intent="inform")
    assert "smoker" not in result.values
