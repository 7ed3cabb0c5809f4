import dataclasses
import uuid

import pytest

from identity.domain.events import ALL_EVENTS, UserSuspended
from ventros.common.v1 import options_pb2
from ventros.identity.v1 import events_pb2

CONTRACT = {
    message.name: message.GetOptions().Extensions[options_pb2.event_routing_key]
    for message in events_pb2.DESCRIPTOR.message_types_by_name.values()
}


def test_every_contracted_event_has_a_domain_event_of_the_same_name_and_key() -> None:
    assert {event.__name__: event.routing_key for event in ALL_EVENTS} == CONTRACT


def test_the_requested_routing_keys_are_all_present() -> None:
    requested = {
        "identity.user.registered",
        "identity.user.suspended",
        "identity.user.password_changed",
        "identity.project.created",
        "identity.project.updated",
        "identity.project.archived",
        "identity.member.added",
        "identity.member.role_changed",
        "identity.member.removed",
        "identity.credential.created",
        "identity.credential.rotated",
        "identity.credential.revoked",
        "identity.credential.used",
        "identity.credential.expired",
        "identity.billing_account.created",
        "identity.billing_account.activated",
        "identity.billing_account.suspended",
        "identity.subscription.created",
        "identity.subscription.updated",
        "identity.invoice.created",
        "identity.invoice.paid",
        "identity.usage.recorded",
    }
    assert requested <= {event.routing_key for event in ALL_EVENTS}


def test_events_are_immutable() -> None:
    event = UserSuspended(aggregate_id=uuid.uuid4(), project_id=None, reason="x", project_ids=())
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.reason = "y"  # type: ignore[misc]
