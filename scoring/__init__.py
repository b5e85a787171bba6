"""NeedScout scoring: profile → needs, affordability, risk, value and a decision.

A pure library: no Rasa, no database, no network. Rules live in rules.yml.
"""

from __future__ import annotations

from scoring.assessment import Assessment, assess
from scoring.models import Profile
from scoring.rules import Rules, RulesError, load_rules

__all__ = ["assess", "Assessment", "Profile", "Rules", "RulesError", "load_rules"]
