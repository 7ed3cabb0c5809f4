"""Delivery status of a message: monotonic, and how WAHA acks map onto it."""

from __future__ import annotations

from enum import StrEnum


class MessageStatus(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    PLAYED = "played"
    FAILED = "failed"


# The forward order; FAILED stands apart (reachable from any non-final status).
ORDER: tuple[MessageStatus, ...] = (
    MessageStatus.QUEUED,
    MessageStatus.SENT,
    MessageStatus.DELIVERED,
    MessageStatus.READ,
    MessageStatus.PLAYED,
)
FINAL = frozenset({MessageStatus.PLAYED, MessageStatus.FAILED})

# WAHA `ack` (SHAPES §4.4): -1 ERROR, 0 PENDING, 1 SERVER, 2 DEVICE, 3 READ, 4 PLAYED.
ACK_STATUS: dict[int, MessageStatus] = {
    -1: MessageStatus.FAILED,
    0: MessageStatus.QUEUED,
    1: MessageStatus.SENT,
    2: MessageStatus.DELIVERED,
    3: MessageStatus.READ,
    4: MessageStatus.PLAYED,
}


def status_for_ack(ack: int) -> MessageStatus | None:
    """The status a WAHA ack means; None for unknown acks (e.g. GOWS `null`)."""
    return ACK_STATUS.get(ack)


def advances(current: MessageStatus | None, wanted: MessageStatus) -> bool:
    """Whether moving from `current` to `wanted` is progress.

    Forward moves only: a lower (or equal) status arriving late changes nothing.
    `failed` is reachable from any non-final status; nothing leaves `failed`.
    `played` is final for the forward order, but a failure after it is ignored too.
    """
    if current is None:
        return True
    if current in FINAL or current == wanted:
        return False
    if wanted == MessageStatus.FAILED:
        return True
    return ORDER.index(wanted) > ORDER.index(current)
