"""Read models for people: the prospect list and one prospect's full record (decrypted)."""

from __future__ import annotations

from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from store.crypto import keyring_of
from store.models import Assessment, Consent, Conversation, Delivery, HandoffRequest, Prospect
from store.repository import fact_history, load_facts


def list_prospects(session_factory: sessionmaker, limit: int = 100, offset: int = 0,
                   tier: Optional[str] = None) -> list[dict[str, Any]]:
    """Prospects, most recently active first, with their latest tier and decision."""
    latest = (sa.select(Assessment.prospect_id, sa.func.max(Assessment.id).label("id"))
              .group_by(Assessment.prospect_id).subquery())
    handoffs = (sa.select(HandoffRequest.prospect_id, sa.func.count().label("n"))
                .where(HandoffRequest.status == "open").group_by(HandoffRequest.prospect_id)
                .subquery())
    query = (
        sa.select(Prospect, Assessment, handoffs.c.n)
        .outerjoin(latest, latest.c.prospect_id == Prospect.id)
        .outerjoin(Assessment, Assessment.id == latest.c.id)
        .outerjoin(handoffs, handoffs.c.prospect_id == Prospect.id)
        .order_by(Prospect.last_activity_at.desc(), Prospect.id.desc())
        .limit(limit).offset(offset)
    )
    if tier:
        query = query.where(Assessment.tier == tier)
    with session_factory() as session:
        rows = session.execute(query).all()
    return [{
        "sender_id": prospect.sender_id,
        "consent": prospect.consent_granted,
        "tier": assessment.tier if assessment else None,
        "decision": assessment.decision if assessment else None,
        "composite_score": assessment.composite_score if assessment else None,
        "assessed_at": assessment.created_at.isoformat() if assessment else None,
        "open_handoffs": open_handoffs or 0,
        "last_activity_at": prospect.last_activity_at.isoformat(),
    } for prospect, assessment, open_handoffs in rows]


def prospect_record(session_factory: sessionmaker, sender_id: str) -> Optional[dict[str, Any]]:
    """Everything stored about one prospect, decrypted; None when unknown."""
    with session_factory() as session:
        keyring = keyring_of(session)
        prospect = session.execute(
            sa.select(Prospect).where(Prospect.sender_id == sender_id)).scalar_one_or_none()
        if prospect is None:
            return None
        assessments = session.execute(
            sa.select(Assessment).where(Assessment.prospect_id == prospect.id)
            .order_by(Assessment.id)).scalars().all()
        consents = session.execute(
            sa.select(Consent).where(Consent.prospect_id == prospect.id).order_by(Consent.id)
        ).scalars().all()
        handoffs = session.execute(
            sa.select(HandoffRequest).where(HandoffRequest.prospect_id == prospect.id)
            .order_by(HandoffRequest.id)).scalars().all()
        conversations = session.execute(
            sa.select(Conversation).where(Conversation.prospect_id == prospect.id)
            .order_by(Conversation.id)).scalars().all()
        deliveries = {d.assessment_id: d for d in session.execute(
            sa.select(Delivery).where(Delivery.assessment_id.in_([a.id for a in assessments]))
        ).scalars()}
        record = {
            "sender_id": prospect.sender_id,
            "consent": prospect.consent_granted,
            "created_at": prospect.created_at.isoformat(),
            "last_activity_at": prospect.last_activity_at.isoformat(),
            "assessments": [{
                "id": a.public_id, "created_at": a.created_at.isoformat(),
                "rules_version": a.rules_version, **keyring.decrypt_json(a.payload),
                "crm_delivery": deliveries[a.id].state if a.id in deliveries else None,
            } for a in assessments],
            "consents": [{"granted": c.granted, "text_version": c.text_version,
                          "recorded_at": c.recorded_at.isoformat()} for c in consents],
            "handoffs": [{"reason": h.reason, "status": h.status,
                          "created_at": h.created_at.isoformat()} for h in handoffs],
            "conversations": [{"status": c.status, "started_at": c.started_at.isoformat(),
                               "last_activity_at": c.last_activity_at.isoformat()}
                              for c in conversations],
        }
    facts = load_facts(session_factory, sender_id)
    for name, value in facts.items():
        if value["revision"] > 1:
            value["history"] = fact_history(session_factory, sender_id, name)
    record["facts"] = facts
    record["assessment"] = record["assessments"][-1] if record["assessments"] else None
    return record
