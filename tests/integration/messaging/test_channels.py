"""ChannelService (non-import RPCs) and ChannelTypeService."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import grpc
import pytest
from google.protobuf import duration_pb2, field_mask_pb2

from messaging.adapters.channels import ChannelRepository
from messaging.adapters.webhook_routes import find_route
from messaging.bootstrap import Messaging
from messaging.domain.channel_types import ChannelTypeCode, channel_type
from tests.integration.messaging.conftest import Tenant
from ventros.messaging.v1 import (
    channel_pb2,
    channel_service_pb2_grpc,
    channel_type_pb2,
    channel_type_service_pb2_grpc,
)
from ventros.messaging.v1 import channel_service_pb2 as pb
from ventros.messaging.v1 import channel_type_service_pb2 as tpb

pytestmark = pytest.mark.integration
WAHA = channel_type_pb2.CHANNEL_TYPE_CODE_WAHA
TELEGRAM = channel_type_pb2.CHANNEL_TYPE_CODE_TELEGRAM
S = channel_pb2


def stub(channel: grpc.aio.Channel) -> channel_service_pb2_grpc.ChannelServiceStub:
    return channel_service_pb2_grpc.ChannelServiceStub(channel)


def waha_channel(name: str = "Vendas", **extra: object) -> channel_pb2.Channel:
    return channel_pb2.Channel(
        name=name,
        channel_type_code=WAHA,
        waha_config=channel_pb2.WahaConfig(
            base_url="http://127.0.0.1:3000",
            session_name="default",
            api_key_credential_id=str(uuid.uuid4()),
        ),
        **extra,  # type: ignore[arg-type]
    )


async def create(
    messaging_channel: grpc.aio.Channel, tenant: Tenant, msg: channel_pb2.Channel | None = None
) -> pb.CreateChannelResponse:
    return await stub(messaging_channel).CreateChannel(
        pb.CreateChannelRequest(channel=msg or waha_channel()), metadata=tenant.bearer()
    )


async def expect(code: grpc.StatusCode, call: object) -> grpc.aio.AioRpcError:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call  # type: ignore[misc]
    assert caught.value.code() == code, caught.value.details()
    return caught.value


async def test_create_waha_channel_returns_the_webhook_secret_only_once(
    messaging_channel: grpc.aio.Channel, messaging: Messaging, tenant: Tenant
) -> None:
    created = await create(messaging_channel, tenant)

    assert created.webhook_secret
    assert created.channel.status == S.CHANNEL_STATUS_INACTIVE
    assert created.channel.waha_config.webhook_secret == ""
    assert created.channel.waha_config.webhook_secret_set
    assert created.channel.channel_type_id == str(channel_type("waha").id)
    got = await stub(messaging_channel).GetChannel(
        pb.GetChannelRequest(channel_id=created.channel.id), metadata=tenant.bearer()
    )
    assert got.channel.waha_config.webhook_secret == ""
    assert got.channel.waha_config.api_key_credential_id
    route = await find_route(messaging.engine, uuid.UUID(created.channel.id))
    assert route is not None and route.secret == created.webhook_secret
    assert route.project_id == uuid.UUID(tenant.project_id) and route.active


async def test_create_waha_channel_without_waha_config_names_the_field(
    messaging_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    error = await expect(
        grpc.StatusCode.INVALID_ARGUMENT,
        create(messaging_channel, tenant, channel_pb2.Channel(name="x", channel_type_code=WAHA)),
    )
    assert "waha_config" in (error.details() or "")


async def test_create_with_the_same_request_id_returns_the_first_channel(
    messaging_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    request = pb.CreateChannelRequest(channel=waha_channel(), request_id="create-1")
    first = await stub(messaging_channel).CreateChannel(request, metadata=tenant.bearer())
    again = await stub(messaging_channel).CreateChannel(request, metadata=tenant.bearer())
    assert again.channel.id == first.channel.id


async def test_non_waha_channels_are_created_but_provider_operations_are_unimplemented(
    messaging_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    created = await create(
        messaging_channel, tenant, channel_pb2.Channel(name="Bot", channel_type_code=TELEGRAM)
    )
    assert created.webhook_secret == ""
    assert created.channel.channel_type_code == TELEGRAM
    cid = created.channel.id
    error = await expect(
        grpc.StatusCode.UNIMPLEMENTED,
        stub(messaging_channel).ActivateChannel(
            pb.ActivateChannelRequest(channel_id=cid), metadata=tenant.bearer()
        ),
    )
    assert "telegram" in (error.details() or "")
    await expect(
        grpc.StatusCode.UNIMPLEMENTED,
        stub(messaging_channel).RotateChannelWebhookSecret(
            pb.RotateChannelWebhookSecretRequest(channel_id=cid), metadata=tenant.bearer()
        ),
    )


async def test_update_changes_only_masked_fields_and_keeps_the_secret(
    messaging_channel: grpc.aio.Channel, messaging: Messaging, tenant: Tenant
) -> None:
    created = await create(messaging_channel, tenant)
    change = channel_pb2.Channel(
        id=created.channel.id,
        version=created.channel.version,
        name="Suporte",
        description="ignored: not in the mask",
        waha_config=channel_pb2.WahaConfig(base_url="https://waha.example.com"),
        default_session_timeout=duration_pb2.Duration(seconds=600),
    )
    updated = await stub(messaging_channel).UpdateChannel(
        pb.UpdateChannelRequest(
            channel=change,
            update_mask=field_mask_pb2.FieldMask(
                paths=["name", "waha_config.base_url", "default_session_timeout"]
            ),
        ),
        metadata=tenant.bearer(),
    )
    c = updated.channel
    assert (c.name, c.description) == ("Suporte", "")
    assert c.waha_config.base_url == "https://waha.example.com"
    assert c.waha_config.session_name == "default"
    assert c.default_session_timeout.seconds == 600
    assert c.version == created.channel.version + 1
    route = await find_route(messaging.engine, uuid.UUID(c.id))
    assert route is not None and route.secret == created.webhook_secret


async def test_update_with_a_stale_version_is_aborted(
    messaging_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    created = await create(messaging_channel, tenant)
    await expect(
        grpc.StatusCode.ABORTED,
        stub(messaging_channel).UpdateChannel(
            pb.UpdateChannelRequest(
                channel=channel_pb2.Channel(id=created.channel.id, version=99, name="x"),
                update_mask=field_mask_pb2.FieldMask(paths=["name"]),
            ),
            metadata=tenant.bearer(),
        ),
    )


async def test_update_refuses_an_unknown_mask_path(
    messaging_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    created = await create(messaging_channel, tenant)
    error = await expect(
        grpc.StatusCode.INVALID_ARGUMENT,
        stub(messaging_channel).UpdateChannel(
            pb.UpdateChannelRequest(
                channel=channel_pb2.Channel(id=created.channel.id),
                update_mask=field_mask_pb2.FieldMask(paths=["waha_config.webhook_secret"]),
            ),
            metadata=tenant.bearer(),
        ),
    )
    assert "update_mask" in (error.details() or "")


async def test_activate_waits_for_the_provider_and_deactivate_closes_the_ingress(
    messaging_channel: grpc.aio.Channel, messaging: Messaging, tenant: Tenant
) -> None:
    created = await create(messaging_channel, tenant)
    cid = created.channel.id
    activated = await stub(messaging_channel).ActivateChannel(
        pb.ActivateChannelRequest(channel_id=cid, version=created.channel.version),
        metadata=tenant.bearer(),
    )
    assert activated.channel.status == S.CHANNEL_STATUS_ACTIVATING
    route = await find_route(messaging.engine, uuid.UUID(cid))
    assert route is not None and route.active

    deactivated = await stub(messaging_channel).DeactivateChannel(
        pb.DeactivateChannelRequest(channel_id=cid, reason="pause"), metadata=tenant.bearer()
    )
    assert deactivated.channel.status == S.CHANNEL_STATUS_INACTIVE
    route = await find_route(messaging.engine, uuid.UUID(cid))
    assert route is not None and not route.active


async def test_rotate_keeps_the_previous_secret_valid_for_the_grace_period(
    messaging_channel: grpc.aio.Channel, messaging: Messaging, tenant: Tenant
) -> None:
    created = await create(messaging_channel, tenant)
    before = datetime.now(UTC)
    rotated = await stub(messaging_channel).RotateChannelWebhookSecret(
        pb.RotateChannelWebhookSecretRequest(
            channel_id=created.channel.id,
            version=created.channel.version,
            previous_secret_grace_period=duration_pb2.Duration(seconds=3600),
        ),
        metadata=tenant.bearer(),
    )
    assert rotated.webhook_secret and rotated.webhook_secret != created.webhook_secret
    assert rotated.channel.waha_config.webhook_secret == ""
    expire = rotated.previous_secret_expire_time.ToDatetime(tzinfo=UTC)
    assert 3590 < (expire - before).total_seconds() < 3700
    route = await find_route(messaging.engine, uuid.UUID(created.channel.id))
    assert route is not None
    assert route.secrets() == [rotated.webhook_secret, created.webhook_secret]


async def test_rotate_without_a_grace_period_invalidates_the_previous_secret_at_once(
    messaging_channel: grpc.aio.Channel, messaging: Messaging, tenant: Tenant
) -> None:
    created = await create(messaging_channel, tenant)
    rotated = await stub(messaging_channel).RotateChannelWebhookSecret(
        pb.RotateChannelWebhookSecretRequest(channel_id=created.channel.id),
        metadata=tenant.bearer(),
    )
    assert not rotated.HasField("previous_secret_expire_time")
    route = await find_route(messaging.engine, uuid.UUID(created.channel.id))
    assert route is not None and route.secrets() == [rotated.webhook_secret]


async def test_delete_leaves_a_tombstone_hidden_from_lists_and_closes_the_ingress(
    messaging_channel: grpc.aio.Channel, messaging: Messaging, tenant: Tenant
) -> None:
    created = await create(messaging_channel, tenant)
    deleted = await stub(messaging_channel).DeleteChannel(
        pb.DeleteChannelRequest(channel_id=created.channel.id, version=created.channel.version),
        metadata=tenant.bearer(),
    )
    assert deleted.channel.HasField("delete_time")
    listed = await stub(messaging_channel).ListChannels(
        pb.ListChannelsRequest(), metadata=tenant.bearer()
    )
    assert created.channel.id not in [c.id for c in listed.channels]
    shown = await stub(messaging_channel).ListChannels(
        pb.ListChannelsRequest(show_deleted=True), metadata=tenant.bearer()
    )
    assert created.channel.id in [c.id for c in shown.channels]
    route = await find_route(messaging.engine, uuid.UUID(created.channel.id))
    assert route is not None and not route.active
    await expect(
        grpc.StatusCode.FAILED_PRECONDITION,
        stub(messaging_channel).ActivateChannel(
            pb.ActivateChannelRequest(channel_id=created.channel.id), metadata=tenant.bearer()
        ),
    )


async def test_list_filters_by_status_type_and_name_and_pages(
    messaging_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    a = await create(messaging_channel, tenant, waha_channel("Vendas SP"))
    await create(messaging_channel, tenant, waha_channel("Suporte"))
    await create(
        messaging_channel, tenant, channel_pb2.Channel(name="Tg", channel_type_code=TELEGRAM)
    )
    await stub(messaging_channel).ActivateChannel(
        pb.ActivateChannelRequest(channel_id=a.channel.id), metadata=tenant.bearer()
    )
    s = stub(messaging_channel)
    by_status = await s.ListChannels(
        pb.ListChannelsRequest(status=S.CHANNEL_STATUS_ACTIVATING), metadata=tenant.bearer()
    )
    assert [c.id for c in by_status.channels] == [a.channel.id]
    by_type = await s.ListChannels(
        pb.ListChannelsRequest(channel_type_code=TELEGRAM), metadata=tenant.bearer()
    )
    assert [c.name for c in by_type.channels] == ["Tg"]
    by_name = await s.ListChannels(pb.ListChannelsRequest(query="vendas"), metadata=tenant.bearer())
    assert [c.id for c in by_name.channels] == [a.channel.id]
    first = await s.ListChannels(
        pb.ListChannelsRequest(page_size=2, order_by="name"), metadata=tenant.bearer()
    )
    second = await s.ListChannels(
        pb.ListChannelsRequest(page_size=2, order_by="name", page_token=first.next_page_token),
        metadata=tenant.bearer(),
    )
    assert [c.name for c in [*first.channels, *second.channels]] == ["Suporte", "Tg", "Vendas SP"]
    assert first.total_size == 3 and second.next_page_token == ""


async def test_list_channel_labels_returns_the_synchronised_labels(
    messaging_channel: grpc.aio.Channel, messaging: Messaging, tenant: Tenant
) -> None:
    created = await create(messaging_channel, tenant)
    project = uuid.UUID(tenant.project_id)
    async with messaging.unit_of_work(project_id=project) as uow:
        repo = uow.repository(ChannelRepository)
        channel = await repo.get(uuid.UUID(created.channel.id), for_update=True)
        channel.upsert_label("1", "Novo cliente", color=1, color_hex="#ff9485")
        channel.upsert_label("2", "Aguardando", color=2)
        await repo.save(channel)
        await uow.commit()
    labels = await stub(messaging_channel).ListChannelLabels(
        pb.ListChannelLabelsRequest(channel_id=created.channel.id), metadata=tenant.bearer()
    )
    assert [(x.id, x.name) for x in labels.labels] == [("2", "Aguardando"), ("1", "Novo cliente")]
    assert labels.labels[1].color_hex == "#ff9485" and labels.total_size == 2


async def test_channels_of_another_project_are_invisible(
    messaging_channel: grpc.aio.Channel, tenant: Tenant, other_tenant: Tenant
) -> None:
    created = await create(messaging_channel, tenant)
    cid, s, theirs = created.channel.id, stub(messaging_channel), other_tenant.bearer()
    calls = [
        s.GetChannel(pb.GetChannelRequest(channel_id=cid), metadata=theirs),
        s.UpdateChannel(
            pb.UpdateChannelRequest(
                channel=channel_pb2.Channel(id=cid, name="x"),
                update_mask=field_mask_pb2.FieldMask(paths=["name"]),
            ),
            metadata=theirs,
        ),
        s.DeleteChannel(pb.DeleteChannelRequest(channel_id=cid), metadata=theirs),
        s.ActivateChannel(pb.ActivateChannelRequest(channel_id=cid), metadata=theirs),
        s.DeactivateChannel(pb.DeactivateChannelRequest(channel_id=cid), metadata=theirs),
        s.RotateChannelWebhookSecret(
            pb.RotateChannelWebhookSecretRequest(channel_id=cid), metadata=theirs
        ),
        s.ListChannelLabels(pb.ListChannelLabelsRequest(channel_id=cid), metadata=theirs),
    ]
    for call in calls:
        await expect(grpc.StatusCode.NOT_FOUND, call)
    listed = await s.ListChannels(pb.ListChannelsRequest(show_deleted=True), metadata=theirs)
    assert listed.channels == []
    mine = await s.GetChannel(pb.GetChannelRequest(channel_id=cid), metadata=tenant.bearer())
    assert mine.channel.name == "Vendas" and mine.channel.version == created.channel.version


async def test_channel_types_are_listed_and_read_by_id(
    messaging_channel: grpc.aio.Channel, tenant: Tenant, other_tenant: Tenant
) -> None:
    s = channel_type_service_pb2_grpc.ChannelTypeServiceStub(messaging_channel)
    listed = await s.ListChannelTypes(tpb.ListChannelTypesRequest(), metadata=tenant.bearer())
    assert len(listed.channel_types) == 5 and listed.total_size == 5
    active = await s.ListChannelTypes(
        tpb.ListChannelTypesRequest(active_only=True), metadata=other_tenant.bearer()
    )
    assert [t.code for t in active.channel_types] == [WAHA]
    waha = channel_type(ChannelTypeCode.WAHA)
    got = await s.GetChannelType(
        tpb.GetChannelTypeRequest(channel_type_id=str(waha.id)), metadata=tenant.bearer()
    )
    assert got.channel_type.capabilities.history_import
    assert got.channel_type.capabilities.max_text_length == 65536
    await expect(
        grpc.StatusCode.NOT_FOUND,
        s.GetChannelType(
            tpb.GetChannelTypeRequest(channel_type_id=str(uuid.uuid4())), metadata=tenant.bearer()
        ),
    )
    await expect(
        grpc.StatusCode.INVALID_ARGUMENT,
        s.GetChannelType(tpb.GetChannelTypeRequest(channel_type_id="x"), metadata=tenant.bearer()),
    )
