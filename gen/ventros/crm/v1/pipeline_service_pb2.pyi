import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.crm.v1 import pipeline_pb2 as _pipeline_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreatePipelineRequest(_message.Message):
    __slots__ = ("pipeline", "request_id")
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    pipeline: _pipeline_pb2.Pipeline
    request_id: str
    def __init__(self, pipeline: _Optional[_Union[_pipeline_pb2.Pipeline, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreatePipelineResponse(_message.Message):
    __slots__ = ("pipeline",)
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    pipeline: _pipeline_pb2.Pipeline
    def __init__(self, pipeline: _Optional[_Union[_pipeline_pb2.Pipeline, _Mapping]] = ...) -> None: ...

class GetPipelineRequest(_message.Message):
    __slots__ = ("pipeline_id",)
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    pipeline_id: str
    def __init__(self, pipeline_id: _Optional[str] = ...) -> None: ...

class GetPipelineResponse(_message.Message):
    __slots__ = ("pipeline",)
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    pipeline: _pipeline_pb2.Pipeline
    def __init__(self, pipeline: _Optional[_Union[_pipeline_pb2.Pipeline, _Mapping]] = ...) -> None: ...

class ListPipelinesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "active_only", "name", "show_deleted")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_ONLY_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SHOW_DELETED_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    active_only: bool
    name: str
    show_deleted: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., active_only: _Optional[bool] = ..., name: _Optional[str] = ..., show_deleted: _Optional[bool] = ...) -> None: ...

class ListPipelinesResponse(_message.Message):
    __slots__ = ("pipelines", "next_page_token", "total_size")
    PIPELINES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    pipelines: _containers.RepeatedCompositeFieldContainer[_pipeline_pb2.Pipeline]
    next_page_token: str
    total_size: int
    def __init__(self, pipelines: _Optional[_Iterable[_Union[_pipeline_pb2.Pipeline, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class UpdatePipelineRequest(_message.Message):
    __slots__ = ("pipeline", "update_mask")
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    pipeline: _pipeline_pb2.Pipeline
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, pipeline: _Optional[_Union[_pipeline_pb2.Pipeline, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdatePipelineResponse(_message.Message):
    __slots__ = ("pipeline",)
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    pipeline: _pipeline_pb2.Pipeline
    def __init__(self, pipeline: _Optional[_Union[_pipeline_pb2.Pipeline, _Mapping]] = ...) -> None: ...

class DeletePipelineRequest(_message.Message):
    __slots__ = ("pipeline_id", "version")
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    pipeline_id: str
    version: int
    def __init__(self, pipeline_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class DeletePipelineResponse(_message.Message):
    __slots__ = ("pipeline",)
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    pipeline: _pipeline_pb2.Pipeline
    def __init__(self, pipeline: _Optional[_Union[_pipeline_pb2.Pipeline, _Mapping]] = ...) -> None: ...

class AddPipelineStatusRequest(_message.Message):
    __slots__ = ("pipeline_id", "status", "version")
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    pipeline_id: str
    status: _pipeline_pb2.PipelineStatus
    version: int
    def __init__(self, pipeline_id: _Optional[str] = ..., status: _Optional[_Union[_pipeline_pb2.PipelineStatus, _Mapping]] = ..., version: _Optional[int] = ...) -> None: ...

class AddPipelineStatusResponse(_message.Message):
    __slots__ = ("status", "pipeline")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    status: _pipeline_pb2.PipelineStatus
    pipeline: _pipeline_pb2.Pipeline
    def __init__(self, status: _Optional[_Union[_pipeline_pb2.PipelineStatus, _Mapping]] = ..., pipeline: _Optional[_Union[_pipeline_pb2.Pipeline, _Mapping]] = ...) -> None: ...

class UpdatePipelineStatusRequest(_message.Message):
    __slots__ = ("status", "update_mask", "version")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    status: _pipeline_pb2.PipelineStatus
    update_mask: _field_mask_pb2.FieldMask
    version: int
    def __init__(self, status: _Optional[_Union[_pipeline_pb2.PipelineStatus, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., version: _Optional[int] = ...) -> None: ...

class UpdatePipelineStatusResponse(_message.Message):
    __slots__ = ("status", "pipeline")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    status: _pipeline_pb2.PipelineStatus
    pipeline: _pipeline_pb2.Pipeline
    def __init__(self, status: _Optional[_Union[_pipeline_pb2.PipelineStatus, _Mapping]] = ..., pipeline: _Optional[_Union[_pipeline_pb2.Pipeline, _Mapping]] = ...) -> None: ...

class RemovePipelineStatusRequest(_message.Message):
    __slots__ = ("pipeline_id", "status_id", "replacement_status_id", "version")
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_ID_FIELD_NUMBER: _ClassVar[int]
    REPLACEMENT_STATUS_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    pipeline_id: str
    status_id: str
    replacement_status_id: str
    version: int
    def __init__(self, pipeline_id: _Optional[str] = ..., status_id: _Optional[str] = ..., replacement_status_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class RemovePipelineStatusResponse(_message.Message):
    __slots__ = ("pipeline",)
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    pipeline: _pipeline_pb2.Pipeline
    def __init__(self, pipeline: _Optional[_Union[_pipeline_pb2.Pipeline, _Mapping]] = ...) -> None: ...

class ReorderPipelineStatusesRequest(_message.Message):
    __slots__ = ("pipeline_id", "status_ids", "version")
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_IDS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    pipeline_id: str
    status_ids: _containers.RepeatedScalarFieldContainer[str]
    version: int
    def __init__(self, pipeline_id: _Optional[str] = ..., status_ids: _Optional[_Iterable[str]] = ..., version: _Optional[int] = ...) -> None: ...

class ReorderPipelineStatusesResponse(_message.Message):
    __slots__ = ("pipeline",)
    PIPELINE_FIELD_NUMBER: _ClassVar[int]
    pipeline: _pipeline_pb2.Pipeline
    def __init__(self, pipeline: _Optional[_Union[_pipeline_pb2.Pipeline, _Mapping]] = ...) -> None: ...

class ChangeContactPipelineStatusRequest(_message.Message):
    __slots__ = ("contact_id", "pipeline_id", "status_id", "reason")
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    contact_id: str
    pipeline_id: str
    status_id: str
    reason: str
    def __init__(self, contact_id: _Optional[str] = ..., pipeline_id: _Optional[str] = ..., status_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class ChangeContactPipelineStatusResponse(_message.Message):
    __slots__ = ("contact_pipeline_status", "previous_status_id", "changed")
    CONTACT_PIPELINE_STATUS_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELD_NUMBER: _ClassVar[int]
    contact_pipeline_status: _pipeline_pb2.ContactPipelineStatus
    previous_status_id: str
    changed: bool
    def __init__(self, contact_pipeline_status: _Optional[_Union[_pipeline_pb2.ContactPipelineStatus, _Mapping]] = ..., previous_status_id: _Optional[str] = ..., changed: _Optional[bool] = ...) -> None: ...

class GetContactPipelineStatusRequest(_message.Message):
    __slots__ = ("contact_id", "pipeline_id")
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    contact_id: str
    pipeline_id: str
    def __init__(self, contact_id: _Optional[str] = ..., pipeline_id: _Optional[str] = ...) -> None: ...

class GetContactPipelineStatusResponse(_message.Message):
    __slots__ = ("contact_pipeline_status",)
    CONTACT_PIPELINE_STATUS_FIELD_NUMBER: _ClassVar[int]
    contact_pipeline_status: _pipeline_pb2.ContactPipelineStatus
    def __init__(self, contact_pipeline_status: _Optional[_Union[_pipeline_pb2.ContactPipelineStatus, _Mapping]] = ...) -> None: ...

class ListContactPipelineStatusesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "contact_id")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    contact_id: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., contact_id: _Optional[str] = ...) -> None: ...

class ListContactPipelineStatusesResponse(_message.Message):
    __slots__ = ("contact_pipeline_statuses", "next_page_token", "total_size")
    CONTACT_PIPELINE_STATUSES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    contact_pipeline_statuses: _containers.RepeatedCompositeFieldContainer[_pipeline_pb2.ContactPipelineStatus]
    next_page_token: str
    total_size: int
    def __init__(self, contact_pipeline_statuses: _Optional[_Iterable[_Union[_pipeline_pb2.ContactPipelineStatus, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class ListContactPipelineHistoryRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "contact_id", "pipeline_id", "enter_time_after", "enter_time_before")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    ENTER_TIME_AFTER_FIELD_NUMBER: _ClassVar[int]
    ENTER_TIME_BEFORE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    contact_id: str
    pipeline_id: str
    enter_time_after: _timestamp_pb2.Timestamp
    enter_time_before: _timestamp_pb2.Timestamp
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., contact_id: _Optional[str] = ..., pipeline_id: _Optional[str] = ..., enter_time_after: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., enter_time_before: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListContactPipelineHistoryResponse(_message.Message):
    __slots__ = ("contact_pipeline_history_entries", "next_page_token", "total_size")
    CONTACT_PIPELINE_HISTORY_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    contact_pipeline_history_entries: _containers.RepeatedCompositeFieldContainer[_pipeline_pb2.ContactPipelineHistoryEntry]
    next_page_token: str
    total_size: int
    def __init__(self, contact_pipeline_history_entries: _Optional[_Iterable[_Union[_pipeline_pb2.ContactPipelineHistoryEntry, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class CreateAutomationRuleRequest(_message.Message):
    __slots__ = ("pipeline_id", "automation_rule", "request_id")
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    AUTOMATION_RULE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    pipeline_id: str
    automation_rule: _pipeline_pb2.AutomationRule
    request_id: str
    def __init__(self, pipeline_id: _Optional[str] = ..., automation_rule: _Optional[_Union[_pipeline_pb2.AutomationRule, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateAutomationRuleResponse(_message.Message):
    __slots__ = ("automation_rule",)
    AUTOMATION_RULE_FIELD_NUMBER: _ClassVar[int]
    automation_rule: _pipeline_pb2.AutomationRule
    def __init__(self, automation_rule: _Optional[_Union[_pipeline_pb2.AutomationRule, _Mapping]] = ...) -> None: ...

class GetAutomationRuleRequest(_message.Message):
    __slots__ = ("pipeline_id", "automation_rule_id")
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    AUTOMATION_RULE_ID_FIELD_NUMBER: _ClassVar[int]
    pipeline_id: str
    automation_rule_id: str
    def __init__(self, pipeline_id: _Optional[str] = ..., automation_rule_id: _Optional[str] = ...) -> None: ...

class GetAutomationRuleResponse(_message.Message):
    __slots__ = ("automation_rule",)
    AUTOMATION_RULE_FIELD_NUMBER: _ClassVar[int]
    automation_rule: _pipeline_pb2.AutomationRule
    def __init__(self, automation_rule: _Optional[_Union[_pipeline_pb2.AutomationRule, _Mapping]] = ...) -> None: ...

class ListAutomationRulesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "pipeline_id", "triggers", "enabled_only")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    TRIGGERS_FIELD_NUMBER: _ClassVar[int]
    ENABLED_ONLY_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    pipeline_id: str
    triggers: _containers.RepeatedScalarFieldContainer[_pipeline_pb2.AutomationTrigger]
    enabled_only: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., pipeline_id: _Optional[str] = ..., triggers: _Optional[_Iterable[_Union[_pipeline_pb2.AutomationTrigger, str]]] = ..., enabled_only: _Optional[bool] = ...) -> None: ...

class ListAutomationRulesResponse(_message.Message):
    __slots__ = ("automation_rules", "next_page_token", "total_size")
    AUTOMATION_RULES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    automation_rules: _containers.RepeatedCompositeFieldContainer[_pipeline_pb2.AutomationRule]
    next_page_token: str
    total_size: int
    def __init__(self, automation_rules: _Optional[_Iterable[_Union[_pipeline_pb2.AutomationRule, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class UpdateAutomationRuleRequest(_message.Message):
    __slots__ = ("automation_rule", "update_mask")
    AUTOMATION_RULE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    automation_rule: _pipeline_pb2.AutomationRule
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, automation_rule: _Optional[_Union[_pipeline_pb2.AutomationRule, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateAutomationRuleResponse(_message.Message):
    __slots__ = ("automation_rule",)
    AUTOMATION_RULE_FIELD_NUMBER: _ClassVar[int]
    automation_rule: _pipeline_pb2.AutomationRule
    def __init__(self, automation_rule: _Optional[_Union[_pipeline_pb2.AutomationRule, _Mapping]] = ...) -> None: ...

class DeleteAutomationRuleRequest(_message.Message):
    __slots__ = ("pipeline_id", "automation_rule_id", "version")
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    AUTOMATION_RULE_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    pipeline_id: str
    automation_rule_id: str
    version: int
    def __init__(self, pipeline_id: _Optional[str] = ..., automation_rule_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class DeleteAutomationRuleResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class EnableAutomationRuleRequest(_message.Message):
    __slots__ = ("pipeline_id", "automation_rule_id")
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    AUTOMATION_RULE_ID_FIELD_NUMBER: _ClassVar[int]
    pipeline_id: str
    automation_rule_id: str
    def __init__(self, pipeline_id: _Optional[str] = ..., automation_rule_id: _Optional[str] = ...) -> None: ...

class EnableAutomationRuleResponse(_message.Message):
    __slots__ = ("automation_rule",)
    AUTOMATION_RULE_FIELD_NUMBER: _ClassVar[int]
    automation_rule: _pipeline_pb2.AutomationRule
    def __init__(self, automation_rule: _Optional[_Union[_pipeline_pb2.AutomationRule, _Mapping]] = ...) -> None: ...

class DisableAutomationRuleRequest(_message.Message):
    __slots__ = ("pipeline_id", "automation_rule_id")
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    AUTOMATION_RULE_ID_FIELD_NUMBER: _ClassVar[int]
    pipeline_id: str
    automation_rule_id: str
    def __init__(self, pipeline_id: _Optional[str] = ..., automation_rule_id: _Optional[str] = ...) -> None: ...

class DisableAutomationRuleResponse(_message.Message):
    __slots__ = ("automation_rule",)
    AUTOMATION_RULE_FIELD_NUMBER: _ClassVar[int]
    automation_rule: _pipeline_pb2.AutomationRule
    def __init__(self, automation_rule: _Optional[_Union[_pipeline_pb2.AutomationRule, _Mapping]] = ...) -> None: ...
