"""TrackingService over a real channel, authenticated by the real identity service."""

from __future__ import annotations

import asyncio
import uuid

import grpc
import pytest
from google.protobuf import struct_pb2, timestamp_pb2

from crm import bootstrap
from crm.adapters.trackings import TrackingRepository
from crm.domain.tracking import Attribution, Tracking, TrackingSource
from crm.domain.tracking_codes import MAX_CODE, decode_code
from identity.bootstrap import Identity
from identity.domain.roles import DECLARED_PERMISSIONS, ProjectRole
from shared.context import Principal
from shared.grpc_errors import field_violations
from tests.integration.crm.conftest import Tenant
from ventros.common.v1 import types_pb2
from ventros.crm.v1 import (
    contact_pb2,
    contact_service_pb2,
    contact_service_pb2_grpc,
    tracking_pb2,
    tracking_service_pb2_grpc,
)
from ventros.crm.v1 import tracking_service_pb2 as pb

pytestmark = pytest.mark.integration
Stub = tracking_service_pb2_grpc.TrackingServiceStub
AD_URL = (
    "https://fb.me/fake-ad-0001?utm_source=instagram&utm_medium=paid_social"
    "&utm_campaign=plano_anual_30off"
)


@pytest.fixture
def trackings(crm_channel: grpc.aio.Channel) -> Stub:
    return Stub(crm_channel)


async def new_contact(channel: grpc.aio.Channel, tenant: Tenant, name: str = "Marina") -> str:
    stub = contact_service_pb2_grpc.ContactServiceStub(channel)
    phone = f"+55 11 9{uuid.uuid4().int % 10**8:08d}"
    made = await stub.CreateContact(
        contact_service_pb2.CreateContactRequest(
            contact=contact_pb2.Contact(name=name, phone=types_pb2.PhoneNumber(raw=phone)),
        ),
        metadata=tenant.bearer(),
    )
    return made.contact.id


def ad_tracking(contact_id: str, **fields: object) -> tracking_pb2.Tracking:
    values: dict[str, object] = {
        "contact_id": contact_id,
        "source": tracking_pb2.TRACKING_SOURCE_META_ADS,
        "platform": tracking_pb2.TRACKING_PLATFORM_INSTAGRAM,
        "ad_id": "120210000000000001",
        "ad_url": AD_URL,
    }
    values.update(fields)
    return tracking_pb2.Tracking(**values)  # type: ignore[arg-type]


async def create(
    stub: Stub, tenant: Tenant, tracking: tracking_pb2.Tracking, request_id: str = ""
) -> pb.CreateTrackingResponse:
    return await stub.CreateTracking(
        pb.CreateTrackingRequest(tracking=tracking, request_id=request_id),
        metadata=tenant.bearer(),
    )


async def failure(call) -> grpc.aio.AioRpcError:  # type: ignore[no-untyped-def]
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value


def viewer_token(identity: Identity, tenant: Tenant) -> str:
    principal = Principal(
        subject=tenant.user_id,
        kind="user",
        project_id=uuid.UUID(tenant.project_id),
        role=ProjectRole.VIEWER.value,
        permissions=DECLARED_PERMISSIONS[ProjectRole.VIEWER],
        user_id=uuid.UUID(tenant.user_id),
    )
    return identity.issuer.issue(principal).token


# CreateTracking


