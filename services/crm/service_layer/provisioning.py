"""A new project's crm: its default pipeline, created once when identity opens the project."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from crm.adapters.pipelines import PipelineRepository
from crm.domain.pipelines import Pipeline
from crm.service_layer.unit_of_work import CrmUnitOfWork
from shared.consumer import claim_event

CONSUMER = "crm.provisioning"
DEFAULT_PIPELINE_NAME = "Pipeline"

UnitOfWorkFactory = Callable[..., CrmUnitOfWork]


@dataclass(frozen=True)
class ProjectOpened:
    """What crm needs from identity.project.created."""

    event_id: uuid.UUID
    project_id: uuid.UUID
    create_default_pipeline: bool
    pipeline_name: str = ""
    language_code: str = ""


class Provisioning:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    async def project_opened(self, opened: ProjectOpened) -> Pipeline | None:
        """Create the default pipeline unless this event was handled or the project has
        (or had) a pipeline; returns the pipeline created, if any."""
        async with self._uow(project_id=opened.project_id) as uow:
            created = None
            first = await claim_event(uow.connection, "crm", CONSUMER, opened.event_id)
            if first and opened.create_default_pipeline:
                pipelines = uow.repository(PipelineRepository)
                await pipelines.lock_for_provisioning(opened.project_id)
                if not await pipelines.any_exists():
                    created = Pipeline.create_default(
                        project_id=opened.project_id,
                        name=opened.pipeline_name.strip() or DEFAULT_PIPELINE_NAME,
                        language_code=opened.language_code or "en",
                    )
                    await pipelines.add(created)
            await uow.commit()
            return created
