import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.messaging.v1 import channel_type_pb2 as _channel_type_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ChannelStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHANNEL_STATUS_UNSPECIFIED: _ClassVar[ChannelStatus]
    CHANNEL_STATUS_INACTIVE: _ClassVar[ChannelStatus]
    CHANNEL_STATUS_ACTIVATING: _ClassVar[ChannelStatus]
    CHANNEL_STATUS_ACTIVE: _ClassVar[ChannelStatus]
    CHANNEL_STATUS_DISCONNECTED: _ClassVar[ChannelStatus]
    CHANNEL_STATUS_ERROR: _ClassVar[ChannelStatus]

class WahaImportStrategy(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WAHA_IMPORT_STRATEGY_UNSPECIFIED: _ClassVar[WahaImportStrategy]
    WAHA_IMPORT_STRATEGY_NONE: _ClassVar[WahaImportStrategy]
    WAHA_IMPORT_STRATEGY_NEW_ONLY: _ClassVar[WahaImportStrategy]
    WAHA_IMPORT_STRATEGY_ALL: _ClassVar[WahaImportStrategy]

class WahaSessionStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WAHA_SESSION_STATUS_UNSPECIFIED: _ClassVar[WahaSessionStatus]
    WAHA_SESSION_STATUS_STOPPED: _ClassVar[WahaSessionStatus]
    WAHA_SESSION_STATUS_STARTING: _ClassVar[WahaSessionStatus]
    WAHA_SESSION_STATUS_SCAN_QR_CODE: _ClassVar[WahaSessionStatus]
    WAHA_SESSION_STATUS_WORKING: _ClassVar[WahaSessionStatus]
    WAHA_SESSION_STATUS_FAILED: _ClassVar[WahaSessionStatus]
    WAHA_SESSION_STATUS_PASSKEY_REQUIRED: _ClassVar[WahaSessionStatus]
    WAHA_SESSION_STATUS_PASSKEY_CONFIRMATION_REQUIRED: _ClassVar[WahaSessionStatus]
CHANNEL_STATUS_UNSPECIFIED: ChannelStatus
CHANNEL_STATUS_INACTIVE: ChannelStatus
CHANNEL_STATUS_ACTIVATING: ChannelStatus
CHANNEL_STATUS_ACTIVE: ChannelStatus
CHANNEL_STATUS_DISCONNECTED: ChannelStatus
CHANNEL_STATUS_ERROR: ChannelStatus
WAHA_IMPORT_STRATEGY_UNSPECIFIED: WahaImportStrategy
WAHA_IMPORT_STRATEGY_NONE: WahaImportStrategy
WAHA_IMPORT_STRATEGY_NEW_ONLY: WahaImportStrategy
WAHA_IMPORT_STRATEGY_ALL: WahaImportStrategy
WAHA_SESSION_STATUS_UNSPECIFIED: WahaSessionStatus
WAHA_SESSION_STATUS_STOPPED: WahaSessionStatus
WAHA_SESSION_STATUS_STARTING: WahaSessionStatus
WAHA_SESSION_STATUS_SCAN_QR_CODE: WahaSessionStatus
WAHA_SESSION_STATUS_WORKING: WahaSessionStatus
WAHA_SESSION_STATUS_FAILED: WahaSessionStatus
WAHA_SESSION_STATUS_PASSKEY_REQUIRED: WahaSessionStatus
WAHA_SESSION_STATUS_PASSKEY_CONFIRMATION_REQUIRED: WahaSessionStatus

class Channel(_message.Message):
    __slots__ = ("id", "project_id", "version", "name", "description", "channel_type_id", "channel_type_code", "status", "status_message", "status_change_time", "waha_config", "pipeline_id", "default_session_timeout", "default_agent_id", "allow_groups", "tracking_enabled", "debounce_timeout", "counters", "labels", "last_history_import_id", "last_history_import_time", "create_time", "update_time", "delete_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_TYPE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_TYPE_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    STATUS_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    STATUS_CHANGE_TIME_FIELD_NUMBER: _ClassVar[int]
    WAHA_CONFIG_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_SESSION_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    ALLOW_GROUPS_FIELD_NUMBER: _ClassVar[int]
    TRACKING_ENABLED_FIELD_NUMBER: _ClassVar[int]
    DEBOUNCE_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    COUNTERS_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    LAST_HISTORY_IMPORT_ID_FIELD_NUMBER: _ClassVar[int]
    LAST_HISTORY_IMPORT_TIME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    version: int
    name: str
    description: str
    channel_type_id: str
    channel_type_code: _channel_type_pb2.ChannelTypeCode
    status: ChannelStatus
    status_message: str
    status_change_time: _timestamp_pb2.Timestamp
    waha_config: WahaConfig
    pipeline_id: str
    default_session_timeout: _duration_pb2.Duration
    default_agent_id: str
    allow_groups: bool
    tracking_enabled: bool
    debounce_timeout: _duration_pb2.Duration
    counters: ChannelCounters
    labels: _containers.RepeatedCompositeFieldContainer[ChannelLabel]
    last_history_import_id: str
    last_history_import_time: _timestamp_pb2.Timestamp
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    delete_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., version: _Optional[int] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., channel_type_id: _Optional[str] = ..., channel_type_code: _Optional[_Union[_channel_type_pb2.ChannelTypeCode, str]] = ..., status: _Optional[_Union[ChannelStatus, str]] = ..., status_message: _Optional[str] = ..., status_change_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., waha_config: _Optional[_Union[WahaConfig, _Mapping]] = ..., pipeline_id: _Optional[str] = ..., default_session_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., default_agent_id: _Optional[str] = ..., allow_groups: _Optional[bool] = ..., tracking_enabled: _Optional[bool] = ..., debounce_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., counters: _Optional[_Union[ChannelCounters, _Mapping]] = ..., labels: _Optional[_Iterable[_Union[ChannelLabel, _Mapping]]] = ..., last_history_import_id: _Optional[str] = ..., last_history_import_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class WahaConfig(_message.Message):
    __slots__ = ("base_url", "session_name", "api_key_credential_id", "webhook_secret", "webhook_secret_set", "webhook_secret_rotate_time", "webhook_url", "webhook_events", "import_strategy", "session_status", "session_status_time", "account", "engine")
    BASE_URL_FIELD_NUMBER: _ClassVar[int]
    SESSION_NAME_FIELD_NUMBER: _ClassVar[int]
    API_KEY_CREDENTIAL_ID_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_SECRET_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_SECRET_SET_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_SECRET_ROTATE_TIME_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_URL_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_EVENTS_FIELD_NUMBER: _ClassVar[int]
    IMPORT_STRATEGY_FIELD_NUMBER: _ClassVar[int]
    SESSION_STATUS_FIELD_NUMBER: _ClassVar[int]
    SESSION_STATUS_TIME_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    ENGINE_FIELD_NUMBER: _ClassVar[int]
    base_url: str
    session_name: str
    api_key_credential_id: str
    webhook_secret: str
    webhook_secret_set: bool
    webhook_secret_rotate_time: _timestamp_pb2.Timestamp
    webhook_url: str
    webhook_events: _containers.RepeatedScalarFieldContainer[str]
    import_strategy: WahaImportStrategy
    session_status: WahaSessionStatus
    session_status_time: _timestamp_pb2.Timestamp
    account: WahaAccount
    engine: str
    def __init__(self, base_url: _Optional[str] = ..., session_name: _Optional[str] = ..., api_key_credential_id: _Optional[str] = ..., webhook_secret: _Optional[str] = ..., webhook_secret_set: _Optional[bool] = ..., webhook_secret_rotate_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., webhook_url: _Optional[str] = ..., webhook_events: _Optional[_Iterable[str]] = ..., import_strategy: _Optional[_Union[WahaImportStrategy, str]] = ..., session_status: _Optional[_Union[WahaSessionStatus, str]] = ..., session_status_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., account: _Optional[_Union[WahaAccount, _Mapping]] = ..., engine: _Optional[str] = ...) -> None: ...

class WahaAccount(_message.Message):
    __slots__ = ("wid", "lid", "jid", "push_name")
    WID_FIELD_NUMBER: _ClassVar[int]
    LID_FIELD_NUMBER: _ClassVar[int]
    JID_FIELD_NUMBER: _ClassVar[int]
    PUSH_NAME_FIELD_NUMBER: _ClassVar[int]
    wid: str
    lid: str
    jid: str
    push_name: str
    def __init__(self, wid: _Optional[str] = ..., lid: _Optional[str] = ..., jid: _Optional[str] = ..., push_name: _Optional[str] = ...) -> None: ...

class ChannelCounters(_message.Message):
    __slots__ = ("messages_received", "messages_sent", "last_message_time")
    MESSAGES_RECEIVED_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_SENT_FIELD_NUMBER: _ClassVar[int]
    LAST_MESSAGE_TIME_FIELD_NUMBER: _ClassVar[int]
    messages_received: int
    messages_sent: int
    last_message_time: _timestamp_pb2.Timestamp
    def __init__(self, messages_received: _Optional[int] = ..., messages_sent: _Optional[int] = ..., last_message_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ChannelLabel(_message.Message):
    __slots__ = ("id", "name", "color", "color_hex", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    COLOR_HEX_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    color: int
    color_hex: str
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., color: _Optional[int] = ..., color_hex: _Optional[str] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
