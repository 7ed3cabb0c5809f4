import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import event_pb2 as _event_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.common.v1 import types_pb2 as _types_pb2
from ventros.crm.v1 import contact_pb2 as _contact_pb2
from ventros.crm.v1 import contact_event_pb2 as _contact_event_pb2
from ventros.crm.v1 import contact_list_pb2 as _contact_list_pb2
from ventros.crm.v1 import note_pb2 as _note_pb2
from ventros.crm.v1 import pipeline_pb2 as _pipeline_pb2
from ventros.crm.v1 import tracking_pb2 as _tracking_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ContactCreated(_message.Message):
    __slots__ = ("metadata", "contact")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    contact: _contact_pb2.Contact
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ...) -> None: ...

class ContactUpdated(_message.Message):
    __slots__ = ("metadata", "contact", "changed_fields")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    contact: _contact_pb2.Contact
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ..., changed_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class ContactDeleted(_message.Message):
    __slots__ = ("metadata", "contact_id", "phone", "delete_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    contact_id: str
    phone: _types_pb2.PhoneNumber
    delete_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., contact_id: _Optional[str] = ..., phone: _Optional[_Union[_types_pb2.PhoneNumber, _Mapping]] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ContactUndeleted(_message.Message):
    __slots__ = ("metadata", "contact")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    contact: _contact_pb2.Contact
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ...) -> None: ...

class ContactMerged(_message.Message):
    __slots__ = ("metadata", "survivor_contact_id", "merged_contact_id", "survivor_contact", "merged_phone")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    MERGED_CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_CONTACT_FIELD_NUMBER: _ClassVar[int]
    MERGED_PHONE_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    survivor_contact_id: str
    merged_contact_id: str
    survivor_contact: _contact_pb2.Contact
    merged_phone: _types_pb2.PhoneNumber
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., survivor_contact_id: _Optional[str] = ..., merged_contact_id: _Optional[str] = ..., survivor_contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ..., merged_phone: _Optional[_Union[_types_pb2.PhoneNumber, _Mapping]] = ...) -> None: ...

class ContactTagAdded(_message.Message):
    __slots__ = ("metadata", "contact_id", "tags", "current_tags")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    CURRENT_TAGS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    contact_id: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    current_tags: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., contact_id: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., current_tags: _Optional[_Iterable[str]] = ...) -> None: ...

class ContactTagRemoved(_message.Message):
    __slots__ = ("metadata", "contact_id", "tags", "current_tags")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    CURRENT_TAGS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    contact_id: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    current_tags: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., contact_id: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., current_tags: _Optional[_Iterable[str]] = ...) -> None: ...

class ContactCustomFieldSet(_message.Message):
    __slots__ = ("metadata", "contact_id", "key", "old_value", "new_value")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    OLD_VALUE_FIELD_NUMBER: _ClassVar[int]
    NEW_VALUE_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    contact_id: str
    key: str
    old_value: _types_pb2.CustomFieldValue
    new_value: _types_pb2.CustomFieldValue
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., contact_id: _Optional[str] = ..., key: _Optional[str] = ..., old_value: _Optional[_Union[_types_pb2.CustomFieldValue, _Mapping]] = ..., new_value: _Optional[_Union[_types_pb2.CustomFieldValue, _Mapping]] = ...) -> None: ...

class ContactInteractionRecorded(_message.Message):
    __slots__ = ("metadata", "contact_id", "interaction_time", "direction", "channel_id", "session_id", "message_id", "first_interaction")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    INTERACTION_TIME_FIELD_NUMBER: _ClassVar[int]
    DIRECTION_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    FIRST_INTERACTION_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    contact_id: str
    interaction_time: _timestamp_pb2.Timestamp
    direction: _contact_pb2.ContactInteractionDirection
    channel_id: str
    session_id: str
    message_id: str
    first_interaction: bool
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., contact_id: _Optional[str] = ..., interaction_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., direction: _Optional[_Union[_contact_pb2.ContactInteractionDirection, str]] = ..., channel_id: _Optional[str] = ..., session_id: _Optional[str] = ..., message_id: _Optional[str] = ..., first_interaction: _Optional[bool] = ...) -> None: ...

