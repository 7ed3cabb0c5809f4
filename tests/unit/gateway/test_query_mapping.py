"""Query parameters → request fields, as Envoy's grpc_json_transcoder maps them."""

from __future__ import annotations

import pytest

from gateway.transcode import BadRequest, request_message
from tests.unit.gateway.routes import contract_route, echo_route
from ventros.crm.v1 import contact_event_pb2, contact_pb2

CONTACTS = "ventros.crm.v1.ContactService"
TIMELINE = "ventros.crm.v1.ContactEventService"


def list_contacts(*query: tuple[str, str]):  # type: ignore[no-untyped-def]
    return request_message(contract_route(CONTACTS, "ListContacts"), {}, query, b"")


def echo(*query: tuple[str, str]):  # type: ignore[no-untyped-def]
    return request_message(echo_route("Echo"), {"text": "hi"}, query, b"")


def rejected(call, *query: tuple[str, str]) -> BadRequest:  # type: ignore[no-untyped-def]
    with pytest.raises(BadRequest) as caught:
        call(*query)
    return caught.value


def test_a_repeated_field_takes_repeated_keys_in_order() -> None:
    assert list(list_contacts(("tags", "vip"), ("tags", "lead")).tags) == ["vip", "lead"]


def test_json_names_and_proto_names_are_both_accepted() -> None:
    assert list_contacts(("pageSize", "20")).page_size == 20
    assert list_contacts(("page_size", "20")).page_size == 20
    assert echo(("displayName", "Rita")).display_name == "Rita"
    assert echo(("display_name", "Rita")).display_name == "Rita"


def test_an_enum_takes_its_name_or_its_number() -> None:
    api = contact_pb2.CONTACT_SOURCE_CHANNEL_API
    assert list_contacts(("sourceChannel", "CONTACT_SOURCE_CHANNEL_API")).source_channel == api
    assert list_contacts(("sourceChannel", str(api))).source_channel == api


def test_an_unknown_enum_name_is_rejected_naming_the_parameter() -> None:
    error = rejected(list_contacts, ("sourceChannel", "CARRIER_PIGEON"))
    assert error.field == "sourceChannel" and "ContactSourceChannel" in str(error)


def test_repeated_enums_mix_names_and_numbers() -> None:
    route = contract_route(TIMELINE, "ListContactEvents")
    query = [("categories", "CONTACT_EVENT_CATEGORY_TAG"), ("categories", "1")]
    message = request_message(route, {"contact_id": "c"}, query, b"")
    assert list(message.categories) == [contact_event_pb2.CONTACT_EVENT_CATEGORY_TAG, 1]


@pytest.mark.parametrize(("text", "value"), [("true", True), ("false", False), ("1", True)])
def test_a_bool_takes_true_false_1_or_0(text: str, value: bool) -> None:
    assert list_contacts(("matchAllTags", text)).match_all_tags is value


def test_a_bool_rejects_other_words() -> None:
    assert rejected(list_contacts, ("matchAllTags", "yes please")).field == "matchAllTags"


def test_int64_is_a_decimal_string_kept_exact() -> None:
    assert echo(("big", "9007199254740993")).big == 9007199254740993
    assert list(echo(("numbers", "-1"), ("numbers", "2")).numbers) == [-1, 2]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("small", "2147483648"),
        ("unsigned", "-1"),
        ("big", "1e3"),
        ("small", "1_000"),
        ("small", ""),
    ],
)
def test_integers_out_of_range_or_not_decimal_are_rejected(name: str, text: str) -> None:
    assert rejected(echo, (name, text)).field == name


def test_floats_take_decimals_exponents_and_the_json_specials() -> None:
    assert echo(("ratio", "1e3")).ratio == 1000.0
    assert echo(("ratio", "-Infinity")).ratio == float("-inf")
    assert rejected(echo, ("ratio", "inf")).field == "ratio"


def test_bytes_are_base64_in_either_alphabet_with_or_without_padding() -> None:
    assert echo(("blob", "_-8")).blob == b"\xff\xef"
    assert echo(("blob", "aGk=")).blob == b"hi"
    assert rejected(echo, ("blob", "not base64!")).field == "blob"


