"""Writing answers at the gRPC edge: the fields every List response shares."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class PageLike(Protocol[T_co]):
    """What a List response is made of: shared.repository.Page or a context's own page."""

    @property
    def items(self) -> Sequence[T_co]: ...
    @property
    def next_page_token(self) -> str: ...
    @property
    def total_size(self) -> int: ...


def page_fields(
    items_field: str, page: PageLike[T], to_message: Callable[[T], Any]
) -> dict[str, Any]:
    """A List response's items (mapped to messages), next_page_token and total_size (AIP-158)."""
    return {
        items_field: [to_message(item) for item in page.items],
        "next_page_token": page.next_page_token,
        "total_size": page.total_size,
    }
