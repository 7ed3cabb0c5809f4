"""Writing answers at the gRPC edge: the fields every List response shares."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from shared.repository import Page

T = TypeVar("T")


def page_fields(items_field: str, page: Page[T], to_message: Callable[[T], Any]) -> dict[str, Any]:
    """A List response's items (mapped to messages), next_page_token and total_size (AIP-158)."""
    return {
        items_field: [to_message(item) for item in page.items],
        "next_page_token": page.next_page_token,
        "total_size": page.total_size,
    }
