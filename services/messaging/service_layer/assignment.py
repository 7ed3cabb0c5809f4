"""Assign a new session's agent by the project's policy, inside the caller's unit of work.

The session and its AgentSession commit together. Every assignment of a project first
locks the project's cursor row, so concurrent session starts take turns: round robin
advances one agent per session, and least-sessions and capacity limits see the load
the previous start left.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime

from messaging.adapters import assignment as store
from messaging.adapters.project_settings import assignment_policy
from messaging.adapters.sessions import AgentSessionRepository
from messaging.domain.agent_sessions import AgentSession, AgentSessionRole
from messaging.domain.agents import Agent
from messaging.domain.assignment import ROUND_ROBIN, can_auto_assign, pick_agent
from messaging.domain.assignment_policy import AssignmentPolicy
from messaging.domain.session_states import SessionAssignmentSource
from messaging.domain.sessions import Session
from messaging.service_layer.unit_of_work import MessagingUnitOfWork

log = logging.getLogger(__name__)


async def assign_new_session(
    uow: MessagingUnitOfWork,
    session: Session,
    default_agent_id: uuid.UUID | None = None,
    *,
    now: datetime | None = None,
    policy: AssignmentPolicy | None = None,
) -> AgentSession | None:
    """Pick the session's primary agent: the project's strategy among its candidates,
    else the channel's default agent; offline, away and full agents never. The session
    must already be added to the unit of work. None when nobody can take it. `policy`:
    the project's, when the caller has read it already in this transaction."""
    conn = uow.connection
    if policy is None:
        policy = await assignment_policy(conn, session.project_id)
    automatic = policy.assigns_automatically
    wanted = list(policy.agent_ids) if automatic else []
    if default_agent_id is not None and default_agent_id not in wanted:
        wanted.append(default_agent_id)
    if not wanted:
        return None
    last = await store.lock_cursor(conn, session.project_id)
    found = await store.agents(conn, wanted)
    load = await store.active_sessions(conn, [a.id for a in found])
    picked: Agent | None = None
    source = SessionAssignmentSource.AUTOMATIC
    if automatic:
        candidates = [a for a in found if policy.admits(a)]
        picked = pick_agent(policy.strategy, candidates, last_assigned_id=last, active_counts=load)
    if picked is None:
        fallback = next((a for a in found if a.id == default_agent_id), None)
        if fallback is not None and can_auto_assign(fallback, load.get(fallback.id, 0)):
            picked, source = fallback, SessionAssignmentSource.SYSTEM
    if picked is None:
        log.info(
            "no agent available for a new session",
            extra={"fields": {"session_id": str(session.id), "strategy": policy.strategy}},
        )
        return None
    automatic_pick = source == SessionAssignmentSource.AUTOMATIC
    session.assign_agent(
        picked.id,
        source=source,
        strategy=policy.strategy if automatic_pick else "",
        reason="" if automatic_pick else "channel default agent",
        now=now,
    )
    if automatic_pick and policy.strategy == ROUND_ROBIN:
        await store.advance_cursor(conn, session.project_id, picked.id)
    joined = AgentSession.join(
        project_id=session.project_id,
        session_id=session.id,
        agent_id=picked.id,
        role=AgentSessionRole.PRIMARY,
        now=now,
    )
    await uow.repository(AgentSessionRepository).add(joined)
    return joined
