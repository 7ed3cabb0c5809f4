"""messaging schema: channels, chats, sessions, messages, agents, raw WAHA events, imports.

Revision ID: 0001
"""

from __future__ import annotations

from alembic import op

from shared import migration_sql as m
from shared.dbsetup import APP

revision = "0001"
down_revision = None
S = "messaging"

COMMON = m.TENANT_DOCUMENT_COLUMNS

TABLES = {
    "channels": f"""{COMMON},
        name text NOT NULL,
        type_code text NOT NULL,
        status text NOT NULL,
        delete_time timestamptz""",
    "chats": f"""{COMMON},
        channel_id uuid NOT NULL REFERENCES messaging.channels(id),
        wa_chat_id text NOT NULL,
        kind text NOT NULL,
        contact_id uuid,
        last_message_time timestamptz,
        UNIQUE (project_id, channel_id, wa_chat_id)""",
    "sessions": f"""{COMMON},
        channel_id uuid NOT NULL REFERENCES messaging.channels(id),
        contact_id uuid NOT NULL,
        chat_id uuid REFERENCES messaging.chats(id),
        pipeline_id uuid,
        status text NOT NULL,
        agent_id uuid,
        start_time timestamptz NOT NULL,
        last_activity_time timestamptz NOT NULL,
        end_time timestamptz""",
    "messages": f"""{COMMON},
        channel_id uuid NOT NULL REFERENCES messaging.channels(id),
        session_id uuid REFERENCES messaging.sessions(id),
        chat_id uuid REFERENCES messaging.chats(id),
        contact_id uuid,
        provider_message_id text,
        direction text NOT NULL,
        content_type text NOT NULL,
        status text NOT NULL,
        message_time timestamptz NOT NULL,
        text text""",
    "agents": f"""{COMMON},
        name text NOT NULL,
        type text NOT NULL,
        status text NOT NULL,
        user_id uuid,
        delete_time timestamptz""",
    "agent_sessions": f"""{COMMON},
        agent_id uuid NOT NULL REFERENCES messaging.agents(id),
        session_id uuid NOT NULL REFERENCES messaging.sessions(id),
        role text NOT NULL,
        left_time timestamptz""",
    "waha_events": f"""{COMMON},
        channel_id uuid NOT NULL REFERENCES messaging.channels(id),
        event_id text NOT NULL,
        event_type text NOT NULL,
        raw_body bytea NOT NULL,
        status text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_time timestamptz NOT NULL DEFAULT now(),
        UNIQUE (project_id, channel_id, event_id)""",
    "history_imports": f"""{COMMON},
        channel_id uuid NOT NULL REFERENCES messaging.channels(id),
        status text NOT NULL""",
    # Per-project settings messaging needs (session timeout, agent assignment), kept
    # from identity's project events: contexts never read each other's tables.
    "project_settings": f"""{COMMON}""",
    "idempotency_keys": """
        project_id uuid NOT NULL,
        operation text NOT NULL,
        request_id text NOT NULL,
        resource_id uuid NOT NULL,
        create_time timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, operation, request_id)""",
}

INDEXES = [
    # One message per provider id per channel: redeliveries and the same message
    # under @lid and @c.us collapse onto it.
    f"CREATE UNIQUE INDEX messages_provider ON {S}.messages (project_id, channel_id, provider_message_id) WHERE provider_message_id IS NOT NULL",
    f"CREATE INDEX messages_session ON {S}.messages (project_id, session_id, message_time DESC)",
    f"CREATE INDEX messages_contact ON {S}.messages (project_id, contact_id, message_time DESC)",
    f"CREATE INDEX messages_chat ON {S}.messages (project_id, chat_id, message_time DESC)",
    f"CREATE INDEX messages_page ON {S}.messages (project_id, create_time DESC, id DESC)",
    f"CREATE INDEX messages_text ON {S}.messages USING gin (lower(text) gin_trgm_ops)",
    # At most one active session per contact and channel.
    f"CREATE UNIQUE INDEX sessions_active ON {S}.sessions (project_id, channel_id, contact_id) WHERE status = 'active'",
    f"CREATE INDEX sessions_contact ON {S}.sessions (project_id, contact_id, start_time DESC)",
    f"CREATE INDEX sessions_active_expiry ON {S}.sessions (last_activity_time) WHERE status = 'active'",
    f"CREATE INDEX sessions_page ON {S}.sessions (project_id, create_time DESC, id DESC)",
    f"CREATE INDEX chats_channel ON {S}.chats (project_id, channel_id, last_message_time DESC)",
    f"CREATE INDEX agent_sessions_session ON {S}.agent_sessions (project_id, session_id)",
    f"CREATE INDEX agent_sessions_agent ON {S}.agent_sessions (project_id, agent_id) WHERE left_time IS NULL",
    f"CREATE INDEX waha_events_pending ON {S}.waha_events (next_attempt_time) WHERE status = 'pending'",
]

# The WAHA ingress is public: it knows a channel id, not a tenant. This table,
# readable only through the function below, maps one channel to its project and
# webhook secret — no listing, no other column, no other table.
WEBHOOK_ROUTES = [
    f"""CREATE TABLE {S}.webhook_routes (
        channel_id uuid PRIMARY KEY,
        project_id uuid NOT NULL,
        webhook_secret text NOT NULL,
        previous_secret text,
        previous_secret_expire_time timestamptz,
        active boolean NOT NULL
    )""",
    f"""CREATE FUNCTION {S}.webhook_route(channel uuid)
        RETURNS TABLE (project_id uuid, webhook_secret text, previous_secret text,
                       previous_secret_expire_time timestamptz, active boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
            SELECT r.project_id, r.webhook_secret, r.previous_secret,
                   r.previous_secret_expire_time, r.active
            FROM {S}.webhook_routes r WHERE r.channel_id = channel
        $$""",
    # Writes are allowed only for the caller's own tenant.
    f"""CREATE FUNCTION {S}.set_webhook_route(channel uuid, secret text, previous text,
                                             previous_expire timestamptz, is_active boolean)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
        DECLARE tenant uuid := NULLIF(current_setting('app.project_id', true), '')::uuid;
        BEGIN
            IF tenant IS NULL THEN RAISE EXCEPTION 'no tenant set'; END IF;
            INSERT INTO {S}.webhook_routes AS r VALUES
                (channel, tenant, secret, previous, previous_expire, is_active)
            ON CONFLICT (channel_id) DO UPDATE SET webhook_secret = excluded.webhook_secret,
                previous_secret = excluded.previous_secret,
                previous_secret_expire_time = excluded.previous_secret_expire_time,
                active = excluded.active
            WHERE r.project_id = tenant;
        END $$""",
    f"REVOKE ALL ON FUNCTION {S}.webhook_route(uuid) FROM PUBLIC",
    f"REVOKE ALL ON FUNCTION {S}.set_webhook_route(uuid, text, text, timestamptz, boolean) FROM PUBLIC",
    f"GRANT EXECUTE ON FUNCTION {S}.webhook_route(uuid) TO {APP}",
    f"GRANT EXECUTE ON FUNCTION {S}.set_webhook_route(uuid, text, text, timestamptz, boolean) TO {APP}",
]


def upgrade() -> None:
    statements = [*m.create_schema(S)]
    for table, columns in TABLES.items():
        statements.append(f"CREATE TABLE {S}.{table} ({columns})")
        statements += m.tenant_table(S, table)
    statements += INDEXES + WEBHOOK_ROUTES + m.outbox(S) + m.inbox(S)
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    op.execute(f"DROP SCHEMA {S} CASCADE")
