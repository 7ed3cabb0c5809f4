"""CredentialService: a project's API keys and encrypted secrets."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum
from typing import Any, TypeVar

import grpc
from google.protobuf import descriptor, json_format

from identity.domain.roles import ProjectRole
from identity.domain.statuses import CredentialState, CredentialType
from identity.entrypoints import mappers
from identity.service_layer.credentials import (
    API_KEY_FIELDS,
    ApiKeys,
    BasicAuth,
    OAuthTokens,
    Secrets,
    SecretValue,
)
from shared.domain import InvalidArgument, utcnow
from shared.protomap import enum_value
from shared.requests import (
    caller,
    list_options,
    mask_paths,
    optional_uuid,
    parse_uuid,
    timestamp_or_none,
)
from shared.responses import page_fields
from ventros.identity.v1 import (
    authorization_pb2,
    credential_pb2,
    credential_service_pb2_grpc,
)
from ventros.identity.v1 import (
    credential_service_pb2 as pb,
)

Context = grpc.aio.ServicerContext[Any, Any]

E = TypeVar("E", bound=Enum)
CREDENTIAL_FIELDS = ("name", "description", "metadata", "expire_time")


def domain_enum(
    kind: type[E], enum_type: descriptor.EnumDescriptor, number: int, field: str
) -> E | None:
    """A proto enum number as the domain enum; None for UNSPECIFIED."""
    if number not in enum_type.values_by_number:
        raise InvalidArgument.field(field, f"{number} is not a known value")
    raw = enum_value(enum_type, number)
    try:
        return kind(raw) if raw else None
    except ValueError:
        raise InvalidArgument.field(field, f"{raw!r} is not supported") from None


def required_enum(
    kind: type[E], enum_type: descriptor.EnumDescriptor, number: int, field: str
) -> E:
    value = domain_enum(kind, enum_type, number, field)
    if value is None:
        raise InvalidArgument.field(field, "is required")
    return value


ROLE = authorization_pb2.ProjectRole.DESCRIPTOR
STATE = credential_pb2.CredentialState.DESCRIPTOR
TYPE = credential_pb2.CredentialType.DESCRIPTOR


def secret_value(request: Any, field: str = "secret") -> SecretValue:
    """The SecretValue of a create/rotate request as the service layer's value."""
    if not request.HasField(field):
        raise InvalidArgument.field(field, "is required")
    message: credential_pb2.SecretValue = getattr(request, field)
    kind = message.WhichOneof("value")
    if kind == "token":
        return SecretValue(token=message.token)
    if kind == "basic_auth":
        return SecretValue(
            basic_auth=BasicAuth(
                username=message.basic_auth.username, password=message.basic_auth.password
            )
        )
    if kind == "oauth_token":
        tokens = message.oauth_token
        expire_time = timestamp_or_none(tokens, "expire_time")
        if expire_time is None and tokens.HasField("expires_in"):
            expire_time = utcnow() + tokens.expires_in.ToTimedelta()
        if expire_time is None:
            raise InvalidArgument.field(
                f"{field}.oauth_token.expires_in", "expires_in or expire_time is required"
            )
        return SecretValue(
            oauth_token=OAuthTokens(
                access_token=tokens.access_token,
                refresh_token=tokens.refresh_token,
                token_type=tokens.token_type or "Bearer",
                scopes=tuple(tokens.scopes),
                expire_time=expire_time,
            )
        )
    if kind == "json":
        return SecretValue(json=json_format.MessageToDict(message.json))
    raise InvalidArgument.field(field, "is required")


def secret_message(value: SecretValue, now: datetime | None = None) -> credential_pb2.SecretValue:
    message = credential_pb2.SecretValue()
    if value.token is not None:
        message.token = value.token
    elif value.basic_auth is not None:
        message.basic_auth.username = value.basic_auth.username
        message.basic_auth.password = value.basic_auth.password
    elif value.oauth_token is not None:
        t = value.oauth_token
        oauth = message.oauth_token
        oauth.access_token, oauth.refresh_token = t.access_token, t.refresh_token
        oauth.token_type = t.token_type
        oauth.scopes.extend(t.scopes)
        oauth.expire_time.FromDatetime(t.expire_time)
        remaining = t.expire_time - (now or utcnow())
        oauth.expires_in.FromTimedelta(max(remaining, timedelta(0)))
    else:
        message.json.update(value.json or {})
    return message


