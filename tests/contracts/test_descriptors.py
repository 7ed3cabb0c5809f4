"""A walk over the generated descriptors proving the contract's promises."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from google.api import annotations_pb2, http_pb2
from google.protobuf import descriptor

from gateway.path_template import PathTemplate, overlaps, parse
from tests.contracts.conftest import ROOT
from ventros.common.v1 import event_pb2, options_pb2

DOMAIN = ROOT.parent / "shared" / "DOMAIN.md"

RESOURCES = set(
    "project user member credential billing contact list note tracking pipeline channel chat "
    "session message agent broadcast sequence campaign webhook analytics event saga".split()
)
OPERATIONS = set("create read update delete list export import manage".split())
PUBLIC_RPCS = {
    "ventros.identity.v1.AuthService.Register",
    "ventros.identity.v1.AuthService.Login",
    "ventros.identity.v1.AuthService.ExchangeToken",
    "ventros.messaging.v1.WahaIngressService.IngestWahaEvent",
}
PROMISED_ROUTES = {
    ("post", "/v1/auth:register"),
    ("post", "/v1/auth:token"),
    ("post", "/v1/webhooks/waha/{channel_id}"),
}
# Aggregate of DOMAIN.md → the service (or, for a part of another aggregate's API, the RPC)
# that exposes it.
AGGREGATE_APIS = {
    "identity": {
        "User": "UserService",
        "Project": "ProjectService",
        "ProjectMember": "ProjectMemberService",
        "Credential": "CredentialService",
        "Billing": "BillingService",
        "Authorization": "AuthorizationService",
    },
    "crm": {
        "Contact": "ContactService",
        "ContactList": "ContactListService",
        "Note": "NoteService",
        "ContactEvent": "ContactEventService",
        "Tracking": "TrackingService",
        "Pipeline": "PipelineService",
    },
    "messaging": {
        "ChannelType": "ChannelTypeService",
        "Channel": "ChannelService",
        "Chat": "ChatService",
        "Session": "SessionService",
        "Message": "MessageService",
        "Agent": "AgentService",
        "AgentSession": "AgentService.ListAgentSessions",
        "Inbound processing": "WahaIngressService",
    },
    "automation": {
        "Broadcast": "BroadcastService",
        "Sequence": "SequenceService",
        "Campaign": "CampaignService",
        "Webhook": "WebhookSubscriptionService",
    },
    "audit": {"Event": "EventLogService", "Saga": "SagaService"},
}


def http_rules(method: descriptor.MethodDescriptor) -> list[http_pb2.HttpRule]:
    rule = method.GetOptions().Extensions[annotations_pb2.http]
    return [rule, *rule.additional_bindings] if rule.WhichOneof("pattern") else []


def verb_and_path(rule: http_pb2.HttpRule) -> tuple[str, str]:
    kind = rule.WhichOneof("pattern")
    path = rule.custom.path if kind == "custom" else getattr(rule, kind)
    return (rule.custom.kind.lower() if kind == "custom" else kind), path


def routes(methods: list[descriptor.MethodDescriptor]) -> Iterator[tuple[str, str, PathTemplate]]:
    for method in methods:
        for rule in http_rules(method):
            verb, path = verb_and_path(rule)
            yield method.full_name, verb, parse(path)


def field_at(message: descriptor.Descriptor, path: str) -> descriptor.FieldDescriptor | None:
    field = None
    for name in path.split("."):
        if message is None or name not in message.fields_by_name:
            return None
        field = message.fields_by_name[name]
        message = field.message_type
    return field


def domain_sections() -> dict[str, str]:
    if not DOMAIN.exists():
        pytest.skip(f"{DOMAIN} is not beside the repository")
    text = DOMAIN.read_text()
    parts = re.split(r"^## (\w+)\s*$", text, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def domain_bullets(section: str) -> list[str]:
    return re.split(r"^- ", section, flags=re.M)[1:]


def test_every_rpc_has_an_http_rule(methods: list[descriptor.MethodDescriptor]) -> None:
    missing = [m.full_name for m in methods if not http_rules(m)]
    assert not missing, f"RPCs without google.api.http: {missing}"


def test_every_rpc_declares_a_permission_or_is_explicitly_public(
    methods: list[descriptor.MethodDescriptor],
) -> None:
    problems = []
    for m in methods:
        options = m.GetOptions()
        permission = options.Extensions[options_pb2.permission]
        public = options.Extensions[options_pb2.public]
        if bool(permission) == public:
            problems.append(f"{m.full_name}: needs exactly one of permission/public")
        elif public and m.full_name not in PUBLIC_RPCS:
            problems.append(f"{m.full_name}: public but not in the agreed public set")
        elif permission:
            resource, _, operation = permission.partition(":")
            if resource not in RESOURCES or operation not in OPERATIONS:
                problems.append(f"{m.full_name}: unknown permission {permission!r}")
    assert not problems, "\n".join(problems)


def test_the_agreed_public_rpcs_exist(methods: list[descriptor.MethodDescriptor]) -> None:
    assert PUBLIC_RPCS <= {m.full_name for m in methods}


def test_promised_fixed_paths_exist(methods: list[descriptor.MethodDescriptor]) -> None:
    present = {(verb, template.text) for _, verb, template in routes(methods)}
    assert PROMISED_ROUTES <= present, PROMISED_ROUTES - present


def test_no_two_http_rules_collide(methods: list[descriptor.MethodDescriptor]) -> None:
    collisions = [
        f"{a[0]} {a[1].upper()} {a[2].text} <-> {b[0]} {b[2].text}"
        for a, b in itertools.combinations(list(routes(methods)), 2)
        if a[1] == b[1] and overlaps(a[2], b[2])
    ]
    assert not collisions, "\n".join(collisions)


def test_http_rules_name_real_request_fields(methods: list[descriptor.MethodDescriptor]) -> None:
    problems = []
    for m in methods:
        for rule in http_rules(m):
            _, path = verb_and_path(rule)
            for var in parse(path).variables:
                field = field_at(m.input_type, var.field_path)
                if field is None or field.type != field.TYPE_STRING:
                    problems.append(f"{m.full_name}: path field {var.field_path} is not a string")
            if rule.body not in ("", "*") and rule.body not in m.input_type.fields_by_name:
                problems.append(f"{m.full_name}: body field {rule.body} does not exist")
            if rule.response_body and rule.response_body not in m.output_type.fields_by_name:
                problems.append(f"{m.full_name}: response_body {rule.response_body} missing")
    assert not problems, "\n".join(problems)


def test_rpcs_without_a_body_are_reads_and_writes_have_one(
    methods: list[descriptor.MethodDescriptor],
) -> None:
    problems = []
    for m in methods:
        for rule in http_rules(m):
            verb, path = verb_and_path(rule)
            if verb in ("get", "delete") and rule.body:
                problems.append(f"{m.full_name}: {verb.upper()} {path} must not take a body")
            if verb in ("post", "put", "patch") and not rule.body:
                problems.append(f"{m.full_name}: {verb.upper()} {path} needs a body")
    assert not problems, "\n".join(problems)


def test_list_rpcs_page(methods: list[descriptor.MethodDescriptor]) -> None:
    problems = []
    for m in (m for m in methods if m.name.startswith("List")):
        request, response = m.input_type.fields_by_name, m.output_type.fields_by_name
        for name, fields in (("page_size", request), ("page_token", request)):
            if name not in fields:
                problems.append(f"{m.full_name}: request lacks {name}")
        if "next_page_token" not in response:
            problems.append(f"{m.full_name}: response lacks next_page_token")
    assert not problems, "\n".join(problems)


def test_update_rpcs_take_a_field_mask(methods: list[descriptor.MethodDescriptor]) -> None:
    missing = [
        m.full_name
        for m in methods
        if m.name.startswith("Update")
        and not any(
            f.message_type is not None and f.message_type.full_name == "google.protobuf.FieldMask"
            for f in m.input_type.fields
        )
    ]
    assert not missing, f"Update RPCs without a FieldMask: {missing}"


def test_every_aggregate_of_the_domain_has_an_api(
    services: list[descriptor.ServiceDescriptor],
) -> None:
    exposed = {s.full_name for s in services}
    exposed |= {m.full_name for s in services for m in s.methods}
    problems = []
    for context, section in domain_sections().items():
        named = {
            m.group(1) for b in domain_bullets(section) if (m := re.match(r"\*\*(.+?)\*\*", b))
        }
        expected = AGGREGATE_APIS.get(context, {})
        problems += [f"{context}: {a} has no API mapped" for a in sorted(named - expected.keys())]
        problems += [
            f"{context}: {aggregate} → ventros.{context}.v1.{api} does not exist"
            for aggregate, api in expected.items()
            if f"ventros.{context}.v1.{api}" not in exposed
        ]
    assert not problems, "\n".join(problems)


def event_messages(messages: list[descriptor.Descriptor]) -> list[descriptor.Descriptor]:
    return [m for m in messages if m.GetOptions().Extensions[options_pb2.event_routing_key]]


def test_every_event_carries_id_project_and_time(messages: list[descriptor.Descriptor]) -> None:
    envelope = event_pb2.EventMetadata.DESCRIPTOR
    assert {"event_id", "aggregate_id", "project_id", "occur_time"} <= set(envelope.fields_by_name)
    problems = []
    for m in event_messages(messages):
        first = m.fields_by_number.get(1)
        if first is None or first.name != "metadata" or first.message_type is not envelope:
            problems.append(f"{m.full_name}: field 1 must be EventMetadata metadata")
    assert not problems, "\n".join(problems)


def test_event_names_follow_their_routing_keys(messages: list[descriptor.Descriptor]) -> None:
    problems, seen = [], set()
    for m in event_messages(messages):
        key = m.GetOptions().Extensions[options_pb2.event_routing_key]
        context = m.full_name.split(".")[1]
        parts = key.split(".")
        expected = "".join(w.capitalize() for p in parts[1:] for w in p.split("_"))
        if len(parts) != 3 or parts[0] != context:
            problems.append(f"{m.full_name}: routing key {key!r} is not {context}.<agg>.<event>")
        elif m.name != expected:
            problems.append(f"{m.full_name}: routing key {key!r} implies {expected}")
        if key in seen:
            problems.append(f"{key} is declared twice")
        seen.add(key)
    assert not problems, "\n".join(problems)


def test_every_event_of_the_domain_is_a_message(messages: list[descriptor.Descriptor]) -> None:
    keys = {
        m.GetOptions().Extensions[options_pb2.event_routing_key] for m in event_messages(messages)
    }
    missing = []
    for context, section in domain_sections().items():
        for bullet in domain_bullets(section):
            _, found, tail = bullet.partition("Events")
            for token in re.findall(r"`([a-z_]+\.[a-z_|]+)`", tail if found else ""):
                aggregate, _, events = token.partition(".")
                missing += [
                    f"{context}.{aggregate}.{e}"
                    for e in events.split("|")
                    if f"{context}.{aggregate}.{e}" not in keys
                ]
    assert not missing, f"events in DOMAIN.md without a message: {missing}"


def test_only_domain_events_carry_routing_keys(files: list[descriptor.FileDescriptor]) -> None:
    stray = [
        m.full_name
        for f in files
        if not f.name.endswith("/events.proto")
        for m in f.message_types_by_name.values()
        if m.GetOptions().Extensions[options_pb2.event_routing_key]
    ]
    assert not stray, f"routing keys outside events.proto: {stray}"


def test_packages_follow_the_directory_layout(files: list[descriptor.FileDescriptor]) -> None:
    wrong = [f.name for f in files if Path(f.name).parent.as_posix() != f.package.replace(".", "/")]
    assert not wrong, wrong
