"""The ContactList aggregate: a static (hand-picked) or dynamic (rule-based) set of contacts.

Members are rows the repository keeps, not part of the aggregate: the list
counts them and records who joined or left, in events of at most 1000 ids.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Set
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from crm.domain import errors
from crm.domain.base import VersionedAggregate
from crm.domain.events import (
    ContactListCreated,
    ContactListDeleted,
    ContactListMembersAdded,
    ContactListMembersRemoved,
    ContactListRecalculated,
    ContactListUpdated,
)
from crm.domain.list_rules import FilterRule, filter_rule
from crm.domain.masks import masked_changes
from crm.domain.operators import LogicalOperator, logical_operator_of
from crm.domain.values import optional_text, required_text
from shared.domain import DomainEvent, InvalidArgument, new_id, utcnow

MAX_DESCRIPTION_LENGTH = 2000
MAX_RULES = 50
MAX_MEMBERS_PER_CALL = 1000
EVENT_BATCH = 1000


class ContactListType(StrEnum):
    STATIC = "static"
    DYNAMIC = "dynamic"


@dataclass(eq=False, kw_only=True)
class ContactList(VersionedAggregate):
    name: str
    description: str = ""
    type: ContactListType
    logical_operator: LogicalOperator = LogicalOperator.AND
    filter_rules: tuple[FilterRule, ...] = ()
    member_count: int = 0
    last_calculate_time: datetime | None = None
    delete_time: datetime | None = None

    @classmethod
    def create(
        cls,
        *,
        project_id: uuid.UUID,
        name: str,
        type: ContactListType | str,
        description: str = "",
        logical_operator: LogicalOperator | str = "and",
        filter_rules: Iterable[FilterRule | Mapping[str, Any]] = (),
        id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> ContactList:
        moment = now or utcnow()
        try:
            kind = ContactListType(type)
        except ValueError:
            raise InvalidArgument.field("type", "must be static or dynamic") from None
        contact_list = cls(
            id=id or new_id(),
            project_id=project_id,
            type=kind,
            create_time=moment,
            update_time=moment,
            **_fields(
                kind,
                {
                    "name": name,
                    "description": description,
                    "logical_operator": logical_operator,
                    "filter_rules": filter_rules,
                },
            ),
        )
        contact_list.record(
            ContactListCreated(
                **contact_list._envelope(moment), contact_list=contact_list.snapshot()
            )
        )
        return contact_list

    def update(
        self,
        changes: Mapping[str, Any],
        mask: Iterable[str] | None = None,
        *,
        now: datetime | None = None,
    ) -> tuple[str, ...]:
        """Change name, description, logical_operator or filter_rules (type is fixed)."""
        self._check_live()
        wanted = _fields(self.type, masked_changes(changes, mask, _SETTABLE, immutable=("type",)))
        changed, moment = self._apply_changes(wanted, now)
        if moment is not None:
            self.record(
                ContactListUpdated(
                    **self._envelope(moment), contact_list=self.snapshot(), changed_fields=changed
                )
            )
        return changed

    def delete(self, *, now: datetime | None = None) -> None:
        self._check_live()
        moment = self._touch(now)
        self.delete_time = moment
        self.record(
            ContactListDeleted(**self._envelope(moment), contact_list_id=self.id, name=self.name)
        )

    def add_members(
        self,
        contact_ids: Iterable[uuid.UUID],
        *,
        already_members: Set[uuid.UUID] = frozenset(),
        now: datetime | None = None,
    ) -> tuple[uuid.UUID, ...]:
        """Add to a static list; returns the contacts that were not members yet."""
        wanted = self._hand_picked(contact_ids)
        added = tuple(c for c in wanted if c not in already_members)
        if added:
            moment = self._touch(now)
            self.member_count += len(added)
            self._record_batches(ContactListMembersAdded, added, moment)
        return added

    def remove_members(
        self,
        contact_ids: Iterable[uuid.UUID],
        *,
        current_members: Set[uuid.UUID],
        now: datetime | None = None,
    ) -> tuple[uuid.UUID, ...]:
        """Remove from a static list; returns the contacts that really were members."""
        removed = tuple(c for c in self._hand_picked(contact_ids) if c in current_members)
        if removed:
            moment = self._touch(now)
            self.member_count = max(0, self.member_count - len(removed))
            self._record_batches(ContactListMembersRemoved, removed, moment)
        return removed

    def recalculated(
        self,
        member_count: int,
        *,
        joined: Iterable[uuid.UUID] = (),
        left: Iterable[uuid.UUID] = (),
        now: datetime | None = None,
    ) -> None:
        """Record a fresh count and, for dynamic lists, who started or stopped matching."""
        self._check_live()
        if member_count < 0:
            raise InvalidArgument.field("member_count", "must not be negative")
        moment, previous = self._touch(now), self.member_count
        self.member_count, self.last_calculate_time = member_count, moment
        self._record_batches(ContactListMembersAdded, tuple(joined), moment)
        self._record_batches(ContactListMembersRemoved, tuple(left), moment)
        self.record(
            ContactListRecalculated(
                **self._envelope(moment),
                contact_list_id=self.id,
                previous_member_count=previous,
                member_count=member_count,
                calculate_time=moment,
            )
        )

    def _hand_picked(self, contact_ids: Iterable[uuid.UUID]) -> tuple[uuid.UUID, ...]:
        self._check_live()
        if self.type is ContactListType.DYNAMIC:
            raise errors.MembersAreComputed()
        unique = tuple(dict.fromkeys(contact_ids))
        if not unique or len(unique) > MAX_MEMBERS_PER_CALL:
            raise InvalidArgument.field(
                "contact_ids", f"must name 1 to {MAX_MEMBERS_PER_CALL} contacts"
            )
        return unique

    def _record_batches(
        self, kind: Callable[..., DomainEvent], ids: tuple[uuid.UUID, ...], moment: datetime
    ) -> None:
        for start in range(0, len(ids), EVENT_BATCH):
            self.record(
                kind(
                    **self._envelope(moment),
                    contact_list_id=self.id,
                    contact_ids=ids[start : start + EVENT_BATCH],
                    member_count=self.member_count,
                )
            )

    def _check_live(self) -> None:
        if self.delete_time is not None:
            raise errors.ContactListIsDeleted(f"contact list {self.id} is deleted")


_SETTABLE = ("name", "description", "logical_operator", "filter_rules")


def _fields(kind: ContactListType, given: Mapping[str, Any]) -> dict[str, Any]:
    """Validated values of the settable fields present in `given`."""
    checks: dict[str, Callable[[Any], Any]] = {
        "name": lambda v: required_text(v or "", "name"),
        "description": lambda v: optional_text(v, "description", MAX_DESCRIPTION_LENGTH),
        "logical_operator": lambda v: logical_operator_of(v, "logical_operator"),
        "filter_rules": lambda v: _rules(kind, v or ()),
    }
    return {key: checks[key](value) for key, value in given.items()}


def _rules(
    kind: ContactListType,
    rules: Iterable[FilterRule | Mapping[str, Any]],
) -> tuple[FilterRule, ...]:
    checked = tuple(filter_rule(i, rule) for i, rule in enumerate(rules))
    if kind is ContactListType.STATIC and checked:
        raise InvalidArgument.field("filter_rules", "a static list has no filter rules")
    if kind is ContactListType.DYNAMIC and not checked:
        raise InvalidArgument.field("filter_rules", "a dynamic list needs at least one rule")
    if len(checked) > MAX_RULES:
        raise InvalidArgument.field("filter_rules", f"a list has at most {MAX_RULES} rules")
    return checked