class CredentialServicer(credential_service_pb2_grpc.CredentialServiceServicer):
    def __init__(self, api_keys: ApiKeys, secrets: Secrets) -> None:
        self._keys, self._secrets = api_keys, secrets

    # API keys

    async def CreateApiKey(
        self, request: pb.CreateApiKeyRequest, context: Context
    ) -> pb.CreateApiKeyResponse:
        key = request.api_key
        issued = await self._keys.create(
            caller(),
            name=key.name,
            description=key.description,
            role=domain_enum(ProjectRole, ROLE, key.role, "api_key.role"),
            expire_time=timestamp_or_none(key, "expire_time"),
            project_id=optional_uuid(key.project_id, "api_key.project_id"),
            request_id=request.request_id,
        )
        return pb.CreateApiKeyResponse(
            api_key=mappers.api_key(issued.key), plaintext_key=issued.plaintext
        )

    async def GetApiKey(
        self, request: pb.GetApiKeyRequest, context: Context
    ) -> pb.GetApiKeyResponse:
        key = await self._keys.get(caller(), parse_uuid(request.api_key_id, "api_key_id"))
        return pb.GetApiKeyResponse(api_key=mappers.api_key(key))

    async def ListApiKeys(
        self, request: pb.ListApiKeysRequest, context: Context
    ) -> pb.ListApiKeysResponse:
        page = await self._keys.list(
            caller(),
            **list_options(request),
            project_id=optional_uuid(request.project_id, "project_id"),
            state=domain_enum(CredentialState, STATE, request.state, "state"),
            user_id=optional_uuid(request.user_id, "user_id"),
            role=domain_enum(ProjectRole, ROLE, request.role, "role"),
        )
        return pb.ListApiKeysResponse(**page_fields("api_keys", page, mappers.api_key))

    async def UpdateApiKey(
        self, request: pb.UpdateApiKeyRequest, context: Context
    ) -> pb.UpdateApiKeyResponse:
        key = request.api_key
        paths = mask_paths(request.update_mask, API_KEY_FIELDS)
        changes: dict[str, Any] = {}
        if "name" in paths:
            changes["name"] = key.name
        if "description" in paths:
            changes["description"] = key.description
        if "role" in paths:
            changes["role"] = required_enum(ProjectRole, ROLE, key.role, "api_key.role")
        if "expire_time" in paths:
            changes["expire_time"] = _new_expiry(key, "api_key.expire_time")
        updated = await self._keys.update(
            caller(), parse_uuid(key.id, "api_key.id"), version=key.version, **changes
        )
        return pb.UpdateApiKeyResponse(api_key=mappers.api_key(updated))

    async def RotateApiKey(
        self, request: pb.RotateApiKeyRequest, context: Context
    ) -> pb.RotateApiKeyResponse:
        issued = await self._keys.rotate(
            caller(), parse_uuid(request.api_key_id, "api_key_id"), version=request.version
        )
        return pb.RotateApiKeyResponse(
            api_key=mappers.api_key(issued.key), plaintext_key=issued.plaintext
        )

    async def RevokeApiKey(
        self, request: pb.RevokeApiKeyRequest, context: Context
    ) -> pb.RevokeApiKeyResponse:
        key = await self._keys.revoke(
            caller(),
            parse_uuid(request.api_key_id, "api_key_id"),
            reason=request.reason,
            version=request.version,
        )
        return pb.RevokeApiKeyResponse(api_key=mappers.api_key(key))

    # secrets

    async def CreateCredential(
        self, request: pb.CreateCredentialRequest, context: Context
    ) -> pb.CreateCredentialResponse:
        credential = request.credential
        stored = await self._secrets.create(
            caller(),
            type=required_enum(CredentialType, TYPE, credential.type, "credential.type"),
            name=credential.name,
            secret=secret_value(request),
            description=credential.description,
            metadata=dict(credential.metadata),
            expire_time=timestamp_or_none(credential, "expire_time"),
            project_id=optional_uuid(credential.project_id, "credential.project_id"),
            request_id=request.request_id,
        )
        return pb.CreateCredentialResponse(credential=mappers.credential(stored))

    async def GetCredential(
        self, request: pb.GetCredentialRequest, context: Context
    ) -> pb.GetCredentialResponse:
        credential = await self._secrets.get(
            caller(), parse_uuid(request.credential_id, "credential_id")
        )
        return pb.GetCredentialResponse(credential=mappers.credential(credential))

    async def ListCredentials(
        self, request: pb.ListCredentialsRequest, context: Context
    ) -> pb.ListCredentialsResponse:
        page = await self._secrets.list(
            caller(),
            **list_options(request),
            project_id=optional_uuid(request.project_id, "project_id"),
            type=domain_enum(CredentialType, TYPE, request.type, "type"),
            state=domain_enum(CredentialState, STATE, request.state, "state"),
            needs_refresh=request.needs_refresh,
        )
        return pb.ListCredentialsResponse(**page_fields("credentials", page, mappers.credential))

    async def UpdateCredential(
        self, request: pb.UpdateCredentialRequest, context: Context
    ) -> pb.UpdateCredentialResponse:
        credential = request.credential
        paths = mask_paths(request.update_mask, CREDENTIAL_FIELDS)
        changes: dict[str, Any] = {}
        if "name" in paths:
            changes["name"] = credential.name
        if "description" in paths:
            changes["description"] = credential.description
        if "metadata" in paths:
            changes["metadata"] = dict(credential.metadata)
        if "expire_time" in paths:
            changes["expire_time"] = _new_expiry(credential, "credential.expire_time")
        updated = await self._secrets.update(
            caller(),
            parse_uuid(credential.id, "credential.id"),
            version=credential.version,
            **changes,
        )
        return pb.UpdateCredentialResponse(credential=mappers.credential(updated))

    async def RotateCredential(
        self, request: pb.RotateCredentialRequest, context: Context
    ) -> pb.RotateCredentialResponse:
        credential_id = parse_uuid(request.credential_id, "credential_id")
        rotated = await self._secrets.rotate(
            caller(), credential_id, secret=secret_value(request), version=request.version
        )
        return pb.RotateCredentialResponse(credential=mappers.credential(rotated))

    async def RevokeCredential(
        self, request: pb.RevokeCredentialRequest, context: Context
    ) -> pb.RevokeCredentialResponse:
        revoked = await self._secrets.revoke(
            caller(),
            parse_uuid(request.credential_id, "credential_id"),
            reason=request.reason,
            version=request.version,
        )
        return pb.RevokeCredentialResponse(credential=mappers.credential(revoked))

    async def RevealCredential(
        self, request: pb.RevealCredentialRequest, context: Context
    ) -> pb.RevealCredentialResponse:
        revealed = await self._secrets.reveal(
            caller(), parse_uuid(request.credential_id, "credential_id"), request.purpose
        )
        return pb.RevealCredentialResponse(
            credential=mappers.credential(revealed.credential),
            secret=secret_message(revealed.secret),
        )

    async def RefreshOAuthToken(
        self, request: pb.RefreshOAuthTokenRequest, context: Context
    ) -> pb.RefreshOAuthTokenResponse:
        credential, refreshed = await self._secrets.refresh_oauth(
            caller(), parse_uuid(request.credential_id, "credential_id"), force=request.force
        )
        return pb.RefreshOAuthTokenResponse(
            credential=mappers.credential(credential), refreshed=refreshed
        )


def _new_expiry(message: Any, field: str) -> datetime:
    """An expiry named in an update mask must be set: it can be moved, not cleared."""
    expire_time = timestamp_or_none(message, "expire_time")
    if expire_time is None:
        raise InvalidArgument.field(field, "set a future time (an expiry cannot be cleared)")
    return expire_time
