import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.automation.v1 import webhook_delivery_pb2 as _webhook_delivery_pb2
from ventros.automation.v1 import webhook_subscription_pb2 as _webhook_subscription_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateWebhookSubscriptionRequest(_message.Message):
    __slots__ = ("webhook_subscription", "secret", "request_id")
    WEBHOOK_SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SECRET_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    webhook_subscription: _webhook_subscription_pb2.WebhookSubscription
    secret: str
    request_id: str
    def __init__(self, webhook_subscription: _Optional[_Union[_webhook_subscription_pb2.WebhookSubscription, _Mapping]] = ..., secret: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateWebhookSubscriptionResponse(_message.Message):
    __slots__ = ("webhook_subscription", "secret")
    WEBHOOK_SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SECRET_FIELD_NUMBER: _ClassVar[int]
    webhook_subscription: _webhook_subscription_pb2.WebhookSubscription
    secret: str
    def __init__(self, webhook_subscription: _Optional[_Union[_webhook_subscription_pb2.WebhookSubscription, _Mapping]] = ..., secret: _Optional[str] = ...) -> None: ...

class GetWebhookSubscriptionRequest(_message.Message):
    __slots__ = ("webhook_subscription_id",)
    WEBHOOK_SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    webhook_subscription_id: str
    def __init__(self, webhook_subscription_id: _Optional[str] = ...) -> None: ...

class GetWebhookSubscriptionResponse(_message.Message):
    __slots__ = ("webhook_subscription",)
    WEBHOOK_SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    webhook_subscription: _webhook_subscription_pb2.WebhookSubscription
    def __init__(self, webhook_subscription: _Optional[_Union[_webhook_subscription_pb2.WebhookSubscription, _Mapping]] = ...) -> None: ...

class ListWebhookSubscriptionsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "active", "routing_key", "query", "show_deleted")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    ROUTING_KEY_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    SHOW_DELETED_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    active: bool
    routing_key: str
    query: str
    show_deleted: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., active: _Optional[bool] = ..., routing_key: _Optional[str] = ..., query: _Optional[str] = ..., show_deleted: _Optional[bool] = ...) -> None: ...

