"""messaging's client of crm: contacts are crm's, reached only through its API."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Protocol

import grpc

from shared.interceptors import PROJECT_HEADER
from ventros.crm.v1 import contact_pb2, contact_service_pb2_grpc
from ventros.crm.v1 import contact_service_pb2 as pb


class CrmUnavailable(Exception):
    """crm could not answer; the caller keeps the work to retry later."""


class PhoneRefused(Exception):
    """crm refused the phone number (not a valid number): ask again by WhatsApp ids."""


@dataclass(frozen=True)
class ContactRef:
    id: uuid.UUID
    created: bool
    name: str


class ContactFinder(Protocol):
    """What messaging asks crm about contacts (CrmContacts, or it behind a cache)."""

    async def find_or_create(
        self,
        project_id: uuid.UUID,
        *,
        phone: str = "",
        wid: str = "",
        lid: str = "",
        name: str = "",
        channel_id: uuid.UUID | None = None,
        profile_picture_url: str = "",
    ) -> ContactRef: ...


class CrmContacts:
    def __init__(self, channel: grpc.aio.Channel, service_token: str, timeout: float = 5.0) -> None:
        # protoc's *_pb2_grpc modules are untyped
        self._stub = contact_service_pb2_grpc.ContactServiceStub(channel)  # type: ignore[no-untyped-call]
        self._token, self._timeout = service_token, timeout

    async def find_or_create(
        self,
        project_id: uuid.UUID,
        *,
        phone: str = "",
        wid: str = "",
        lid: str = "",
        name: str = "",
        channel_id: uuid.UUID | None = None,
        profile_picture_url: str = "",
    ) -> ContactRef:
        request = pb.FindOrCreateContactByPhoneRequest(
            phone=phone,
            wid=wid,
            lid=lid,
            name=name,
            source_channel=contact_pb2.CONTACT_SOURCE_CHANNEL_WHATSAPP,
            source_channel_id=str(channel_id) if channel_id else "",
            profile_picture_url=profile_picture_url,
        )
        metadata = (("authorization", f"Bearer {self._token}"), (PROJECT_HEADER, str(project_id)))
        try:
            answer = await self._stub.FindOrCreateContactByPhone(
                request, metadata=metadata, timeout=self._timeout
            )
        except grpc.aio.AioRpcError as error:
            if error.code() in (
                grpc.StatusCode.UNAVAILABLE,
                grpc.StatusCode.DEADLINE_EXCEEDED,
                grpc.StatusCode.RESOURCE_EXHAUSTED,
                grpc.StatusCode.ABORTED,
            ):
                raise CrmUnavailable(str(error.details())) from error
            if error.code() == grpc.StatusCode.INVALID_ARGUMENT and phone:
                raise PhoneRefused(str(error.details())) from error
            raise
        return ContactRef(uuid.UUID(answer.contact.id), answer.created, answer.contact.name)
