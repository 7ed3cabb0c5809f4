"""google.api.http path templates: the grammar, matching and overlap."""

from __future__ import annotations

import pytest

from gateway.path_template import TemplateError, overlaps, parse


def test_a_simple_variable_binds_one_segment() -> None:
    assert parse("/v1/contacts/{contact_id}").match("/v1/contacts/42") == {"contact_id": "42"}


def test_a_variable_does_not_match_two_segments() -> None:
    assert parse("/v1/contacts/{contact_id}").match("/v1/contacts/42/notes") is None


def test_a_variable_with_a_pattern_binds_several_segments() -> None:
    template = parse("/v1/{name=projects/*/contacts/*}")
    assert template.match("/v1/projects/p/contacts/c") == {"name": "projects/p/contacts/c"}


def test_a_trailing_double_wildcard_binds_the_rest() -> None:
    assert parse("/v1/files/{path=**}").match("/v1/files/a/b/c") == {"path": "a/b/c"}


def test_a_custom_verb_is_split_from_the_path() -> None:
    template = parse("/v1/contacts/{contact_id}:merge")
    assert (template.verb, template.segments) == ("merge", ("v1", "contacts", "*"))


def test_nested_field_paths_are_allowed() -> None:
    assert parse("/v1/contacts/{contact.id}").variables[0].field_path == "contact.id"


@pytest.mark.parametrize("bad", ["v1/x", "/v1//x", "/v1/{x", "/v1/{X}", "/v1/**/x"])
def test_malformed_templates_are_rejected(bad: str) -> None:
    with pytest.raises(TemplateError):
        parse(bad)


def test_a_literal_where_another_rule_has_a_variable_overlaps() -> None:
    assert overlaps(parse("/v1/contacts/{contact_id}"), parse("/v1/contacts/search"))


def test_a_custom_verb_keeps_rules_apart() -> None:
    assert not overlaps(parse("/v1/contacts/{contact_id}"), parse("/v1/contacts:search"))


def test_different_lengths_do_not_overlap() -> None:
    assert not overlaps(parse("/v1/webhooks/waha/{channel_id}"), parse("/v1/webhooks/{id}"))


def test_a_double_wildcard_overlaps_anything_below_its_prefix() -> None:
    assert overlaps(parse("/v1/files/{path=**}"), parse("/v1/files/a/b"))
    assert not overlaps(parse("/v1/files/{path=**}"), parse("/v1/other/a"))
