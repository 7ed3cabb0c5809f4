"""crm's named errors: each is a rule that was broken.

They extend the families of `shared.domain`, which the gRPC edge maps once to
status codes (InvalidArgument → INVALID_ARGUMENT, FailedPrecondition → ...).
"""

from __future__ import annotations

import uuid

from shared.domain import AlreadyExists, FailedPrecondition, FieldViolation, InvalidArgument

# contacts


class ContactIsDeleted(FailedPrecondition):
    """A soft-deleted contact is read-only until it is restored."""

    def __init__(self, contact_id: uuid.UUID) -> None:
        super().__init__(f"contact {contact_id} is deleted; restore it first")


class ContactWasMerged(FailedPrecondition):
    """A merged contact is a tombstone: work on its survivor instead."""

    def __init__(self, contact_id: uuid.UUID, survivor_id: uuid.UUID) -> None:
        self.survivor_id = survivor_id
        super().__init__(f"contact {contact_id} was merged into {survivor_id}")


class ContactNotDeleted(FailedPrecondition):
    """Only a soft-deleted contact can be restored."""


class CannotMergeIntoItself(InvalidArgument):
    def __init__(self) -> None:
        super().__init__(FieldViolation("merged_contact_id", "must differ from contact_id"))


class MergeSurvivorUnavailable(FailedPrecondition):
    """The survivor of a merge must be live: neither deleted nor merged itself."""


# contact lists


class ContactListIsDeleted(FailedPrecondition):
    pass


class MembersAreComputed(FailedPrecondition):
    """A dynamic list's members come from its rules; they are not added by hand."""

    def __init__(self) -> None:
        super().__init__("members of a dynamic list come from its filter rules")


# notes


class NoteIsDeleted(FailedPrecondition):
    pass


# pipelines


class PipelineIsDeleted(FailedPrecondition):
    pass


class PipelineIsInactive(FailedPrecondition):
    """Inactive pipelines accept no status changes."""


class PipelineStatusIsInactive(FailedPrecondition):
    """Inactive statuses cannot be entered."""


class DuplicateStatusName(AlreadyExists):
    """Status names are unique in a pipeline, ignoring case."""

    def __init__(self, name: str) -> None:
        super().__init__("pipeline status", name)


class StatusHasContacts(FailedPrecondition):
    """A status with contacts in it is removed only with a replacement to move them to."""


# automation rules


class AutomationRuleIsDeleted(FailedPrecondition):
    pass
