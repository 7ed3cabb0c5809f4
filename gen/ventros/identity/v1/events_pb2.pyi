import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import event_pb2 as _event_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.common.v1 import types_pb2 as _types_pb2
from ventros.identity.v1 import authorization_pb2 as _authorization_pb2
from ventros.identity.v1 import billing_pb2 as _billing_pb2
from ventros.identity.v1 import credential_pb2 as _credential_pb2
from ventros.identity.v1 import project_pb2 as _project_pb2
from ventros.identity.v1 import project_member_pb2 as _project_member_pb2
from ventros.identity.v1 import user_pb2 as _user_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class UserRegistered(_message.Message):
    __slots__ = ("metadata", "user", "default_project_id", "billing_account_id")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    user: _user_pb2.User
    default_project_id: str
    billing_account_id: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., user: _Optional[_Union[_user_pb2.User, _Mapping]] = ..., default_project_id: _Optional[str] = ..., billing_account_id: _Optional[str] = ...) -> None: ...

class UserUpdated(_message.Message):
    __slots__ = ("metadata", "user", "changed_fields")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    user: _user_pb2.User
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., user: _Optional[_Union[_user_pb2.User, _Mapping]] = ..., changed_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class UserSuspended(_message.Message):
    __slots__ = ("metadata", "user_id", "reason", "suspend_time", "project_ids")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    SUSPEND_TIME_FIELD_NUMBER: _ClassVar[int]
    PROJECT_IDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    user_id: str
    reason: str
    suspend_time: _timestamp_pb2.Timestamp
    project_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., user_id: _Optional[str] = ..., reason: _Optional[str] = ..., suspend_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., project_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class UserReactivated(_message.Message):
    __slots__ = ("metadata", "user_id", "reactivate_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    REACTIVATE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    user_id: str
    reactivate_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., user_id: _Optional[str] = ..., reactivate_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class UserPasswordChanged(_message.Message):
    __slots__ = ("metadata", "user_id", "change_time", "reset_by_admin")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGE_TIME_FIELD_NUMBER: _ClassVar[int]
    RESET_BY_ADMIN_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    user_id: str
    change_time: _timestamp_pb2.Timestamp
    reset_by_admin: bool
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., user_id: _Optional[str] = ..., change_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., reset_by_admin: _Optional[bool] = ...) -> None: ...

class ProjectCreated(_message.Message):
    __slots__ = ("metadata", "project", "is_default_project", "create_default_pipeline", "default_pipeline_name", "owner_name", "owner_email")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    IS_DEFAULT_PROJECT_FIELD_NUMBER: _ClassVar[int]
    CREATE_DEFAULT_PIPELINE_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_PIPELINE_NAME_FIELD_NUMBER: _ClassVar[int]
    OWNER_NAME_FIELD_NUMBER: _ClassVar[int]
    OWNER_EMAIL_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    project: _project_pb2.Project
    is_default_project: bool
    create_default_pipeline: bool
    default_pipeline_name: str
    owner_name: str
    owner_email: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., project: _Optional[_Union[_project_pb2.Project, _Mapping]] = ..., is_default_project: _Optional[bool] = ..., create_default_pipeline: _Optional[bool] = ..., default_pipeline_name: _Optional[str] = ..., owner_name: _Optional[str] = ..., owner_email: _Optional[str] = ...) -> None: ...

class ProjectUpdated(_message.Message):
    __slots__ = ("metadata", "project", "changed_fields")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    project: _project_pb2.Project
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., project: _Optional[_Union[_project_pb2.Project, _Mapping]] = ..., changed_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class ProjectArchived(_message.Message):
    __slots__ = ("metadata", "project_id", "reason", "archive_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    ARCHIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    project_id: str
    reason: str
    archive_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., project_id: _Optional[str] = ..., reason: _Optional[str] = ..., archive_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class MemberAdded(_message.Message):
    __slots__ = ("metadata", "member")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    member: _project_member_pb2.ProjectMember
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., member: _Optional[_Union[_project_member_pb2.ProjectMember, _Mapping]] = ...) -> None: ...

class MemberRoleChanged(_message.Message):
    __slots__ = ("metadata", "member_id", "user_id", "previous_role", "role")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    MEMBER_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_ROLE_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    member_id: str
    user_id: str
    previous_role: _authorization_pb2.ProjectRole
    role: _authorization_pb2.ProjectRole
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., member_id: _Optional[str] = ..., user_id: _Optional[str] = ..., previous_role: _Optional[_Union[_authorization_pb2.ProjectRole, str]] = ..., role: _Optional[_Union[_authorization_pb2.ProjectRole, str]] = ...) -> None: ...