class ContactPipelineStatusChanged(_message.Message):
    __slots__ = ("metadata", "contact_id", "pipeline_id", "pipeline_name", "previous_status_id", "previous_status_name", "new_status_id", "new_status_name", "new_status_type", "reason", "change_time", "previous_status_duration")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_NAME_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_NAME_FIELD_NUMBER: _ClassVar[int]
    NEW_STATUS_ID_FIELD_NUMBER: _ClassVar[int]
    NEW_STATUS_NAME_FIELD_NUMBER: _ClassVar[int]
    NEW_STATUS_TYPE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    CHANGE_TIME_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_DURATION_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    contact_id: str
    pipeline_id: str
    pipeline_name: str
    previous_status_id: str
    previous_status_name: str
    new_status_id: str
    new_status_name: str
    new_status_type: _pipeline_pb2.PipelineStatusType
    reason: str
    change_time: _timestamp_pb2.Timestamp
    previous_status_duration: _duration_pb2.Duration
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., contact_id: _Optional[str] = ..., pipeline_id: _Optional[str] = ..., pipeline_name: _Optional[str] = ..., previous_status_id: _Optional[str] = ..., previous_status_name: _Optional[str] = ..., new_status_id: _Optional[str] = ..., new_status_name: _Optional[str] = ..., new_status_type: _Optional[_Union[_pipeline_pb2.PipelineStatusType, str]] = ..., reason: _Optional[str] = ..., change_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., previous_status_duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class ContactListCreated(_message.Message):
    __slots__ = ("metadata", "contact_list")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTACT_LIST_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    contact_list: _contact_list_pb2.ContactList
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., contact_list: _Optional[_Union[_contact_list_pb2.ContactList, _Mapping]] = ...) -> None: ...

class ContactListUpdated(_message.Message):
    __slots__ = ("metadata", "contact_list", "changed_fields")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTACT_LIST_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    contact_list: _contact_list_pb2.ContactList
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., contact_list: _Optional[_Union[_contact_list_pb2.ContactList, _Mapping]] = ..., changed_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class ContactListDeleted(_message.Message):
    __slots__ = ("metadata", "contact_list_id", "name")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    contact_list_id: str
    name: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., contact_list_id: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class ContactListMembersAdded(_message.Message):
    __slots__ = ("metadata", "contact_list_id", "contact_ids", "member_count")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_IDS_FIELD_NUMBER: _ClassVar[int]
    MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    contact_list_id: str
    contact_ids: _containers.RepeatedScalarFieldContainer[str]
    member_count: int
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., contact_list_id: _Optional[str] = ..., contact_ids: _Optional[_Iterable[str]] = ..., member_count: _Optional[int] = ...) -> None: ...

class ContactListMembersRemoved(_message.Message):
    __slots__ = ("metadata", "contact_list_id", "contact_ids", "member_count")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_IDS_FIELD_NUMBER: _ClassVar[int]
    MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    contact_list_id: str
    contact_ids: _containers.RepeatedScalarFieldContainer[str]
    member_count: int
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., contact_list_id: _Optional[str] = ..., contact_ids: _Optional[_Iterable[str]] = ..., member_count: _Optional[int] = ...) -> None: ...

class ContactListRecalculated(_message.Message):
    __slots__ = ("metadata", "contact_list_id", "previous_member_count", "member_count", "calculate_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    CALCULATE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    contact_list_id: str
    previous_member_count: int
    member_count: int
    calculate_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., contact_list_id: _Optional[str] = ..., previous_member_count: _Optional[int] = ..., member_count: _Optional[int] = ..., calculate_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class NoteAdded(_message.Message):
    __slots__ = ("metadata", "note")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    note: _note_pb2.Note
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., note: _Optional[_Union[_note_pb2.Note, _Mapping]] = ...) -> None: ...

class NoteUpdated(_message.Message):
    __slots__ = ("metadata", "note", "changed_fields", "previous_content")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_CONTENT_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    note: _note_pb2.Note
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    previous_content: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., note: _Optional[_Union[_note_pb2.Note, _Mapping]] = ..., changed_fields: _Optional[_Iterable[str]] = ..., previous_content: _Optional[str] = ...) -> None: ...

class NotePinned(_message.Message):
    __slots__ = ("metadata", "note_id", "contact_id", "session_id")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    NOTE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    note_id: str
    contact_id: str
    session_id: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., note_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ...) -> None: ...

class NoteUnpinned(_message.Message):
    __slots__ = ("metadata", "note_id", "contact_id", "session_id")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    NOTE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    note_id: str
    contact_id: str
    session_id: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., note_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ...) -> None: ...

class NoteDeleted(_message.Message):
    __slots__ = ("metadata", "note_id", "contact_id", "session_id")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    NOTE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    note_id: str
    contact_id: str
    session_id: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., note_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ...) -> None: ...

class ContactEventCreated(_message.Message):
    __slots__ = ("metadata", "contact_event")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CONTACT_EVENT_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    contact_event: _contact_event_pb2.ContactEvent
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., contact_event: _Optional[_Union[_contact_event_pb2.ContactEvent, _Mapping]] = ...) -> None: ...

class TrackingCreated(_message.Message):
    __slots__ = ("metadata", "tracking")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    TRACKING_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    tracking: _tracking_pb2.Tracking
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., tracking: _Optional[_Union[_tracking_pb2.Tracking, _Mapping]] = ...) -> None: ...

