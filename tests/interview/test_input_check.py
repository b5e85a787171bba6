"""Bad input gets a clear explanation, never a crash or a stored fact."""

from __future__ import annotations

import pytest

from bot.interview.input_check import input_problem
from bot.interview.planner import Planner, TurnInput


@pytest.mark.parametrize("text,problem", [
    ("", "utter_input_empty"),
    ("   \n\t ", "utter_input_empty"),
    ("🙂🙂🙂", "utter_input_empty"),
    ("x" * 100_000, "utter_input_too_long"),
    ("我今年三十四岁，已婚", "utter_input_language"),
    ("Мне 34 года", "utter_input_language"),
    ("<script>alert('x')</script>", "utter_input_markup"),
    ("'; DROP TABLE events; --", "utter_input_markup"),
    ("SELECT * FROM prospects WHERE 1=1", "utter_input_markup"),
    ("I'm 34 and married", None),
    ("Je suis marié", None),
], ids=["empty", "blank", "emoji", "huge", "chinese", "russian", "html", "sql-fragment", "sql", "english",
        "latin-script"])
def test_input_problems_are_named(text, problem):
    assert input_problem(text) == problem


@pytest.mark.parametrize("text", ["", "x" * 100_000, "我今年三十四岁", "<b>hello</b>", "\x00\x01\x02",
                                  "'; DROP TABLE events; --", "😀" * 5000])
def test_the_planner_never_crashes_or_invents_facts_on_bad_input(text):
    result = Planner().turn(TurnInput(text=text, intent="inform", message_id="m", requested="age",
                                      slots={}, meta={}, state={"opened": ["family"]}))
    assert result.requested == "age"
    assert "age" not in result.values
