"""Outside services NeedScout calls: enrichment lookups (the CRM webhook is store.outbox)."""
