"""GET /openapi.json: OpenAPI 3.1 built from the discovered descriptors, true to the transcoder.

The first tests run against the real identity and crm servers; the last ones against a small
contract compiled here, for the mappings the Ventros contract does not use yet.
"""

from __future__ import annotations

import copy
import re
from collections.abc import AsyncIterator, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import pytest
from google.protobuf import descriptor_pb2, descriptor_pool
from grpc_tools import protoc
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import OpenAPIV31SpecValidator

from gateway.app import Gateway, create_app
from gateway.openapi import OpenApiError, openapi_document, openapi_path
from gateway.path_template import parse
from gateway.routing import Route, Router, routes_of
from gateway.transcode import request_message
from ventros.common.v1 import options_pb2

ROOT = Path(__file__).resolve().parents[3]
Doc = dict[str, Any]


@pytest.fixture(scope="module")
async def gateway(identity_address: str, crm_address: str) -> AsyncIterator[Gateway]:
    gateway = Gateway({"identity": identity_address, "crm": crm_address})
    await gateway.refresh()
    yield gateway
    await gateway.close()


@pytest.fixture
async def rest(gateway: Gateway) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_app(gateway))
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        yield client


@pytest.fixture
async def document(rest: httpx.AsyncClient) -> Doc:
    answer = await rest.get("/openapi.json")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    return answer.json()  # type: ignore[no-any-return]


def operations(doc: Doc) -> Iterator[tuple[str, str, Doc]]:
    for path, item in doc["paths"].items():
        for verb, operation in item.items():
            yield path, verb, operation


def operation(doc: Doc, operation_id: str) -> Doc:
    return next(op for _, _, op in operations(doc) if op["operationId"] == operation_id)


def resolve(doc: Doc, schema: Doc) -> Doc:
    while "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def sample(doc: Doc, schema: Doc) -> str:
    """A query string value the documented schema allows."""
    schema = resolve(doc, schema)
    if schema.get("type") == "array":
        return sample(doc, schema["items"])
    kind = schema.get("type")
    kind = kind[0] if isinstance(kind, list) else kind
    if "enum" in schema:
        return str(schema["enum"][-1])
    if schema.get("format") == "date-time":
        return "2024-05-01T12:00:00Z"
    if "pattern" in schema and schema["pattern"].endswith("s$"):
        return "1.5s"  # Duration
    if schema.get("format") == "byte":
        return "aGk="
    return {"integer": "7", "number": "1.5", "boolean": "true"}.get(str(kind), "7")