class MemberRemoved(_message.Message):
    __slots__ = ("metadata", "member_id", "user_id", "role", "revoked_api_key_ids")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    MEMBER_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    REVOKED_API_KEY_IDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    member_id: str
    user_id: str
    role: _authorization_pb2.ProjectRole
    revoked_api_key_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., member_id: _Optional[str] = ..., user_id: _Optional[str] = ..., role: _Optional[_Union[_authorization_pb2.ProjectRole, str]] = ..., revoked_api_key_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class CredentialCreated(_message.Message):
    __slots__ = ("metadata", "api_key", "secret")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    API_KEY_FIELD_NUMBER: _ClassVar[int]
    SECRET_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    api_key: _credential_pb2.ApiKey
    secret: _credential_pb2.Credential
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., api_key: _Optional[_Union[_credential_pb2.ApiKey, _Mapping]] = ..., secret: _Optional[_Union[_credential_pb2.Credential, _Mapping]] = ...) -> None: ...

class CredentialUpdated(_message.Message):
    __slots__ = ("metadata", "api_key", "secret", "changed_fields")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    API_KEY_FIELD_NUMBER: _ClassVar[int]
    SECRET_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    api_key: _credential_pb2.ApiKey
    secret: _credential_pb2.Credential
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., api_key: _Optional[_Union[_credential_pb2.ApiKey, _Mapping]] = ..., secret: _Optional[_Union[_credential_pb2.Credential, _Mapping]] = ..., changed_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class CredentialRotated(_message.Message):
    __slots__ = ("metadata", "api_key", "secret", "reason")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    API_KEY_FIELD_NUMBER: _ClassVar[int]
    SECRET_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    api_key: _credential_pb2.ApiKey
    secret: _credential_pb2.Credential
    reason: _credential_pb2.CredentialRotationReason
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., api_key: _Optional[_Union[_credential_pb2.ApiKey, _Mapping]] = ..., secret: _Optional[_Union[_credential_pb2.Credential, _Mapping]] = ..., reason: _Optional[_Union[_credential_pb2.CredentialRotationReason, str]] = ...) -> None: ...

class CredentialRevoked(_message.Message):
    __slots__ = ("metadata", "kind", "credential_id", "type", "reason", "revoke_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    CREDENTIAL_ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REVOKE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    kind: _credential_pb2.CredentialKind
    credential_id: str
    type: _credential_pb2.CredentialType
    reason: str
    revoke_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., kind: _Optional[_Union[_credential_pb2.CredentialKind, str]] = ..., credential_id: _Optional[str] = ..., type: _Optional[_Union[_credential_pb2.CredentialType, str]] = ..., reason: _Optional[str] = ..., revoke_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CredentialUsed(_message.Message):
    __slots__ = ("metadata", "kind", "credential_id", "type", "use_time", "purpose")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    CREDENTIAL_ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    USE_TIME_FIELD_NUMBER: _ClassVar[int]
    PURPOSE_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    kind: _credential_pb2.CredentialKind
    credential_id: str
    type: _credential_pb2.CredentialType
    use_time: _timestamp_pb2.Timestamp
    purpose: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., kind: _Optional[_Union[_credential_pb2.CredentialKind, str]] = ..., credential_id: _Optional[str] = ..., type: _Optional[_Union[_credential_pb2.CredentialType, str]] = ..., use_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., purpose: _Optional[str] = ...) -> None: ...

class CredentialExpired(_message.Message):
    __slots__ = ("metadata", "kind", "credential_id", "type", "expire_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    CREDENTIAL_ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    kind: _credential_pb2.CredentialKind
    credential_id: str
    type: _credential_pb2.CredentialType
    expire_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., kind: _Optional[_Union[_credential_pb2.CredentialKind, str]] = ..., credential_id: _Optional[str] = ..., type: _Optional[_Union[_credential_pb2.CredentialType, str]] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BillingAccountCreated(_message.Message):
    __slots__ = ("metadata", "billing_account")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    billing_account: _billing_pb2.BillingAccount
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., billing_account: _Optional[_Union[_billing_pb2.BillingAccount, _Mapping]] = ...) -> None: ...

