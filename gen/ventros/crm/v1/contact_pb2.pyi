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

class ContactSourceChannel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTACT_SOURCE_CHANNEL_UNSPECIFIED: _ClassVar[ContactSourceChannel]
    CONTACT_SOURCE_CHANNEL_MANUAL: _ClassVar[ContactSourceChannel]
    CONTACT_SOURCE_CHANNEL_API: _ClassVar[ContactSourceChannel]
    CONTACT_SOURCE_CHANNEL_IMPORT: _ClassVar[ContactSourceChannel]
    CONTACT_SOURCE_CHANNEL_WHATSAPP: _ClassVar[ContactSourceChannel]
    CONTACT_SOURCE_CHANNEL_INSTAGRAM: _ClassVar[ContactSourceChannel]
    CONTACT_SOURCE_CHANNEL_MESSENGER: _ClassVar[ContactSourceChannel]
    CONTACT_SOURCE_CHANNEL_TELEGRAM: _ClassVar[ContactSourceChannel]
    CONTACT_SOURCE_CHANNEL_WEB_FORM: _ClassVar[ContactSourceChannel]
    CONTACT_SOURCE_CHANNEL_HISTORY_IMPORT: _ClassVar[ContactSourceChannel]
    CONTACT_SOURCE_CHANNEL_OTHER: _ClassVar[ContactSourceChannel]

