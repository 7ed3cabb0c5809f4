import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import types_pb2 as _types_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class BillingAccountStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BILLING_ACCOUNT_STATUS_UNSPECIFIED: _ClassVar[BillingAccountStatus]
    BILLING_ACCOUNT_STATUS_PENDING: _ClassVar[BillingAccountStatus]
    BILLING_ACCOUNT_STATUS_ACTIVE: _ClassVar[BillingAccountStatus]
    BILLING_ACCOUNT_STATUS_SUSPENDED: _ClassVar[BillingAccountStatus]
    BILLING_ACCOUNT_STATUS_CANCELED: _ClassVar[BillingAccountStatus]

class PaymentMethodType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PAYMENT_METHOD_TYPE_UNSPECIFIED: _ClassVar[PaymentMethodType]
    PAYMENT_METHOD_TYPE_CARD: _ClassVar[PaymentMethodType]
    PAYMENT_METHOD_TYPE_PIX: _ClassVar[PaymentMethodType]
    PAYMENT_METHOD_TYPE_BOLETO: _ClassVar[PaymentMethodType]
    PAYMENT_METHOD_TYPE_BANK_TRANSFER: _ClassVar[PaymentMethodType]
    PAYMENT_METHOD_TYPE_MANUAL: _ClassVar[PaymentMethodType]

class SubscriptionStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SUBSCRIPTION_STATUS_UNSPECIFIED: _ClassVar[SubscriptionStatus]
    SUBSCRIPTION_STATUS_TRIALING: _ClassVar[SubscriptionStatus]
    SUBSCRIPTION_STATUS_ACTIVE: _ClassVar[SubscriptionStatus]
    SUBSCRIPTION_STATUS_INCOMPLETE: _ClassVar[SubscriptionStatus]
    SUBSCRIPTION_STATUS_INCOMPLETE_EXPIRED: _ClassVar[SubscriptionStatus]
    SUBSCRIPTION_STATUS_PAST_DUE: _ClassVar[SubscriptionStatus]
    SUBSCRIPTION_STATUS_CANCELED: _ClassVar[SubscriptionStatus]
    SUBSCRIPTION_STATUS_UNPAID: _ClassVar[SubscriptionStatus]
    SUBSCRIPTION_STATUS_PAUSED: _ClassVar[SubscriptionStatus]

class InvoiceStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INVOICE_STATUS_UNSPECIFIED: _ClassVar[InvoiceStatus]
    INVOICE_STATUS_DRAFT: _ClassVar[InvoiceStatus]
    INVOICE_STATUS_OPEN: _ClassVar[InvoiceStatus]
    INVOICE_STATUS_PAID: _ClassVar[InvoiceStatus]
    INVOICE_STATUS_UNCOLLECTIBLE: _ClassVar[InvoiceStatus]
    INVOICE_STATUS_VOID: _ClassVar[InvoiceStatus]

