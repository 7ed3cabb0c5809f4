"""messaging: channel traffic counters, sharded so that concurrent messages do not queue
on one row.

Revision ID: 0003
"""

from __future__ import annotations

from alembic import op

from shared import migration_sql as m

revision = "0003"
down_revision = "0002"
S = "messaging"


def upgrade() -> None:
    statements = [
        # A message adds 1 to one of its channel's shards (chosen by its chat), in the
        # transaction that stores it; a read sums the shards.
        f"""CREATE TABLE {S}.channel_counters (
            project_id uuid NOT NULL,
            channel_id uuid NOT NULL REFERENCES {S}.channels(id),
            shard smallint NOT NULL,
            messages_received bigint NOT NULL DEFAULT 0,
            messages_sent bigint NOT NULL DEFAULT 0,
            last_message_time timestamptz,
            PRIMARY KEY (channel_id, shard)
        )""",
        *m.tenant_table(S, "channel_counters"),
    ]
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    op.execute(f"DROP TABLE {S}.channel_counters")
