import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ChatType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHAT_TYPE_UNSPECIFIED: _ClassVar[ChatType]
    CHAT_TYPE_INDIVIDUAL: _ClassVar[ChatType]
    CHAT_TYPE_GROUP: _ClassVar[ChatType]
    CHAT_TYPE_CHANNEL: _ClassVar[ChatType]

class ChatStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHAT_STATUS_UNSPECIFIED: _ClassVar[ChatStatus]
    CHAT_STATUS_ACTIVE: _ClassVar[ChatStatus]
    CHAT_STATUS_ARCHIVED: _ClassVar[ChatStatus]
    CHAT_STATUS_CLOSED: _ClassVar[ChatStatus]
CHAT_TYPE_UNSPECIFIED: ChatType
CHAT_TYPE_INDIVIDUAL: ChatType
CHAT_TYPE_GROUP: ChatType
CHAT_TYPE_CHANNEL: ChatType
CHAT_STATUS_UNSPECIFIED: ChatStatus
CHAT_STATUS_ACTIVE: ChatStatus
CHAT_STATUS_ARCHIVED: ChatStatus
CHAT_STATUS_CLOSED: ChatStatus

class Chat(_message.Message):
    __slots__ = ("id", "project_id", "version", "channel_id", "type", "status", "provider_chat_id", "contact_id", "subject", "description", "participants", "participant_count", "label_ids", "last_message_time", "archive_time", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANT_COUNT_FIELD_NUMBER: _ClassVar[int]
    LABEL_IDS_FIELD_NUMBER: _ClassVar[int]
    LAST_MESSAGE_TIME_FIELD_NUMBER: _ClassVar[int]
    ARCHIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    version: int
    channel_id: str
    type: ChatType
    status: ChatStatus
    provider_chat_id: str
    contact_id: str
    subject: str
    description: str
    participants: _containers.RepeatedCompositeFieldContainer[ChatParticipant]
    participant_count: int
    label_ids: _containers.RepeatedScalarFieldContainer[str]
    last_message_time: _timestamp_pb2.Timestamp
    archive_time: _timestamp_pb2.Timestamp
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., version: _Optional[int] = ..., channel_id: _Optional[str] = ..., type: _Optional[_Union[ChatType, str]] = ..., status: _Optional[_Union[ChatStatus, str]] = ..., provider_chat_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., subject: _Optional[str] = ..., description: _Optional[str] = ..., participants: _Optional[_Iterable[_Union[ChatParticipant, _Mapping]]] = ..., participant_count: _Optional[int] = ..., label_ids: _Optional[_Iterable[str]] = ..., last_message_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., archive_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ChatParticipant(_message.Message):
    __slots__ = ("contact_id", "agent_id", "provider_participant_id", "admin", "super_admin", "join_time", "leave_time")
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_PARTICIPANT_ID_FIELD_NUMBER: _ClassVar[int]
    ADMIN_FIELD_NUMBER: _ClassVar[int]
    SUPER_ADMIN_FIELD_NUMBER: _ClassVar[int]
    JOIN_TIME_FIELD_NUMBER: _ClassVar[int]
    LEAVE_TIME_FIELD_NUMBER: _ClassVar[int]
    contact_id: str
    agent_id: str
    provider_participant_id: str
    admin: bool
    super_admin: bool
    join_time: _timestamp_pb2.Timestamp
    leave_time: _timestamp_pb2.Timestamp
    def __init__(self, contact_id: _Optional[str] = ..., agent_id: _Optional[str] = ..., provider_participant_id: _Optional[str] = ..., admin: _Optional[bool] = ..., super_admin: _Optional[bool] = ..., join_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., leave_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
