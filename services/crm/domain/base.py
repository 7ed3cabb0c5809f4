"""crm's aggregates are tenant-owned, versioned, with timestamps and snapshots."""

from __future__ import annotations

from shared.domain import TenantAggregate as VersionedAggregate

__all__ = ["VersionedAggregate"]
