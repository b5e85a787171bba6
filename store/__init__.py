"""Persistence: SQLAlchemy models, migrations, encryption at rest, outbox. Knows no Rasa."""
