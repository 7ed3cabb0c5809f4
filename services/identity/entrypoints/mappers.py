"""identity aggregates → contract messages (name-based, with the few renames spelled out)."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from identity.domain.api_keys import ApiKey
from identity.domain.billing.accounts import BillingAccount
from identity.domain.billing.invoices import Invoice
from identity.domain.billing.subscriptions import Subscription
from identity.domain.billing.usage import UsageMeter
from identity.domain.members import ProjectMember
from identity.domain.projects import Project
from identity.domain.roles import RoleDefinition
from identity.domain.secrets import Credential
from identity.domain.users import User
from identity.service_layer.authorization import PermissionInfo, describe
from shared.context import Principal
from shared.domain import utcnow
from shared.protomap import fill
from ventros.common.v1 import types_pb2
from ventros.identity.v1 import (
    auth_pb2,
    authorization_pb2,
    billing_pb2,
    credential_pb2,
    project_member_pb2,
    project_pb2,
    user_pb2,
)


def user(u: User) -> user_pb2.User:
    return fill(user_pb2.User(), u, role=u.global_role)


def project(p: Project) -> project_pb2.Project:
    return fill(
        project_pb2.Project(),
        p,
        state="active" if p.active else "archived",
        default_session_timeout_minutes=p.session_timeout_minutes,
    )


def member(m: ProjectMember, who: User | None = None) -> project_member_pb2.ProjectMember:
    names = {"user_name": str(who.name), "user_email": str(who.email)} if who else {}
    return fill(project_member_pb2.ProjectMember(), m, **names)


def api_key(k: ApiKey) -> credential_pb2.ApiKey:
    return fill(credential_pb2.ApiKey(), k, user_id=k.created_by_user_id, state=_state(k))


def credential(c: Credential, now: datetime | None = None) -> credential_pb2.Credential:
    oauth = (
        fill(
            credential_pb2.OAuthTokenInfo(), c.oauth, needs_refresh=c.needs_refresh(now or utcnow())
        )
        if c.oauth
        else None
    )
    return fill(
        credential_pb2.Credential(),
        c,
        state=_state(c),
        oauth=oauth,
        requires_oauth=c.oauth is not None,
        ciphertext=None,
    )


def _state(c: ApiKey | Credential) -> str:
    if c.is_revoked:
        return "revoked"
    return "expired" if c.is_expired(utcnow()) else "active"


def billing_account(a: BillingAccount) -> billing_pb2.BillingAccount:
    return fill(billing_pb2.BillingAccount(), a, can_create_project=a.can_create_project(utcnow()))


def subscription(s: Subscription) -> billing_pb2.Subscription:
    return fill(
        billing_pb2.Subscription(),
        s,
        current_period_start_time=s.current_period_start,
        current_period_end_time=s.current_period_end,
    )


def _money(cents: int, currency: str) -> types_pb2.Money:
    return types_pb2.Money(
        currency_code=currency, units=cents // 100, nanos=(cents % 100) * 10_000_000
    )


def invoice(i: Invoice) -> billing_pb2.Invoice:
    due = i.amount_due_cents
    return fill(
        billing_pb2.Invoice(),
        i,
        amount_due=_money(due, i.currency),
        amount_paid=_money(i.amount_paid_cents, i.currency),
        amount_remaining=_money(max(due - i.amount_paid_cents, 0), i.currency),
        line_items=[
            fill(billing_pb2.InvoiceLineItem(), line, amount=_money(line.amount_cents, i.currency))
            for line in i.lines
        ],
    )


def usage_meter(m: UsageMeter) -> billing_pb2.UsageMeter:
    return fill(
        billing_pb2.UsageMeter(), m, period_start_time=m.period_start, period_end_time=m.period_end
    )


def principal(p: Principal, who: User | None = None) -> auth_pb2.Principal:
    kinds = {"user": "user", "api_key": "api_key", "service": "service"}
    # The stubs type enum fields as the enum class; Value() gives the plain int it stands for.
    return auth_pb2.Principal(
        type=cast(
            auth_pb2.PrincipalType,
            auth_pb2.PrincipalType.Value(f"PRINCIPAL_TYPE_{kinds[p.kind].upper()}"),
        ),
        user_id=str(p.user_id or ""),
        api_key_id=p.subject if p.kind == "api_key" else "",
        service_name=p.subject if p.kind == "service" else "",
        project_id=str(p.project_id or ""),
        role=cast(
            authorization_pb2.ProjectRole,
            authorization_pb2.ProjectRole.Value(f"PROJECT_ROLE_{p.role.upper()}") if p.role else 0,
        ),
        permissions=sorted(p.permissions),
        email=str(who.email) if who else "",
        name=str(who.name) if who else "",
    )


def permission(info: PermissionInfo) -> authorization_pb2.Permission:
    return fill(authorization_pb2.Permission(), info)


def role(r: RoleDefinition) -> authorization_pb2.Role:
    return fill(
        authorization_pb2.Role(),
        r,
        name=r.role.value,
        permissions=[permission(describe(p)) for p in sorted(r.permissions)],
    )