class PipelineCreated(_message.Message):
    __slots__ = ("metadata", "pipeline")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    pipeline: _pipeline_pb2.Pipeline
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., pipeline: _Optional[_Union[_pipeline_pb2.Pipeline, _Mapping]] = ...) -> None: ...

class PipelineUpdated(_message.Message):
    __slots__ = ("metadata", "pipeline", "changed_fields")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    pipeline: _pipeline_pb2.Pipeline
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., pipeline: _Optional[_Union[_pipeline_pb2.Pipeline, _Mapping]] = ..., changed_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class PipelineDeleted(_message.Message):
    __slots__ = ("metadata", "pipeline_id", "name")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    pipeline_id: str
    name: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., pipeline_id: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class PipelineStatusAdded(_message.Message):
    __slots__ = ("metadata", "pipeline_id", "status")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    pipeline_id: str
    status: _pipeline_pb2.PipelineStatus
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., pipeline_id: _Optional[str] = ..., status: _Optional[_Union[_pipeline_pb2.PipelineStatus, _Mapping]] = ...) -> None: ...

class PipelineStatusUpdated(_message.Message):
    __slots__ = ("metadata", "pipeline_id", "status", "changed_fields")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    pipeline_id: str
    status: _pipeline_pb2.PipelineStatus
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., pipeline_id: _Optional[str] = ..., status: _Optional[_Union[_pipeline_pb2.PipelineStatus, _Mapping]] = ..., changed_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class PipelineStatusRemoved(_message.Message):
    __slots__ = ("metadata", "pipeline_id", "status_id", "status_name", "replacement_status_id")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_NAME_FIELD_NUMBER: _ClassVar[int]
    REPLACEMENT_STATUS_ID_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    pipeline_id: str
    status_id: str
    status_name: str
    replacement_status_id: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., pipeline_id: _Optional[str] = ..., status_id: _Optional[str] = ..., status_name: _Optional[str] = ..., replacement_status_id: _Optional[str] = ...) -> None: ...

class PipelineStatusesReordered(_message.Message):
    __slots__ = ("metadata", "pipeline_id", "status_ids")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_IDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    pipeline_id: str
    status_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., pipeline_id: _Optional[str] = ..., status_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class AutomationRuleCreated(_message.Message):
    __slots__ = ("metadata", "automation_rule")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    AUTOMATION_RULE_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    automation_rule: _pipeline_pb2.AutomationRule
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., automation_rule: _Optional[_Union[_pipeline_pb2.AutomationRule, _Mapping]] = ...) -> None: ...

class AutomationRuleUpdated(_message.Message):
    __slots__ = ("metadata", "automation_rule", "changed_fields")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    AUTOMATION_RULE_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    automation_rule: _pipeline_pb2.AutomationRule
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., automation_rule: _Optional[_Union[_pipeline_pb2.AutomationRule, _Mapping]] = ..., changed_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class AutomationRuleDeleted(_message.Message):
    __slots__ = ("metadata", "automation_rule_id", "pipeline_id")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    AUTOMATION_RULE_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    automation_rule_id: str
    pipeline_id: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., automation_rule_id: _Optional[str] = ..., pipeline_id: _Optional[str] = ...) -> None: ...

class AutomationRuleEnabled(_message.Message):
    __slots__ = ("metadata", "automation_rule_id", "pipeline_id")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    AUTOMATION_RULE_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    automation_rule_id: str
    pipeline_id: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., automation_rule_id: _Optional[str] = ..., pipeline_id: _Optional[str] = ...) -> None: ...

class AutomationRuleDisabled(_message.Message):
    __slots__ = ("metadata", "automation_rule_id", "pipeline_id")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    AUTOMATION_RULE_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    automation_rule_id: str
    pipeline_id: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., automation_rule_id: _Optional[str] = ..., pipeline_id: _Optional[str] = ...) -> None: ...

class AutomationRuleTriggered(_message.Message):
    __slots__ = ("metadata", "automation_rule_id", "pipeline_id", "trigger", "contact_id", "session_id", "triggering_event_id", "triggering_event_type", "actions", "trigger_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    AUTOMATION_RULE_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    TRIGGERING_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    TRIGGERING_EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    automation_rule_id: str
    pipeline_id: str
    trigger: _pipeline_pb2.AutomationTrigger
    contact_id: str
    session_id: str
    triggering_event_id: str
    triggering_event_type: str
    actions: _containers.RepeatedCompositeFieldContainer[_pipeline_pb2.AutomationAction]
    trigger_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., automation_rule_id: _Optional[str] = ..., pipeline_id: _Optional[str] = ..., trigger: _Optional[_Union[_pipeline_pb2.AutomationTrigger, str]] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ..., triggering_event_id: _Optional[str] = ..., triggering_event_type: _Optional[str] = ..., actions: _Optional[_Iterable[_Union[_pipeline_pb2.AutomationAction, _Mapping]]] = ..., trigger_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
