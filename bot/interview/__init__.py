"""Dialogue logic that needs no Rasa: which facts an answer fills, what to ask next."""
