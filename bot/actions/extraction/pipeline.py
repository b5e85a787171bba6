"""Build the spaCy pipeline once per process: a blank English tokenizer with our
exceptions, a PhraseMatcher over data/lexicon.yml, and one component per concern.
"""

from __future__ import annotations

import threading
from typing import Callable, Optional

import spacy
import yaml
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the components)
from .doc_state import register_extensions
from .resources import DATA_DIR, cue_index, lexicon, occupations, phrase_rules

PIPELINE = (
    "needscout_quantities",  # numbers and amounts (numbers.py)
    "needscout_lexicon",     # conditions, hobbies, relatives (data/lexicon.yml)
    "needscout_person",      # age, marital status, children, dependent parents
    "needscout_work",        # occupation, class, employment, tenure, job changes
    "needscout_health",      # smoking, alcohol, exercise, body, conditions, hospital, hobbies
    "needscout_cover",       # medical cover, "no cover", claims
    "needscout_money",       # money amounts to facts by cue words
    "needscout_goals",       # goals, concerns, exclusions, beneficiary, referral
    "needscout_context",     # bare answers to the expected fact, declines
    "needscout_resolve",     # one value per fact, hedges and corrections
)

_NLP: Optional[Language] = None
_LOCK = threading.Lock()


def build_nlp() -> Language:
    """A fresh pipeline; use :func:`get_nlp` to share one per process."""
    register_extensions()
    nlp = spacy.blank("en")
    with open(DATA_DIR / "tokenizer_exceptions.yml", encoding="utf-8") as fh:
        for text in yaml.safe_load(fh):
            nlp.tokenizer.add_special_case(text, [{ORTH: text}])
    for name in PIPELINE:
        nlp.add_pipe(name)
    phrase_rules()
    cue_index()
    occupations()
    return nlp


def get_nlp() -> Language:
    """The process-wide pipeline, built on first use (thread-safe)."""
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                _NLP = build_nlp()
    return _NLP


_COMPONENTS: dict[int, list[Callable[[Doc], Doc]]] = {}


def components(nlp: Language) -> list[Callable[[Doc], Doc]]:
    """The pipeline's callables, cached (``nlp.pipeline`` builds a new list per call)."""
    key = id(nlp)
    if key not in _COMPONENTS:
        _COMPONENTS[key] = [proc for _, proc in nlp.pipeline]
    return _COMPONENTS[key]
