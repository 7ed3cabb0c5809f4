"""Field masks: which paths of a resource an update (or a merge) touches.

`changes` maps field paths to new values; `mask` names the paths to apply
(None or empty: every path in `changes`). A masked path missing from
`changes` is cleared (its value is None), as AIP-134 prescribes. A map field
may be addressed per key, "custom_fields.plan", when it is listed in `maps`;
the value is then read from `changes["custom_fields.plan"]` or from
`changes["custom_fields"]["plan"]`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from shared.domain import InvalidArgument


def masked_changes(
    changes: Mapping[str, Any],
    mask: Iterable[str] | None,
    allowed: Collection[str],
    *,
    maps: Collection[str] = (),
    immutable: Collection[str] = (),
    field_name: str = "update_mask",
) -> dict[str, Any]:
    """The paths to change, each with its new value (None: clear it)."""
    paths = [p.strip() for p in mask or ()] or list(changes)
    result: dict[str, Any] = {}
    for path in paths:
        head, _, key = path.partition(".")
        if path in immutable or head in immutable:
            raise InvalidArgument.field(field_name, f"{path!r} cannot be changed")
        if path in allowed:
            result[path] = changes.get(path)
        elif head in maps and key:
            nested = changes.get(head)
            value = changes.get(path, nested.get(key) if isinstance(nested, Mapping) else None)
            result[path] = value
        else:
            raise InvalidArgument.field(field_name, f"{path!r} is not a field that can be set")
    return result
