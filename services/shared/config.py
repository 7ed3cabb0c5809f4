"""Configuration from the environment, read once per process, failing fast."""

from __future__ import annotations

import builtins
import os
from collections.abc import Callable, Mapping
from typing import TypeVar

T = TypeVar("T")


class ConfigError(RuntimeError):
    """A required setting is missing or malformed; the message says which."""


class Env:
    """Reads typed settings and reports every problem at once."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        self._environ = os.environ if environ is None else environ
        self._problems: list[str] = []

    def str(self, name: str, default: str | None = None) -> str:
        value = self._environ.get(name, default)
        if value is None or value == "":
            self._problems.append(f"{name} is required")
            return ""
        return value

    def optional(self, name: builtins.str) -> builtins.str | None:
        return self._environ.get(name) or None

    def int(
        self, name: builtins.str, default: int, *, low: int | None = None, high: int | None = None
    ) -> int:
        return self._parse(name, default, int, low=low, high=high)

    def float(self, name: builtins.str, default: float, *, low: float | None = None) -> float:
        return self._parse(name, default, float, low=low)

    def _parse(
        self,
        name: builtins.str,
        default: T,
        cast: Callable[[builtins.str], T],
        *,
        low: T | None = None,
        high: T | None = None,
    ) -> T:
        raw = self._environ.get(name)
        if raw is None or raw == "":
            return default
        try:
            value = cast(raw)
        except ValueError:
            self._problems.append(f"{name}={raw!r} is not a {cast.__name__}")
            return default
        if (low is not None and value < low) or (high is not None and value > high):  # type: ignore[operator]
            self._problems.append(f"{name}={raw!r} is outside [{low}, {high}]")
        return value

    def done(self) -> None:
        """Raise one error naming every problem found while reading."""
        if self._problems:
            raise ConfigError("invalid configuration: " + "; ".join(self._problems))
