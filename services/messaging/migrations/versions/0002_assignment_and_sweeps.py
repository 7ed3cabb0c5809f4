"""messaging: round-robin cursors for agent assignment, and cross-tenant sweep doors.

Revision ID: 0002
"""

from __future__ import annotations

from alembic import op

from shared import migration_sql as m
from shared.dbsetup import APP, OWNER

revision = "0002"
down_revision = "0001"
S = "messaging"

ASSIGNMENT = [
    # One row per project: the last agent round robin picked. New sessions of a
    # project lock it (INSERT … ON CONFLICT … RETURNING) so concurrent starts
    # take turns instead of picking the same agent.
    f"""CREATE TABLE {S}.assignment_cursors (
        project_id uuid PRIMARY KEY,
        last_agent_id uuid,
        update_time timestamptz NOT NULL DEFAULT now()
    )""",
    *m.tenant_table(S, "assignment_cursors"),
    # Active sessions per agent: the load least-sessions and capacity limits read.
    f"CREATE INDEX sessions_active_agent ON {S}.sessions (project_id, agent_id)"
    " WHERE status = 'active'",
]

# Sweeps that must find work in every tenant (pending raw events after a restart,
# orphaned sessions) call these doors: they return project ids and nothing else.
# They run as the owner, which FORCE ROW LEVEL SECURITY also confines, so the owner
# gets a read-only policy of its own on the two tables; the application role keeps
# only its tenant policy and may not read the tables across tenants itself.
SWEEPS = [
    f"CREATE POLICY owner_sweep ON {S}.waha_events FOR SELECT TO {OWNER} USING (true)",
    f"CREATE POLICY owner_sweep ON {S}.sessions FOR SELECT TO {OWNER} USING (true)",
    f"""CREATE FUNCTION {S}.projects_with_due_waha_events(max_projects int)
        RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
            SELECT e.project_id FROM {S}.waha_events e
            WHERE e.status = 'pending' AND e.next_attempt_time <= now()
            GROUP BY e.project_id
            ORDER BY min(e.next_attempt_time)
            LIMIT greatest(max_projects, 0)
        $$""",
    # Expiry as in adapters/sessions.py: last activity + the session's own timeout.
    f"""CREATE FUNCTION {S}.projects_with_expired_sessions(at timestamptz, max_projects int)
        RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
            SELECT s.project_id FROM {S}.sessions s
            WHERE s.status = 'active' AND s.last_activity_time < at
              AND s.last_activity_time
                  + make_interval(secs => (s.data->>'timeout')::float) < at
            GROUP BY s.project_id
            ORDER BY min(s.last_activity_time)
            LIMIT greatest(max_projects, 0)
        $$""",
    f"REVOKE ALL ON FUNCTION {S}.projects_with_due_waha_events(int) FROM PUBLIC",
    f"REVOKE ALL ON FUNCTION {S}.projects_with_expired_sessions(timestamptz, int) FROM PUBLIC",
    f"GRANT EXECUTE ON FUNCTION {S}.projects_with_due_waha_events(int) TO {APP}",
    f"GRANT EXECUTE ON FUNCTION {S}.projects_with_expired_sessions(timestamptz, int) TO {APP}",
]


def upgrade() -> None:
    for statement in ASSIGNMENT + SWEEPS:
        op.execute(statement)


def downgrade() -> None:
    for statement in (
        f"DROP FUNCTION {S}.projects_with_expired_sessions(timestamptz, int)",
        f"DROP FUNCTION {S}.projects_with_due_waha_events(int)",
        f"DROP POLICY owner_sweep ON {S}.sessions",
        f"DROP POLICY owner_sweep ON {S}.waha_events",
        f"DROP INDEX {S}.sessions_active_agent",
        f"DROP TABLE {S}.assignment_cursors",
    ):
        op.execute(statement)
