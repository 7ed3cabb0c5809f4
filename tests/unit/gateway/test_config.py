"""The gateway's environment: defaults, parsing, and one error naming every bad value."""

from __future__ import annotations

import pytest

from gateway.config import GatewayConfig, RateLimit
from shared.config import ConfigError


def test_defaults_serve_locally_without_cors_and_with_a_generous_limit() -> None:
    config = GatewayConfig.from_env({})
    assert (config.host, config.port, config.cors_origins) == ("127.0.0.1", 8080, ())
    assert config.rate_limit == RateLimit(50.0, 100)
    assert (config.max_body_bytes, config.refresh_seconds) == (8 * 1024 * 1024, 0.0)


def test_every_setting_is_read_from_its_variable() -> None:
    config = GatewayConfig.from_env(
        {
            "GATEWAY_CORS_ORIGINS": "https://app.example.com/, http://localhost:3000",
            "GATEWAY_RATE_LIMIT_PER_SECOND": "0.5",
            "GATEWAY_RATE_LIMIT_BURST": "3",
            "GATEWAY_INGRESS_RATE_LIMIT_PER_SECOND": "0",
            "GATEWAY_INGRESS_RATE_LIMIT_BURST": "9",
            "GATEWAY_RATE_LIMIT_MAX_KEYS": "10",
            "GATEWAY_MAX_BODY_BYTES": "1024",
            "GATEWAY_REFRESH_SECONDS": "30",
            "GATEWAY_STARTUP_WAIT_SECONDS": "0",
        }
    )
    assert config.cors_origins == ("https://app.example.com", "http://localhost:3000")
    assert (config.rate_limit, config.ingress_rate_limit) == (RateLimit(0.5, 3), RateLimit(0, 9))
    assert (config.rate_limit_max_keys, config.max_body_bytes) == (10, 1024)
    assert (config.refresh_seconds, config.startup_wait_seconds) == (30.0, 0.0)


def test_malformed_values_are_all_named_in_one_error() -> None:
    with pytest.raises(ConfigError) as caught:
        GatewayConfig.from_env({"GATEWAY_MAX_BODY_BYTES": "lots", "GATEWAY_RATE_LIMIT_BURST": "0"})
    assert "GATEWAY_MAX_BODY_BYTES" in str(caught.value)
    assert "GATEWAY_RATE_LIMIT_BURST" in str(caught.value)
