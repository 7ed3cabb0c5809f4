"""identity's composition root: the one place that wires adapters to the service layer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import grpc
from sqlalchemy.ext.asyncio import AsyncEngine

from identity.adapters.crypto import AesGcmCipher, Argon2Hasher
from identity.adapters.payments import RecordingPaymentProvider
from identity.config import IdentityConfig
from identity.domain.api_keys import ApiKey
from identity.domain.billing.accounts import BillingAccount
from identity.domain.billing.invoices import Invoice
from identity.domain.billing.subscriptions import Subscription
from identity.domain.members import ProjectMember
from identity.domain.projects import Project
from identity.domain.secrets import Credential
from identity.domain.users import User
from identity.entrypoints import mappers
from identity.entrypoints.auth_servicer import AuthServicer
from identity.entrypoints.authorization_servicer import AuthorizationServicer
from identity.entrypoints.billing_servicer import BillingServicer
from identity.entrypoints.credential_servicer import CredentialServicer
from identity.entrypoints.member_servicer import ProjectMemberServicer
from identity.entrypoints.project_servicer import ProjectServicer
from identity.entrypoints.user_servicer import UserServicer
from identity.service_layer.auth import Authentication
from identity.service_layer.authorization import Authorization
from identity.service_layer.billing import Billing
from identity.service_layer.credentials import ApiKeys, Secrets
from identity.service_layer.members import Members
from identity.service_layer.projects import Projects
from identity.service_layer.unit_of_work import IdentityUnitOfWork
from identity.service_layer.users import Users
from shared.auth import BearerAuthenticator
from shared.db import create_engine
from shared.event_encoding import ProtoEventEncoder
from shared.grpc_server import Registration, create_server, service_name
from shared.interceptors import standard_interceptors
from shared.outbox import OutboxWriter
from shared.tokens import TokenIssuer, TokenVerifier, public_pem_of
from ventros.identity.v1 import (
    auth_service_pb2,
    auth_service_pb2_grpc,
    authorization_service_pb2,
    authorization_service_pb2_grpc,
    billing_service_pb2,
    billing_service_pb2_grpc,
    credential_service_pb2,
    credential_service_pb2_grpc,
    events_pb2,
    project_member_service_pb2,
    project_member_service_pb2_grpc,
    project_service_pb2,
    project_service_pb2_grpc,
    user_service_pb2,
    user_service_pb2_grpc,
)

SCHEMA = "identity"
MIGRATIONS = Path(__file__).parent / "migrations"

SNAPSHOTS: dict[str, tuple[type[Any], Any]] = {
    "ventros.identity.v1.User": (User, mappers.user),
    "ventros.identity.v1.Project": (Project, mappers.project),
    "ventros.identity.v1.ProjectMember": (ProjectMember, mappers.member),
    "ventros.identity.v1.ApiKey": (ApiKey, mappers.api_key),
    "ventros.identity.v1.Credential": (Credential, mappers.credential),
    "ventros.identity.v1.BillingAccount": (BillingAccount, mappers.billing_account),
    "ventros.identity.v1.Subscription": (Subscription, mappers.subscription),
    "ventros.identity.v1.Invoice": (Invoice, mappers.invoice),
}


@dataclass
class Identity:
    config: IdentityConfig
    engine: AsyncEngine
    hasher: Argon2Hasher
    cipher: AesGcmCipher
    issuer: TokenIssuer
    verifier: TokenVerifier
    outbox: OutboxWriter
    auth: Authentication = field(init=False)

    def __post_init__(self) -> None:
        self.auth = Authentication(self.unit_of_work, self.hasher, self.issuer)

    def unit_of_work(self, **scope: Any) -> IdentityUnitOfWork:
        return IdentityUnitOfWork(self.engine, self.outbox, **scope)

    def authenticator(self) -> BearerAuthenticator:
        # identity verifies API keys itself; other services ask identity.
        # No cache here: identity's own check is one indexed read, and a key it has
        # just revoked must stop working at once.
        return BearerAuthenticator(self.verifier, self.auth.principal_for_key, ttl_seconds=0)

    def registrations(self) -> list[Registration]:
        return [
            Registration(
                auth_service_pb2_grpc.add_AuthServiceServicer_to_server,
                AuthServicer(self.auth, self.unit_of_work),
                service_name(auth_service_pb2, "AuthService"),
            ),
            Registration(
                user_service_pb2_grpc.add_UserServiceServicer_to_server,
                UserServicer(Users(self.unit_of_work, self.hasher)),
                service_name(user_service_pb2, "UserService"),
            ),
            Registration(
                project_service_pb2_grpc.add_ProjectServiceServicer_to_server,
                ProjectServicer(Projects(self.unit_of_work)),
                service_name(project_service_pb2, "ProjectService"),
            ),
            Registration(
                project_member_service_pb2_grpc.add_ProjectMemberServiceServicer_to_server,
                ProjectMemberServicer(Members(self.unit_of_work)),
                service_name(project_member_service_pb2, "ProjectMemberService"),
            ),
            Registration(
                authorization_service_pb2_grpc.add_AuthorizationServiceServicer_to_server,
                AuthorizationServicer(Authorization(self.unit_of_work)),
                service_name(authorization_service_pb2, "AuthorizationService"),
            ),
            Registration(
                credential_service_pb2_grpc.add_CredentialServiceServicer_to_server,
                CredentialServicer(
                    ApiKeys(self.unit_of_work), Secrets(self.unit_of_work, self.cipher)
                ),
                service_name(credential_service_pb2, "CredentialService"),
            ),
            Registration(
                billing_service_pb2_grpc.add_BillingServiceServicer_to_server,
                BillingServicer(Billing(self.unit_of_work, RecordingPaymentProvider())),
                service_name(billing_service_pb2, "BillingService"),
            ),
        ]

    def server(self, address: str | None = None) -> tuple[grpc.aio.Server, int, Any]:
        return create_server(
            self.registrations(),
            standard_interceptors(self.authenticator()),
            address or self.config.grpc_address,
        )

    async def close(self) -> None:
        await self.engine.dispose()


def build(config: IdentityConfig) -> Identity:
    return Identity(
        config=config,
        engine=create_engine(config.database_url, application_name="identity"),
        hasher=Argon2Hasher(),
        cipher=AesGcmCipher(config.secrets_key),
        issuer=TokenIssuer(config.token_signing_key, timedelta(seconds=config.token_ttl_seconds)),
        verifier=TokenVerifier(public_pem_of(config.token_signing_key)),
        outbox=OutboxWriter(SCHEMA, ProtoEventEncoder(events_pb2, SNAPSHOTS)),
    )
