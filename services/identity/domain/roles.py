"""Roles and the role -> permission matrix (data, not code paths).

Project roles, from most to least powerful:

| resources                                  | admin | supervisor    | agent    | viewer |
|--------------------------------------------|-------|---------------|----------|--------|
| contact note session message chat tracking | all   | all           | c r u l  | r l    |
| list pipeline agent                        | all   | all (+manage) | r l      | r l    |
| broadcast sequence campaign                | all   | all           | -        | r l    |
| channel                                    | all   | r l           | r l      | r l    |
| webhook                                    | all   | r l           | -        | r l    |
| analytics                                  | all   | r l export    | -        | r l    |
| event saga (audit trail)                   | all   | r l           | -        | r l    |
| project user                               | all   | r l           | r        | r l    |
| member                                     | all   | r l           | -        | r l    |
| billing                                    | all   | r             | -        | -      |
| credential                                 | all   | -             | -        | -      |

(c create, r read, u update, l list; "all" includes delete, export, import, manage.)
Why: admins configure the project (members, channels, webhooks, secrets, money);
supervisors run the team and its automation but cannot widen anyone's access;
agents work conversations and cannot delete or export customer data; viewers
read the business, never secrets or money. Every role has user:read and
project:read because "who am I, where am I" (GetCurrentPrincipal,
CheckPermission) must always work; agents read channels to choose where to send.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from identity.domain.permissions import Resource as R
from identity.domain.permissions import expand
from shared.authz import grants


class GlobalRole(StrEnum):
    """Platform-wide role (platform operators versus tenants' users)."""

    ADMIN = "admin"
    MANAGER = "manager"
    USER = "user"
    READONLY = "readonly"


class ProjectRole(StrEnum):
    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    AGENT = "agent"
    VIEWER = "viewer"

    def covers(self, other: ProjectRole) -> bool:
        """True when this role is at least as powerful as `other`."""
        return _RANK[self] >= _RANK[other]


_RANK = {
    ProjectRole.VIEWER: 1,
    ProjectRole.AGENT: 2,
    ProjectRole.SUPERVISOR: 3,
    ProjectRole.ADMIN: 4,
}


def _on(resources: Iterable[R], *operations: str) -> set[str]:
    return {f"{resource.value}:{operation}" for resource in resources for operation in operations}


_CONVERSATION = (R.CONTACT, R.NOTE, R.SESSION, R.MESSAGE, R.CHAT, R.TRACKING)
_OPERATIONAL = (*_CONVERSATION, R.LIST, R.PIPELINE, R.AGENT, R.BROADCAST, R.SEQUENCE, R.CAMPAIGN)
_READABLE = (
    *_OPERATIONAL,
    R.CHANNEL,
    R.WEBHOOK,
    R.ANALYTICS,
    R.EVENT,
    R.SAGA,
    R.PROJECT,
    R.USER,
    R.MEMBER,
)

# Everyone may read and edit their own profile and password; the service layer
# lets only user:manage holders touch other users.
_SELF_SERVICE = frozenset({"user:read", "user:update"})

DECLARED_PERMISSIONS: dict[ProjectRole, frozenset[str]] = {
    ProjectRole.ADMIN: frozenset({"*:*"}),
    ProjectRole.SUPERVISOR: frozenset(
        _on(_OPERATIONAL, "*")
        | _on(_READABLE, "read", "list")
        | {"analytics:export", "billing:read"}
        | _SELF_SERVICE
    ),
    ProjectRole.AGENT: frozenset(
        _on(_CONVERSATION, "create", "read", "update", "list")
        | _on((R.LIST, R.PIPELINE, R.AGENT, R.CHANNEL), "read", "list")
        | {"project:read", "member:read"}
        | _SELF_SERVICE
    ),
    ProjectRole.VIEWER: frozenset(_on(_READABLE, "read", "list") | _SELF_SERVICE),
}


@dataclass(frozen=True)
class RoleDefinition:
    role: ProjectRole
    display_name: str
    description: str
    permissions: frozenset[str]  # concrete, wildcards expanded


_DESCRIPTIONS = {
    ProjectRole.ADMIN: (
        "Admin",
        "Everything in the project, including members, channels, "
        "credentials, webhooks, billing and settings.",
    ),
    ProjectRole.SUPERVISOR: (
        "Supervisor",
        "Runs the team: sessions and their assignment, "
        "contacts, pipelines, agents, automation and analytics.",
    ),
    ProjectRole.AGENT: (
        "Agent",
        "Works conversations: contacts, notes, sessions, chats, messages and tracking.",
    ),
    ProjectRole.VIEWER: ("Viewer", "Reads the project's data; changes nothing."),
}


def permissions_for(role: ProjectRole) -> frozenset[str]:
    """Every concrete "<resource>:<operation>" the role grants."""
    return expand(DECLARED_PERMISSIONS[role])


def role_grants(role: ProjectRole, needed: str) -> bool:
    return grants(DECLARED_PERMISSIONS[role], needed)


def role_matrix() -> tuple[RoleDefinition, ...]:
    """All project roles, most powerful first, with their expanded permissions."""
    return tuple(
        RoleDefinition(role, *_DESCRIPTIONS[role], permissions_for(role)) for role in ProjectRole
    )
