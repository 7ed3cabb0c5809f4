"""messaging: crm pipelines' session timeouts, kept from crm's pipeline events (a session's
inactivity timeout is its pipeline's, else its channel's, else its project's, else 30 min).

Revision ID: 0004
"""

from __future__ import annotations

from alembic import op

from shared import migration_sql as m

revision = "0004"
down_revision = "0003"
S = "messaging"


def upgrade() -> None:
    statements = [
        f"""CREATE TABLE {S}.pipeline_timeouts (
            pipeline_id uuid PRIMARY KEY,
            project_id uuid NOT NULL,
            session_timeout interval,
            version bigint NOT NULL,
            deleted boolean NOT NULL DEFAULT false
        )""",
        *m.tenant_table(S, "pipeline_timeouts"),
    ]
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    op.execute(f"DROP TABLE {S}.pipeline_timeouts")
