"""Initial schema: prospects, conversations, facts with history, assessments, consents,
handoffs, outbox deliveries, audit log, key check, and Rasa's events table.

Revision ID: 0001
Revises:
Create Date: 2025-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _prospect_fk() -> sa.Column:
    return sa.Column("prospect_id", sa.Integer,
                     sa.ForeignKey("prospects.id", ondelete="CASCADE"), nullable=False, index=True)


def _provenance() -> list[sa.Column]:
    return [
        sa.Column("value", sa.Text, nullable=True),
        sa.Column("encrypted", sa.Boolean, nullable=False),
        sa.Column("declined", sa.Boolean, nullable=False),
        sa.Column("confidence", sa.Float, nullable=True),
        sa.Column("source_message_id", sa.String(255), nullable=True),
        sa.Column("span_start", sa.Integer, nullable=True),
        sa.Column("span_end", sa.Integer, nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "prospects",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sender_id", sa.String(255), nullable=False, unique=True),
        sa.Column("consent_granted", sa.Boolean, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_activity_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "conversations",
        sa.Column("id", sa.Integer, primary_key=True),
        _prospect_fk(),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("last_activity_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer, primary_key=True),
        _prospect_fk(),
        sa.Column("name", sa.String(64), nullable=False),
        *_provenance(),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("prospect_id", "name", name="uq_facts_prospect_name"),
    )
    op.create_table(
        "fact_revisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("fact_id", sa.Integer, sa.ForeignKey("facts.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("revision", sa.Integer, nullable=False),
        *_provenance(),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("public_id", sa.String(36), nullable=False, unique=True),
        _prospect_fk(),
        sa.Column("rules_version", sa.String(64), nullable=False),
        sa.Column("tier", sa.String(32), nullable=True),
        sa.Column("decision", sa.String(64), nullable=True),
        sa.Column("composite_score", sa.Float, nullable=True),
        sa.Column("age_band", sa.String(16), nullable=True, index=True),
        sa.Column("occupation_class", sa.Integer, nullable=True, index=True),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("facts_snapshot", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer, primary_key=True),
        _prospect_fk(),
        sa.Column("granted", sa.Boolean, nullable=False),
        sa.Column("text_version", sa.String(64), nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "handoff_requests",
        sa.Column("id", sa.Integer, primary_key=True),
        _prospect_fk(),
        sa.Column("reason", sa.String(255), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "deliveries",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("assessment_id", sa.Integer,
                  sa.ForeignKey("assessments.id", ondelete="CASCADE"), nullable=True, index=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("state", sa.String(16), nullable=False, index=True),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", sa.DateTime, nullable=False, index=True),
        sa.Column("claimed_until", sa.DateTime, nullable=True),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("delivered_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("subject", sa.String(64), nullable=True),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "key_check",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("token", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    # Rasa's SQLTrackerStore table (rasa 3.6.21 SQLEvent). Rasa creates it too when it
    # starts first, so only create it when absent.
    if "events" not in sa.inspect(op.get_bind()).get_table_names():
        op.create_table(
            "events",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("sender_id", sa.String(255), nullable=False),
            sa.Column("type_name", sa.String(255), nullable=False),
            sa.Column("timestamp", sa.Float),
            sa.Column("intent_name", sa.String(255)),
            sa.Column("action_name", sa.String(255)),
            sa.Column("data", sa.Text),
        )
        op.create_index("ix_events_sender_id", "events", ["sender_id"])


def downgrade() -> None:
    op.drop_index("ix_events_sender_id", table_name="events")
    op.drop_table("events")
    for table in ("key_check", "audit_log", "deliveries", "handoff_requests", "consents",
                  "assessments", "fact_revisions", "facts", "conversations", "prospects"):
        op.drop_table(table)