class BillingAccountUpdated(_message.Message):
    __slots__ = ("metadata", "billing_account", "changed_fields")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    billing_account: _billing_pb2.BillingAccount
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., billing_account: _Optional[_Union[_billing_pb2.BillingAccount, _Mapping]] = ..., changed_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class BillingAccountActivated(_message.Message):
    __slots__ = ("metadata", "billing_account_id", "owner_user_id", "previous_status", "default_payment_method", "activate_time", "project_ids")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_USER_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_PAYMENT_METHOD_FIELD_NUMBER: _ClassVar[int]
    ACTIVATE_TIME_FIELD_NUMBER: _ClassVar[int]
    PROJECT_IDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    billing_account_id: str
    owner_user_id: str
    previous_status: _billing_pb2.BillingAccountStatus
    default_payment_method: _billing_pb2.PaymentMethod
    activate_time: _timestamp_pb2.Timestamp
    project_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., billing_account_id: _Optional[str] = ..., owner_user_id: _Optional[str] = ..., previous_status: _Optional[_Union[_billing_pb2.BillingAccountStatus, str]] = ..., default_payment_method: _Optional[_Union[_billing_pb2.PaymentMethod, _Mapping]] = ..., activate_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., project_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class BillingAccountSuspended(_message.Message):
    __slots__ = ("metadata", "billing_account_id", "owner_user_id", "reason", "suspend_time", "project_ids")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_USER_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    SUSPEND_TIME_FIELD_NUMBER: _ClassVar[int]
    PROJECT_IDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    billing_account_id: str
    owner_user_id: str
    reason: str
    suspend_time: _timestamp_pb2.Timestamp
    project_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., billing_account_id: _Optional[str] = ..., owner_user_id: _Optional[str] = ..., reason: _Optional[str] = ..., suspend_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., project_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class BillingAccountCanceled(_message.Message):
    __slots__ = ("metadata", "billing_account_id", "owner_user_id", "reason", "cancel_time", "project_ids")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_USER_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    CANCEL_TIME_FIELD_NUMBER: _ClassVar[int]
    PROJECT_IDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    billing_account_id: str
    owner_user_id: str
    reason: str
    cancel_time: _timestamp_pb2.Timestamp
    project_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., billing_account_id: _Optional[str] = ..., owner_user_id: _Optional[str] = ..., reason: _Optional[str] = ..., cancel_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., project_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class SubscriptionCreated(_message.Message):
    __slots__ = ("metadata", "subscription")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    subscription: _billing_pb2.Subscription
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., subscription: _Optional[_Union[_billing_pb2.Subscription, _Mapping]] = ...) -> None: ...

class SubscriptionUpdated(_message.Message):
    __slots__ = ("metadata", "subscription", "previous_status", "changed_fields")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    subscription: _billing_pb2.Subscription
    previous_status: _billing_pb2.SubscriptionStatus
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., subscription: _Optional[_Union[_billing_pb2.Subscription, _Mapping]] = ..., previous_status: _Optional[_Union[_billing_pb2.SubscriptionStatus, str]] = ..., changed_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class InvoiceCreated(_message.Message):
    __slots__ = ("metadata", "invoice")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    invoice: _billing_pb2.Invoice
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., invoice: _Optional[_Union[_billing_pb2.Invoice, _Mapping]] = ...) -> None: ...

class InvoicePaid(_message.Message):
    __slots__ = ("metadata", "invoice_id", "billing_account_id", "subscription_id", "amount_paid", "paid_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_PAID_FIELD_NUMBER: _ClassVar[int]
    PAID_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    invoice_id: str
    billing_account_id: str
    subscription_id: str
    amount_paid: _types_pb2.Money
    paid_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., invoice_id: _Optional[str] = ..., billing_account_id: _Optional[str] = ..., subscription_id: _Optional[str] = ..., amount_paid: _Optional[_Union[_types_pb2.Money, _Mapping]] = ..., paid_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class InvoiceVoided(_message.Message):
    __slots__ = ("metadata", "invoice_id", "billing_account_id", "reason", "void_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    VOID_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    invoice_id: str
    billing_account_id: str
    reason: str
    void_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., invoice_id: _Optional[str] = ..., billing_account_id: _Optional[str] = ..., reason: _Optional[str] = ..., void_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class InvoiceMarkedUncollectible(_message.Message):
    __slots__ = ("metadata", "invoice_id", "billing_account_id", "amount_remaining", "reason")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_REMAINING_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    invoice_id: str
    billing_account_id: str
    amount_remaining: _types_pb2.Money
    reason: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., invoice_id: _Optional[str] = ..., billing_account_id: _Optional[str] = ..., amount_remaining: _Optional[_Union[_types_pb2.Money, _Mapping]] = ..., reason: _Optional[str] = ...) -> None: ...

class UsageRecorded(_message.Message):
    __slots__ = ("metadata", "usage_meter_id", "billing_account_id", "project_id", "metric", "mode", "quantity", "total_quantity", "included_quantity", "period_start_time", "period_end_time", "request_id")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    USAGE_METER_ID_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    METRIC_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    TOTAL_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    INCLUDED_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    PERIOD_START_TIME_FIELD_NUMBER: _ClassVar[int]
    PERIOD_END_TIME_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    usage_meter_id: str
    billing_account_id: str
    project_id: str
    metric: _billing_pb2.UsageMetric
    mode: _billing_pb2.UsageRecordMode
    quantity: int
    total_quantity: int
    included_quantity: int
    period_start_time: _timestamp_pb2.Timestamp
    period_end_time: _timestamp_pb2.Timestamp
    request_id: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., usage_meter_id: _Optional[str] = ..., billing_account_id: _Optional[str] = ..., project_id: _Optional[str] = ..., metric: _Optional[_Union[_billing_pb2.UsageMetric, str]] = ..., mode: _Optional[_Union[_billing_pb2.UsageRecordMode, str]] = ..., quantity: _Optional[int] = ..., total_quantity: _Optional[int] = ..., included_quantity: _Optional[int] = ..., period_start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., period_end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...