def test_nested_fields_take_dotted_paths_with_either_name_at_each_step() -> None:
    message = echo(("inner.child.id", "x"), ("inner.count", "3"))
    assert (message.inner.child.id, message.inner.count) == ("x", 3)


def test_a_timestamp_takes_rfc3339() -> None:
    message = list_contacts(("createTimeAfter", "2024-05-01T12:00:00-03:00"))
    assert message.create_time_after.ToJsonString() == "2024-05-01T15:00:00Z"
    assert rejected(list_contacts, ("createTimeAfter", "yesterday")).field == "createTimeAfter"


def test_repeated_timestamps_take_repeated_keys() -> None:
    message = echo(("times", "2024-01-01T00:00:00Z"), ("times", "2024-01-02T00:00:00Z"))
    assert [t.ToJsonString() for t in message.times] == [
        "2024-01-01T00:00:00Z",
        "2024-01-02T00:00:00Z",
    ]


def test_a_duration_takes_seconds_with_an_s() -> None:
    assert echo(("wait", "1.5s")).wait.ToNanoseconds() == 1_500_000_000
    assert rejected(echo, ("wait", "90 minutes")).field == "wait"


def test_a_field_mask_takes_a_comma_list_in_json_or_proto_names() -> None:
    route = contract_route(CONTACTS, "UpdateContact")
    query = [("updateMask", "name,phone.raw,customFields.plan")]
    message = request_message(route, {"contact.id": "c1"}, query, b"{}")
    assert list(message.update_mask.paths) == ["name", "phone.raw", "custom_fields.plan"]
    message = request_message(route, {"contact.id": "c1"}, [("update_mask", "custom_fields")], b"")
    assert list(message.update_mask.paths) == ["custom_fields"]


def test_wrappers_take_the_text_of_their_value() -> None:
    message = echo(("maybeBig", "5"), ("maybeFlag", "false"), ("maybeText", ""))
    assert message.HasField("maybe_flag") and message.maybe_flag.value is False
    assert message.maybe_big.value == 5
    assert message.HasField("maybe_text") and message.maybe_text.value == ""


def test_a_map_field_is_rejected_clearly() -> None:
    error = rejected(list_contacts, ("customFields.plan", "gold"))
    assert error.field == "customFields.plan" and "map" in str(error)
    assert "map" in str(rejected(list_contacts, ("custom_fields", "plan=gold")))


@pytest.mark.parametrize("name", ["inners.id", "extra", "inner"])
def test_messages_without_a_text_form_are_rejected(name: str) -> None:
    assert rejected(echo, (name, "x")).field == name


def test_an_unknown_parameter_is_rejected_naming_it() -> None:
    error = rejected(list_contacts, ("nope", "1"))
    assert (error.field, str(error)) == ("nope", "unknown parameter 'nope'")
    assert rejected(echo, ("inner.nope", "1")).field == "inner.nope"


def test_a_singular_field_given_twice_is_rejected() -> None:
    assert rejected(list_contacts, ("pageSize", "1"), ("page_size", "2")).field == "page_size"


def test_a_field_bound_by_the_path_cannot_be_set_again_under_its_json_name() -> None:
    route = contract_route(CONTACTS, "GetContact")
    with pytest.raises(BadRequest) as caught:
        request_message(route, {"contact_id": "c1"}, [("contactId", "c2")], b"")
    assert caught.value.field == "contactId"


def test_a_field_inside_the_body_field_cannot_come_from_the_query() -> None:
    route = contract_route(CONTACTS, "UpdateContact")
    with pytest.raises(BadRequest):
        request_message(route, {"contact.id": "c1"}, [("contact.name", "x")], b"{}")


def test_with_body_star_no_query_parameter_is_accepted() -> None:
    with pytest.raises(BadRequest) as caught:
        request_message(echo_route("Echo", 1), {}, [("text", "x")], b"{}")
    assert caught.value.field == "text"
