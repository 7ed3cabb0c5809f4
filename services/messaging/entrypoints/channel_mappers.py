"""Channels and channel types between the contract and the domain."""

from __future__ import annotations

import dataclasses
from typing import Any

from messaging.domain.channel_config import ChannelLabel, WahaConfig, WahaImportStrategy
from messaging.domain.channel_types import ChannelType
from messaging.domain.channels import SETTABLE_FIELDS, Channel
from shared.domain import FailedPrecondition, InvalidArgument
from shared.protomap import enum_value, fill
from shared.requests import optional_uuid
from ventros.messaging.v1 import channel_pb2, channel_type_pb2

WAHA_PATHS = {
    "base_url",
    "session_name",
    "api_key_credential_id",
    "webhook_url",
    "webhook_events",
    "import_strategy",
    "engine",
}
UPDATABLE = set(SETTABLE_FIELDS) | {f"waha_config.{p}" for p in WAHA_PATHS}


def channel_type(t: ChannelType) -> channel_type_pb2.ChannelType:
    return fill(channel_type_pb2.ChannelType(), t)


def label(x: ChannelLabel) -> channel_pb2.ChannelLabel:
    return fill(channel_pb2.ChannelLabel(), x)


def waha_config(c: WahaConfig) -> channel_pb2.WahaConfig:
    # The secret is never returned here: only CreateChannel/Rotate show it, once.
    return fill(
        channel_pb2.WahaConfig(), c, webhook_secret="", webhook_secret_set=c.webhook_secret_set
    )


def channel(c: Channel) -> channel_pb2.Channel:
    return fill(
        channel_pb2.Channel(),
        c,
        waha_config=waha_config(c.waha_config) if c.waha_config else None,
    )


def waha_config_of(msg: channel_pb2.WahaConfig, field: str = "channel.waha_config") -> WahaConfig:
    strategy = enum_value(channel_pb2.WahaImportStrategy.DESCRIPTOR, msg.import_strategy)
    return WahaConfig(
        base_url=msg.base_url.strip(),
        session_name=msg.session_name.strip(),
        api_key_credential_id=optional_uuid(
            msg.api_key_credential_id, f"{field}.api_key_credential_id"
        ),
        webhook_secret=msg.webhook_secret,
        webhook_url=msg.webhook_url,
        webhook_events=tuple(msg.webhook_events),
        import_strategy=WahaImportStrategy(strategy) if strategy else WahaImportStrategy.NEW_ONLY,
        engine=msg.engine,
    )


def _value(msg: channel_pb2.Channel, name: str) -> Any:
    if name in ("pipeline_id", "default_agent_id"):
        return optional_uuid(getattr(msg, name), f"channel.{name}")
    if name in ("default_session_timeout", "debounce_timeout"):
        return getattr(msg, name).ToTimedelta() if msg.HasField(name) else None
    if name == "waha_config":
        return waha_config_of(msg.waha_config) if msg.HasField("waha_config") else None
    return getattr(msg, name)


def create_settings(msg: channel_pb2.Channel) -> dict[str, Any]:
    """Channel.create's settings from a request's channel (name apart)."""
    return {
        name: value
        for name in SETTABLE_FIELDS - {"name"}
        if (value := _value(msg, name)) is not None
    }


def update_changes(msg: channel_pb2.Channel, paths: set[str], current: Channel) -> dict[str, Any]:
    """Channel.update's changes for the masked paths, against the current channel."""
    changes = {p: _value(msg, p) for p in paths if p in SETTABLE_FIELDS}
    waha_paths = {p.removeprefix("waha_config.") for p in paths if p.startswith("waha_config.")}
    if "waha_config" in changes and changes["waha_config"] is None:
        raise InvalidArgument.field("channel.waha_config", "cannot be removed")
    if waha_paths:
        if current.waha_config is None:
            raise FailedPrecondition(f"{current.channel_type_code} channels have no waha_config")
        given = waha_config_of(msg.waha_config)
        base = changes.get("waha_config") or current.waha_config
        changes["waha_config"] = dataclasses.replace(
            base, **{p: getattr(given, p) for p in waha_paths}
        )
    return changes