class ListWebhookSubscriptionsResponse(_message.Message):
    __slots__ = ("webhook_subscriptions", "next_page_token", "total_size")
    WEBHOOK_SUBSCRIPTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    webhook_subscriptions: _containers.RepeatedCompositeFieldContainer[_webhook_subscription_pb2.WebhookSubscription]
    next_page_token: str
    total_size: int
    def __init__(self, webhook_subscriptions: _Optional[_Iterable[_Union[_webhook_subscription_pb2.WebhookSubscription, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class UpdateWebhookSubscriptionRequest(_message.Message):
    __slots__ = ("webhook_subscription", "update_mask")
    WEBHOOK_SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    webhook_subscription: _webhook_subscription_pb2.WebhookSubscription
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, webhook_subscription: _Optional[_Union[_webhook_subscription_pb2.WebhookSubscription, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateWebhookSubscriptionResponse(_message.Message):
    __slots__ = ("webhook_subscription",)
    WEBHOOK_SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    webhook_subscription: _webhook_subscription_pb2.WebhookSubscription
    def __init__(self, webhook_subscription: _Optional[_Union[_webhook_subscription_pb2.WebhookSubscription, _Mapping]] = ...) -> None: ...

class DeleteWebhookSubscriptionRequest(_message.Message):
    __slots__ = ("webhook_subscription_id", "version")
    WEBHOOK_SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    webhook_subscription_id: str
    version: int
    def __init__(self, webhook_subscription_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class DeleteWebhookSubscriptionResponse(_message.Message):
    __slots__ = ("webhook_subscription",)
    WEBHOOK_SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    webhook_subscription: _webhook_subscription_pb2.WebhookSubscription
    def __init__(self, webhook_subscription: _Optional[_Union[_webhook_subscription_pb2.WebhookSubscription, _Mapping]] = ...) -> None: ...

class RotateWebhookSecretRequest(_message.Message):
    __slots__ = ("webhook_subscription_id", "secret", "version")
    WEBHOOK_SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    SECRET_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    webhook_subscription_id: str
    secret: str
    version: int
    def __init__(self, webhook_subscription_id: _Optional[str] = ..., secret: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class RotateWebhookSecretResponse(_message.Message):
    __slots__ = ("webhook_subscription", "secret")
    WEBHOOK_SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SECRET_FIELD_NUMBER: _ClassVar[int]
    webhook_subscription: _webhook_subscription_pb2.WebhookSubscription
    secret: str
    def __init__(self, webhook_subscription: _Optional[_Union[_webhook_subscription_pb2.WebhookSubscription, _Mapping]] = ..., secret: _Optional[str] = ...) -> None: ...

class TestWebhookSubscriptionRequest(_message.Message):
    __slots__ = ("webhook_subscription_id", "routing_key", "payload")
    WEBHOOK_SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    ROUTING_KEY_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    webhook_subscription_id: str
    routing_key: str
    payload: _struct_pb2.Struct
    def __init__(self, webhook_subscription_id: _Optional[str] = ..., routing_key: _Optional[str] = ..., payload: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class TestWebhookSubscriptionResponse(_message.Message):
    __slots__ = ("success", "status_code", "latency", "response_body_excerpt", "error_message")
    SUCCESS_FIELD_NUMBER: _ClassVar[int]
    STATUS_CODE_FIELD_NUMBER: _ClassVar[int]
    LATENCY_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_BODY_EXCERPT_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    success: bool
    status_code: int
    latency: _duration_pb2.Duration
    response_body_excerpt: str
    error_message: str
    def __init__(self, success: _Optional[bool] = ..., status_code: _Optional[int] = ..., latency: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., response_body_excerpt: _Optional[str] = ..., error_message: _Optional[str] = ...) -> None: ...

class ListWebhookDeliveriesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "webhook_subscription_id", "status", "event_id", "routing_key", "start_time", "end_time")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    ROUTING_KEY_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    webhook_subscription_id: str
    status: _webhook_delivery_pb2.WebhookDeliveryStatus
    event_id: str
    routing_key: str
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., webhook_subscription_id: _Optional[str] = ..., status: _Optional[_Union[_webhook_delivery_pb2.WebhookDeliveryStatus, str]] = ..., event_id: _Optional[str] = ..., routing_key: _Optional[str] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListWebhookDeliveriesResponse(_message.Message):
    __slots__ = ("webhook_deliveries", "next_page_token", "total_size")
    WEBHOOK_DELIVERIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    webhook_deliveries: _containers.RepeatedCompositeFieldContainer[_webhook_delivery_pb2.WebhookDelivery]
    next_page_token: str
    total_size: int
    def __init__(self, webhook_deliveries: _Optional[_Iterable[_Union[_webhook_delivery_pb2.WebhookDelivery, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class GetWebhookDeliveryRequest(_message.Message):
    __slots__ = ("webhook_delivery_id",)
    WEBHOOK_DELIVERY_ID_FIELD_NUMBER: _ClassVar[int]
    webhook_delivery_id: str
    def __init__(self, webhook_delivery_id: _Optional[str] = ...) -> None: ...

class GetWebhookDeliveryResponse(_message.Message):
    __slots__ = ("webhook_delivery",)
    WEBHOOK_DELIVERY_FIELD_NUMBER: _ClassVar[int]
    webhook_delivery: _webhook_delivery_pb2.WebhookDelivery
    def __init__(self, webhook_delivery: _Optional[_Union[_webhook_delivery_pb2.WebhookDelivery, _Mapping]] = ...) -> None: ...

class RedeliverWebhookDeliveryRequest(_message.Message):
    __slots__ = ("webhook_delivery_id", "request_id")
    WEBHOOK_DELIVERY_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    webhook_delivery_id: str
    request_id: str
    def __init__(self, webhook_delivery_id: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class RedeliverWebhookDeliveryResponse(_message.Message):
    __slots__ = ("webhook_delivery",)
    WEBHOOK_DELIVERY_FIELD_NUMBER: _ClassVar[int]
    webhook_delivery: _webhook_delivery_pb2.WebhookDelivery
    def __init__(self, webhook_delivery: _Optional[_Union[_webhook_delivery_pb2.WebhookDelivery, _Mapping]] = ...) -> None: ...
