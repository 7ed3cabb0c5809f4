"""google.api.http features our contracts barely use — additional_bindings, response_body,
body on a repeated field, multi-segment variables — over the test-only echo.proto."""

from __future__ import annotations

import json

from google.protobuf import message_factory

from gateway.routing import Router, routes_of
from gateway.transcode import request_message, response_body
from tests.unit.gateway.protos import SERVICE
from tests.unit.gateway.routes import ECHO_POOL, echo_route

EchoResponse = ECHO_POOL.FindMessageTypeByName("gatewaytest.v1.EchoResponse")


def router() -> Router:
    return Router(routes_of(ECHO_POOL, [SERVICE], "echo"))


def response(**fields: object):  # type: ignore[no-untyped-def]
    return message_factory.GetMessageClass(EchoResponse)(**fields)


def test_every_additional_binding_is_a_route_with_its_own_body() -> None:
    echo = [r for r in routes_of(ECHO_POOL, [SERVICE], "echo") if r.method.name == "Echo"]
    assert [(r.http_method, r.template.text, r.body) for r in echo] == [
        ("GET", "/v1/echo/{text}", ""),
        ("POST", "/v1/echo:shout", "*"),
        ("GET", "/v1/{name=rooms/*}/echo/{path=**}", ""),
    ]


def test_an_additional_binding_routes_to_the_same_method() -> None:
    route, bindings = router().match("POST", "/v1/echo:shout")  # type: ignore[misc]
    assert (route.method.name, route.body, bindings) == ("Echo", "*", {})
    message = request_message(route, bindings, [], b'{"text": "loud", "big": "7"}')
    assert (message.text, message.big) == ("loud", 7)


def test_multi_segment_variables_bind_their_segments() -> None:
    route, bindings = router().match("GET", "/v1/rooms/r1/echo/a/b/c")  # type: ignore[misc]
    assert bindings == {"name": "rooms/r1", "path": "a/b/c"}
    message = request_message(route, bindings, [("text", "t")], b"")
    assert (message.name, message.path, message.text) == ("rooms/r1", "a/b/c", "t")


def test_a_single_segment_variable_is_decoded_completely() -> None:
    _, bindings = router().match("GET", "/v1/echo/a%2Fb%20c")  # type: ignore[misc]
    assert bindings == {"text": "a/b c"}


def test_a_multi_segment_variable_keeps_encoded_slashes() -> None:
    _, bindings = router().match("GET", "/v1/rooms/r%201/echo/a%2fb/c%3F")  # type: ignore[misc]
    assert bindings == {"name": "rooms/r 1", "path": "a%2Fb/c?"}


def test_a_custom_verb_selects_the_streaming_binding() -> None:
    route, bindings = router().match("GET", "/v1/echo/hi:stream")  # type: ignore[misc]
    assert (route.method.name, bindings) == ("EchoStream", {"text": "hi"})


def test_allowed_methods_lists_every_method_a_path_has() -> None:
    assert router().allowed_methods("/v1/echo/hi") == ["GET"]
    assert router().allowed_methods("/v1/nowhere") == []


def test_body_on_a_message_field_fills_only_that_field() -> None:
    route = echo_route("EchoInner")
    message = request_message(route, {"text": "t"}, [("small", "2")], b'{"id": "i", "count": "3"}')
    assert (message.inner.id, message.inner.count, message.text, message.small) == ("i", 3, "t", 2)


def test_body_on_a_repeated_field_takes_a_json_array() -> None:
    message = request_message(echo_route("EchoWords"), {}, [], b'["a", "b"]')
    assert list(message.tags) == ["a", "b"]


def test_response_body_on_a_message_field_answers_that_message() -> None:
    request = ECHO_POOL.FindMessageTypeByName("gatewaytest.v1.EchoRequest")
    inner = message_factory.GetMessageClass(request)(text="x", big=5)
    body, media = response_body(echo_route("EchoInner"), response(request=inner))
    assert (json.loads(body), media) == ({"text": "x", "big": "5"}, "application/json")


def test_response_body_on_a_repeated_field_answers_a_json_array_even_empty() -> None:
    assert json.loads(response_body(echo_route("EchoWords"), response(words=["a"]))[0]) == ["a"]
    assert json.loads(response_body(echo_route("EchoWords"), response())[0]) == []


def test_response_body_on_an_http_body_answers_its_bytes_and_type() -> None:
    raw = {"content_type": "text/csv", "data": b"a,b\n"}
    assert response_body(echo_route("EchoRaw"), response(raw=raw)) == (b"a,b\n", "text/csv")


def test_without_response_body_the_whole_message_is_proto3_json() -> None:
    body, _ = response_body(echo_route("Echo"), response(words=["w"], metadata={"k": "v"}))
    assert json.loads(body) == {"words": ["w"], "metadata": {"k": "v"}}


def test_a_colon_in_the_last_segment_without_such_a_verb_is_part_of_the_value() -> None:
    route, bindings = router().match("GET", "/v1/echo/org:admin")  # type: ignore[misc]
    assert not route.template.verb and list(bindings.values()) == ["org:admin"]
    streaming, _ = router().match("GET", "/v1/echo/org:stream")  # type: ignore[misc]
    assert streaming.template.verb == "stream"
