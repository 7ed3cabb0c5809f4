"""identity's named errors: each is a rule that was broken.

They extend the families of `shared.domain`, which the gRPC edge maps once to
status codes (InvalidArgument → INVALID_ARGUMENT, Unauthenticated → ...).
"""

from __future__ import annotations

from shared.domain import (
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
    PermissionDenied,
    Unauthenticated,
)

# users


class IncorrectPassword(Unauthenticated):
    """Email or password did not match (never says which)."""

    def __init__(self) -> None:
        super().__init__("email or password is incorrect")


class SuspendedUserCannotLogIn(PermissionDenied):
    def __init__(self) -> None:
        super().__init__("the user is suspended")


class OldPasswordMismatch(InvalidArgument):
    def __init__(self) -> None:
        super().__init__(FieldViolation("old_password", "does not match the current password"))


class UserAlreadySuspended(FailedPrecondition):
    pass


class UserNotSuspended(FailedPrecondition):
    """Only a suspended user can be reactivated."""


# projects and members


class ArchivedProjectIsReadOnly(FailedPrecondition):
    pass


class CannotChangeOwnRole(PermissionDenied):
    def __init__(self) -> None:
        super().__init__("members cannot change their own role")


class ProjectNeedsAnAdmin(FailedPrecondition):
    """The change would leave the project without any admin."""


class CannotGrantHigherRole(PermissionDenied):
    """A principal may hand out (to a key or a member) at most its own role."""


# credentials


class InvalidApiKey(Unauthenticated):
    """Not one of our API keys: malformed, or unknown to the project."""

    def __init__(self) -> None:
        super().__init__("the API key is not valid")


class ApiKeyRevoked(Unauthenticated):
    def __init__(self) -> None:
        super().__init__("the API key has been revoked")


class ApiKeyExpired(Unauthenticated):
    def __init__(self) -> None:
        super().__init__("the API key has expired")


class CredentialIsRevoked(FailedPrecondition):
    """A revoked credential (key or secret) is final: no use, rotation or change."""


class SecretExpired(FailedPrecondition):
    """The secret is past its expire_time; rotate it to use it again."""


# billing


class TransitionNotAllowed(FailedPrecondition):
    def __init__(self, kind: str, current: str, target: str) -> None:
        self.kind, self.current, self.target = kind, current, target
        super().__init__(f"a {kind} cannot go from {current} to {target}")


class BillingAccountCannotCreateProject(FailedPrecondition):
    """Only an active account, or a pending one within its trial, funds new projects."""


class PaymentMethodRequired(FailedPrecondition):
    pass


class SubscriptionIsClosed(FailedPrecondition):
    """Canceled and incomplete_expired subscriptions are final."""


class UsagePeriodClosed(FailedPrecondition):
    """Usage outside a meter's period belongs to another meter."""
