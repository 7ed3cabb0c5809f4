"""AuthService: register, log in, token exchange, API-key verification, whoami."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import grpc

from identity.domain.errors import ApiKeyExpired, ApiKeyRevoked
from identity.entrypoints import mappers
from identity.service_layer.auth import Authentication, KeyOwnerSuspended, ProjectArchived
from identity.service_layer.unit_of_work import IdentityUnitOfWork
from shared.authz import grants
from shared.domain import Unauthenticated
from shared.requests import caller, optional_uuid
from shared.tokens import IssuedToken
from ventros.identity.v1 import auth_pb2, auth_service_pb2_grpc
from ventros.identity.v1 import auth_service_pb2 as pb

Context = grpc.aio.ServicerContext[Any, Any]


def access_token(issued: IssuedToken) -> auth_pb2.AccessToken:
    token = auth_pb2.AccessToken(token=issued.token, token_type="Bearer")
    token.expire_time.FromDatetime(issued.expire_time)
    token.expires_in.FromTimedelta(issued.expires_in)
    return token


REJECTIONS = [
    (ApiKeyRevoked, pb.API_KEY_REJECTION_REASON_REVOKED),
    (ApiKeyExpired, pb.API_KEY_REJECTION_REASON_EXPIRED),
    (ProjectArchived, pb.API_KEY_REJECTION_REASON_PROJECT_ARCHIVED),
    (KeyOwnerSuspended, pb.API_KEY_REJECTION_REASON_USER_INACTIVE),
]


class AuthServicer(auth_service_pb2_grpc.AuthServiceServicer):
    def __init__(self, auth: Authentication, uow: Callable[..., IdentityUnitOfWork]) -> None:
        self._auth, self._uow = auth, uow

    async def Register(self, request: pb.RegisterRequest, context: Context) -> pb.RegisterResponse:
        made, issued = await self._auth.register(
            name=request.name,
            email=request.email,
            password=request.password,
            project_name=request.project_name or None,
            time_zone=request.time_zone,
            language_code=request.language_code,
        )
        return pb.RegisterResponse(
            user=mappers.user(made.user),
            project=mappers.project(made.project),
            member=mappers.member(made.member, made.user),
            billing_account=mappers.billing_account(made.billing_account),
            api_key=mappers.api_key(made.api_key),
            plaintext_api_key=made.api_key_plaintext,
            access_token=access_token(issued),
        )

    async def Login(self, request: pb.LoginRequest, context: Context) -> pb.LoginResponse:
        done = await self._auth.log_in(
            request.email, request.password, optional_uuid(request.project_id, "project_id")
        )
        return pb.LoginResponse(
            user=mappers.user(done.user),
            access_token=access_token(done.token),
            principal=mappers.principal(done.principal, done.user),
            memberships=[mappers.member(m, done.user) for m in done.memberships],
        )

    async def ExchangeToken(
        self, request: pb.ExchangeTokenRequest, context: Context
    ) -> pb.ExchangeTokenResponse:
        _, principal = await self._auth.authenticate_key(request.api_key, "token_exchange")
        ttl = request.ttl.ToTimedelta() if request.HasField("ttl") else None
        issued = self._auth.issue(principal, ttl if ttl and ttl > timedelta(0) else None)
        return pb.ExchangeTokenResponse(
            access_token=access_token(issued), principal=mappers.principal(principal)
        )

    async def VerifyApiKey(
        self, request: pb.VerifyApiKeyRequest, context: Context
    ) -> pb.VerifyApiKeyResponse:
        try:
            key, principal = await self._auth.authenticate_key(request.api_key, "verification")
        except Unauthenticated as error:
            reason = next(
                (code for kind, code in REJECTIONS if isinstance(error, kind)),
                pb.API_KEY_REJECTION_REASON_NOT_FOUND,
            )
            return pb.VerifyApiKeyResponse(valid=False, rejection_reason=reason)
        except ProjectArchived:
            return pb.VerifyApiKeyResponse(
                valid=False, rejection_reason=pb.API_KEY_REJECTION_REASON_PROJECT_ARCHIVED
            )
        if request.required_permission and not grants(
            principal.permissions, request.required_permission
        ):
            return pb.VerifyApiKeyResponse(
                valid=False, rejection_reason=pb.API_KEY_REJECTION_REASON_PERMISSION_DENIED
            )
        return pb.VerifyApiKeyResponse(
            valid=True, principal=mappers.principal(principal), api_key=mappers.api_key(key)
        )

    async def GetCurrentPrincipal(
        self, request: pb.GetCurrentPrincipalRequest, context: Context
    ) -> pb.GetCurrentPrincipalResponse:
        me = caller()
        response = pb.GetCurrentPrincipalResponse()
        async with self._uow(
            project_id=me.project_id, user_id=me.user_id, tenantless=me.project_id is None
        ) as uow:
            user = await uow.users.get(me.user_id) if me.user_id else None
            if me.project_id:
                response.project.CopyFrom(mappers.project(await uow.projects.get(me.project_id)))
                if user:
                    member = await uow.members.find_member(me.project_id, user.id)
                    if member:
                        response.member.CopyFrom(mappers.member(member, user))
        if user:
            response.user.CopyFrom(mappers.user(user))
        response.principal.CopyFrom(mappers.principal(me, user))
        return response
