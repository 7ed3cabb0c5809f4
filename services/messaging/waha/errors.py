"""Errors raised while parsing WAHA webhooks."""


class MalformedEvent(ValueError):
    """The webhook body is not a WAHA event we can read (bad JSON, missing fields...)."""
