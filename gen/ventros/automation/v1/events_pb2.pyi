import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.automation.v1 import broadcast_pb2 as _broadcast_pb2
from ventros.automation.v1 import campaign_pb2 as _campaign_pb2
from ventros.automation.v1 import sequence_pb2 as _sequence_pb2
from ventros.automation.v1 import webhook_delivery_pb2 as _webhook_delivery_pb2
from ventros.automation.v1 import webhook_subscription_pb2 as _webhook_subscription_pb2
from ventros.common.v1 import event_pb2 as _event_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class BroadcastCreated(_message.Message):
    __slots__ = ("metadata", "broadcast")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    broadcast: _broadcast_pb2.Broadcast
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., broadcast: _Optional[_Union[_broadcast_pb2.Broadcast, _Mapping]] = ...) -> None: ...

class BroadcastUpdated(_message.Message):
    __slots__ = ("metadata", "broadcast", "changed_fields")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    broadcast: _broadcast_pb2.Broadcast
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., broadcast: _Optional[_Union[_broadcast_pb2.Broadcast, _Mapping]] = ..., changed_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class BroadcastDeleted(_message.Message):
    __slots__ = ("metadata", "broadcast_id", "name", "delete_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    broadcast_id: str
    name: str
    delete_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., broadcast_id: _Optional[str] = ..., name: _Optional[str] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BroadcastScheduled(_message.Message):
    __slots__ = ("metadata", "broadcast_id", "schedule_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_ID_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    broadcast_id: str
    schedule_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., broadcast_id: _Optional[str] = ..., schedule_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BroadcastStarted(_message.Message):
    __slots__ = ("metadata", "broadcast_id", "channel_id", "contact_list_id", "total_count", "start_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    TOTAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    broadcast_id: str
    channel_id: str
    contact_list_id: str
    total_count: int
    start_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., broadcast_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., contact_list_id: _Optional[str] = ..., total_count: _Optional[int] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BroadcastContactSent(_message.Message):
    __slots__ = ("metadata", "broadcast_id", "broadcast_execution_id", "contact_id", "message_id", "channel_id", "sent_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_ID_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_EXECUTION_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    SENT_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    broadcast_id: str
    broadcast_execution_id: str
    contact_id: str
    message_id: str
    channel_id: str
    sent_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., broadcast_id: _Optional[str] = ..., broadcast_execution_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., message_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., sent_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BroadcastCompleted(_message.Message):
    __slots__ = ("metadata", "broadcast_id", "stats", "end_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_ID_FIELD_NUMBER: _ClassVar[int]
    STATS_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    broadcast_id: str
    stats: _broadcast_pb2.BroadcastStats
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., broadcast_id: _Optional[str] = ..., stats: _Optional[_Union[_broadcast_pb2.BroadcastStats, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BroadcastCanceled(_message.Message):
    __slots__ = ("metadata", "broadcast_id", "previous_status", "reason", "stats", "end_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    STATS_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    broadcast_id: str
    previous_status: _broadcast_pb2.BroadcastStatus
    reason: str
    stats: _broadcast_pb2.BroadcastStats
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., broadcast_id: _Optional[str] = ..., previous_status: _Optional[_Union[_broadcast_pb2.BroadcastStatus, str]] = ..., reason: _Optional[str] = ..., stats: _Optional[_Union[_broadcast_pb2.BroadcastStats, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BroadcastFailed(_message.Message):
    __slots__ = ("metadata", "broadcast_id", "previous_status", "error_message", "stats", "end_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    STATS_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    broadcast_id: str
    previous_status: _broadcast_pb2.BroadcastStatus
    error_message: str
    stats: _broadcast_pb2.BroadcastStats
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., broadcast_id: _Optional[str] = ..., previous_status: _Optional[_Union[_broadcast_pb2.BroadcastStatus, str]] = ..., error_message: _Optional[str] = ..., stats: _Optional[_Union[_broadcast_pb2.BroadcastStats, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SequenceCreated(_message.Message):
    __slots__ = ("metadata", "sequence")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    sequence: _sequence_pb2.Sequence
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., sequence: _Optional[_Union[_sequence_pb2.Sequence, _Mapping]] = ...) -> None: ...

class SequenceUpdated(_message.Message):
    __slots__ = ("metadata", "sequence", "changed_fields")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    sequence: _sequence_pb2.Sequence
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., sequence: _Optional[_Union[_sequence_pb2.Sequence, _Mapping]] = ..., changed_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class SequenceDeleted(_message.Message):
    __slots__ = ("metadata", "sequence_id", "name", "delete_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    sequence_id: str
    name: str
    delete_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., sequence_id: _Optional[str] = ..., name: _Optional[str] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SequenceActivated(_message.Message):
    __slots__ = ("metadata", "sequence_id", "previous_status", "trigger", "step_count")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    STEP_COUNT_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    sequence_id: str
    previous_status: _sequence_pb2.SequenceStatus
    trigger: _sequence_pb2.SequenceTrigger
    step_count: int
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., sequence_id: _Optional[str] = ..., previous_status: _Optional[_Union[_sequence_pb2.SequenceStatus, str]] = ..., trigger: _Optional[_Union[_sequence_pb2.SequenceTrigger, _Mapping]] = ..., step_count: _Optional[int] = ...) -> None: ...

class SequencePaused(_message.Message):
    __slots__ = ("metadata", "sequence_id")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    sequence_id: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., sequence_id: _Optional[str] = ...) -> None: ...

class SequenceResumed(_message.Message):
    __slots__ = ("metadata", "sequence_id")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    sequence_id: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., sequence_id: _Optional[str] = ...) -> None: ...

class SequenceArchived(_message.Message):
    __slots__ = ("metadata", "sequence_id", "previous_status", "exited_count")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_FIELD_NUMBER: _ClassVar[int]
    EXITED_COUNT_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    sequence_id: str
    previous_status: _sequence_pb2.SequenceStatus
    exited_count: int
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., sequence_id: _Optional[str] = ..., previous_status: _Optional[_Union[_sequence_pb2.SequenceStatus, str]] = ..., exited_count: _Optional[int] = ...) -> None: ...

class SequenceContactEnrolled(_message.Message):
    __slots__ = ("metadata", "sequence_id", "sequence_enrollment_id", "contact_id", "enrolled_by", "next_step_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ENROLLMENT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    ENROLLED_BY_FIELD_NUMBER: _ClassVar[int]
    NEXT_STEP_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    sequence_id: str
    sequence_enrollment_id: str
    contact_id: str
    enrolled_by: _sequence_pb2.SequenceTriggerType
    next_step_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., sequence_id: _Optional[str] = ..., sequence_enrollment_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., enrolled_by: _Optional[_Union[_sequence_pb2.SequenceTriggerType, str]] = ..., next_step_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SequenceStepExecuted(_message.Message):
    __slots__ = ("metadata", "sequence_id", "sequence_enrollment_id", "contact_id", "step_id", "step_position", "message_id", "skipped", "next_step_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ENROLLMENT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    STEP_ID_FIELD_NUMBER: _ClassVar[int]
    STEP_POSITION_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_FIELD_NUMBER: _ClassVar[int]
    NEXT_STEP_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    sequence_id: str
    sequence_enrollment_id: str
    contact_id: str
    step_id: str
    step_position: int
    message_id: str
    skipped: bool
    next_step_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., sequence_id: _Optional[str] = ..., sequence_enrollment_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., step_id: _Optional[str] = ..., step_position: _Optional[int] = ..., message_id: _Optional[str] = ..., skipped: _Optional[bool] = ..., next_step_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SequenceContactCompleted(_message.Message):
    __slots__ = ("metadata", "sequence_id", "sequence_enrollment_id", "contact_id", "end_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ENROLLMENT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    sequence_id: str
    sequence_enrollment_id: str
    contact_id: str
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., sequence_id: _Optional[str] = ..., sequence_enrollment_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SequenceContactExited(_message.Message):
    __slots__ = ("metadata", "sequence_id", "sequence_enrollment_id", "contact_id", "status", "exit_reason", "error_message", "current_step_id", "end_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ENROLLMENT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    EXIT_REASON_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CURRENT_STEP_ID_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    sequence_id: str
    sequence_enrollment_id: str
    contact_id: str
    status: _sequence_pb2.SequenceEnrollmentStatus
    exit_reason: _sequence_pb2.SequenceExitReason
    error_message: str
    current_step_id: str
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., sequence_id: _Optional[str] = ..., sequence_enrollment_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., status: _Optional[_Union[_sequence_pb2.SequenceEnrollmentStatus, str]] = ..., exit_reason: _Optional[_Union[_sequence_pb2.SequenceExitReason, str]] = ..., error_message: _Optional[str] = ..., current_step_id: _Optional[str] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CampaignCreated(_message.Message):
    __slots__ = ("metadata", "campaign")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    campaign: _campaign_pb2.Campaign
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., campaign: _Optional[_Union[_campaign_pb2.Campaign, _Mapping]] = ...) -> None: ...

class CampaignUpdated(_message.Message):
    __slots__ = ("metadata", "campaign", "changed_fields")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    campaign: _campaign_pb2.Campaign
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., campaign: _Optional[_Union[_campaign_pb2.Campaign, _Mapping]] = ..., changed_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class CampaignDeleted(_message.Message):
    __slots__ = ("metadata", "campaign_id", "name", "delete_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    campaign_id: str
    name: str
    delete_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., campaign_id: _Optional[str] = ..., name: _Optional[str] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CampaignScheduled(_message.Message):
    __slots__ = ("metadata", "campaign_id", "start_time", "end_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    campaign_id: str
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., campaign_id: _Optional[str] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CampaignActivated(_message.Message):
    __slots__ = ("metadata", "campaign_id", "previous_status", "start_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    campaign_id: str
    previous_status: _campaign_pb2.CampaignStatus
    start_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., campaign_id: _Optional[str] = ..., previous_status: _Optional[_Union[_campaign_pb2.CampaignStatus, str]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CampaignPaused(_message.Message):
    __slots__ = ("metadata", "campaign_id")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    campaign_id: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., campaign_id: _Optional[str] = ...) -> None: ...

class CampaignResumed(_message.Message):
    __slots__ = ("metadata", "campaign_id")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    campaign_id: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., campaign_id: _Optional[str] = ...) -> None: ...

class CampaignCompleted(_message.Message):
    __slots__ = ("metadata", "campaign_id", "stats", "end_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    STATS_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    campaign_id: str
    stats: _campaign_pb2.CampaignStats
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., campaign_id: _Optional[str] = ..., stats: _Optional[_Union[_campaign_pb2.CampaignStats, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CampaignArchived(_message.Message):
    __slots__ = ("metadata", "campaign_id", "previous_status")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    campaign_id: str
    previous_status: _campaign_pb2.CampaignStatus
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., campaign_id: _Optional[str] = ..., previous_status: _Optional[_Union[_campaign_pb2.CampaignStatus, str]] = ...) -> None: ...

class CampaignContactEnrolled(_message.Message):
    __slots__ = ("metadata", "campaign_id", "campaign_enrollment_id", "contact_id", "current_step_id")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_ENROLLMENT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    CURRENT_STEP_ID_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    campaign_id: str
    campaign_enrollment_id: str
    contact_id: str
    current_step_id: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., campaign_id: _Optional[str] = ..., campaign_enrollment_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., current_step_id: _Optional[str] = ...) -> None: ...

class WebhookSubscriptionCreated(_message.Message):
    __slots__ = ("metadata", "webhook_subscription")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    webhook_subscription: _webhook_subscription_pb2.WebhookSubscription
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., webhook_subscription: _Optional[_Union[_webhook_subscription_pb2.WebhookSubscription, _Mapping]] = ...) -> None: ...

class WebhookSubscriptionUpdated(_message.Message):
    __slots__ = ("metadata", "webhook_subscription", "changed_fields")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    webhook_subscription: _webhook_subscription_pb2.WebhookSubscription
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., webhook_subscription: _Optional[_Union[_webhook_subscription_pb2.WebhookSubscription, _Mapping]] = ..., changed_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class WebhookSubscriptionDeleted(_message.Message):
    __slots__ = ("metadata", "webhook_subscription_id", "url", "delete_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    webhook_subscription_id: str
    url: str
    delete_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., webhook_subscription_id: _Optional[str] = ..., url: _Optional[str] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class WebhookSubscriptionSecretRotated(_message.Message):
    __slots__ = ("metadata", "webhook_subscription_id", "secret_hint")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    SECRET_HINT_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    webhook_subscription_id: str
    secret_hint: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., webhook_subscription_id: _Optional[str] = ..., secret_hint: _Optional[str] = ...) -> None: ...

class WebhookDeliverySucceeded(_message.Message):
    __slots__ = ("metadata", "webhook_delivery_id", "webhook_subscription_id", "event_id", "routing_key", "status_code", "attempt_count", "latency")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_DELIVERY_ID_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    ROUTING_KEY_FIELD_NUMBER: _ClassVar[int]
    STATUS_CODE_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_COUNT_FIELD_NUMBER: _ClassVar[int]
    LATENCY_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    webhook_delivery_id: str
    webhook_subscription_id: str
    event_id: str
    routing_key: str
    status_code: int
    attempt_count: int
    latency: _duration_pb2.Duration
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., webhook_delivery_id: _Optional[str] = ..., webhook_subscription_id: _Optional[str] = ..., event_id: _Optional[str] = ..., routing_key: _Optional[str] = ..., status_code: _Optional[int] = ..., attempt_count: _Optional[int] = ..., latency: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class WebhookDeliveryFailed(_message.Message):
    __slots__ = ("metadata", "webhook_delivery_id", "webhook_subscription_id", "event_id", "routing_key", "status_code", "attempt_count", "error_message")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_DELIVERY_ID_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    ROUTING_KEY_FIELD_NUMBER: _ClassVar[int]
    STATUS_CODE_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_COUNT_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    webhook_delivery_id: str
    webhook_subscription_id: str
    event_id: str
    routing_key: str
    status_code: int
    attempt_count: int
    error_message: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., webhook_delivery_id: _Optional[str] = ..., webhook_subscription_id: _Optional[str] = ..., event_id: _Optional[str] = ..., routing_key: _Optional[str] = ..., status_code: _Optional[int] = ..., attempt_count: _Optional[int] = ..., error_message: _Optional[str] = ...) -> None: ...

class WebhookDeliveryDeadLettered(_message.Message):
    __slots__ = ("metadata", "webhook_delivery_id", "webhook_subscription_id", "event_id", "routing_key", "attempt_count", "last_status_code", "error_message")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_DELIVERY_ID_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    ROUTING_KEY_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_COUNT_FIELD_NUMBER: _ClassVar[int]
    LAST_STATUS_CODE_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    webhook_delivery_id: str
    webhook_subscription_id: str
    event_id: str
    routing_key: str
    attempt_count: int
    last_status_code: int
    error_message: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., webhook_delivery_id: _Optional[str] = ..., webhook_subscription_id: _Optional[str] = ..., event_id: _Optional[str] = ..., routing_key: _Optional[str] = ..., attempt_count: _Optional[int] = ..., last_status_code: _Optional[int] = ..., error_message: _Optional[str] = ...) -> None: ...

class WebhookDeliveryRequeued(_message.Message):
    __slots__ = ("metadata", "webhook_delivery_id", "webhook_subscription_id", "event_id", "previous_status")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_DELIVERY_ID_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    webhook_delivery_id: str
    webhook_subscription_id: str
    event_id: str
    previous_status: _webhook_delivery_pb2.WebhookDeliveryStatus
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., webhook_delivery_id: _Optional[str] = ..., webhook_subscription_id: _Optional[str] = ..., event_id: _Optional[str] = ..., previous_status: _Optional[_Union[_webhook_delivery_pb2.WebhookDeliveryStatus, str]] = ...) -> None: ...
