"""A channel's WAHA API key: an identity Credential (DOMAIN.md: "API key (stored as a
Credential)"), revealed for the channel's project with messaging's service token and
kept in memory for `ttl` seconds — never stored by messaging."""

from __future__ import annotations

import time
import uuid

import grpc

from shared.domain import FailedPrecondition
from shared.interceptors import PROJECT_HEADER
from ventros.identity.v1 import credential_service_pb2 as pb
from ventros.identity.v1 import credential_service_pb2_grpc


class IdentityUnavailable(Exception):
    """identity could not answer; the WAHA call waits or fails as the caller decides."""


class WahaKeys:
    def __init__(self, channel: grpc.aio.Channel, service_token: str, ttl: float = 60.0) -> None:
        # protoc's *_pb2_grpc modules are untyped
        self._stub = credential_service_pb2_grpc.CredentialServiceStub(channel)  # type: ignore[no-untyped-call]
        self._token, self._ttl = service_token, ttl
        self._kept: dict[tuple[uuid.UUID, uuid.UUID], tuple[float, str]] = {}

    async def api_key(self, project_id: uuid.UUID, credential_id: uuid.UUID | None) -> str:
        """The plaintext key ("" for a channel whose WAHA takes none)."""
        if credential_id is None:
            return ""
        kept = self._kept.get((project_id, credential_id))
        if kept is not None and kept[0] > time.monotonic():
            return kept[1]
        metadata = (("authorization", f"Bearer {self._token}"), (PROJECT_HEADER, str(project_id)))
        try:
            answer = await self._stub.RevealCredential(
                pb.RevealCredentialRequest(
                    credential_id=str(credential_id), purpose="messaging: WAHA API calls"
                ),
                metadata=metadata,
                timeout=5.0,
            )
        except grpc.aio.AioRpcError as error:
            if error.code() in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED):
                raise IdentityUnavailable(str(error.details())) from error
            raise FailedPrecondition(
                f"the channel's WAHA API key (credential {credential_id}) cannot be read:"
                f" {error.details()}"
            ) from error
        key: str = answer.secret.token
        self._kept[(project_id, credential_id)] = (time.monotonic() + self._ttl, key)
        return key