class UsageMetric(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USAGE_METRIC_UNSPECIFIED: _ClassVar[UsageMetric]
    USAGE_METRIC_MESSAGES_SENT: _ClassVar[UsageMetric]
    USAGE_METRIC_MESSAGES_RECEIVED: _ClassVar[UsageMetric]
    USAGE_METRIC_CONTACTS: _ClassVar[UsageMetric]
    USAGE_METRIC_SESSIONS: _ClassVar[UsageMetric]
    USAGE_METRIC_CHANNELS: _ClassVar[UsageMetric]
    USAGE_METRIC_AGENTS: _ClassVar[UsageMetric]
    USAGE_METRIC_AUTOMATION_MESSAGES: _ClassVar[UsageMetric]
    USAGE_METRIC_AI_TOKENS: _ClassVar[UsageMetric]
    USAGE_METRIC_STORAGE_BYTES: _ClassVar[UsageMetric]

class UsageRecordMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USAGE_RECORD_MODE_UNSPECIFIED: _ClassVar[UsageRecordMode]
    USAGE_RECORD_MODE_INCREMENT: _ClassVar[UsageRecordMode]
    USAGE_RECORD_MODE_SET: _ClassVar[UsageRecordMode]
BILLING_ACCOUNT_STATUS_UNSPECIFIED: BillingAccountStatus
BILLING_ACCOUNT_STATUS_PENDING: BillingAccountStatus
BILLING_ACCOUNT_STATUS_ACTIVE: BillingAccountStatus
BILLING_ACCOUNT_STATUS_SUSPENDED: BillingAccountStatus
BILLING_ACCOUNT_STATUS_CANCELED: BillingAccountStatus
PAYMENT_METHOD_TYPE_UNSPECIFIED: PaymentMethodType
PAYMENT_METHOD_TYPE_CARD: PaymentMethodType
PAYMENT_METHOD_TYPE_PIX: PaymentMethodType
PAYMENT_METHOD_TYPE_BOLETO: PaymentMethodType
PAYMENT_METHOD_TYPE_BANK_TRANSFER: PaymentMethodType
PAYMENT_METHOD_TYPE_MANUAL: PaymentMethodType
SUBSCRIPTION_STATUS_UNSPECIFIED: SubscriptionStatus
SUBSCRIPTION_STATUS_TRIALING: SubscriptionStatus
SUBSCRIPTION_STATUS_ACTIVE: SubscriptionStatus
SUBSCRIPTION_STATUS_INCOMPLETE: SubscriptionStatus
SUBSCRIPTION_STATUS_INCOMPLETE_EXPIRED: SubscriptionStatus
SUBSCRIPTION_STATUS_PAST_DUE: SubscriptionStatus
SUBSCRIPTION_STATUS_CANCELED: SubscriptionStatus
SUBSCRIPTION_STATUS_UNPAID: SubscriptionStatus
SUBSCRIPTION_STATUS_PAUSED: SubscriptionStatus
INVOICE_STATUS_UNSPECIFIED: InvoiceStatus
INVOICE_STATUS_DRAFT: InvoiceStatus
INVOICE_STATUS_OPEN: InvoiceStatus
INVOICE_STATUS_PAID: InvoiceStatus
INVOICE_STATUS_UNCOLLECTIBLE: InvoiceStatus
INVOICE_STATUS_VOID: InvoiceStatus
USAGE_METRIC_UNSPECIFIED: UsageMetric
USAGE_METRIC_MESSAGES_SENT: UsageMetric
USAGE_METRIC_MESSAGES_RECEIVED: UsageMetric
USAGE_METRIC_CONTACTS: UsageMetric
USAGE_METRIC_SESSIONS: UsageMetric
USAGE_METRIC_CHANNELS: UsageMetric
USAGE_METRIC_AGENTS: UsageMetric
USAGE_METRIC_AUTOMATION_MESSAGES: UsageMetric
USAGE_METRIC_AI_TOKENS: UsageMetric
USAGE_METRIC_STORAGE_BYTES: UsageMetric
USAGE_RECORD_MODE_UNSPECIFIED: UsageRecordMode
USAGE_RECORD_MODE_INCREMENT: UsageRecordMode
USAGE_RECORD_MODE_SET: UsageRecordMode

class BillingAccount(_message.Message):
    __slots__ = ("id", "owner_user_id", "name", "billing_email", "status", "payment_methods", "provider_customer_id", "can_create_project", "suspension_reason", "activate_time", "suspend_time", "cancel_time", "version", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_USER_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    BILLING_EMAIL_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_METHODS_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CAN_CREATE_PROJECT_FIELD_NUMBER: _ClassVar[int]
    SUSPENSION_REASON_FIELD_NUMBER: _ClassVar[int]
    ACTIVATE_TIME_FIELD_NUMBER: _ClassVar[int]
    SUSPEND_TIME_FIELD_NUMBER: _ClassVar[int]
    CANCEL_TIME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    owner_user_id: str
    name: str
    billing_email: str
    status: BillingAccountStatus
    payment_methods: _containers.RepeatedCompositeFieldContainer[PaymentMethod]
    provider_customer_id: str
    can_create_project: bool
    suspension_reason: str
    activate_time: _timestamp_pb2.Timestamp
    suspend_time: _timestamp_pb2.Timestamp
    cancel_time: _timestamp_pb2.Timestamp
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., owner_user_id: _Optional[str] = ..., name: _Optional[str] = ..., billing_email: _Optional[str] = ..., status: _Optional[_Union[BillingAccountStatus, str]] = ..., payment_methods: _Optional[_Iterable[_Union[PaymentMethod, _Mapping]]] = ..., provider_customer_id: _Optional[str] = ..., can_create_project: _Optional[bool] = ..., suspension_reason: _Optional[str] = ..., activate_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., suspend_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., cancel_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PaymentMethod(_message.Message):
    __slots__ = ("id", "type", "brand", "last_digits", "expire_time", "is_default", "provider_payment_method_id", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    BRAND_FIELD_NUMBER: _ClassVar[int]
    LAST_DIGITS_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    IS_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_PAYMENT_METHOD_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    type: PaymentMethodType
    brand: str
    last_digits: str
    expire_time: _timestamp_pb2.Timestamp
    is_default: bool
    provider_payment_method_id: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., type: _Optional[_Union[PaymentMethodType, str]] = ..., brand: _Optional[str] = ..., last_digits: _Optional[str] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., is_default: _Optional[bool] = ..., provider_payment_method_id: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Subscription(_message.Message):
    __slots__ = ("id", "billing_account_id", "plan_id", "quantity", "status", "provider_subscription_id", "current_period_start_time", "current_period_end_time", "trial_start_time", "trial_end_time", "cancel_at_period_end", "cancel_time", "metadata", "version", "create_time", "update_time")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    PLAN_ID_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    CURRENT_PERIOD_START_TIME_FIELD_NUMBER: _ClassVar[int]
    CURRENT_PERIOD_END_TIME_FIELD_NUMBER: _ClassVar[int]
    TRIAL_START_TIME_FIELD_NUMBER: _ClassVar[int]
    TRIAL_END_TIME_FIELD_NUMBER: _ClassVar[int]
    CANCEL_AT_PERIOD_END_FIELD_NUMBER: _ClassVar[int]
    CANCEL_TIME_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    billing_account_id: str
    plan_id: str
    quantity: int
    status: SubscriptionStatus
    provider_subscription_id: str
    current_period_start_time: _timestamp_pb2.Timestamp
    current_period_end_time: _timestamp_pb2.Timestamp
    trial_start_time: _timestamp_pb2.Timestamp
    trial_end_time: _timestamp_pb2.Timestamp
    cancel_at_period_end: bool
    cancel_time: _timestamp_pb2.Timestamp
    metadata: _containers.ScalarMap[str, str]
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., billing_account_id: _Optional[str] = ..., plan_id: _Optional[str] = ..., quantity: _Optional[int] = ..., status: _Optional[_Union[SubscriptionStatus, str]] = ..., provider_subscription_id: _Optional[str] = ..., current_period_start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., current_period_end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., trial_start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., trial_end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., cancel_at_period_end: _Optional[bool] = ..., cancel_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Invoice(_message.Message):
    __slots__ = ("id", "billing_account_id", "subscription_id", "provider_invoice_id", "number", "status", "amount_due", "amount_paid", "amount_remaining", "line_items", "period_start_time", "period_end_time", "due_time", "paid_time", "void_time", "hosted_invoice_url", "pdf_url", "metadata", "version", "create_time", "update_time")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_DUE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_PAID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_REMAINING_FIELD_NUMBER: _ClassVar[int]
    LINE_ITEMS_FIELD_NUMBER: _ClassVar[int]
    PERIOD_START_TIME_FIELD_NUMBER: _ClassVar[int]
    PERIOD_END_TIME_FIELD_NUMBER: _ClassVar[int]
    DUE_TIME_FIELD_NUMBER: _ClassVar[int]
    PAID_TIME_FIELD_NUMBER: _ClassVar[int]
    VOID_TIME_FIELD_NUMBER: _ClassVar[int]
    HOSTED_INVOICE_URL_FIELD_NUMBER: _ClassVar[int]
    PDF_URL_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    billing_account_id: str
    subscription_id: str
    provider_invoice_id: str
    number: str
    status: InvoiceStatus
    amount_due: _types_pb2.Money
    amount_paid: _types_pb2.Money
    amount_remaining: _types_pb2.Money
    line_items: _containers.RepeatedCompositeFieldContainer[InvoiceLineItem]
    period_start_time: _timestamp_pb2.Timestamp
    period_end_time: _timestamp_pb2.Timestamp
    due_time: _timestamp_pb2.Timestamp
    paid_time: _timestamp_pb2.Timestamp
    void_time: _timestamp_pb2.Timestamp
    hosted_invoice_url: str
    pdf_url: str
    metadata: _containers.ScalarMap[str, str]
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., billing_account_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., provider_invoice_id: _Optional[str] = ..., number: _Optional[str] = ..., status: _Optional[_Union[InvoiceStatus, str]] = ..., amount_due: _Optional[_Union[_types_pb2.Money, _Mapping]] = ..., amount_paid: _Optional[_Union[_types_pb2.Money, _Mapping]] = ..., amount_remaining: _Optional[_Union[_types_pb2.Money, _Mapping]] = ..., line_items: _Optional[_Iterable[_Union[InvoiceLineItem, _Mapping]]] = ..., period_start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., period_end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., due_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., paid_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., void_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., hosted_invoice_url: _Optional[str] = ..., pdf_url: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class InvoiceLineItem(_message.Message):
    __slots__ = ("description", "quantity", "unit_amount", "amount", "metric")
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    METRIC_FIELD_NUMBER: _ClassVar[int]
    description: str
    quantity: int
    unit_amount: _types_pb2.Money
    amount: _types_pb2.Money
    metric: UsageMetric
    def __init__(self, description: _Optional[str] = ..., quantity: _Optional[int] = ..., unit_amount: _Optional[_Union[_types_pb2.Money, _Mapping]] = ..., amount: _Optional[_Union[_types_pb2.Money, _Mapping]] = ..., metric: _Optional[_Union[UsageMetric, str]] = ...) -> None: ...

class UsageMeter(_message.Message):
    __slots__ = ("id", "billing_account_id", "project_id", "metric", "quantity", "included_quantity", "period_start_time", "period_end_time", "last_record_time", "last_report_time", "version", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    METRIC_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    INCLUDED_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    PERIOD_START_TIME_FIELD_NUMBER: _ClassVar[int]
    PERIOD_END_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_RECORD_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_REPORT_TIME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    billing_account_id: str
    project_id: str
    metric: UsageMetric
    quantity: int
    included_quantity: int
    period_start_time: _timestamp_pb2.Timestamp
    period_end_time: _timestamp_pb2.Timestamp
    last_record_time: _timestamp_pb2.Timestamp
    last_report_time: _timestamp_pb2.Timestamp
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., billing_account_id: _Optional[str] = ..., project_id: _Optional[str] = ..., metric: _Optional[_Union[UsageMetric, str]] = ..., quantity: _Optional[int] = ..., included_quantity: _Optional[int] = ..., period_start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., period_end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_record_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_report_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
