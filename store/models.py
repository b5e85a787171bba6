"""The NeedScout schema as declarative models (SQLAlchemy 1.4, 2.0-style).

Personal values live only in ``facts``, ``fact_revisions``, ``assessments`` and
``deliveries``; sensitive ones (health, money) and whole assessments are stored as
Fernet tokens (see store.crypto). Migrations in store/migrations mirror this module.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


def utcnow() -> dt.datetime:
    """Now, timezone-aware UTC (every stored time is UTC)."""
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(sa.types.TypeDecorator):
    """Stores naive UTC, returns aware UTC, so SQLite and PostgreSQL compare alike."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: Optional[dt.datetime], dialect: Any) -> Optional[dt.datetime]:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use store.models.utcnow()")
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: Optional[dt.datetime], dialect: Any) -> Optional[dt.datetime]:
        return None if value is None else value.replace(tzinfo=dt.timezone.utc)


class Prospect(Base):
    """A person talking to the bot, keyed by Rasa's sender_id."""

    __tablename__ = "prospects"

    id = sa.Column(sa.Integer, primary_key=True)
    sender_id = sa.Column(sa.String(255), nullable=False, unique=True)
    consent_granted = sa.Column(sa.Boolean, nullable=True)  # None: not asked yet
    created_at = sa.Column(UTCDateTime, nullable=False, default=utcnow)
    last_activity_at = sa.Column(UTCDateTime, nullable=False, default=utcnow)

    facts = relationship("FactRecord", back_populates="prospect", cascade="all, delete-orphan",
                         passive_deletes=True)


class Conversation(Base):
    """One conversation of a prospect: its status and when it was last active."""

    __tablename__ = "conversations"

    id = sa.Column(sa.Integer, primary_key=True)
    prospect_id = sa.Column(sa.Integer, sa.ForeignKey("prospects.id", ondelete="CASCADE"),
                            nullable=False, index=True)
    status = sa.Column(sa.String(20), nullable=False, default="open")  # open, assessed, handed_off
    started_at = sa.Column(UTCDateTime, nullable=False, default=utcnow)
    last_activity_at = sa.Column(UTCDateTime, nullable=False, default=utcnow)


class FactValue:
    """Columns shared by a fact and its revisions: the value and where it came from."""

    value = sa.Column(sa.Text, nullable=True)  # JSON, or a Fernet token when encrypted
    encrypted = sa.Column(sa.Boolean, nullable=False, default=False)
    declined = sa.Column(sa.Boolean, nullable=False, default=False)
    confidence = sa.Column(sa.Float, nullable=True)
    source_message_id = sa.Column(sa.String(255), nullable=True)
    span_start = sa.Column(sa.Integer, nullable=True)
    span_end = sa.Column(sa.Integer, nullable=True)


class FactRecord(FactValue, Base):
    """The current value of one fact for one prospect, with provenance and confidence."""

    __tablename__ = "facts"
    __table_args__ = (sa.UniqueConstraint("prospect_id", "name", name="uq_facts_prospect_name"),)

    id = sa.Column(sa.Integer, primary_key=True)
    prospect_id = sa.Column(sa.Integer, sa.ForeignKey("prospects.id", ondelete="CASCADE"),
                            nullable=False, index=True)
    name = sa.Column(sa.String(64), nullable=False)
    revision = sa.Column(sa.Integer, nullable=False, default=1)
    updated_at = sa.Column(UTCDateTime, nullable=False, default=utcnow)

    prospect = relationship("Prospect", back_populates="facts")


class FactRevision(FactValue, Base):
    """Every value a fact ever had: corrections keep the old value here."""

    __tablename__ = "fact_revisions"

    id = sa.Column(sa.Integer, primary_key=True)
    fact_id = sa.Column(sa.Integer, sa.ForeignKey("facts.id", ondelete="CASCADE"),
                        nullable=False, index=True)
    revision = sa.Column(sa.Integer, nullable=False)
    recorded_at = sa.Column(UTCDateTime, nullable=False, default=utcnow)


