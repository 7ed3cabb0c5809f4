"""When a scheduled automation rule runs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from crm.domain.values import time_zone
from shared.domain import InvalidArgument

_FIELD = "trigger_config.schedule"


class AutomationScheduleType(StrEnum):
    ONCE = "once"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    CRON = "cron"


@dataclass(frozen=True)
class AutomationSchedule:
    type: AutomationScheduleType
    cron_expression: str = ""  # five fields (CRON)
    start_time: datetime | None = None  # first run (ONCE) or start of the window
    end_time: datetime | None = None
    day_of_week: int = 0  # WEEKLY, 0 = Sunday
    day_of_month: int = 1  # MONTHLY, clamped to the month's last day
    hour: int = 0
    minute: int = 0
    time_zone: str = "UTC"


def schedule_of(given: AutomationSchedule | Mapping[str, Any]) -> AutomationSchedule:
    raw = dict(given.__dict__ if isinstance(given, AutomationSchedule) else given)
    try:
        raw["type"] = AutomationScheduleType(str(raw.get("type") or ""))
    except ValueError:
        raise InvalidArgument.field(f"{_FIELD}.type", "is not a schedule type") from None
    raw["time_zone"] = time_zone(raw.get("time_zone") or "UTC", f"{_FIELD}.time_zone")
    schedule = AutomationSchedule(**raw)
    kind = schedule.type
    _check(
        kind is not AutomationScheduleType.ONCE or schedule.start_time is not None,
        "start_time",
        "is required for a one-off schedule",
    )
    _check(
        kind is not AutomationScheduleType.CRON or len(schedule.cron_expression.split()) == 5,
        "cron_expression",
        "must have five fields",
    )
    _check(0 <= schedule.day_of_week <= 6, "day_of_week", "must be 0 (Sunday) to 6")
    _check(1 <= schedule.day_of_month <= 31, "day_of_month", "must be 1 to 31")
    _check(0 <= schedule.hour <= 23, "hour", "must be 0 to 23")
    _check(0 <= schedule.minute <= 59, "minute", "must be 0 to 59")
    _check(
        schedule.start_time is None
        or schedule.end_time is None
        or schedule.end_time > schedule.start_time,
        "end_time",
        "must follow start_time",
    )
    return schedule


def _check(holds: bool, name: str, description: str) -> None:
    if not holds:
        raise InvalidArgument.field(f"{_FIELD}.{name}", description)
