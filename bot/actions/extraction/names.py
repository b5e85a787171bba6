"""People named by first name: "married to Dan ... Dan makes about 30k", "Mia is 4".

A name bound to a role is rewritten in the folded text as a role word of the same
length ("dan" -> "he "), so every later pattern that knows "he makes" or "the kid is 4"
applies, and character offsets still point into the original text.
"""

from __future__ import annotations

import re
from typing import Optional
from .literal_scan import compile_gated

SPOUSE_NAME_RE = compile_gated(
    r"\b(?:married to|engaged to|living with|live with|my (?:wife|husband|partner|fianc[eé]e?|spouse|"
    r"boyfriend|girlfriend|other half|hubby)),?\s+([A-Z][a-z]{1,15})\b")
KID_WORD_RE = compile_gated(r"\b(?:step-?)?(?:kids?|children|child|sons?|daughters?|boys?|girls?|little ones?|twins|babies|baby)\b", re.I)
CHILD_NAME_RE = compile_gated(r"\b([A-Z][a-z]{1,15})(?:\s+(?:is|'s|who's|who is|aged)|'s)\s+(?:\d{1,2}|[a-z]+(?:teen|ty)?)\b")
# "Ama is 5, Kofi 8", "Tom's 6 and Ella 3": a later name in a list of names with ages
LISTED_CHILD_NAME_RE = compile_gated(r"(?:,|\band|&)\s+([A-Z][a-z]{1,15})\s+(?:is\s+|'s\s+)?\d{1,2}\b(?!\s*(?:k\b|%|kg|cm|years? (?:ago|in|at)))")
# the bot asked about children, so names with ages are the children even with no word for them
CHILD_FACTS = ("children_count", "children_ages")
NOT_NAMES = frozenset({"I", "I'm", "My", "We", "He", "She", "They", "It", "The", "And", "But", "So", "Mum", "Mom",
                       "Dad", "Mother", "Father", "Sure", "Yes", "No", "Well", "Oh", "Ok", "Okay", "Both", "One",
                       "Our", "That", "This", "There", "Then", "Just", "Only", "About", "Around", "Maybe",
                       # relation words opening a message ("Wife is homemaker, 2 kids") are roles, not names
                       "Wife", "Husband", "Hubby", "Missus", "Partner", "Spouse", "Son", "Daughter", "Brother",
                       "Sister", "Kid", "Baby", "Mam", "Gran", "Nan", "Grandma", "Grandad", "Auntie", "Uncle"})


def _role_word(role: str, length: int) -> str:
    word = "he" if role == "spouse" else "kid"
    return (word + " " * length)[:length] if length >= len(word) else ""


def bind_names(text: str, low: str, expect: Optional[str] = None) -> str:
    """``low`` with each first name bound to a spouse or child replaced by a role word."""
    if len(text) != len(low):
        return low
    roles: dict[str, str] = {}
    for m in SPOUSE_NAME_RE.finditer(text):
        if m.group(1) not in NOT_NAMES:
            roles[m.group(1)] = "spouse"
    if KID_WORD_RE.search(text) or expect in CHILD_FACTS:
        for m in CHILD_NAME_RE.finditer(text):
            if m.group(1) not in NOT_NAMES and m.group(1) not in roles:
                roles[m.group(1)] = "child"
        if "child" in roles.values():
            for m in LISTED_CHILD_NAME_RE.finditer(text):
                if m.group(1) not in NOT_NAMES and m.group(1) not in roles:
                    roles[m.group(1)] = "child"
    if not roles:
        return low
    chars = list(low)
    for name, role in roles.items():
        replacement = _role_word(role, len(name))
        if not replacement:
            continue
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            before = text[max(0, m.start() - 15):m.start()].lower()
            if role == "spouse" and re.search(r"(?:married to|engaged to|with|wife|husband|partner|half|hubby),?\s*$", before):
                continue  # keep the binding phrase itself as it is
            end = m.end()
            if len(name) >= 3 and text.startswith(("'s", "\u2019s"), end):  # "Aoife's 10" -> "kid's   10", so "kid's 10" still reads
                end += 2
                replacement = _role_word(role, len(name) + 2).replace(" ", "'s", 1).ljust(end - m.start())[:end - m.start()]
            chars[m.start():end] = replacement
    return "".join(chars)
