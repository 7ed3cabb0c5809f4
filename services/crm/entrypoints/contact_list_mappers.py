"""Contact lists between the contract and the domain."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from google.protobuf import json_format

from crm.domain.contact_lists import ContactList
from crm.domain.contacts import Contact
from crm.domain.list_rules import FilterRule
from crm.entrypoints.contact_mappers import contact
from shared.domain import FieldViolation, InvalidArgument
from shared.protomap import enum_value, fill
from ventros.common.v1 import types_pb2
from ventros.crm.v1 import contact_list_pb2 as pb

SETTABLE = ("name", "description", "logical_operator", "filter_rules")
# Domain field names that are fields of the request's `contact_list`.
_LIST_FIELDS = {*SETTABLE, "type"}


def contact_list(c: ContactList) -> pb.ContactList:
    return fill(pb.ContactList(), c, filter_rules=[filter_rule(r) for r in c.filter_rules])


def filter_rule(rule: FilterRule) -> pb.ContactListFilterRule:
    return fill(pb.ContactListFilterRule(), rule)


def member(contact_list_id: Any, found: Contact, add_time: datetime | None) -> pb.ContactListMember:
    return fill(
        pb.ContactListMember(),
        contact_list_id=contact_list_id,
        contact_id=found.id,
        add_time=add_time,
        contact=contact(found),
    )


def rule_fields(rule: pb.ContactListFilterRule) -> dict[str, Any]:
    """A request's rule as the domain reads it (the domain checks every part)."""
    return {
        "id": rule.id or None,
        "rule_type": enum_value(pb.ContactListRuleType.DESCRIPTOR, rule.rule_type),
        "field_key": rule.field_key,
        "field_type": enum_value(types_pb2.CustomFieldType.DESCRIPTOR, rule.field_type) or None,
        "operator": enum_value(pb.ContactListFilterOperator.DESCRIPTOR, rule.operator),
        "value": json_format.MessageToDict(rule.value) if rule.HasField("value") else None,
        "pipeline_id": rule.pipeline_id or None,
    }


def contact_list_fields(message: pb.ContactList, paths: set[str] | None = None) -> dict[str, Any]:
    """The settable fields a request's ContactList carries (all, or those in `paths`)."""
    fields: dict[str, Any] = {}
    for name in SETTABLE:
        if paths is not None and name not in paths:
            continue
        if name == "filter_rules":
            fields[name] = [rule_fields(r) for r in message.filter_rules]
        elif name == "logical_operator":
            fields[name] = enum_value(
                pb.ContactListLogicalOperator.DESCRIPTOR, message.logical_operator
            )
        else:
            fields[name] = getattr(message, name)
    return fields


def list_type(message: pb.ContactList) -> str:
    return enum_value(pb.ContactListType.DESCRIPTOR, message.type)


@contextmanager
def request_fields(prefix: str) -> Iterator[None]:
    """Name the request's field in violations the domain reports on list fields."""
    try:
        yield
    except InvalidArgument as error:
        violations = [
            FieldViolation(f"{prefix}.{v.field}", v.description)
            if v.field.split(".")[0].split("[")[0] in _LIST_FIELDS
            else v
            for v in error.violations
        ]
        raise InvalidArgument(*violations) from None
