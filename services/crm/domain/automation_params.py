"""Checked parameters of each automation action type, as plain JSON values."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from typing import Any

from crm.domain.custom_fields import CustomFieldValue, check_custom_field_key
from crm.domain.note_fields import MAX_CONTENT_LENGTH, NotePriority, NoteType
from crm.domain.values import http_url, normalise_tags, optional_http_url, required_text
from shared.domain import InvalidArgument

Params = dict[str, Any]
MAX_MESSAGE_LENGTH = 4096
_CHANNELS = ("in_app", "email", "whatsapp")


def _take(params: Params, at: str, *names: str) -> Params:
    unknown = set(params) - set(names)
    if unknown:
        raise InvalidArgument.field(
            f"{at}.{sorted(unknown)[0]}", "is not a parameter of this action"
        )
    return {name: params.get(name) for name in names}


def _json(value: Any, field_name: str) -> Any:
    """`value` as plain JSON (datetimes as RFC 3339 text), so rules store and compare simply."""

    def default(item: Any) -> Any:
        if isinstance(item, datetime):
            return item.isoformat()
        raise TypeError

    try:
        return json.loads(json.dumps(value, allow_nan=False, default=default))
    except (TypeError, ValueError):
        raise InvalidArgument.field(field_name, "must be a JSON value") from None


def _id(value: Any, field_name: str, *, required: bool = False) -> str:
    if not value and not required:
        return ""
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        raise InvalidArgument.field(field_name, "must be an id") from None


def _send_message(p: Params, at: str) -> Params:
    p = _take(p, at, "text", "media_url", "channel_id")
    text, media = str(p["text"] or "").strip(), optional_http_url(p["media_url"], f"{at}.media_url")
    if not text and not media:
        raise InvalidArgument.field(f"{at}.text", "is required unless media_url is given")
    if len(text) > MAX_MESSAGE_LENGTH:
        raise InvalidArgument.field(
            f"{at}.text", f"must be at most {MAX_MESSAGE_LENGTH} characters"
        )
    return {
        "text": text,
        "media_url": media,
        "channel_id": _id(p["channel_id"], f"{at}.channel_id"),
    }


def _change_status(p: Params, at: str) -> Params:
    p = _take(p, at, "pipeline_id", "status_id")
    return {
        "pipeline_id": _id(p["pipeline_id"], f"{at}.pipeline_id"),
        "status_id": _id(p["status_id"], f"{at}.status_id", required=True),
    }


def _assign_agent(p: Params, at: str) -> Params:
    return {"agent_id": _id(_take(p, at, "agent_id")["agent_id"], f"{at}.agent_id")}


def _tags(p: Params, at: str) -> Params:
    tags = normalise_tags(_take(p, at, "tags")["tags"] or (), f"{at}.tags")
    if not tags:
        raise InvalidArgument.field(f"{at}.tags", "needs at least one tag")
    return {"tags": list(tags)}


def _custom_field(p: Params, at: str) -> Params:
    p = _take(p, at, "key", "value")
    value = p["value"]
    if value is not None and not isinstance(value, CustomFieldValue):
        raise InvalidArgument.field(f"{at}.value", "must be a typed custom field value")
    plain = None if value is None else {k: v for k, v in asdict(value).items() if v is not None}
    return {
        "key": check_custom_field_key(str(p["key"] or ""), f"{at}.key"),
        "value": _json(plain, f"{at}.value"),
    }


def _create_note(p: Params, at: str) -> Params:
    p = _take(p, at, "content", "note_type", "priority", "visible_to_client")
    try:
        note_type, priority = (
            NoteType(p["note_type"] or "general"),
            NotePriority(p["priority"] or "normal"),
        )
    except ValueError:
        raise InvalidArgument.field(f"{at}.note_type", "or priority is not known") from None
    return {
        "content": required_text(str(p["content"] or ""), f"{at}.content", MAX_CONTENT_LENGTH),
        "note_type": note_type.value,
        "priority": priority.value,
        "visible_to_client": bool(p["visible_to_client"]),
    }


def _send_webhook(p: Params, at: str) -> Params:
    p = _take(p, at, "url", "headers", "payload")
    url = http_url(str(p["url"] or ""), f"{at}.url")
    if not url.lower().startswith("https://"):
        raise InvalidArgument.field(f"{at}.url", "must use https")
    headers = p["headers"] or {}
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items()):
        raise InvalidArgument.field(f"{at}.headers", "must map names to text")
    payload = p["payload"]
    if payload is not None and not isinstance(payload, dict):
        raise InvalidArgument.field(f"{at}.payload", "must be a JSON object")
    return {"url": url, "headers": dict(headers), "payload": _json(payload, f"{at}.payload")}


def _notify_agent(p: Params, at: str) -> Params:
    p = _take(p, at, "agent_id", "message", "channel")
    channel = str(p["channel"] or "in_app")
    if channel not in _CHANNELS:
        raise InvalidArgument.field(f"{at}.channel", f"must be one of {', '.join(_CHANNELS)}")
    return {
        "agent_id": _id(p["agent_id"], f"{at}.agent_id"),
        "message": required_text(str(p["message"] or ""), f"{at}.message", MAX_MESSAGE_LENGTH),
        "channel": channel,
    }


PARAMS: dict[str, Callable[[Params, str], Params]] = {
    "send_message": _send_message,
    "change_pipeline_status": _change_status,
    "assign_agent": _assign_agent,
    "add_tag": _tags,
    "remove_tag": _tags,
    "update_custom_field": _custom_field,
    "create_note": _create_note,
    "send_webhook": _send_webhook,
    "notify_agent": _notify_agent,
}
