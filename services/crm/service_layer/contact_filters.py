"""Typed contact filters (shared by List and Export) compiled to parameterised SQL."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from crm.adapters.contacts import LIVE
from crm.domain.phones import Phone


@dataclass(frozen=True)
class ContactFilter:
    name_prefix: str = ""
    phone: str = ""
    email: str = ""
    tags: tuple[str, ...] = ()
    match_all_tags: bool = False
    custom_fields: dict[str, str] = field(default_factory=dict)
    pipeline_id: uuid.UUID | None = None
    pipeline_status_id: uuid.UUID | None = None
    create_time_after: datetime | None = None
    create_time_before: datetime | None = None
    source_channel: str = ""
    contact_list_id: uuid.UUID | None = None
    show_deleted: bool = False

    def compile(self, default_region: str) -> tuple[str, dict[str, Any]]:
        """A WHERE fragment with bound parameters; every value is a parameter."""
        clauses = [] if self.show_deleted else [LIVE]
        params: dict[str, Any] = {}
        if self.name_prefix:
            clauses.append("lower(name) LIKE :name_prefix")
            params["name_prefix"] = _escape_like(self.name_prefix.lower()) + "%"
        if self.phone:
            clauses.append("phone_key = :phone_key")
            params["phone_key"] = Phone.parse(self.phone, default_region).match_key
        if self.email:
            clauses.append("email = :email")
            params["email"] = self.email.strip().lower()
        if self.tags:
            clauses.append("tags @> :tags" if self.match_all_tags else "tags && :tags")
            params["tags"] = sorted({t.strip().lower() for t in self.tags})
        for i, (key, value) in enumerate(sorted(self.custom_fields.items())):
            clauses.append(f"custom_fields ->> :cf_key{i} = :cf_value{i}")
            params |= {f"cf_key{i}": key, f"cf_value{i}": value}
        if self.pipeline_id:
            status = " AND s.status_id = :pipeline_status_id" if self.pipeline_status_id else ""
            clauses.append(
                "EXISTS (SELECT 1 FROM crm.contact_pipeline_statuses s WHERE s.contact_id ="
                f" contacts.id AND s.pipeline_id = :pipeline_id{status})"
            )
            params["pipeline_id"] = self.pipeline_id
            if self.pipeline_status_id:
                params["pipeline_status_id"] = self.pipeline_status_id
        if self.create_time_after:
            clauses.append("create_time >= :create_after")
            params["create_after"] = self.create_time_after
        if self.create_time_before:
            clauses.append("create_time < :create_before")
            params["create_before"] = self.create_time_before
        if self.source_channel:
            clauses.append("data ->> 'source_channel' = :source_channel")
            params["source_channel"] = self.source_channel
        if self.contact_list_id:
            clauses.append(
                "id IN (SELECT contact_id FROM crm.contact_list_members"
                " WHERE contact_list_id = :list)"
            )
            params["list"] = self.contact_list_id
        return " AND ".join(clauses) or "true", params


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