class Assessment(Base):
    """A completed assessment; the full JSON is encrypted, list columns stay queryable."""

    __tablename__ = "assessments"

    id = sa.Column(sa.Integer, primary_key=True)
    public_id = sa.Column(sa.String(36), nullable=False, unique=True)
    prospect_id = sa.Column(sa.Integer, sa.ForeignKey("prospects.id", ondelete="CASCADE"),
                            nullable=False, index=True)
    rules_version = sa.Column(sa.String(64), nullable=False)
    tier = sa.Column(sa.String(32), nullable=True)
    decision = sa.Column(sa.String(64), nullable=True)
    composite_score = sa.Column(sa.Float, nullable=True)
    age_band = sa.Column(sa.String(16), nullable=True, index=True)
    occupation_class = sa.Column(sa.Integer, nullable=True, index=True)
    payload = sa.Column(sa.Text, nullable=False)  # Fernet token of the assessment JSON
    facts_snapshot = sa.Column(sa.Text, nullable=False)  # Fernet token of the facts used
    created_at = sa.Column(UTCDateTime, nullable=False, default=utcnow)


class Consent(Base):
    """Each consent answer, with the version of the consent text shown."""

    __tablename__ = "consents"

    id = sa.Column(sa.Integer, primary_key=True)
    prospect_id = sa.Column(sa.Integer, sa.ForeignKey("prospects.id", ondelete="CASCADE"),
                            nullable=False, index=True)
    granted = sa.Column(sa.Boolean, nullable=False)
    text_version = sa.Column(sa.String(64), nullable=False)
    recorded_at = sa.Column(UTCDateTime, nullable=False, default=utcnow)


class HandoffRequest(Base):
    """A request to pass the prospect to a human agent."""

    __tablename__ = "handoff_requests"

    id = sa.Column(sa.Integer, primary_key=True)
    prospect_id = sa.Column(sa.Integer, sa.ForeignKey("prospects.id", ondelete="CASCADE"),
                            nullable=False, index=True)
    reason = sa.Column(sa.String(255), nullable=False)
    status = sa.Column(sa.String(20), nullable=False, default="open")
    created_at = sa.Column(UTCDateTime, nullable=False, default=utcnow)


class Delivery(Base):
    """Outbox row: one assessment to send to the CRM, retried until delivered."""

    __tablename__ = "deliveries"

    id = sa.Column(sa.String(36), primary_key=True)  # also the Idempotency-Key
    assessment_id = sa.Column(sa.Integer, sa.ForeignKey("assessments.id", ondelete="CASCADE"),
                              nullable=True, index=True)
    kind = sa.Column(sa.String(32), nullable=False, default="assessment")
    payload = sa.Column(sa.Text, nullable=False)  # Fernet token of the JSON body
    state = sa.Column(sa.String(16), nullable=False, default="pending", index=True)
    attempts = sa.Column(sa.Integer, nullable=False, default=0)
    next_attempt_at = sa.Column(UTCDateTime, nullable=False, default=utcnow, index=True)
    claimed_until = sa.Column(UTCDateTime, nullable=True)
    last_error = sa.Column(sa.Text, nullable=True)
    created_at = sa.Column(UTCDateTime, nullable=False, default=utcnow)
    delivered_at = sa.Column(UTCDateTime, nullable=True)


class AuditEntry(Base):
    """What an operator or the retention job did; never personal data, only counts."""

    __tablename__ = "audit_log"

    id = sa.Column(sa.Integer, primary_key=True)
    action = sa.Column(sa.String(32), nullable=False)
    subject = sa.Column(sa.String(64), nullable=True)  # keyed hash, not the sender_id
    detail = sa.Column(sa.Text, nullable=False, default="{}")  # JSON counts
    created_at = sa.Column(UTCDateTime, nullable=False, default=utcnow)


class KeyCheck(Base):
    """One known plaintext encrypted with the current key: a wrong key fails fast."""

    __tablename__ = "key_check"

    id = sa.Column(sa.Integer, primary_key=True)
    token = sa.Column(sa.Text, nullable=False)
    created_at = sa.Column(UTCDateTime, nullable=False, default=utcnow)


# Rasa's SQLTrackerStore table, created by our migration so erase/purge can rely on it.
# Mirrors rasa 3.6.21 core/tracker_store.py SQLEvent; `data` holds a Fernet token.
events = sa.Table(
    "events",
    sa.MetaData(),
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("type_name", sa.String(255), nullable=False),
    sa.Column("timestamp", sa.Float),
    sa.Column("intent_name", sa.String(255)),
    sa.Column("action_name", sa.String(255)),
    sa.Column("data", sa.Text),
)
