import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class MessageDirection(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MESSAGE_DIRECTION_UNSPECIFIED: _ClassVar[MessageDirection]
    MESSAGE_DIRECTION_INBOUND: _ClassVar[MessageDirection]
    MESSAGE_DIRECTION_OUTBOUND: _ClassVar[MessageDirection]

class MessageContentType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MESSAGE_CONTENT_TYPE_UNSPECIFIED: _ClassVar[MessageContentType]
    MESSAGE_CONTENT_TYPE_TEXT: _ClassVar[MessageContentType]
    MESSAGE_CONTENT_TYPE_IMAGE: _ClassVar[MessageContentType]
    MESSAGE_CONTENT_TYPE_VIDEO: _ClassVar[MessageContentType]
    MESSAGE_CONTENT_TYPE_AUDIO: _ClassVar[MessageContentType]
    MESSAGE_CONTENT_TYPE_VOICE: _ClassVar[MessageContentType]
    MESSAGE_CONTENT_TYPE_DOCUMENT: _ClassVar[MessageContentType]
    MESSAGE_CONTENT_TYPE_LOCATION: _ClassVar[MessageContentType]
    MESSAGE_CONTENT_TYPE_CONTACT: _ClassVar[MessageContentType]
    MESSAGE_CONTENT_TYPE_STICKER: _ClassVar[MessageContentType]
    MESSAGE_CONTENT_TYPE_SYSTEM: _ClassVar[MessageContentType]
    MESSAGE_CONTENT_TYPE_REACTION: _ClassVar[MessageContentType]

class MessageSource(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MESSAGE_SOURCE_UNSPECIFIED: _ClassVar[MessageSource]
    MESSAGE_SOURCE_MANUAL: _ClassVar[MessageSource]
    MESSAGE_SOURCE_BROADCAST: _ClassVar[MessageSource]
    MESSAGE_SOURCE_SEQUENCE: _ClassVar[MessageSource]
    MESSAGE_SOURCE_TRIGGER: _ClassVar[MessageSource]
    MESSAGE_SOURCE_BOT: _ClassVar[MessageSource]
    MESSAGE_SOURCE_SYSTEM: _ClassVar[MessageSource]
    MESSAGE_SOURCE_WEBHOOK: _ClassVar[MessageSource]
    MESSAGE_SOURCE_SCHEDULED: _ClassVar[MessageSource]
    MESSAGE_SOURCE_HISTORY_IMPORT: _ClassVar[MessageSource]
    MESSAGE_SOURCE_CONTACT: _ClassVar[MessageSource]

class MessageStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MESSAGE_STATUS_UNSPECIFIED: _ClassVar[MessageStatus]
    MESSAGE_STATUS_QUEUED: _ClassVar[MessageStatus]
    MESSAGE_STATUS_SENT: _ClassVar[MessageStatus]
    MESSAGE_STATUS_DELIVERED: _ClassVar[MessageStatus]
    MESSAGE_STATUS_READ: _ClassVar[MessageStatus]
    MESSAGE_STATUS_PLAYED: _ClassVar[MessageStatus]
    MESSAGE_STATUS_FAILED: _ClassVar[MessageStatus]

class MediaStorageStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MEDIA_STORAGE_STATUS_UNSPECIFIED: _ClassVar[MediaStorageStatus]
    MEDIA_STORAGE_STATUS_PENDING: _ClassVar[MediaStorageStatus]
    MEDIA_STORAGE_STATUS_STORED: _ClassVar[MediaStorageStatus]
    MEDIA_STORAGE_STATUS_FAILED: _ClassVar[MediaStorageStatus]
    MEDIA_STORAGE_STATUS_UNAVAILABLE: _ClassVar[MediaStorageStatus]
MESSAGE_DIRECTION_UNSPECIFIED: MessageDirection
MESSAGE_DIRECTION_INBOUND: MessageDirection
MESSAGE_DIRECTION_OUTBOUND: MessageDirection
MESSAGE_CONTENT_TYPE_UNSPECIFIED: MessageContentType
MESSAGE_CONTENT_TYPE_TEXT: MessageContentType
MESSAGE_CONTENT_TYPE_IMAGE: MessageContentType
MESSAGE_CONTENT_TYPE_VIDEO: MessageContentType
MESSAGE_CONTENT_TYPE_AUDIO: MessageContentType
MESSAGE_CONTENT_TYPE_VOICE: MessageContentType
MESSAGE_CONTENT_TYPE_DOCUMENT: MessageContentType
MESSAGE_CONTENT_TYPE_LOCATION: MessageContentType
MESSAGE_CONTENT_TYPE_CONTACT: MessageContentType
MESSAGE_CONTENT_TYPE_STICKER: MessageContentType
MESSAGE_CONTENT_TYPE_SYSTEM: MessageContentType
MESSAGE_CONTENT_TYPE_REACTION: MessageContentType
MESSAGE_SOURCE_UNSPECIFIED: MessageSource
MESSAGE_SOURCE_MANUAL: MessageSource
MESSAGE_SOURCE_BROADCAST: MessageSource
MESSAGE_SOURCE_SEQUENCE: MessageSource
MESSAGE_SOURCE_TRIGGER: MessageSource
MESSAGE_SOURCE_BOT: MessageSource
MESSAGE_SOURCE_SYSTEM: MessageSource
MESSAGE_SOURCE_WEBHOOK: MessageSource
MESSAGE_SOURCE_SCHEDULED: MessageSource
MESSAGE_SOURCE_HISTORY_IMPORT: MessageSource
MESSAGE_SOURCE_CONTACT: MessageSource
MESSAGE_STATUS_UNSPECIFIED: MessageStatus
MESSAGE_STATUS_QUEUED: MessageStatus
MESSAGE_STATUS_SENT: MessageStatus
MESSAGE_STATUS_DELIVERED: MessageStatus
MESSAGE_STATUS_READ: MessageStatus
MESSAGE_STATUS_PLAYED: MessageStatus
MESSAGE_STATUS_FAILED: MessageStatus
MEDIA_STORAGE_STATUS_UNSPECIFIED: MediaStorageStatus
MEDIA_STORAGE_STATUS_PENDING: MediaStorageStatus
MEDIA_STORAGE_STATUS_STORED: MediaStorageStatus
MEDIA_STORAGE_STATUS_FAILED: MediaStorageStatus
MEDIA_STORAGE_STATUS_UNAVAILABLE: MediaStorageStatus

class Message(_message.Message):
    __slots__ = ("id", "project_id", "version", "channel_id", "chat_id", "contact_id", "session_id", "direction", "from_me", "content_type", "text", "media", "location", "vcards", "reaction", "reply_to_message_id", "mentions", "reactions", "edits", "edited", "revoked", "revoke_time", "source", "agent_id", "provider_message_id", "provider_serialized_id", "sender_provider_id", "sender_name", "status", "error", "attribution", "request_id", "message_time", "sent_time", "delivered_time", "read_time", "played_time", "failed_time", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    DIRECTION_FIELD_NUMBER: _ClassVar[int]
    FROM_ME_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    MEDIA_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    VCARDS_FIELD_NUMBER: _ClassVar[int]
    REACTION_FIELD_NUMBER: _ClassVar[int]
    REPLY_TO_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    MENTIONS_FIELD_NUMBER: _ClassVar[int]
    REACTIONS_FIELD_NUMBER: _ClassVar[int]
    EDITS_FIELD_NUMBER: _ClassVar[int]
    EDITED_FIELD_NUMBER: _ClassVar[int]
    REVOKED_FIELD_NUMBER: _ClassVar[int]
    REVOKE_TIME_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_SERIALIZED_ID_FIELD_NUMBER: _ClassVar[int]
    SENDER_PROVIDER_ID_FIELD_NUMBER: _ClassVar[int]
    SENDER_NAME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTION_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TIME_FIELD_NUMBER: _ClassVar[int]
    SENT_TIME_FIELD_NUMBER: _ClassVar[int]
    DELIVERED_TIME_FIELD_NUMBER: _ClassVar[int]
    READ_TIME_FIELD_NUMBER: _ClassVar[int]
    PLAYED_TIME_FIELD_NUMBER: _ClassVar[int]
    FAILED_TIME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    version: int
    channel_id: str
    chat_id: str
    contact_id: str
    session_id: str
    direction: MessageDirection
    from_me: bool
    content_type: MessageContentType
    text: str
    media: MessageMedia
    location: MessageLocation
    vcards: _containers.RepeatedScalarFieldContainer[str]
    reaction: MessageReactionContent
    reply_to_message_id: str
    mentions: _containers.RepeatedCompositeFieldContainer[MessageMention]
    reactions: _containers.RepeatedCompositeFieldContainer[MessageReaction]
    edits: _containers.RepeatedCompositeFieldContainer[MessageEdit]
    edited: bool
    revoked: bool
    revoke_time: _timestamp_pb2.Timestamp
    source: MessageSource
    agent_id: str
    provider_message_id: str
    provider_serialized_id: str
    sender_provider_id: str
    sender_name: str
    status: MessageStatus
    error: MessageError
    attribution: MessageAttribution
    request_id: str
    message_time: _timestamp_pb2.Timestamp
    sent_time: _timestamp_pb2.Timestamp
    delivered_time: _timestamp_pb2.Timestamp
    read_time: _timestamp_pb2.Timestamp
    played_time: _timestamp_pb2.Timestamp
    failed_time: _timestamp_pb2.Timestamp
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., version: _Optional[int] = ..., channel_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ..., direction: _Optional[_Union[MessageDirection, str]] = ..., from_me: _Optional[bool] = ..., content_type: _Optional[_Union[MessageContentType, str]] = ..., text: _Optional[str] = ..., media: _Optional[_Union[MessageMedia, _Mapping]] = ..., location: _Optional[_Union[MessageLocation, _Mapping]] = ..., vcards: _Optional[_Iterable[str]] = ..., reaction: _Optional[_Union[MessageReactionContent, _Mapping]] = ..., reply_to_message_id: _Optional[str] = ..., mentions: _Optional[_Iterable[_Union[MessageMention, _Mapping]]] = ..., reactions: _Optional[_Iterable[_Union[MessageReaction, _Mapping]]] = ..., edits: _Optional[_Iterable[_Union[MessageEdit, _Mapping]]] = ..., edited: _Optional[bool] = ..., revoked: _Optional[bool] = ..., revoke_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., source: _Optional[_Union[MessageSource, str]] = ..., agent_id: _Optional[str] = ..., provider_message_id: _Optional[str] = ..., provider_serialized_id: _Optional[str] = ..., sender_provider_id: _Optional[str] = ..., sender_name: _Optional[str] = ..., status: _Optional[_Union[MessageStatus, str]] = ..., error: _Optional[_Union[MessageError, _Mapping]] = ..., attribution: _Optional[_Union[MessageAttribution, _Mapping]] = ..., request_id: _Optional[str] = ..., message_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., sent_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., delivered_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., read_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., played_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., failed_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class MessageMedia(_message.Message):
    __slots__ = ("url", "mimetype", "filename", "size_bytes", "sha256", "storage_url", "storage_status", "duration")
    URL_FIELD_NUMBER: _ClassVar[int]
    MIMETYPE_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    STORAGE_URL_FIELD_NUMBER: _ClassVar[int]
    STORAGE_STATUS_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    url: str
    mimetype: str
    filename: str
    size_bytes: int
    sha256: str
    storage_url: str
    storage_status: MediaStorageStatus
    duration: _duration_pb2.Duration
    def __init__(self, url: _Optional[str] = ..., mimetype: _Optional[str] = ..., filename: _Optional[str] = ..., size_bytes: _Optional[int] = ..., sha256: _Optional[str] = ..., storage_url: _Optional[str] = ..., storage_status: _Optional[_Union[MediaStorageStatus, str]] = ..., duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class MessageLocation(_message.Message):
    __slots__ = ("latitude", "longitude", "name", "address", "url", "live")
    LATITUDE_FIELD_NUMBER: _ClassVar[int]
    LONGITUDE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    LIVE_FIELD_NUMBER: _ClassVar[int]
    latitude: float
    longitude: float
    name: str
    address: str
    url: str
    live: bool
    def __init__(self, latitude: _Optional[float] = ..., longitude: _Optional[float] = ..., name: _Optional[str] = ..., address: _Optional[str] = ..., url: _Optional[str] = ..., live: _Optional[bool] = ...) -> None: ...

class MessageReactionContent(_message.Message):
    __slots__ = ("target_message_id", "emoji")
    TARGET_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    EMOJI_FIELD_NUMBER: _ClassVar[int]
    target_message_id: str
    emoji: str
    def __init__(self, target_message_id: _Optional[str] = ..., emoji: _Optional[str] = ...) -> None: ...

class MessageReaction(_message.Message):
    __slots__ = ("emoji", "from_me", "contact_id", "agent_id", "provider_participant_id", "react_time")
    EMOJI_FIELD_NUMBER: _ClassVar[int]
    FROM_ME_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_PARTICIPANT_ID_FIELD_NUMBER: _ClassVar[int]
    REACT_TIME_FIELD_NUMBER: _ClassVar[int]
    emoji: str
    from_me: bool
    contact_id: str
    agent_id: str
    provider_participant_id: str
    react_time: _timestamp_pb2.Timestamp
    def __init__(self, emoji: _Optional[str] = ..., from_me: _Optional[bool] = ..., contact_id: _Optional[str] = ..., agent_id: _Optional[str] = ..., provider_participant_id: _Optional[str] = ..., react_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class MessageMention(_message.Message):
    __slots__ = ("provider_participant_id", "contact_id")
    PROVIDER_PARTICIPANT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    provider_participant_id: str
    contact_id: str
    def __init__(self, provider_participant_id: _Optional[str] = ..., contact_id: _Optional[str] = ...) -> None: ...

class MessageEdit(_message.Message):
    __slots__ = ("previous_text", "text", "edit_time")
    PREVIOUS_TEXT_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    EDIT_TIME_FIELD_NUMBER: _ClassVar[int]
    previous_text: str
    text: str
    edit_time: _timestamp_pb2.Timestamp
    def __init__(self, previous_text: _Optional[str] = ..., text: _Optional[str] = ..., edit_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class MessageError(_message.Message):
    __slots__ = ("code", "message", "blocked", "blocked_until_time")
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    BLOCKED_FIELD_NUMBER: _ClassVar[int]
    BLOCKED_UNTIL_TIME_FIELD_NUMBER: _ClassVar[int]
    code: str
    message: str
    blocked: bool
    blocked_until_time: _timestamp_pb2.Timestamp
    def __init__(self, code: _Optional[str] = ..., message: _Optional[str] = ..., blocked: _Optional[bool] = ..., blocked_until_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class MessageAttribution(_message.Message):
    __slots__ = ("from_ad", "title", "body", "source_url", "source_id", "source_type", "source_app", "ctwa_clid", "conversion_source", "entry_point_conversion_source", "entry_point_conversion_app", "thumbnail_url", "media_url", "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "extra_params")
    class ExtraParamsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    FROM_AD_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    SOURCE_URL_FIELD_NUMBER: _ClassVar[int]
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_APP_FIELD_NUMBER: _ClassVar[int]
    CTWA_CLID_FIELD_NUMBER: _ClassVar[int]
    CONVERSION_SOURCE_FIELD_NUMBER: _ClassVar[int]
    ENTRY_POINT_CONVERSION_SOURCE_FIELD_NUMBER: _ClassVar[int]
    ENTRY_POINT_CONVERSION_APP_FIELD_NUMBER: _ClassVar[int]
    THUMBNAIL_URL_FIELD_NUMBER: _ClassVar[int]
    MEDIA_URL_FIELD_NUMBER: _ClassVar[int]
    UTM_SOURCE_FIELD_NUMBER: _ClassVar[int]
    UTM_MEDIUM_FIELD_NUMBER: _ClassVar[int]
    UTM_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    UTM_TERM_FIELD_NUMBER: _ClassVar[int]
    UTM_CONTENT_FIELD_NUMBER: _ClassVar[int]
    EXTRA_PARAMS_FIELD_NUMBER: _ClassVar[int]
    from_ad: bool
    title: str
    body: str
    source_url: str
    source_id: str
    source_type: str
    source_app: str
    ctwa_clid: str
    conversion_source: str
    entry_point_conversion_source: str
    entry_point_conversion_app: str
    thumbnail_url: str
    media_url: str
    utm_source: str
    utm_medium: str
    utm_campaign: str
    utm_term: str
    utm_content: str
    extra_params: _containers.ScalarMap[str, str]
    def __init__(self, from_ad: _Optional[bool] = ..., title: _Optional[str] = ..., body: _Optional[str] = ..., source_url: _Optional[str] = ..., source_id: _Optional[str] = ..., source_type: _Optional[str] = ..., source_app: _Optional[str] = ..., ctwa_clid: _Optional[str] = ..., conversion_source: _Optional[str] = ..., entry_point_conversion_source: _Optional[str] = ..., entry_point_conversion_app: _Optional[str] = ..., thumbnail_url: _Optional[str] = ..., media_url: _Optional[str] = ..., utm_source: _Optional[str] = ..., utm_medium: _Optional[str] = ..., utm_campaign: _Optional[str] = ..., utm_term: _Optional[str] = ..., utm_content: _Optional[str] = ..., extra_params: _Optional[_Mapping[str, str]] = ...) -> None: ...
