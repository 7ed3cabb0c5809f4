import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.common.v1 import types_pb2 as _types_pb2
from ventros.identity.v1 import billing_pb2 as _billing_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateBillingAccountRequest(_message.Message):
    __slots__ = ("billing_account", "request_id")
    BILLING_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    billing_account: _billing_pb2.BillingAccount
    request_id: str
    def __init__(self, billing_account: _Optional[_Union[_billing_pb2.BillingAccount, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateBillingAccountResponse(_message.Message):
    __slots__ = ("billing_account",)
    BILLING_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    billing_account: _billing_pb2.BillingAccount
    def __init__(self, billing_account: _Optional[_Union[_billing_pb2.BillingAccount, _Mapping]] = ...) -> None: ...

class GetBillingAccountRequest(_message.Message):
    __slots__ = ("billing_account_id",)
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    billing_account_id: str
    def __init__(self, billing_account_id: _Optional[str] = ...) -> None: ...

class GetBillingAccountResponse(_message.Message):
    __slots__ = ("billing_account",)
    BILLING_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    billing_account: _billing_pb2.BillingAccount
    def __init__(self, billing_account: _Optional[_Union[_billing_pb2.BillingAccount, _Mapping]] = ...) -> None: ...

class ListBillingAccountsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "owner_user_id", "status")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    OWNER_USER_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    owner_user_id: str
    status: _billing_pb2.BillingAccountStatus
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., owner_user_id: _Optional[str] = ..., status: _Optional[_Union[_billing_pb2.BillingAccountStatus, str]] = ...) -> None: ...

class ListBillingAccountsResponse(_message.Message):
    __slots__ = ("billing_accounts", "next_page_token", "total_size")
    BILLING_ACCOUNTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    billing_accounts: _containers.RepeatedCompositeFieldContainer[_billing_pb2.BillingAccount]
    next_page_token: str
    total_size: int
    def __init__(self, billing_accounts: _Optional[_Iterable[_Union[_billing_pb2.BillingAccount, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class UpdateBillingAccountRequest(_message.Message):
    __slots__ = ("billing_account", "update_mask")
    BILLING_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    billing_account: _billing_pb2.BillingAccount
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, billing_account: _Optional[_Union[_billing_pb2.BillingAccount, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateBillingAccountResponse(_message.Message):
    __slots__ = ("billing_account",)
    BILLING_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    billing_account: _billing_pb2.BillingAccount
    def __init__(self, billing_account: _Optional[_Union[_billing_pb2.BillingAccount, _Mapping]] = ...) -> None: ...

class AddPaymentMethodRequest(_message.Message):
    __slots__ = ("billing_account_id", "payment_method", "make_default", "version")
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_METHOD_FIELD_NUMBER: _ClassVar[int]
    MAKE_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    billing_account_id: str
    payment_method: _billing_pb2.PaymentMethod
    make_default: bool
    version: int
    def __init__(self, billing_account_id: _Optional[str] = ..., payment_method: _Optional[_Union[_billing_pb2.PaymentMethod, _Mapping]] = ..., make_default: _Optional[bool] = ..., version: _Optional[int] = ...) -> None: ...

class AddPaymentMethodResponse(_message.Message):
    __slots__ = ("billing_account",)
    BILLING_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    billing_account: _billing_pb2.BillingAccount
    def __init__(self, billing_account: _Optional[_Union[_billing_pb2.BillingAccount, _Mapping]] = ...) -> None: ...

class RemovePaymentMethodRequest(_message.Message):
    __slots__ = ("billing_account_id", "payment_method_id", "version")
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_METHOD_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    billing_account_id: str
    payment_method_id: str
    version: int
    def __init__(self, billing_account_id: _Optional[str] = ..., payment_method_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class RemovePaymentMethodResponse(_message.Message):
    __slots__ = ("billing_account",)
    BILLING_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    billing_account: _billing_pb2.BillingAccount
    def __init__(self, billing_account: _Optional[_Union[_billing_pb2.BillingAccount, _Mapping]] = ...) -> None: ...

class ActivateBillingAccountRequest(_message.Message):
    __slots__ = ("billing_account_id", "payment_method", "version")
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_METHOD_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    billing_account_id: str
    payment_method: _billing_pb2.PaymentMethod
    version: int
    def __init__(self, billing_account_id: _Optional[str] = ..., payment_method: _Optional[_Union[_billing_pb2.PaymentMethod, _Mapping]] = ..., version: _Optional[int] = ...) -> None: ...

class ActivateBillingAccountResponse(_message.Message):
    __slots__ = ("billing_account",)
    BILLING_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    billing_account: _billing_pb2.BillingAccount
    def __init__(self, billing_account: _Optional[_Union[_billing_pb2.BillingAccount, _Mapping]] = ...) -> None: ...

class SuspendBillingAccountRequest(_message.Message):
    __slots__ = ("billing_account_id", "reason", "version")
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    billing_account_id: str
    reason: str
    version: int
    def __init__(self, billing_account_id: _Optional[str] = ..., reason: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class SuspendBillingAccountResponse(_message.Message):
    __slots__ = ("billing_account",)
    BILLING_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    billing_account: _billing_pb2.BillingAccount
    def __init__(self, billing_account: _Optional[_Union[_billing_pb2.BillingAccount, _Mapping]] = ...) -> None: ...

class ReactivateBillingAccountRequest(_message.Message):
    __slots__ = ("billing_account_id", "version")
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    billing_account_id: str
    version: int
    def __init__(self, billing_account_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class ReactivateBillingAccountResponse(_message.Message):
    __slots__ = ("billing_account",)
    BILLING_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    billing_account: _billing_pb2.BillingAccount
    def __init__(self, billing_account: _Optional[_Union[_billing_pb2.BillingAccount, _Mapping]] = ...) -> None: ...

class CancelBillingAccountRequest(_message.Message):
    __slots__ = ("billing_account_id", "reason", "version")
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    billing_account_id: str
    reason: str
    version: int
    def __init__(self, billing_account_id: _Optional[str] = ..., reason: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class CancelBillingAccountResponse(_message.Message):
    __slots__ = ("billing_account",)
    BILLING_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    billing_account: _billing_pb2.BillingAccount
    def __init__(self, billing_account: _Optional[_Union[_billing_pb2.BillingAccount, _Mapping]] = ...) -> None: ...

class CreateSubscriptionRequest(_message.Message):
    __slots__ = ("subscription", "request_id")
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    subscription: _billing_pb2.Subscription
    request_id: str
    def __init__(self, subscription: _Optional[_Union[_billing_pb2.Subscription, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateSubscriptionResponse(_message.Message):
    __slots__ = ("subscription",)
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    subscription: _billing_pb2.Subscription
    def __init__(self, subscription: _Optional[_Union[_billing_pb2.Subscription, _Mapping]] = ...) -> None: ...

class GetSubscriptionRequest(_message.Message):
    __slots__ = ("subscription_id",)
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    subscription_id: str
    def __init__(self, subscription_id: _Optional[str] = ...) -> None: ...

class GetSubscriptionResponse(_message.Message):
    __slots__ = ("subscription",)
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    subscription: _billing_pb2.Subscription
    def __init__(self, subscription: _Optional[_Union[_billing_pb2.Subscription, _Mapping]] = ...) -> None: ...

class ListSubscriptionsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "billing_account_id", "status")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    billing_account_id: str
    status: _billing_pb2.SubscriptionStatus
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., billing_account_id: _Optional[str] = ..., status: _Optional[_Union[_billing_pb2.SubscriptionStatus, str]] = ...) -> None: ...

class ListSubscriptionsResponse(_message.Message):
    __slots__ = ("subscriptions", "next_page_token", "total_size")
    SUBSCRIPTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    subscriptions: _containers.RepeatedCompositeFieldContainer[_billing_pb2.Subscription]
    next_page_token: str
    total_size: int
    def __init__(self, subscriptions: _Optional[_Iterable[_Union[_billing_pb2.Subscription, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class UpdateSubscriptionRequest(_message.Message):
    __slots__ = ("subscription", "update_mask")
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    subscription: _billing_pb2.Subscription
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, subscription: _Optional[_Union[_billing_pb2.Subscription, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateSubscriptionResponse(_message.Message):
    __slots__ = ("subscription",)
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    subscription: _billing_pb2.Subscription
    def __init__(self, subscription: _Optional[_Union[_billing_pb2.Subscription, _Mapping]] = ...) -> None: ...

class CancelSubscriptionRequest(_message.Message):
    __slots__ = ("subscription_id", "at_period_end", "version")
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    AT_PERIOD_END_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    subscription_id: str
    at_period_end: bool
    version: int
    def __init__(self, subscription_id: _Optional[str] = ..., at_period_end: _Optional[bool] = ..., version: _Optional[int] = ...) -> None: ...

class CancelSubscriptionResponse(_message.Message):
    __slots__ = ("subscription",)
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    subscription: _billing_pb2.Subscription
    def __init__(self, subscription: _Optional[_Union[_billing_pb2.Subscription, _Mapping]] = ...) -> None: ...

class CreateInvoiceRequest(_message.Message):
    __slots__ = ("invoice", "request_id")
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    invoice: _billing_pb2.Invoice
    request_id: str
    def __init__(self, invoice: _Optional[_Union[_billing_pb2.Invoice, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateInvoiceResponse(_message.Message):
    __slots__ = ("invoice",)
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    invoice: _billing_pb2.Invoice
    def __init__(self, invoice: _Optional[_Union[_billing_pb2.Invoice, _Mapping]] = ...) -> None: ...

class GetInvoiceRequest(_message.Message):
    __slots__ = ("invoice_id",)
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    invoice_id: str
    def __init__(self, invoice_id: _Optional[str] = ...) -> None: ...

class GetInvoiceResponse(_message.Message):
    __slots__ = ("invoice",)
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    invoice: _billing_pb2.Invoice
    def __init__(self, invoice: _Optional[_Union[_billing_pb2.Invoice, _Mapping]] = ...) -> None: ...

class ListInvoicesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "billing_account_id", "subscription_id", "status", "overdue")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    billing_account_id: str
    subscription_id: str
    status: _billing_pb2.InvoiceStatus
    overdue: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., billing_account_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., status: _Optional[_Union[_billing_pb2.InvoiceStatus, str]] = ..., overdue: _Optional[bool] = ...) -> None: ...

class ListInvoicesResponse(_message.Message):
    __slots__ = ("invoices", "next_page_token", "total_size")
    INVOICES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    invoices: _containers.RepeatedCompositeFieldContainer[_billing_pb2.Invoice]
    next_page_token: str
    total_size: int
    def __init__(self, invoices: _Optional[_Iterable[_Union[_billing_pb2.Invoice, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class MarkInvoicePaidRequest(_message.Message):
    __slots__ = ("invoice_id", "amount_paid", "paid_time", "version")
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_PAID_FIELD_NUMBER: _ClassVar[int]
    PAID_TIME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    invoice_id: str
    amount_paid: _types_pb2.Money
    paid_time: _timestamp_pb2.Timestamp
    version: int
    def __init__(self, invoice_id: _Optional[str] = ..., amount_paid: _Optional[_Union[_types_pb2.Money, _Mapping]] = ..., paid_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ...) -> None: ...

class MarkInvoicePaidResponse(_message.Message):
    __slots__ = ("invoice",)
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    invoice: _billing_pb2.Invoice
    def __init__(self, invoice: _Optional[_Union[_billing_pb2.Invoice, _Mapping]] = ...) -> None: ...

class VoidInvoiceRequest(_message.Message):
    __slots__ = ("invoice_id", "reason", "version")
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    invoice_id: str
    reason: str
    version: int
    def __init__(self, invoice_id: _Optional[str] = ..., reason: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class VoidInvoiceResponse(_message.Message):
    __slots__ = ("invoice",)
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    invoice: _billing_pb2.Invoice
    def __init__(self, invoice: _Optional[_Union[_billing_pb2.Invoice, _Mapping]] = ...) -> None: ...

class MarkInvoiceUncollectibleRequest(_message.Message):
    __slots__ = ("invoice_id", "reason", "version")
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    invoice_id: str
    reason: str
    version: int
    def __init__(self, invoice_id: _Optional[str] = ..., reason: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class MarkInvoiceUncollectibleResponse(_message.Message):
    __slots__ = ("invoice",)
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    invoice: _billing_pb2.Invoice
    def __init__(self, invoice: _Optional[_Union[_billing_pb2.Invoice, _Mapping]] = ...) -> None: ...

class GetUsageMeterRequest(_message.Message):
    __slots__ = ("usage_meter_id",)
    USAGE_METER_ID_FIELD_NUMBER: _ClassVar[int]
    usage_meter_id: str
    def __init__(self, usage_meter_id: _Optional[str] = ...) -> None: ...

class GetUsageMeterResponse(_message.Message):
    __slots__ = ("usage_meter",)
    USAGE_METER_FIELD_NUMBER: _ClassVar[int]
    usage_meter: _billing_pb2.UsageMeter
    def __init__(self, usage_meter: _Optional[_Union[_billing_pb2.UsageMeter, _Mapping]] = ...) -> None: ...

class ListUsageMetersRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "billing_account_id", "project_id", "metric", "period_time")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    METRIC_FIELD_NUMBER: _ClassVar[int]
    PERIOD_TIME_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    billing_account_id: str
    project_id: str
    metric: _billing_pb2.UsageMetric
    period_time: _timestamp_pb2.Timestamp
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., billing_account_id: _Optional[str] = ..., project_id: _Optional[str] = ..., metric: _Optional[_Union[_billing_pb2.UsageMetric, str]] = ..., period_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListUsageMetersResponse(_message.Message):
    __slots__ = ("usage_meters", "next_page_token", "total_size")
    USAGE_METERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    usage_meters: _containers.RepeatedCompositeFieldContainer[_billing_pb2.UsageMeter]
    next_page_token: str
    total_size: int
    def __init__(self, usage_meters: _Optional[_Iterable[_Union[_billing_pb2.UsageMeter, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class RecordUsageRequest(_message.Message):
    __slots__ = ("project_id", "metric", "mode", "quantity", "occur_time", "request_id")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    METRIC_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    OCCUR_TIME_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    project_id: str
    metric: _billing_pb2.UsageMetric
    mode: _billing_pb2.UsageRecordMode
    quantity: int
    occur_time: _timestamp_pb2.Timestamp
    request_id: str
    def __init__(self, project_id: _Optional[str] = ..., metric: _Optional[_Union[_billing_pb2.UsageMetric, str]] = ..., mode: _Optional[_Union[_billing_pb2.UsageRecordMode, str]] = ..., quantity: _Optional[int] = ..., occur_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class RecordUsageResponse(_message.Message):
    __slots__ = ("usage_meter", "duplicate")
    USAGE_METER_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_FIELD_NUMBER: _ClassVar[int]
    usage_meter: _billing_pb2.UsageMeter
    duplicate: bool
    def __init__(self, usage_meter: _Optional[_Union[_billing_pb2.UsageMeter, _Mapping]] = ..., duplicate: _Optional[bool] = ...) -> None: ...
