"""``extract()``: the one entry point the interview, CLI, tests and benchmarks call."""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import replace
from typing import Optional

from .agent_voice import rewrite
from .facts_registry import FACTS
from .doc_state import state
from .pipeline import components, get_nlp
from .types import ExtractedFact

# Longer inputs are cut: no interview answer needs more, and it bounds the time per call.
MAX_CHARS = 5000
# Tests and benchmarks set this so a component's bug fails loudly; in the bot a failing
# component is logged and skipped, and the other components' facts still count.
STRICT = os.environ.get("NEEDSCOUT_STRICT_EXTRACTION") == "1"
log = logging.getLogger(__name__)


def extract(text: str, expect: Optional[str] = None, known: Optional[dict[str, object]] = None,
            today: Optional[dt.date] = None, agent: bool = False) -> dict[str, ExtractedFact]:
    """Facts stated in ``text`` (only its first ``MAX_CHARS`` characters are read).

    ``expect`` is the fact the bot just asked for: a bare answer ("two", "yes", "about
    40") fills it and nothing else. ``known`` holds facts already known (plain values),
    used to resolve "my wife makes about half that". ``today`` anchors "born in 1988".
    Spans are character offsets into ``text``. ``agent`` says an agent is typing about
    the client ("he's 52, smokes"); a message opening "client is..." is read so anyway.
    """
    if expect is not None and expect not in FACTS:
        raise ValueError(f"unknown fact {expect!r}; see needscout/facts.py")
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = text[:MAX_CHARS]
    note = rewrite(text, agent)  # an agent's note about a client, in the client's first person
    if note is not None:
        text = note.text
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    st = state(doc)
    st.text = text
    st.expect = expect
    st.known = dict(known or {})
    st.today = today
    for component in components(nlp):
        try:
            doc = component(doc)
        except Exception:
            if STRICT:
                raise
            log.exception("extractor component %s failed on a %d-character message; skipped",
                          getattr(component, "__name__", type(component).__name__), len(text))
    facts = dict(st.facts or {})
    if note is not None:
        facts = {name: replace(fact, span=note.span(fact.span)) for name, fact in facts.items()}
    return facts
