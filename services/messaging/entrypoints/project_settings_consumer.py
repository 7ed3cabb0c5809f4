"""The messaging.project_settings consumer: identity.project.created|updated → the
project's session timeout and agent-assignment policy, kept in messaging."""

from __future__ import annotations

import logging
import uuid

from google.protobuf.message import Message

from messaging.service_layer.project_settings import ProjectSettings, ProjectSettingsChanged
from shared.consumer import Consumer, Envelope
from shared.protomap import enum_value
from ventros.identity.v1 import events_pb2 as identity_events
from ventros.identity.v1 import project_pb2

log = logging.getLogger(__name__)
QUEUE = "messaging.project_settings"
BINDINGS = ("identity.project.created", "identity.project.updated")


def settings_of(project: project_pb2.Project) -> ProjectSettingsChanged:
    assignment = project.agent_assignment
    return ProjectSettingsChanged(
        project_id=uuid.UUID(project.id),
        version=project.version,
        default_session_timeout_minutes=project.default_session_timeout_minutes,
        assignment_enabled=assignment.enabled,
        assignment_strategy=enum_value(
            project_pb2.AssignmentStrategy.DESCRIPTOR, assignment.strategy
        ),
        assignment_agent_ids=tuple(uuid.UUID(a) for a in assignment.agent_ids),
        only_human_agents=assignment.only_human_agents,
    )


class ProjectSettingsConsumer:
    def __init__(self, settings: ProjectSettings) -> None:
        self._settings = settings

    def consumer(self, amqp_url: str) -> Consumer:
        return Consumer(amqp_url=amqp_url, queue=QUEUE, bindings=BINDINGS, handler=self.handle)

    async def handle(self, event: Message, envelope: Envelope) -> None:
        if not isinstance(event, identity_events.ProjectCreated | identity_events.ProjectUpdated):
            log.warning("unexpected event", extra={"fields": {"type": event.DESCRIPTOR.full_name}})
            return
        await self._settings.keep(settings_of(event.project))
