"""Aggregates of crm in known states, for tests."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from crm.domain.contacts import Contact
from crm.domain.pipeline_statuses import NewStatus, PipelineStatusType
from crm.domain.pipelines import Pipeline

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
LATER = NOW + timedelta(hours=1)
PROJECT = uuid.UUID("00000000-0000-4000-8000-000000000001")


def contact(name: str = "Marina Souza", **fields: Any) -> Contact:
    created = Contact.create(project_id=PROJECT, name=name, now=NOW, **fields)
    created.collect_events()
    return created


def pipeline(*names: str, **fields: Any) -> Pipeline:
    statuses = [NewStatus(name=n, type=PipelineStatusType.OPEN) for n in names or ("New", "Won")]
    created = Pipeline.create(
        project_id=PROJECT, name="Sales", statuses=statuses, now=NOW, **fields
    )
    created.collect_events()
    return created
