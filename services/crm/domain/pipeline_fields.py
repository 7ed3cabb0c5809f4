"""Validation of a pipeline's own fields, and the statuses a default pipeline starts with."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

from crm.domain.lead_qualification import LeadQualificationConfig
from crm.domain.pipeline_statuses import NewStatus, PipelineStatusType
from crm.domain.values import hex_color, optional_text, required_text
from shared.domain import InvalidArgument

MAX_NAME_LENGTH = 100
MAX_DESCRIPTION_LENGTH = 2000
MIN_TIMEOUT, MAX_TIMEOUT = timedelta(minutes=1), timedelta(minutes=1440)


def session_timeout(value: timedelta | int | None) -> timedelta | None:
    """An override of 1..1440 minutes (a number is minutes); None inherits."""
    if value is None:
        return None
    timeout = value if isinstance(value, timedelta) else timedelta(minutes=value)
    if not MIN_TIMEOUT <= timeout <= MAX_TIMEOUT:
        raise InvalidArgument.field("session_timeout", "must be between 1 and 1440 minutes")
    return timeout


def _position(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidArgument.field("position", "must be a whole number ≥ 0")
    return value


def _lead_qualification(value: Any) -> LeadQualificationConfig | None:
    if value is None or isinstance(value, LeadQualificationConfig):
        return (
            value
            if value is None
            else LeadQualificationConfig.of(value.enabled, value.questions, value.min_score)
        )
    return LeadQualificationConfig.of(**value)


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "name": lambda v: required_text(v or "", "name", MAX_NAME_LENGTH),
    "description": lambda v: optional_text(v, "description", MAX_DESCRIPTION_LENGTH),
    "color": lambda v: hex_color(v or ""),
    "position": lambda v: _position(v or 0),
    "active": lambda v: bool(v),
    "session_timeout": session_timeout,
    "lead_qualification": _lead_qualification,
}
SETTABLE = frozenset(_CHECKS)


def pipeline_fields(given: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(given) - SETTABLE
    if unknown:
        raise TypeError(f"a pipeline has no fields {sorted(unknown)}")
    return {key: _CHECKS[key](value) for key, value in given.items()}


_O, _A, _C = PipelineStatusType.OPEN, PipelineStatusType.ACTIVE, PipelineStatusType.CLOSED
_DEFAULT_NAMES = {
    "en": ("New", "In progress", "Won", "Lost"),
    "pt": ("Novo", "Em andamento", "Ganho", "Perdido"),
    "es": ("Nuevo", "En curso", "Ganado", "Perdido"),
}
_DEFAULT_SHAPE = ((_O, "#3B82F6"), (_A, "#F59E0B"), (_C, "#10B981"), (_C, "#EF4444"))


def default_statuses(language_code: str) -> tuple[NewStatus, ...]:
    """A new project's first pipeline: new → in progress → won | lost, in its language."""
    names = _DEFAULT_NAMES.get(language_code.split("-")[0].lower(), _DEFAULT_NAMES["en"])
    return tuple(
        NewStatus(name=name, type=kind, color=color)
        for name, (kind, color) in zip(names, _DEFAULT_SHAPE, strict=True)
    )
