from ventros.common.v1 import types_pb2 as _types_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class MediaType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MEDIA_TYPE_UNSPECIFIED: _ClassVar[MediaType]
    MEDIA_TYPE_IMAGE: _ClassVar[MediaType]
    MEDIA_TYPE_VIDEO: _ClassVar[MediaType]
    MEDIA_TYPE_AUDIO: _ClassVar[MediaType]
    MEDIA_TYPE_VOICE: _ClassVar[MediaType]
    MEDIA_TYPE_DOCUMENT: _ClassVar[MediaType]
    MEDIA_TYPE_STICKER: _ClassVar[MediaType]

class DelayUnit(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DELAY_UNIT_UNSPECIFIED: _ClassVar[DelayUnit]
    DELAY_UNIT_MINUTES: _ClassVar[DelayUnit]
    DELAY_UNIT_HOURS: _ClassVar[DelayUnit]
    DELAY_UNIT_DAYS: _ClassVar[DelayUnit]

class StepConditionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    STEP_CONDITION_TYPE_UNSPECIFIED: _ClassVar[StepConditionType]
    STEP_CONDITION_TYPE_TAG: _ClassVar[StepConditionType]
    STEP_CONDITION_TYPE_CUSTOM_FIELD: _ClassVar[StepConditionType]
    STEP_CONDITION_TYPE_PIPELINE_STATUS: _ClassVar[StepConditionType]
    STEP_CONDITION_TYPE_LAST_ACTIVITY: _ClassVar[StepConditionType]
    STEP_CONDITION_TYPE_LIST_MEMBERSHIP: _ClassVar[StepConditionType]
    STEP_CONDITION_TYPE_REPLIED: _ClassVar[StepConditionType]

class ConditionOperator(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONDITION_OPERATOR_UNSPECIFIED: _ClassVar[ConditionOperator]
    CONDITION_OPERATOR_EQ: _ClassVar[ConditionOperator]
    CONDITION_OPERATOR_NE: _ClassVar[ConditionOperator]
    CONDITION_OPERATOR_GT: _ClassVar[ConditionOperator]
    CONDITION_OPERATOR_LT: _ClassVar[ConditionOperator]
    CONDITION_OPERATOR_GTE: _ClassVar[ConditionOperator]
    CONDITION_OPERATOR_LTE: _ClassVar[ConditionOperator]
    CONDITION_OPERATOR_CONTAINS: _ClassVar[ConditionOperator]
    CONDITION_OPERATOR_NOT_CONTAINS: _ClassVar[ConditionOperator]
    CONDITION_OPERATOR_IN: _ClassVar[ConditionOperator]
    CONDITION_OPERATOR_NOT_IN: _ClassVar[ConditionOperator]
    CONDITION_OPERATOR_IS_NULL: _ClassVar[ConditionOperator]
    CONDITION_OPERATOR_IS_NOT_NULL: _ClassVar[ConditionOperator]
MEDIA_TYPE_UNSPECIFIED: MediaType
MEDIA_TYPE_IMAGE: MediaType
MEDIA_TYPE_VIDEO: MediaType
MEDIA_TYPE_AUDIO: MediaType
MEDIA_TYPE_VOICE: MediaType
MEDIA_TYPE_DOCUMENT: MediaType
MEDIA_TYPE_STICKER: MediaType
DELAY_UNIT_UNSPECIFIED: DelayUnit
DELAY_UNIT_MINUTES: DelayUnit
DELAY_UNIT_HOURS: DelayUnit
DELAY_UNIT_DAYS: DelayUnit
STEP_CONDITION_TYPE_UNSPECIFIED: StepConditionType
STEP_CONDITION_TYPE_TAG: StepConditionType
STEP_CONDITION_TYPE_CUSTOM_FIELD: StepConditionType
STEP_CONDITION_TYPE_PIPELINE_STATUS: StepConditionType
STEP_CONDITION_TYPE_LAST_ACTIVITY: StepConditionType
STEP_CONDITION_TYPE_LIST_MEMBERSHIP: StepConditionType
STEP_CONDITION_TYPE_REPLIED: StepConditionType
CONDITION_OPERATOR_UNSPECIFIED: ConditionOperator
CONDITION_OPERATOR_EQ: ConditionOperator
CONDITION_OPERATOR_NE: ConditionOperator
CONDITION_OPERATOR_GT: ConditionOperator
CONDITION_OPERATOR_LT: ConditionOperator
CONDITION_OPERATOR_GTE: ConditionOperator
CONDITION_OPERATOR_LTE: ConditionOperator
CONDITION_OPERATOR_CONTAINS: ConditionOperator
CONDITION_OPERATOR_NOT_CONTAINS: ConditionOperator
CONDITION_OPERATOR_IN: ConditionOperator
CONDITION_OPERATOR_NOT_IN: ConditionOperator
CONDITION_OPERATOR_IS_NULL: ConditionOperator
CONDITION_OPERATOR_IS_NOT_NULL: ConditionOperator

class MessageTemplate(_message.Message):
    __slots__ = ("text", "media", "provider_template")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    MEDIA_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    text: TextTemplate
    media: MediaTemplate
    provider_template: ProviderTemplate
    def __init__(self, text: _Optional[_Union[TextTemplate, _Mapping]] = ..., media: _Optional[_Union[MediaTemplate, _Mapping]] = ..., provider_template: _Optional[_Union[ProviderTemplate, _Mapping]] = ...) -> None: ...

class TextTemplate(_message.Message):
    __slots__ = ("body",)
    BODY_FIELD_NUMBER: _ClassVar[int]
    body: str
    def __init__(self, body: _Optional[str] = ...) -> None: ...

class MediaTemplate(_message.Message):
    __slots__ = ("media_type", "url", "mime_type", "filename", "caption")
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    MIME_TYPE_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    CAPTION_FIELD_NUMBER: _ClassVar[int]
    media_type: MediaType
    url: str
    mime_type: str
    filename: str
    caption: str
    def __init__(self, media_type: _Optional[_Union[MediaType, str]] = ..., url: _Optional[str] = ..., mime_type: _Optional[str] = ..., filename: _Optional[str] = ..., caption: _Optional[str] = ...) -> None: ...

class ProviderTemplate(_message.Message):
    __slots__ = ("name", "language_code", "variables")
    class VariablesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_CODE_FIELD_NUMBER: _ClassVar[int]
    VARIABLES_FIELD_NUMBER: _ClassVar[int]
    name: str
    language_code: str
    variables: _containers.ScalarMap[str, str]
    def __init__(self, name: _Optional[str] = ..., language_code: _Optional[str] = ..., variables: _Optional[_Mapping[str, str]] = ...) -> None: ...

class Delay(_message.Message):
    __slots__ = ("amount", "unit")
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    amount: int
    unit: DelayUnit
    def __init__(self, amount: _Optional[int] = ..., unit: _Optional[_Union[DelayUnit, str]] = ...) -> None: ...

class StepCondition(_message.Message):
    __slots__ = ("type", "key", "operator", "value")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    type: StepConditionType
    key: str
    operator: ConditionOperator
    value: _types_pb2.CustomFieldValue
    def __init__(self, type: _Optional[_Union[StepConditionType, str]] = ..., key: _Optional[str] = ..., operator: _Optional[_Union[ConditionOperator, str]] = ..., value: _Optional[_Union[_types_pb2.CustomFieldValue, _Mapping]] = ...) -> None: ...