class ContactInteractionDirection(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTACT_INTERACTION_DIRECTION_UNSPECIFIED: _ClassVar[ContactInteractionDirection]
    CONTACT_INTERACTION_DIRECTION_INBOUND: _ClassVar[ContactInteractionDirection]
    CONTACT_INTERACTION_DIRECTION_OUTBOUND: _ClassVar[ContactInteractionDirection]

class ContactImportField(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTACT_IMPORT_FIELD_UNSPECIFIED: _ClassVar[ContactImportField]
    CONTACT_IMPORT_FIELD_IGNORE: _ClassVar[ContactImportField]
    CONTACT_IMPORT_FIELD_NAME: _ClassVar[ContactImportField]
    CONTACT_IMPORT_FIELD_EMAIL: _ClassVar[ContactImportField]
    CONTACT_IMPORT_FIELD_PHONE: _ClassVar[ContactImportField]
    CONTACT_IMPORT_FIELD_EXTERNAL_ID: _ClassVar[ContactImportField]
    CONTACT_IMPORT_FIELD_LANGUAGE: _ClassVar[ContactImportField]
    CONTACT_IMPORT_FIELD_TIMEZONE: _ClassVar[ContactImportField]
    CONTACT_IMPORT_FIELD_TAGS: _ClassVar[ContactImportField]
    CONTACT_IMPORT_FIELD_CUSTOM_FIELD: _ClassVar[ContactImportField]
    CONTACT_IMPORT_FIELD_WHATSAPP_WID: _ClassVar[ContactImportField]
    CONTACT_IMPORT_FIELD_WHATSAPP_LID: _ClassVar[ContactImportField]

class ContactImportDedupePolicy(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTACT_IMPORT_DEDUPE_POLICY_UNSPECIFIED: _ClassVar[ContactImportDedupePolicy]
    CONTACT_IMPORT_DEDUPE_POLICY_SKIP: _ClassVar[ContactImportDedupePolicy]
    CONTACT_IMPORT_DEDUPE_POLICY_UPDATE: _ClassVar[ContactImportDedupePolicy]
    CONTACT_IMPORT_DEDUPE_POLICY_FILL_EMPTY: _ClassVar[ContactImportDedupePolicy]
    CONTACT_IMPORT_DEDUPE_POLICY_FAIL: _ClassVar[ContactImportDedupePolicy]

class ContactImportMatchKey(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTACT_IMPORT_MATCH_KEY_UNSPECIFIED: _ClassVar[ContactImportMatchKey]
    CONTACT_IMPORT_MATCH_KEY_PHONE: _ClassVar[ContactImportMatchKey]
    CONTACT_IMPORT_MATCH_KEY_EMAIL: _ClassVar[ContactImportMatchKey]
    CONTACT_IMPORT_MATCH_KEY_EXTERNAL_ID: _ClassVar[ContactImportMatchKey]
CONTACT_SOURCE_CHANNEL_UNSPECIFIED: ContactSourceChannel
CONTACT_SOURCE_CHANNEL_MANUAL: ContactSourceChannel
CONTACT_SOURCE_CHANNEL_API: ContactSourceChannel
CONTACT_SOURCE_CHANNEL_IMPORT: ContactSourceChannel
CONTACT_SOURCE_CHANNEL_WHATSAPP: ContactSourceChannel
CONTACT_SOURCE_CHANNEL_INSTAGRAM: ContactSourceChannel
CONTACT_SOURCE_CHANNEL_MESSENGER: ContactSourceChannel
CONTACT_SOURCE_CHANNEL_TELEGRAM: ContactSourceChannel
CONTACT_SOURCE_CHANNEL_WEB_FORM: ContactSourceChannel
CONTACT_SOURCE_CHANNEL_HISTORY_IMPORT: ContactSourceChannel
CONTACT_SOURCE_CHANNEL_OTHER: ContactSourceChannel
CONTACT_INTERACTION_DIRECTION_UNSPECIFIED: ContactInteractionDirection
CONTACT_INTERACTION_DIRECTION_INBOUND: ContactInteractionDirection
CONTACT_INTERACTION_DIRECTION_OUTBOUND: ContactInteractionDirection
CONTACT_IMPORT_FIELD_UNSPECIFIED: ContactImportField
CONTACT_IMPORT_FIELD_IGNORE: ContactImportField
CONTACT_IMPORT_FIELD_NAME: ContactImportField
CONTACT_IMPORT_FIELD_EMAIL: ContactImportField
CONTACT_IMPORT_FIELD_PHONE: ContactImportField
CONTACT_IMPORT_FIELD_EXTERNAL_ID: ContactImportField
CONTACT_IMPORT_FIELD_LANGUAGE: ContactImportField
CONTACT_IMPORT_FIELD_TIMEZONE: ContactImportField
CONTACT_IMPORT_FIELD_TAGS: ContactImportField
CONTACT_IMPORT_FIELD_CUSTOM_FIELD: ContactImportField
CONTACT_IMPORT_FIELD_WHATSAPP_WID: ContactImportField
CONTACT_IMPORT_FIELD_WHATSAPP_LID: ContactImportField
CONTACT_IMPORT_DEDUPE_POLICY_UNSPECIFIED: ContactImportDedupePolicy
CONTACT_IMPORT_DEDUPE_POLICY_SKIP: ContactImportDedupePolicy
CONTACT_IMPORT_DEDUPE_POLICY_UPDATE: ContactImportDedupePolicy
CONTACT_IMPORT_DEDUPE_POLICY_FILL_EMPTY: ContactImportDedupePolicy
CONTACT_IMPORT_DEDUPE_POLICY_FAIL: ContactImportDedupePolicy
CONTACT_IMPORT_MATCH_KEY_UNSPECIFIED: ContactImportMatchKey
CONTACT_IMPORT_MATCH_KEY_PHONE: ContactImportMatchKey
CONTACT_IMPORT_MATCH_KEY_EMAIL: ContactImportMatchKey
CONTACT_IMPORT_MATCH_KEY_EXTERNAL_ID: ContactImportMatchKey

class Contact(_message.Message):
    __slots__ = ("id", "project_id", "name", "email", "phone", "whatsapp_ids", "external_id", "source_channel", "source_channel_id", "language", "timezone", "tags", "custom_fields", "profile_picture_url", "profile_picture_fetch_time", "first_interaction_time", "last_interaction_time", "merged_into_contact_id", "version", "create_time", "update_time", "delete_time")
    class CustomFieldsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _types_pb2.CustomFieldValue
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_types_pb2.CustomFieldValue, _Mapping]] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    WHATSAPP_IDS_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    SOURCE_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    TIMEZONE_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_FIELDS_FIELD_NUMBER: _ClassVar[int]
    PROFILE_PICTURE_URL_FIELD_NUMBER: _ClassVar[int]
    PROFILE_PICTURE_FETCH_TIME_FIELD_NUMBER: _ClassVar[int]
    FIRST_INTERACTION_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_INTERACTION_TIME_FIELD_NUMBER: _ClassVar[int]
    MERGED_INTO_CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    name: str
    email: str
    phone: _types_pb2.PhoneNumber
    whatsapp_ids: WhatsAppIdentifiers
    external_id: str
    source_channel: ContactSourceChannel
    source_channel_id: str
    language: str
    timezone: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    custom_fields: _containers.MessageMap[str, _types_pb2.CustomFieldValue]
    profile_picture_url: str
    profile_picture_fetch_time: _timestamp_pb2.Timestamp
    first_interaction_time: _timestamp_pb2.Timestamp
    last_interaction_time: _timestamp_pb2.Timestamp
    merged_into_contact_id: str
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    delete_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., name: _Optional[str] = ..., email: _Optional[str] = ..., phone: _Optional[_Union[_types_pb2.PhoneNumber, _Mapping]] = ..., whatsapp_ids: _Optional[_Union[WhatsAppIdentifiers, _Mapping]] = ..., external_id: _Optional[str] = ..., source_channel: _Optional[_Union[ContactSourceChannel, str]] = ..., source_channel_id: _Optional[str] = ..., language: _Optional[str] = ..., timezone: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., custom_fields: _Optional[_Mapping[str, _types_pb2.CustomFieldValue]] = ..., profile_picture_url: _Optional[str] = ..., profile_picture_fetch_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., first_interaction_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_interaction_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., merged_into_contact_id: _Optional[str] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class WhatsAppIdentifiers(_message.Message):
    __slots__ = ("wid", "lid", "jid")
    WID_FIELD_NUMBER: _ClassVar[int]
    LID_FIELD_NUMBER: _ClassVar[int]
    JID_FIELD_NUMBER: _ClassVar[int]
    wid: str
    lid: str
    jid: str
    def __init__(self, wid: _Optional[str] = ..., lid: _Optional[str] = ..., jid: _Optional[str] = ...) -> None: ...
