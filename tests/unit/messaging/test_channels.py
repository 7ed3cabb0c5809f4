from datetime import timedelta

import pytest

from messaging.domain import errors
from messaging.domain.channel_config import TRANSITIONS, ChannelStatus, WahaConfig
from messaging.domain.channel_types import CHANNEL_TYPES, ChannelTypeCode, channel_type
from messaging.domain.channels import Channel
from messaging.domain.events import (
    ChannelActivated,
    ChannelCreated,
    ChannelDeactivated,
    ChannelLabelDeleted,
    ChannelLabelUpserted,
    ChannelStatusChanged,
    ChannelUpdated,
)
from shared.domain import InvalidArgument
from tests.unit.messaging.builders import PROJECT, T0, at, waha_channel

S = ChannelStatus


def test_channel_types_cover_the_contract_codes() -> None:
    assert set(CHANNEL_TYPES) == set(ChannelTypeCode)
    waha = channel_type("waha").capabilities
    assert waha.groups and waha.labels and waha.history_import and waha.reactions


def test_channel_type_ids_are_stable() -> None:
    assert channel_type("waha").id == channel_type(ChannelTypeCode.WAHA).id


def test_new_waha_channel_is_inactive_with_a_secret_never_published() -> None:
    c = waha_channel()
    assert c.status == S.INACTIVE and c.waha_config.webhook_secret_set
    (event,) = c.collect_events()
    assert isinstance(event, ChannelCreated)
    assert event.channel.waha_config.webhook_secret == ""
    assert c.waha_config.webhook_secret  # the aggregate keeps it for HMAC checks


def test_waha_channel_needs_its_config() -> None:
    with pytest.raises(InvalidArgument):
        Channel.create(project_id=PROJECT, name="x", channel_type_code="waha")


@pytest.mark.parametrize(
    ("waha", "expected"),
    [
        ("WORKING", S.ACTIVE),
        ("STARTING", S.ACTIVATING),
        ("SCAN_QR_CODE", S.ACTIVATING),
        ("FAILED", S.ERROR),
        ("STOPPED", S.INACTIVE),
    ],
)
@pytest.mark.parametrize("start", [S.INACTIVE, S.ACTIVATING, S.ACTIVE, S.ERROR])
def test_channel_follows_waha_session_status(start, waha, expected) -> None:
    c = waha_channel()
    c.status = start
    c.collect_events()
    changed = c.follow_waha_status(waha, at=at(1))
    assert c.status == expected and changed is (start != expected)
    assert c.waha_config.session_status == waha.lower()
    if changed:
        assert isinstance(c.collect_events()[0], ChannelStatusChanged)


def test_working_records_activated_and_stopped_records_deactivated() -> None:
    c = waha_channel()
    c.collect_events()
    c.follow_waha_status("WORKING", at=at(1))
    c.follow_waha_status("STOPPED", at=at(2))
    kinds = [type(e) for e in c.collect_events()]
    assert kinds == [
        ChannelStatusChanged,
        ChannelActivated,
        ChannelStatusChanged,
        ChannelDeactivated,
    ]


def test_an_older_waha_status_arriving_late_is_ignored() -> None:
    c = waha_channel()
    c.follow_waha_status("WORKING", at=at(5))
    assert not c.follow_waha_status("STARTING", at=at(4))
    assert c.status == S.ACTIVE


@pytest.mark.parametrize(
    ("start", "wanted"),
    [(a, b) for a in S for b in S if a != b],
)
def test_transition_table(start, wanted) -> None:
    c = waha_channel()
    c.status = start
    if wanted in TRANSITIONS[start]:
        assert c.change_status(wanted)
    else:
        with pytest.raises(errors.InvalidTransition):
            c.change_status(wanted)


def test_update_reports_only_real_changes_and_validates_timeout() -> None:
    c = waha_channel()
    c.collect_events()
    assert c.update({"name": "Sales", "allow_groups": True}) == ("allow_groups",)
    assert c.update({"default_session_timeout": 45}) == ("default_session_timeout",)
    assert c.default_session_timeout == timedelta(minutes=45)
    assert all(isinstance(e, ChannelUpdated) for e in c.collect_events())
    for bad in (0, 1441):
        with pytest.raises(InvalidArgument):
            c.update({"default_session_timeout": bad})
    with pytest.raises(InvalidArgument):
        c.update({"debounce_timeout": timedelta(minutes=6)})


def test_rotate_webhook_secret_returns_a_new_one_once() -> None:
    c = waha_channel()
    old = c.waha_config.webhook_secret
    c.collect_events()
    secret = c.rotate_webhook_secret(now=at(1))
    assert secret != old and c.waha_config.webhook_secret == secret
    assert c.waha_config.webhook_secret_rotate_time == at(1)
    (event,) = c.collect_events()
    assert event.channel.waha_config.webhook_secret == ""


def test_labels_upsert_and_delete_from_waha_events() -> None:
    c = waha_channel()
    c.collect_events()
    assert c.upsert_label("1", "New customer", color=13, color_hex="#f74848")
    assert not c.upsert_label("1", "New customer", color=13, color_hex="#f74848")
    assert c.upsert_label("1", "Customer", color=13, color_hex="#f74848")
    assert [x.name for x in c.labels] == ["Customer"]
    assert c.delete_label("1") and not c.delete_label("1")
    kinds = [type(e) for e in c.collect_events()]
    assert kinds == [ChannelLabelUpserted, ChannelLabelUpserted, ChannelLabelDeleted]


def test_deleted_channel_is_read_only() -> None:
    c = waha_channel()
    c.delete(now=T0)
    with pytest.raises(errors.ChannelIsDeleted):
        c.update({"name": "x"})


def test_updating_waha_config_keeps_the_secret_and_provider_state() -> None:
    c = waha_channel()
    secret = c.waha_config.webhook_secret
    c.follow_waha_status("WORKING", at=at(1))
    new = WahaConfig(base_url="https://waha.example", session_name="sales")
    assert c.update({"waha_config": new}) == ("waha_config",)
    assert c.waha_config.webhook_secret == secret
    assert c.waha_config.session_status == "working"
    assert c.waha_config.base_url == "https://waha.example"