async def test_a_tracking_is_created_with_a_code_and_utm_filled_from_the_ad_url(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    contact_id = await new_contact(crm_channel, tenant)
    metadata = struct_pb2.Struct()
    metadata.update({"title": "Plano Anual com 30% OFF"})
    answer = await create(
        trackings, tenant, ad_tracking(contact_id, click_id="clid-1", metadata=metadata)
    )
    made = answer.tracking
    assert answer.created and made.id and made.version == 1
    assert (made.project_id, made.contact_id) == (tenant.project_id, contact_id)
    assert (made.utm_source, made.utm_medium, made.utm_campaign) == (
        "instagram",
        "paid_social",
        "plano_anual_30off",
    )
    assert 0 <= made.code <= MAX_CODE
    assert made.metadata["title"] == "Plano Anual com 30% OFF"
    assert made.source == tracking_pb2.TRACKING_SOURCE_META_ADS


async def test_given_utm_fields_are_kept_over_the_ad_url(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    contact_id = await new_contact(crm_channel, tenant)
    made = (await create(trackings, tenant, ad_tracking(contact_id, utm_source="fb"))).tracking
    assert (made.utm_source, made.utm_campaign) == ("fb", "plano_anual_30off")


async def test_a_known_click_id_returns_the_existing_tracking_with_created_false(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    contact_id = await new_contact(crm_channel, tenant)
    first = await create(trackings, tenant, ad_tracking(contact_id, click_id="clid-dup"))
    again = await create(
        trackings, tenant, ad_tracking(contact_id, click_id="clid-dup", campaign="other")
    )
    assert again.created is False
    assert again.tracking == first.tracking


async def test_concurrent_creations_with_one_click_id_make_one_tracking(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    contact_id = await new_contact(crm_channel, tenant)
    answers = await asyncio.gather(
        *(
            create(trackings, tenant, ad_tracking(contact_id, click_id="clid-race"))
            for _ in range(8)
        )
    )
    assert len({a.tracking.id for a in answers}) == 1
    assert sum(a.created for a in answers) == 1


async def test_the_same_click_id_in_another_project_is_another_tracking(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant, other_tenant: Tenant
) -> None:
    ours = await create(
        trackings, tenant, ad_tracking(await new_contact(crm_channel, tenant), click_id="c-x")
    )
    theirs = await create(
        trackings,
        other_tenant,
        ad_tracking(await new_contact(crm_channel, other_tenant), click_id="c-x"),
    )
    assert theirs.created and theirs.tracking.id != ours.tracking.id


async def test_a_retry_with_the_same_request_id_returns_the_first_tracking(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    contact_id = await new_contact(crm_channel, tenant)
    first = await create(trackings, tenant, ad_tracking(contact_id), request_id="req-1")
    again = await create(trackings, tenant, ad_tracking(contact_id), request_id="req-1")
    assert again.tracking == first.tracking
    listed = await trackings.ListTrackings(
        pb.ListTrackingsRequest(contact_id=contact_id), metadata=tenant.bearer()
    )
    assert [t.id for t in listed.trackings] == [first.tracking.id]


async def test_twenty_concurrent_creations_get_twenty_distinct_codes(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    contact_id = await new_contact(crm_channel, tenant)
    answers = await asyncio.gather(
        *(create(trackings, tenant, ad_tracking(contact_id)) for _ in range(20))
    )
    assert all(a.created for a in answers)
    assert len({a.tracking.id for a in answers}) == 20
    assert len({a.tracking.code for a in answers}) == 20


async def test_the_last_free_codes_go_to_concurrent_creations_then_it_is_failed_precondition(
    trackings: Stub, crm_channel: grpc.aio.Channel, crm: bootstrap.Crm, tenant: Tenant
) -> None:
    contact_id = await new_contact(crm_channel, tenant)
    project = uuid.UUID(tenant.project_id)
    spared = set(range(1000, 2000, 50))  # 20 free codes for 20 racing creations
    async with crm.unit_of_work(project_id=project) as uow:
        repository = uow.repository(TrackingRepository)
        for code in set(range(MAX_CODE + 1)) - spared:
            await repository.add(
                Tracking.create(
                    project_id=project,
                    contact_id=uuid.UUID(contact_id),
                    attribution=Attribution(source=TrackingSource.DIRECT),
                    code=code,
                )
            )
        await uow.commit()
    answers = await asyncio.gather(
        *(create(trackings, tenant, ad_tracking(contact_id)) for _ in range(len(spared)))
    )
    assert {a.tracking.code for a in answers} == spared
    error = await failure(create(trackings, tenant, ad_tracking(contact_id)))
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_a_missing_contact_id_is_invalid_argument_naming_the_field(
    trackings: Stub, tenant: Tenant
) -> None:
    error = await failure(create(trackings, tenant, ad_tracking("")))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "tracking.contact_id" in field_violations(error)


async def test_a_missing_source_is_invalid_argument_naming_the_field(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    contact_id = await new_contact(crm_channel, tenant)
    error = await failure(
        create(
            trackings,
            tenant,
            ad_tracking(contact_id, source=tracking_pb2.TRACKING_SOURCE_UNSPECIFIED),
        )
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "tracking.source" in field_violations(error)


async def test_a_malformed_ad_url_is_invalid_argument_naming_the_field(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    contact_id = await new_contact(crm_channel, tenant)
    error = await failure(create(trackings, tenant, ad_tracking(contact_id, ad_url="not a url")))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "tracking.ad_url" in field_violations(error)


async def test_an_unknown_contact_is_not_found(trackings: Stub, tenant: Tenant) -> None:
    error = await failure(create(trackings, tenant, ad_tracking(str(uuid.uuid4()))))
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_a_contact_of_another_project_is_not_found(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant, other_tenant: Tenant
) -> None:
    theirs = await new_contact(crm_channel, other_tenant)
    error = await failure(create(trackings, tenant, ad_tracking(theirs)))
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_a_viewer_cannot_create_a_tracking_but_can_read_them(
    trackings: Stub, crm_channel: grpc.aio.Channel, identity: Identity, tenant: Tenant
) -> None:
    contact_id = await new_contact(crm_channel, tenant)
    made = (await create(trackings, tenant, ad_tracking(contact_id))).tracking
    viewer = tenant.bearer(viewer_token(identity, tenant))
    error = await failure(
        trackings.CreateTracking(
            pb.CreateTrackingRequest(tracking=ad_tracking(contact_id)), metadata=viewer
        )
    )
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    got = await trackings.GetTracking(pb.GetTrackingRequest(tracking_id=made.id), metadata=viewer)
    assert got.tracking.id == made.id


# GetTracking


async def test_get_returns_the_stored_tracking(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    contact_id = await new_contact(crm_channel, tenant)
    session_id = str(uuid.uuid4())
    made = (
        await create(trackings, tenant, ad_tracking(contact_id, session_id=session_id))
    ).tracking
    got = await trackings.GetTracking(
        pb.GetTrackingRequest(tracking_id=made.id), metadata=tenant.bearer(tenant.api_key)
    )
    assert got.tracking == made
    assert got.tracking.session_id == session_id


async def test_get_with_a_malformed_id_is_invalid_argument(trackings: Stub, tenant: Tenant) -> None:
    error = await failure(
        trackings.GetTracking(pb.GetTrackingRequest(tracking_id="nope"), metadata=tenant.bearer())
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "tracking_id" in field_violations(error)


async def test_get_of_an_unknown_tracking_is_not_found(trackings: Stub, tenant: Tenant) -> None:
    error = await failure(
        trackings.GetTracking(
            pb.GetTrackingRequest(tracking_id=str(uuid.uuid4())), metadata=tenant.bearer()
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_another_project_cannot_get_the_tracking(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant, other_tenant: Tenant
) -> None:
    made = (
        await create(trackings, tenant, ad_tracking(await new_contact(crm_channel, tenant)))
    ).tracking
    error = await failure(
        trackings.GetTracking(
            pb.GetTrackingRequest(tracking_id=made.id), metadata=other_tenant.bearer()
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


# ListTrackings


async def test_a_contacts_trackings_are_listed_newest_first(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    mine = await new_contact(crm_channel, tenant)
    other = await new_contact(crm_channel, tenant, "Other")
    first = (await create(trackings, tenant, ad_tracking(mine))).tracking
    second = (await create(trackings, tenant, ad_tracking(mine))).tracking
    await create(trackings, tenant, ad_tracking(other))
    listed = await trackings.ListTrackings(
        pb.ListTrackingsRequest(contact_id=mine), metadata=tenant.bearer()
    )
    assert [t.id for t in listed.trackings] == [second.id, first.id]
    assert listed.total_size == 2


async def test_the_project_list_filters_by_source_campaign_utm_and_click_id(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    contact_id = await new_contact(crm_channel, tenant)
    meta = (await create(trackings, tenant, ad_tracking(contact_id, click_id="k1"))).tracking
    google = (
        await create(
            trackings,
            tenant,
            tracking_pb2.Tracking(
                contact_id=contact_id,
                source=tracking_pb2.TRACKING_SOURCE_GOOGLE_ADS,
                platform=tracking_pb2.TRACKING_PLATFORM_GOOGLE,
                campaign="brand",
                ad_url="https://example.com/?utm_source=google&utm_campaign=brand&gclid=g",
            ),
        )
    ).tracking

    async def ids(**filters: object) -> list[str]:
        listed = await trackings.ListTrackings(
            pb.ListTrackingsRequest(**filters),  # type: ignore[arg-type]
            metadata=tenant.bearer(),
        )
        return [t.id for t in listed.trackings]

    assert await ids(sources=[tracking_pb2.TRACKING_SOURCE_GOOGLE_ADS]) == [google.id]
    assert await ids(platforms=[tracking_pb2.TRACKING_PLATFORM_INSTAGRAM]) == [meta.id]
    assert await ids(campaign="brand") == [google.id]
    assert await ids(utm_campaign="plano_anual_30off") == [meta.id]
    assert await ids(utm_source="google", utm_medium="") == [google.id]
    assert await ids(click_id="k1") == [meta.id]
    assert await ids(ad_id="120210000000000001") == [meta.id]
    assert await ids(order_by="create_time asc") == [meta.id, google.id]
    after = timestamp_pb2.Timestamp()
    after.CopyFrom(google.create_time)
    assert await ids(create_time_after=after) == [google.id]
    assert await ids(create_time_before=after) == [meta.id]


async def test_the_list_filters_by_session(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    contact_id = await new_contact(crm_channel, tenant)
    session_id = str(uuid.uuid4())
    made = (
        await create(trackings, tenant, ad_tracking(contact_id, session_id=session_id))
    ).tracking
    await create(trackings, tenant, ad_tracking(contact_id))
    listed = await trackings.ListTrackings(
        pb.ListTrackingsRequest(session_id=session_id), metadata=tenant.bearer()
    )
    assert [t.id for t in listed.trackings] == [made.id]


async def test_the_list_pages_with_a_token(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    contact_id = await new_contact(crm_channel, tenant)
    made = [(await create(trackings, tenant, ad_tracking(contact_id))).tracking for _ in range(5)]
    first = await trackings.ListTrackings(
        pb.ListTrackingsRequest(page_size=3), metadata=tenant.bearer()
    )
    rest = await trackings.ListTrackings(
        pb.ListTrackingsRequest(page_size=3, page_token=first.next_page_token),
        metadata=tenant.bearer(),
    )
    assert first.total_size >= 4  # an estimate while pages remain
    assert rest.total_size == 5 and not rest.next_page_token  # exact on the last page
    assert [t.id for t in [*first.trackings, *rest.trackings]] == [t.id for t in reversed(made)]


@pytest.mark.parametrize(
    ("request_fields", "field"),
    [
        ({"filter": "source = 'meta_ads'"}, "filter"),
        ({"order_by": "campaign"}, "order_by"),
        ({"contact_id": "nope"}, "contact_id"),
        ({"page_token": "garbage"}, "page_token"),
        ({"sources": [tracking_pb2.TRACKING_SOURCE_UNSPECIFIED]}, "sources"),
    ],
)
async def test_bad_list_arguments_are_invalid_argument_naming_the_field(
    trackings: Stub, tenant: Tenant, request_fields: dict[str, object], field: str
) -> None:
    error = await failure(
        trackings.ListTrackings(
            pb.ListTrackingsRequest(**request_fields),  # type: ignore[arg-type]
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field in field_violations(error)


async def test_listing_an_unknown_contacts_trackings_is_not_found(
    trackings: Stub, tenant: Tenant
) -> None:
    error = await failure(
        trackings.ListTrackings(
            pb.ListTrackingsRequest(contact_id=str(uuid.uuid4())), metadata=tenant.bearer()
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_another_project_lists_none_of_the_trackings(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant, other_tenant: Tenant
) -> None:
    contact_id = await new_contact(crm_channel, tenant)
    await create(trackings, tenant, ad_tracking(contact_id, click_id="iso-1"))
    theirs = await trackings.ListTrackings(
        pb.ListTrackingsRequest(click_id="iso-1"), metadata=other_tenant.bearer()
    )
    assert list(theirs.trackings) == [] and theirs.total_size == 0
    everything = await trackings.ListTrackings(
        pb.ListTrackingsRequest(), metadata=other_tenant.bearer()
    )
    assert list(everything.trackings) == []
    error = await failure(
        trackings.ListTrackings(
            pb.ListTrackingsRequest(contact_id=contact_id), metadata=other_tenant.bearer()
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


# EncodeTrackingCode / DecodeTrackingCode


async def test_a_trackings_code_survives_an_encode_decode_round_trip(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    made = (
        await create(trackings, tenant, ad_tracking(await new_contact(crm_channel, tenant)))
    ).tracking
    encoded = await trackings.EncodeTrackingCode(
        pb.EncodeTrackingCodeRequest(tracking_id=made.id, text="Olá, quero saber mais"),
        metadata=tenant.bearer(),
    )
    assert encoded.code == made.code
    assert encoded.text != "Olá, quero saber mais" and len(encoded.text) == 21 + 7
    decoded = await trackings.DecodeTrackingCode(
        pb.DecodeTrackingCodeRequest(text=encoded.text), metadata=tenant.bearer()
    )
    assert (decoded.found, decoded.code, decoded.recovered) == (True, made.code, False)
    assert decoded.clean_text == "Olá, quero saber mais"
    assert decoded.tracking == made


async def test_a_raw_code_is_encoded_and_decoded_without_a_tracking(
    trackings: Stub, tenant: Tenant
) -> None:
    encoded = await trackings.EncodeTrackingCode(
        pb.EncodeTrackingCodeRequest(code=0, text="👍🏽 ok"), metadata=tenant.bearer()
    )
    assert encoded.code == 0 and encoded.text.startswith("👍🏽")
    assert decode_code(encoded.text).code == 0
    decoded = await trackings.DecodeTrackingCode(
        pb.DecodeTrackingCodeRequest(text=encoded.text), metadata=tenant.bearer()
    )
    assert decoded.found and decoded.clean_text == "👍🏽 ok"


async def test_another_project_decodes_the_code_but_not_the_tracking(
    trackings: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant, other_tenant: Tenant
) -> None:
    made = (
        await create(trackings, tenant, ad_tracking(await new_contact(crm_channel, tenant)))
    ).tracking
    encoded = await trackings.EncodeTrackingCode(
        pb.EncodeTrackingCodeRequest(tracking_id=made.id, text="Hi"), metadata=tenant.bearer()
    )
    decoded = await trackings.DecodeTrackingCode(
        pb.DecodeTrackingCodeRequest(text=encoded.text), metadata=other_tenant.bearer()
    )
    assert decoded.found and decoded.code == made.code
    assert not decoded.HasField("tracking")
    error = await failure(
        trackings.EncodeTrackingCode(
            pb.EncodeTrackingCodeRequest(tracking_id=made.id, text="Hi"),
            metadata=other_tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_plain_text_decodes_to_not_found(trackings: Stub, tenant: Tenant) -> None:
    decoded = await trackings.DecodeTrackingCode(
        pb.DecodeTrackingCodeRequest(text="no code here"), metadata=tenant.bearer()
    )
    assert (decoded.found, decoded.clean_text) == (False, "no code here")
    assert not decoded.HasField("tracking")


@pytest.mark.parametrize(
    ("request_fields", "field"),
    [
        ({"text": "hi"}, "tracking_id"),
        ({"code": 2187, "text": "hi"}, "code"),
        ({"code": -1, "text": "hi"}, "code"),
        ({"code": 5, "text": ""}, "text"),
        ({"tracking_id": "nope", "text": "hi"}, "tracking_id"),
    ],
)
async def test_bad_encode_arguments_are_invalid_argument_naming_the_field(
    trackings: Stub, tenant: Tenant, request_fields: dict[str, object], field: str
) -> None:
    error = await failure(
        trackings.EncodeTrackingCode(
            pb.EncodeTrackingCodeRequest(**request_fields),  # type: ignore[arg-type]
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field in field_violations(error)


async def test_encoding_an_unknown_trackings_code_is_not_found(
    trackings: Stub, tenant: Tenant
) -> None:
    error = await failure(
        trackings.EncodeTrackingCode(
            pb.EncodeTrackingCodeRequest(tracking_id=str(uuid.uuid4()), text="hi"),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND
