"""Permission strings "<resource>:<operation>" with "*" wildcards on either side."""

from __future__ import annotations

from collections.abc import Iterable


def grants(granted: Iterable[str], needed: str) -> bool:
    resource, _, operation = needed.partition(":")
    for permission in granted:
        have_resource, _, have_operation = permission.partition(":")
        if have_resource in ("*", resource) and have_operation in ("*", operation):
            return True
    return False