def strict(components: Doc) -> Doc:
    """Components where an object documents every member it may have."""
    components = copy.deepcopy(components)

    def close(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object" and "properties" in node:
                node.setdefault("additionalProperties", False)
            for value in node.values():
                close(value)
        elif isinstance(node, list):
            for value in node:
                close(value)

    close(components)
    return components


def validate_response(doc: Doc, operation_id: str, body: Any) -> None:
    schema = operation(doc, operation_id)["responses"]["200"]["content"]["application/json"]
    root = {"components": strict(doc["components"]), **schema["schema"]}
    OAS31Validator(root).validate(body)


@pytest.mark.integration
def test_the_document_is_valid_openapi_3_1(document: Doc) -> None:
    assert document["openapi"] == "3.1.0"
    OpenAPIV31SpecValidator(document).validate()


@pytest.mark.integration
def test_every_route_of_the_backends_has_one_operation(gateway: Gateway, document: Doc) -> None:
    routes = gateway.router.routes
    services = {r.method.containing_service.full_name for r in routes}
    assert {"ventros.identity.v1.AuthService", "ventros.crm.v1.ContactService"} <= services
    documented = [(path, verb) for path, verb, _ in operations(document)]
    assert sorted(documented) == sorted(
        (openapi_path(r.template), r.http_method.lower()) for r in routes
    )
    ids = [op["operationId"] for _, _, op in operations(document)]
    assert len(set(ids)) == len(ids) == len(routes)
    assert {t["name"] for t in document["tags"]} == services


@pytest.mark.integration
def test_every_documented_path_reaches_its_method(gateway: Gateway, document: Doc) -> None:
    for route in gateway.router.routes:
        path = re.sub(r"\{[^}]+\}", "p1", openapi_path(route.template))
        matched = gateway.router.match(route.http_method, path)
        assert matched is not None and matched[0].method is route.method, path


@pytest.mark.integration
def test_every_documented_query_parameter_is_accepted_by_the_transcoder(
    gateway: Gateway, document: Doc
) -> None:
    checked = 0
    for route in gateway.router.routes:
        op = document["paths"][openapi_path(route.template)][route.http_method.lower()]
        for parameter in op.get("parameters", []):
            if parameter["in"] != "query":
                continue
            value = sample(document, parameter["schema"])
            message = request_message(route, {}, [(parameter["name"], value)], b"")
            assert message.ByteSize() > 0, (op["operationId"], parameter["name"])
            checked += 1
    assert checked > 100


@pytest.mark.integration
def test_a_get_takes_its_resource_id_from_the_path(document: Doc) -> None:
    op = document["paths"]["/v1/contacts/{contact_id}"]["get"]
    assert op["operationId"] == "ContactService_GetContact"
    assert op["tags"] == ["ventros.crm.v1.ContactService"]
    assert op["summary"] == "GetContact"  # reflection carries no comments
    assert op["parameters"] == [
        {"name": "contact_id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    assert "requestBody" not in op


@pytest.mark.integration
def test_a_list_takes_paging_and_filters_from_the_query(document: Doc) -> None:
    op = document["paths"]["/v1/contacts"]["get"]
    params = {p["name"]: p for p in op["parameters"]}
    assert {p["in"] for p in params.values()} == {"query"}
    assert params["pageSize"]["schema"] == {"type": "integer", "format": "int32"}
    assert params["pageToken"]["schema"] == {"type": "string"}
    assert params["tags"]["schema"] == {"type": "array", "items": {"type": "string"}}
    assert params["createTimeAfter"]["schema"] == {"type": "string", "format": "date-time"}
    assert "requestBody" not in op


@pytest.mark.integration
def test_a_body_field_is_the_request_body(document: Doc) -> None:
    op = document["paths"]["/v1/contacts"]["post"]
    assert op["operationId"] == "ContactService_CreateContact"
    schema = op["requestBody"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/ventros.crm.v1.Contact"}


@pytest.mark.integration
def test_a_star_body_is_the_request_without_its_path_fields(document: Doc) -> None:
    op = document["paths"]["/v1/contacts/{contact_id}:undelete"]["post"]
    schema = op["requestBody"]["content"]["application/json"]["schema"]
    assert "contactId" not in schema["properties"]
    assert schema["properties"]["version"] == {"type": "string", "format": "int64"}
    assert [p["name"] for p in op["parameters"]] == ["contact_id"]
    register = document["paths"]["/v1/auth:register"]["post"]["requestBody"]
    assert register["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ventros.identity.v1.RegisterRequest"
    }


@pytest.mark.integration
def test_messages_follow_the_proto3_json_mapping(document: Doc) -> None:
    contact = document["components"]["schemas"]["ventros.crm.v1.Contact"]["properties"]
    assert contact["version"] == {"type": "string", "format": "int64"}
    assert contact["createTime"] == {"type": "string", "format": "date-time"}
    assert contact["customFields"]["type"] == "object"
    assert "custom_fields" not in contact
    channel = resolve(document, contact["sourceChannel"])
    assert channel["type"] == "string"
    assert "CONTACT_SOURCE_CHANNEL_UNSPECIFIED" in channel["enum"]
    status = document["components"]["schemas"]["google.rpc.Status"]["properties"]
    assert status["details"]["items"]["required"] == ["@type"]


@pytest.mark.integration
async def test_real_responses_validate_against_their_documented_schemas(
    rest: httpx.AsyncClient, document: Doc
) -> None:
    registered = await rest.post(
        "/v1/auth:register",
        json={"name": "Olga", "email": "olga.openapi@example.com", "password": "long enough pw"},
    )
    validate_response(document, "AuthService_Register", registered.json())
    auth = {"authorization": f"Bearer {registered.json()['plaintextApiKey']}"}
    created = await rest.post(
        "/v1/contacts", json={"name": "Iara", "phone": {"raw": "+55 11 97000-2222"}}, headers=auth
    )
    validate_response(document, "ContactService_CreateContact", created.json())
    contact_id = created.json()["contact"]["id"]
    got = await rest.get(f"/v1/contacts/{contact_id}", headers=auth)
    validate_response(document, "ContactService_GetContact", got.json())
    listed = await rest.get("/v1/contacts", headers=auth)
    validate_response(document, "ContactService_ListContacts", listed.json())
    # The check can fail: a JSON number for an int64, a member the schema does not document.
    with pytest.raises(ValidationError, match="1 is not of type 'string'"):
        validate_response(document, "ContactService_GetContact", {"contact": {"version": 1}})
    with pytest.raises(ValidationError, match="'first_name' was unexpected"):
        validate_response(document, "ContactService_GetContact", {"contact": {"first_name": ""}})


@pytest.mark.integration
def test_public_rpcs_need_no_credential(gateway: Gateway, document: Doc) -> None:
    assert document["security"] == [{"bearer": []}]
    scheme = document["components"]["securitySchemes"]["bearer"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    public = {
        r.method.full_name
        for r in gateway.router.routes
        if descriptor_pool.Default()
        .FindMethodByName(r.method.full_name)
        .GetOptions()
        .Extensions[options_pb2.public]
    }
    assert "ventros.identity.v1.AuthService.Register" in public
    for route in gateway.router.routes:
        op = document["paths"][openapi_path(route.template)][route.http_method.lower()]
        assert ("security" in op) == (route.method.full_name in public)
        assert op.get("security", []) == []


@pytest.mark.integration
async def test_docs_routes_win_over_transcoded_routes_and_follow_refreshes(
    gateway: Gateway, rest: httpx.AsyncClient
) -> None:
    before = await rest.get("/openapi.json")
    assert (await rest.get("/openapi.json")).content == before.content  # cached
    original = gateway.router
    method = original.routes[0].method
    greedy = Route("GET", parse("/{name}"), method, "", "", original.routes[0].backend)
    gateway.router = Router([*original.routes, greedy])
    try:
        assert gateway.router.match("GET", "/docs") is not None
        page = await rest.get("/docs")
        assert page.status_code == 200 and "swagger-ui" in page.text
        after = (await rest.get("/openapi.json")).json()
        assert "/{name}" in after["paths"]  # rebuilt for the new routing table
    finally:
        gateway.router = original
    assert (await rest.get("/openapi.json")).content == before.content


@pytest.mark.integration
async def test_the_docs_page_loads_swagger_ui_from_the_gateway_itself(
    rest: httpx.AsyncClient,
) -> None:
    page = await rest.get("/docs")
    assert page.headers["content-type"].startswith("text/html")
    assert "//" not in re.sub(r"<!doctype html>", "", page.text, flags=re.I)  # no CDN
    assets = re.findall(r'(?:src|href)="(/docs/static/[^"]+)"', page.text)
    assert "/docs/static/swagger-ui-bundle.js" in assets
    for asset in assets:
        answer = await rest.get(asset)
        assert answer.status_code == 200 and len(answer.content) > 500, asset
    assert '"/openapi.json"' in page.text


# A contract of our own for what Ventros' protos do not exercise: patterned and "**" path
# variables, maps, oneofs, wrappers, Struct/Value/Any, HttpBody, recursion, clashing names.
SHELF_V1 = """
syntax = "proto3";
package demo.v1;
import "google/api/annotations.proto";
import "google/api/httpbody.proto";
import "google/protobuf/any.proto";
import "google/protobuf/duration.proto";
import "google/protobuf/struct.proto";
import "google/protobuf/timestamp.proto";
import "google/protobuf/wrappers.proto";
import "ventros/common/v1/options.proto";

service ShelfService {
  rpc GetShelf(GetShelfRequest) returns (Shelf) {
    option (google.api.http) = {
      get: "/v1/{name=shelves/*}"
      additional_bindings: {get: "/v1/{name=shelves/*}/view"}
    };
  }
  rpc MoveBook(MoveBookRequest) returns (Shelf) {
    option (google.api.http) = {post: "/v1/{name=shelves/*/books/*}:move" body: "*"};
    option (ventros.common.v1.public) = true;
  }
  rpc Upload(UploadRequest) returns (Shelf) {
    option (google.api.http) = {post: "/v1/uploads/{path=**}" body: "data"};
  }
  rpc Watch(GetShelfRequest) returns (stream Shelf) {
    option (google.api.http) = {get: "/v1/{name=shelves/*}:watch" response_body: "tags"};
  }
}
message Shelf {
  enum Kind {
    KIND_UNSPECIFIED = 0;
    KIND_WOOD = 1;
  }
  string name = 1;
  uint64 book_count = 2;
  bytes cover = 3;
  map<int32, string> labels_by_slot = 4;
  oneof location {
    string room = 5;
    int32 floor = 6;
  }
  optional string note = 7;
  google.protobuf.Duration loan_period = 8;
  google.protobuf.Struct attributes = 9;
  google.protobuf.Value extra = 10;
  google.protobuf.Int64Value capacity = 11;
  google.protobuf.Any detail = 12;
  Shelf parent = 13;
  Kind kind = 14;
  repeated string tags = 15;
}
message Filter {
  string text = 1;
  Filter nested = 2;
  repeated Shelf.Kind kinds = 3;
}
message GetShelfRequest {
  string name = 1;
  Filter filter = 2;
  google.protobuf.BoolValue strict = 3;
  google.protobuf.Int32Value limit = 4;
  repeated Filter any_of = 5;
  map<string, string> hints = 6;
  google.protobuf.Struct context = 7;
  repeated google.protobuf.Timestamp at = 8;
}
message MoveBookRequest {
  string name = 1;
  string target = 2;
}
message UploadRequest {
  string path = 1;
  google.api.HttpBody data = 2;
}
"""
SHELF_V2 = """
syntax = "proto3";
package demo.v2;
import "google/api/annotations.proto";
service ShelfService {
  rpc GetShelf(GetShelfRequest) returns (GetShelfRequest) {
    option (google.api.http) = {get: "/v2/{name=shelves/*}"};
  }
}
message GetShelfRequest { string name = 1; }
"""


@pytest.fixture(scope="module")
def shelf_routes(tmp_path_factory: pytest.TempPathFactory) -> list[Route]:
    folder = tmp_path_factory.mktemp("protos")
    for name, text in (("v1", SHELF_V1), ("v2", SHELF_V2)):
        (folder / "demo" / name).mkdir(parents=True)
        (folder / "demo" / name / "shelf.proto").write_text(text)
    out = folder / "set.pb"
    well_known = resources.files("grpc_tools") / "_proto"
    args = [f"-I{folder}", f"-I{ROOT / 'proto'}", f"-I{well_known}", "--include_imports"]
    args += [f"--descriptor_set_out={out}", "demo/v1/shelf.proto", "demo/v2/shelf.proto"]
    assert protoc.main(["protoc", *args]) == 0
    pool = descriptor_pool.DescriptorPool()  # like reflection's: not the default pool
    for file in descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes()).file:
        pool.Add(file)
    return routes_of(pool, ["demo.v1.ShelfService", "demo.v2.ShelfService"], "backend")


@pytest.fixture(scope="module")
def shelf_doc(shelf_routes: list[Route]) -> Doc:
    doc = openapi_document(shelf_routes, title="Shelves", version="1")
    OpenAPIV31SpecValidator(doc).validate()
    return doc


def test_patterned_variables_become_parameters_with_their_pattern(shelf_doc: Doc) -> None:
    paths = shelf_doc["paths"]
    assert set(paths) == {
        "/v1/{name}",
        "/v1/{name}/view",
        "/v1/{name}:move",
        "/v1/uploads/{path}",
        "/v1/{name}:watch",
        "/v2/{name}",
    }
    (name,) = paths["/v1/{name}"]["get"]["parameters"][:1]
    assert name["schema"] == {"type": "string", "pattern": "^shelves/[^/]+$"}
    move = paths["/v1/{name}:move"]["post"]["parameters"][0]
    assert move["schema"]["pattern"] == "^shelves/[^/]+/books/[^/]+$"
    (rest,) = paths["/v1/uploads/{path}"]["post"]["parameters"]
    assert "**" in rest["description"] and "pattern" not in rest["schema"]


def test_operation_ids_stay_unique_across_bindings_and_namesakes(shelf_doc: Doc) -> None:
    ids = {path: op["operationId"] for path, _, op in operations(shelf_doc)}
    assert ids["/v1/{name}"] == "demo_v1_ShelfService_GetShelf"
    assert ids["/v1/{name}/view"] == "demo_v1_ShelfService_GetShelf_1"
    assert ids["/v2/{name}"] == "demo_v2_ShelfService_GetShelf"
    assert ids["/v1/{name}:move"] == "ShelfService_MoveBook"


def test_query_parameters_are_what_the_transcoder_can_set(
    shelf_doc: Doc, shelf_routes: list[Route]
) -> None:
    op = shelf_doc["paths"]["/v1/{name}"]["get"]
    query = [p for p in op["parameters"] if p["in"] == "query"]
    # Repeated messages, maps, a Struct and the recursion of Filter cannot come from a query.
    names = ["filter.text", "filter.kinds", "strict", "limit", "at"]
    assert [p["name"] for p in query] == names
    assert query[3]["schema"] == {"type": ["integer", "null"], "format": "int32"}
    assert query[4]["schema"] == {
        "type": "array",
        "items": {"type": "string", "format": "date-time"},
    }
    route = shelf_routes[0]
    for parameter in query:
        value = sample(shelf_doc, parameter["schema"])
        assert request_message(route, {}, [(parameter["name"], value)], b"").ByteSize() > 0


def test_bodies_public_rpcs_and_streams(shelf_doc: Doc) -> None:
    move = shelf_doc["paths"]["/v1/{name}:move"]["post"]
    assert move["security"] == []
    body = move["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"type": "object", "properties": {"target": {"type": "string"}}}
    upload = shelf_doc["paths"]["/v1/uploads/{path}"]["post"]
    assert list(upload["requestBody"]["content"]) == ["*/*"] and "security" not in upload
    watch = shelf_doc["paths"]["/v1/{name}:watch"]["get"]["responses"]["200"]["content"]
    assert set(watch) == {"application/x-ndjson", "text/event-stream"}
    assert watch["application/x-ndjson"]["schema"] == {"type": "array", "items": {"type": "string"}}


def test_well_known_types_maps_oneofs_and_recursion(shelf_doc: Doc) -> None:
    shelf = shelf_doc["components"]["schemas"]["demo.v1.Shelf"]
    props = shelf["properties"]
    assert props["bookCount"] == {"type": "string", "format": "uint64"}
    assert props["cover"]["contentEncoding"] == "base64"
    assert props["labelsBySlot"] == {
        "type": "object",
        "additionalProperties": {"type": "string"},
        "propertyNames": {"pattern": "^-?[0-9]+$"},
    }
    assert shelf["description"] == "At most one of room, floor (oneof location)."
    assert props["room"]["description"] == "Member of oneof location."
    assert "description" not in props["note"]  # proto3 optional is presence, not a choice
    assert props["loanPeriod"]["type"] == "string"
    assert props["attributes"] == {"type": "object", "additionalProperties": True}
    assert "type" not in props["extra"]  # any JSON value
    assert props["capacity"] == {"type": ["string", "null"], "format": "int64"}
    assert props["detail"]["required"] == ["@type"]
    assert props["parent"] == {"$ref": "#/components/schemas/demo.v1.Shelf"}
    kind = shelf_doc["components"]["schemas"]["demo.v1.Shelf.Kind"]
    assert kind == {"type": "string", "enum": ["KIND_UNSPECIFIED", "KIND_WOOD"]}


def test_two_routes_on_one_openapi_path_are_refused(shelf_routes: list[Route]) -> None:
    clash = Route("GET", parse("/v1/{name=rooms/*}"), shelf_routes[0].method, "", "", "backend")
    with pytest.raises(OpenApiError, match=r"GET /v1/\{name\}"):
        openapi_document([*shelf_routes, clash], title="Shelves", version="1")
