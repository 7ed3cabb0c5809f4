"""Reading a request body under a limit: refused by its declared length before any byte
is read, or as soon as the bytes received pass the limit."""

from __future__ import annotations

import pytest
from starlette.requests import Request
from starlette.types import Message

from gateway.body import BodyTooLarge, read_limited
from gateway.fields import BadRequest


class Upload:
    """An ASGI receive channel delivering `chunks` pieces of `size` bytes, counting reads."""

    def __init__(self, chunks: int, size: int) -> None:
        self.left, self.size, self.reads = chunks, size, 0

    async def __call__(self) -> Message:
        self.reads += 1
        self.left -= 1
        return {"type": "http.request", "body": b"x" * self.size, "more_body": self.left > 0}


def request(upload: Upload, headers: dict[str, str]) -> Request:
    raw = [(k.encode(), v.encode()) for k, v in headers.items()]
    return Request({"type": "http", "method": "POST", "headers": raw}, upload)


async def test_a_body_within_the_limit_is_read_whole() -> None:
    upload = Upload(chunks=4, size=10)
    assert await read_limited(request(upload, {}), limit=40) == b"x" * 40


async def test_a_declared_length_over_the_limit_is_refused_before_reading() -> None:
    upload = Upload(chunks=4, size=10)
    with pytest.raises(BodyTooLarge):
        await read_limited(request(upload, {"content-length": "41"}), limit=40)
    assert upload.reads == 0


async def test_an_undeclared_body_stops_being_read_once_past_the_limit() -> None:
    upload = Upload(chunks=1000, size=10)
    with pytest.raises(BodyTooLarge):
        await read_limited(request(upload, {}), limit=40)
    assert upload.reads == 5


async def test_a_body_longer_than_it_declared_is_still_cut_off() -> None:
    upload = Upload(chunks=1000, size=10)
    with pytest.raises(BodyTooLarge):
        await read_limited(request(upload, {"content-length": "5"}), limit=40)
    assert upload.reads == 5


async def test_a_content_length_that_is_not_a_number_is_a_bad_request() -> None:
    with pytest.raises(BadRequest):
        await read_limited(request(Upload(1, 1), {"content-length": "ten"}), limit=40)
