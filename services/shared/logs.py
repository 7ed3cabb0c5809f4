"""Structured logs: one JSON object per line with request, tenant and correlation ids."""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

from shared import context


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        ctx = context.current()
        if ctx is not None:
            entry["request_id"] = ctx.request_id
            entry["correlation_id"] = ctx.correlation_id
            if ctx.project_id:
                entry["project_id"] = str(ctx.project_id)
        entry.update(getattr(record, "fields", {}))
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def configure(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    logging.basicConfig(level=level, handlers=[handler], force=True)
