"""One spaCy component per concern; importing this package registers them all."""

from __future__ import annotations

from . import context, cover, goals, health, lexicon, money, person, quantities, resolve, work  # noqa: F401
