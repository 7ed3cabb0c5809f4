"""Trackings between the contract and the domain."""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from urllib.parse import parse_qs, urlsplit

from google.protobuf import json_format

from crm.domain.tracking import Attribution, Tracking, TrackingPlatform, TrackingSource
from shared.domain import FieldViolation, InvalidArgument
from shared.protomap import enum_value, fill
from ventros.crm.v1 import tracking_pb2

UTM_FIELDS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")


def tracking(t: Tracking) -> tracking_pb2.Tracking:
    return fill(tracking_pb2.Tracking(), t, code=t.code or 0)


def source_of(value: int) -> TrackingSource | None:
    name = enum_value(tracking_pb2.TrackingSource.DESCRIPTOR, value)
    return TrackingSource(name) if name else None


def platform_of(value: int) -> TrackingPlatform | None:
    name = enum_value(tracking_pb2.TrackingPlatform.DESCRIPTOR, value)
    return TrackingPlatform(name) if name else None


def attribution(message: tracking_pb2.Tracking, field: str = "tracking") -> Attribution:
    """The attribution a request's Tracking carries; empty UTM fields come from ad_url."""
    source = source_of(message.source)
    if source is None:
        raise InvalidArgument.field(f"{field}.source", "is required")
    found = Attribution(
        source=source,
        platform=platform_of(message.platform),
        campaign=message.campaign,
        ad_id=message.ad_id,
        ad_url=message.ad_url,
        click_id=message.click_id,
        conversion_source=message.conversion_source,
        conversion_data=message.conversion_data,
        utm_source=message.utm_source,
        utm_medium=message.utm_medium,
        utm_campaign=message.utm_campaign,
        utm_term=message.utm_term,
        utm_content=message.utm_content,
        metadata=json_format.MessageToDict(message.metadata),
    )
    return with_url_utm(found)


def with_url_utm(found: Attribution) -> Attribution:
    query = {
        key.lower(): values[0] for key, values in parse_qs(urlsplit(found.ad_url).query).items()
    }
    missing: dict[str, Any] = {
        name: query[name] for name in UTM_FIELDS if not getattr(found, name) and query.get(name)
    }
    return replace(found, **missing) if missing else found


def prefixed(error: InvalidArgument, prefix: str) -> InvalidArgument:
    """The same violations, naming the request fields they came from."""
    return InvalidArgument(
        *(
            FieldViolation(
                v.field if v.field.startswith(prefix + ".") else f"{prefix}.{v.field}",
                v.description,
            )
            for v in error.violations
        )
    )
