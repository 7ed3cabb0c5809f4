import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.common.v1 import types_pb2 as _types_pb2
from ventros.crm.v1 import contact_pb2 as _contact_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateContactRequest(_message.Message):
    __slots__ = ("contact", "request_id")
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    contact: _contact_pb2.Contact
    request_id: str
    def __init__(self, contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateContactResponse(_message.Message):
    __slots__ = ("contact",)
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    contact: _contact_pb2.Contact
    def __init__(self, contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ...) -> None: ...

class GetContactRequest(_message.Message):
    __slots__ = ("contact_id",)
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    contact_id: str
    def __init__(self, contact_id: _Optional[str] = ...) -> None: ...

class GetContactResponse(_message.Message):
    __slots__ = ("contact",)
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    contact: _contact_pb2.Contact
    def __init__(self, contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ...) -> None: ...

class UpdateContactRequest(_message.Message):
    __slots__ = ("contact", "update_mask")
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    contact: _contact_pb2.Contact
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateContactResponse(_message.Message):
    __slots__ = ("contact",)
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    contact: _contact_pb2.Contact
    def __init__(self, contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ...) -> None: ...

class DeleteContactRequest(_message.Message):
    __slots__ = ("contact_id", "version")
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    contact_id: str
    version: int
    def __init__(self, contact_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class DeleteContactResponse(_message.Message):
    __slots__ = ("contact",)
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    contact: _contact_pb2.Contact
    def __init__(self, contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ...) -> None: ...

class UndeleteContactRequest(_message.Message):
    __slots__ = ("contact_id", "version")
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    contact_id: str
    version: int
    def __init__(self, contact_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class UndeleteContactResponse(_message.Message):
    __slots__ = ("contact",)
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    contact: _contact_pb2.Contact
    def __init__(self, contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ...) -> None: ...

class ListContactsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "name", "phone", "email", "tags", "match_all_tags", "custom_fields", "pipeline_id", "pipeline_status_id", "create_time_after", "create_time_before", "source_channel", "show_deleted")
    class CustomFieldsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    MATCH_ALL_TAGS_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_FIELDS_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_STATUS_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_AFTER_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_BEFORE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    SHOW_DELETED_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    name: str
    phone: str
    email: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    match_all_tags: bool
    custom_fields: _containers.ScalarMap[str, str]
    pipeline_id: str
    pipeline_status_id: str
    create_time_after: _timestamp_pb2.Timestamp
    create_time_before: _timestamp_pb2.Timestamp
    source_channel: _contact_pb2.ContactSourceChannel
    show_deleted: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., name: _Optional[str] = ..., phone: _Optional[str] = ..., email: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., match_all_tags: _Optional[bool] = ..., custom_fields: _Optional[_Mapping[str, str]] = ..., pipeline_id: _Optional[str] = ..., pipeline_status_id: _Optional[str] = ..., create_time_after: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time_before: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., source_channel: _Optional[_Union[_contact_pb2.ContactSourceChannel, str]] = ..., show_deleted: _Optional[bool] = ...) -> None: ...

class ListContactsResponse(_message.Message):
    __slots__ = ("contacts", "next_page_token", "total_size")
    CONTACTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    contacts: _containers.RepeatedCompositeFieldContainer[_contact_pb2.Contact]
    next_page_token: str
    total_size: int
    def __init__(self, contacts: _Optional[_Iterable[_Union[_contact_pb2.Contact, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class SearchContactsRequest(_message.Message):
    __slots__ = ("query", "page_size", "page_token")
    QUERY_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    query: str
    page_size: int
    page_token: str
    def __init__(self, query: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class SearchContactsResponse(_message.Message):
    __slots__ = ("contacts", "next_page_token", "total_size")
    CONTACTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    contacts: _containers.RepeatedCompositeFieldContainer[_contact_pb2.Contact]
    next_page_token: str
    total_size: int
    def __init__(self, contacts: _Optional[_Iterable[_Union[_contact_pb2.Contact, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class FindOrCreateContactByPhoneRequest(_message.Message):
    __slots__ = ("phone", "wid", "lid", "jid", "name", "source_channel", "source_channel_id", "default_region_code", "profile_picture_url")
    PHONE_FIELD_NUMBER: _ClassVar[int]
    WID_FIELD_NUMBER: _ClassVar[int]
    LID_FIELD_NUMBER: _ClassVar[int]
    JID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SOURCE_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    SOURCE_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_REGION_CODE_FIELD_NUMBER: _ClassVar[int]
    PROFILE_PICTURE_URL_FIELD_NUMBER: _ClassVar[int]
    phone: str
    wid: str
    lid: str
    jid: str
    name: str
    source_channel: _contact_pb2.ContactSourceChannel
    source_channel_id: str
    default_region_code: str
    profile_picture_url: str
    def __init__(self, phone: _Optional[str] = ..., wid: _Optional[str] = ..., lid: _Optional[str] = ..., jid: _Optional[str] = ..., name: _Optional[str] = ..., source_channel: _Optional[_Union[_contact_pb2.ContactSourceChannel, str]] = ..., source_channel_id: _Optional[str] = ..., default_region_code: _Optional[str] = ..., profile_picture_url: _Optional[str] = ...) -> None: ...

class FindOrCreateContactByPhoneResponse(_message.Message):
    __slots__ = ("contact", "created")
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    contact: _contact_pb2.Contact
    created: bool
    def __init__(self, contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ..., created: _Optional[bool] = ...) -> None: ...

class AddContactTagsRequest(_message.Message):
    __slots__ = ("contact_id", "tags", "version")
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    contact_id: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    version: int
    def __init__(self, contact_id: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., version: _Optional[int] = ...) -> None: ...

class AddContactTagsResponse(_message.Message):
    __slots__ = ("contact", "added_tags")
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    ADDED_TAGS_FIELD_NUMBER: _ClassVar[int]
    contact: _contact_pb2.Contact
    added_tags: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ..., added_tags: _Optional[_Iterable[str]] = ...) -> None: ...

class RemoveContactTagsRequest(_message.Message):
    __slots__ = ("contact_id", "tags", "version")
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    contact_id: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    version: int
    def __init__(self, contact_id: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., version: _Optional[int] = ...) -> None: ...

class RemoveContactTagsResponse(_message.Message):
    __slots__ = ("contact", "removed_tags")
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    REMOVED_TAGS_FIELD_NUMBER: _ClassVar[int]
    contact: _contact_pb2.Contact
    removed_tags: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ..., removed_tags: _Optional[_Iterable[str]] = ...) -> None: ...

class SetContactCustomFieldRequest(_message.Message):
    __slots__ = ("contact_id", "key", "value", "version")
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    contact_id: str
    key: str
    value: _types_pb2.CustomFieldValue
    version: int
    def __init__(self, contact_id: _Optional[str] = ..., key: _Optional[str] = ..., value: _Optional[_Union[_types_pb2.CustomFieldValue, _Mapping]] = ..., version: _Optional[int] = ...) -> None: ...

class SetContactCustomFieldResponse(_message.Message):
    __slots__ = ("contact",)
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    contact: _contact_pb2.Contact
    def __init__(self, contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ...) -> None: ...

class RecordContactInteractionRequest(_message.Message):
    __slots__ = ("contact_id", "interaction_time", "direction", "channel_id", "session_id", "message_id")
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    INTERACTION_TIME_FIELD_NUMBER: _ClassVar[int]
    DIRECTION_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    contact_id: str
    interaction_time: _timestamp_pb2.Timestamp
    direction: _contact_pb2.ContactInteractionDirection
    channel_id: str
    session_id: str
    message_id: str
    def __init__(self, contact_id: _Optional[str] = ..., interaction_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., direction: _Optional[_Union[_contact_pb2.ContactInteractionDirection, str]] = ..., channel_id: _Optional[str] = ..., session_id: _Optional[str] = ..., message_id: _Optional[str] = ...) -> None: ...

class RecordContactInteractionResponse(_message.Message):
    __slots__ = ("contact",)
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    contact: _contact_pb2.Contact
    def __init__(self, contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ...) -> None: ...

class MergeContactsRequest(_message.Message):
    __slots__ = ("contact_id", "merged_contact_id", "prefer_merged_fields", "version", "merged_contact_version")
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    MERGED_CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    PREFER_MERGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    MERGED_CONTACT_VERSION_FIELD_NUMBER: _ClassVar[int]
    contact_id: str
    merged_contact_id: str
    prefer_merged_fields: _field_mask_pb2.FieldMask
    version: int
    merged_contact_version: int
    def __init__(self, contact_id: _Optional[str] = ..., merged_contact_id: _Optional[str] = ..., prefer_merged_fields: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., version: _Optional[int] = ..., merged_contact_version: _Optional[int] = ...) -> None: ...

class MergeContactsResponse(_message.Message):
    __slots__ = ("contact", "merged_contact")
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    MERGED_CONTACT_FIELD_NUMBER: _ClassVar[int]
    contact: _contact_pb2.Contact
    merged_contact: _contact_pb2.Contact
    def __init__(self, contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ..., merged_contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ...) -> None: ...

class ContactImportColumnMapping(_message.Message):
    __slots__ = ("column_name", "column_index", "field", "custom_field_key", "custom_field_type")
    COLUMN_NAME_FIELD_NUMBER: _ClassVar[int]
    COLUMN_INDEX_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_FIELD_KEY_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_FIELD_TYPE_FIELD_NUMBER: _ClassVar[int]
    column_name: str
    column_index: int
    field: _contact_pb2.ContactImportField
    custom_field_key: str
    custom_field_type: _types_pb2.CustomFieldType
    def __init__(self, column_name: _Optional[str] = ..., column_index: _Optional[int] = ..., field: _Optional[_Union[_contact_pb2.ContactImportField, str]] = ..., custom_field_key: _Optional[str] = ..., custom_field_type: _Optional[_Union[_types_pb2.CustomFieldType, str]] = ...) -> None: ...

class ImportContactsRequest(_message.Message):
    __slots__ = ("csv_content", "file_name", "delimiter", "has_header_row", "column_mappings", "match_key", "dedupe_policy", "default_region_code", "tags", "contact_list_id", "validate_only", "request_id")
    CSV_CONTENT_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    DELIMITER_FIELD_NUMBER: _ClassVar[int]
    HAS_HEADER_ROW_FIELD_NUMBER: _ClassVar[int]
    COLUMN_MAPPINGS_FIELD_NUMBER: _ClassVar[int]
    MATCH_KEY_FIELD_NUMBER: _ClassVar[int]
    DEDUPE_POLICY_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_REGION_CODE_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    VALIDATE_ONLY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    csv_content: bytes
    file_name: str
    delimiter: str
    has_header_row: bool
    column_mappings: _containers.RepeatedCompositeFieldContainer[ContactImportColumnMapping]
    match_key: _contact_pb2.ContactImportMatchKey
    dedupe_policy: _contact_pb2.ContactImportDedupePolicy
    default_region_code: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    contact_list_id: str
    validate_only: bool
    request_id: str
    def __init__(self, csv_content: _Optional[bytes] = ..., file_name: _Optional[str] = ..., delimiter: _Optional[str] = ..., has_header_row: _Optional[bool] = ..., column_mappings: _Optional[_Iterable[_Union[ContactImportColumnMapping, _Mapping]]] = ..., match_key: _Optional[_Union[_contact_pb2.ContactImportMatchKey, str]] = ..., dedupe_policy: _Optional[_Union[_contact_pb2.ContactImportDedupePolicy, str]] = ..., default_region_code: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., contact_list_id: _Optional[str] = ..., validate_only: _Optional[bool] = ..., request_id: _Optional[str] = ...) -> None: ...

class ContactImportRowError(_message.Message):
    __slots__ = ("row_number", "column", "message")
    ROW_NUMBER_FIELD_NUMBER: _ClassVar[int]
    COLUMN_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    row_number: int
    column: str
    message: str
    def __init__(self, row_number: _Optional[int] = ..., column: _Optional[str] = ..., message: _Optional[str] = ...) -> None: ...

class ContactImportProgress(_message.Message):
    __slots__ = ("total_rows", "rows_processed", "rows_created", "rows_updated", "rows_skipped", "rows_failed")
    TOTAL_ROWS_FIELD_NUMBER: _ClassVar[int]
    ROWS_PROCESSED_FIELD_NUMBER: _ClassVar[int]
    ROWS_CREATED_FIELD_NUMBER: _ClassVar[int]
    ROWS_UPDATED_FIELD_NUMBER: _ClassVar[int]
    ROWS_SKIPPED_FIELD_NUMBER: _ClassVar[int]
    ROWS_FAILED_FIELD_NUMBER: _ClassVar[int]
    total_rows: int
    rows_processed: int
    rows_created: int
    rows_updated: int
    rows_skipped: int
    rows_failed: int
    def __init__(self, total_rows: _Optional[int] = ..., rows_processed: _Optional[int] = ..., rows_created: _Optional[int] = ..., rows_updated: _Optional[int] = ..., rows_skipped: _Optional[int] = ..., rows_failed: _Optional[int] = ...) -> None: ...

class ImportContactsResponse(_message.Message):
    __slots__ = ("import_id", "progress", "row_errors", "done", "error")
    IMPORT_ID_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    ROW_ERRORS_FIELD_NUMBER: _ClassVar[int]
    DONE_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    import_id: str
    progress: ContactImportProgress
    row_errors: _containers.RepeatedCompositeFieldContainer[ContactImportRowError]
    done: bool
    error: str
    def __init__(self, import_id: _Optional[str] = ..., progress: _Optional[_Union[ContactImportProgress, _Mapping]] = ..., row_errors: _Optional[_Iterable[_Union[ContactImportRowError, _Mapping]]] = ..., done: _Optional[bool] = ..., error: _Optional[str] = ...) -> None: ...

class ExportContactsRequest(_message.Message):
    __slots__ = ("filter", "order_by", "name", "phone", "email", "tags", "match_all_tags", "custom_fields", "pipeline_id", "pipeline_status_id", "create_time_after", "create_time_before", "contact_list_id", "columns", "delimiter")
    class CustomFieldsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    MATCH_ALL_TAGS_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_FIELDS_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_STATUS_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_AFTER_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_BEFORE_FIELD_NUMBER: _ClassVar[int]
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    DELIMITER_FIELD_NUMBER: _ClassVar[int]
    filter: str
    order_by: str
    name: str
    phone: str
    email: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    match_all_tags: bool
    custom_fields: _containers.ScalarMap[str, str]
    pipeline_id: str
    pipeline_status_id: str
    create_time_after: _timestamp_pb2.Timestamp
    create_time_before: _timestamp_pb2.Timestamp
    contact_list_id: str
    columns: _containers.RepeatedScalarFieldContainer[str]
    delimiter: str
    def __init__(self, filter: _Optional[str] = ..., order_by: _Optional[str] = ..., name: _Optional[str] = ..., phone: _Optional[str] = ..., email: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., match_all_tags: _Optional[bool] = ..., custom_fields: _Optional[_Mapping[str, str]] = ..., pipeline_id: _Optional[str] = ..., pipeline_status_id: _Optional[str] = ..., create_time_after: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time_before: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., contact_list_id: _Optional[str] = ..., columns: _Optional[_Iterable[str]] = ..., delimiter: _Optional[str] = ...) -> None: ...

class ExportContactsResponse(_message.Message):
    __slots__ = ("chunk", "rows_exported", "total_rows", "done")
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    ROWS_EXPORTED_FIELD_NUMBER: _ClassVar[int]
    TOTAL_ROWS_FIELD_NUMBER: _ClassVar[int]
    DONE_FIELD_NUMBER: _ClassVar[int]
    chunk: bytes
    rows_exported: int
    total_rows: int
    done: bool
    def __init__(self, chunk: _Optional[bytes] = ..., rows_exported: _Optional[int] = ..., total_rows: _Optional[int] = ..., done: _Optional[bool] = ...) -> None: ...
