"""The 'about you and your family' topic: one open question, then only what is missing."""

from __future__ import annotations

from bot.actions.fact_form import FactFormValidationAction


class ValidateAboutYouForm(FactFormValidationAction):
    def name(self) -> str:
        return "validate_about_you_form"
