"""Lifecycle vocabularies of identity's aggregates (shared by aggregates and events)."""

from __future__ import annotations

from enum import StrEnum


class UserStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"


class CredentialKind(StrEnum):
    """Which credential family an event is about."""

    API_KEY = "api_key"
    SECRET = "secret"


class CredentialState(StrEnum):
    ACTIVE = "active"
    REVOKED = "revoked"  # final
    EXPIRED = "expired"  # past expire_time; rotating makes it active again


class CredentialRotationReason(StrEnum):
    MANUAL = "manual"  # a user or service replaced the value
    OAUTH_REFRESH = "oauth_refresh"  # an OAuth access token was refreshed


class CredentialType(StrEnum):
    """What an encrypted secret is for."""

    WAHA_INSTANCE = "waha_instance"
    WEBHOOK_AUTH = "webhook_auth"
    API_KEY = "api_key"
    BASIC_AUTH = "basic_auth"
    META_WHATSAPP_CLOUD = "meta_whatsapp_cloud"
    META_ADS = "meta_ads"
    META_CONVERSIONS_API = "meta_conversions_api"
    GOOGLE_ADS = "google_ads"
    GOOGLE_ANALYTICS = "google_analytics"

    @property
    def requires_oauth(self) -> bool:
        return self in _OAUTH_TYPES


_OAUTH_TYPES = frozenset(
    {
        CredentialType.META_WHATSAPP_CLOUD,
        CredentialType.META_ADS,
        CredentialType.META_CONVERSIONS_API,
        CredentialType.GOOGLE_ADS,
        CredentialType.GOOGLE_ANALYTICS,
    }
)


class BillingAccountStatus(StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CANCELED = "canceled"


class PaymentMethodType(StrEnum):
    CARD = "card"
    PIX = "pix"
    BOLETO = "boleto"
    BANK_TRANSFER = "bank_transfer"
    MANUAL = "manual"  # recorded by hand or by the built-in provider (no charge)


class SubscriptionStatus(StrEnum):
    """The payment provider's statuses (Stripe's set)."""

    TRIALING = "trialing"
    ACTIVE = "active"
    INCOMPLETE = "incomplete"
    INCOMPLETE_EXPIRED = "incomplete_expired"
    PAST_DUE = "past_due"
    CANCELED = "canceled"
    UNPAID = "unpaid"
    PAUSED = "paused"


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    PAID = "paid"
    UNCOLLECTIBLE = "uncollectible"
    VOID = "void"


class UsageMetric(StrEnum):
    MESSAGES_SENT = "messages_sent"
    MESSAGES_RECEIVED = "messages_received"
    CONTACTS = "contacts"
    SESSIONS = "sessions"
    CHANNELS = "channels"
    AGENTS = "agents"
    AUTOMATION_MESSAGES = "automation_messages"
    AI_TOKENS = "ai_tokens"
    STORAGE_BYTES = "storage_bytes"


class UsageRecordMode(StrEnum):
    INCREMENT = "increment"  # counters: add to the running total
    SET = "set"  # gauges: the total is the current level
