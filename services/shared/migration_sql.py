"""SQL that every context's migrations share: schema, RLS, outbox, inbox, grants."""

from __future__ import annotations

from shared.dbsetup import APP, OWNER, RELAY
from shared.relay import NOTIFY_CHANNEL

TENANT = "NULLIF(current_setting('app.project_id', true), '')::uuid"


def create_schema(schema: str) -> list[str]:
    return [
        f"CREATE SCHEMA IF NOT EXISTS {schema} AUTHORIZATION {OWNER}",
        f"GRANT USAGE ON SCHEMA {schema} TO {APP}, {RELAY}",
    ]


# A tenant table's first columns: id, project_id, the aggregate as a `data` document,
# version and times (repositories add the columns indexes, constraints and filters need).
TENANT_DOCUMENT_COLUMNS = """
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL,
        data jsonb NOT NULL,
        version bigint NOT NULL,
        create_time timestamptz NOT NULL,
        update_time timestamptz NOT NULL"""


def tenant_table(schema: str, table: str, column: str = "project_id") -> list[str]:
    """Row-level security on a tenant table: every statement sees and writes one project."""
    name = f"{schema}.{table}"
    return [
        f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY tenant_isolation ON {name} USING ({column} = {TENANT}) "
        f"WITH CHECK ({column} = {TENANT})",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {APP}",
    ]


def outbox(schema: str) -> list[str]:
    name = f"{schema}.outbox"
    return [
        f"""CREATE TABLE {name} (
            seq bigserial PRIMARY KEY,
            id uuid NOT NULL UNIQUE,
            project_id uuid,
            routing_key text NOT NULL,
            type text NOT NULL,
            payload bytea NOT NULL,
            correlation_id text,
            occurred_at timestamptz NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            published_at timestamptz
        )""",
        f"CREATE INDEX outbox_pending ON {name} (seq) WHERE published_at IS NULL",
        f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY",
        # Services only append, for their own tenant or as tenantless platform
        # events (a user's or billing account's, which span projects).
        f"CREATE POLICY outbox_append ON {name} FOR INSERT TO {APP} "
        f"WITH CHECK (project_id IS NULL OR project_id = {TENANT})",
        f"GRANT INSERT ON {name} TO {APP}",
        f"GRANT USAGE ON SEQUENCE {schema}.outbox_seq_seq TO {APP}",
        # The relay works across tenants, on this table alone.
        f"CREATE POLICY outbox_relay ON {name} TO {RELAY} USING (true) WITH CHECK (true)",
        f"GRANT SELECT, UPDATE (published_at), DELETE ON {name} TO {RELAY}",
        f"""CREATE FUNCTION {schema}.notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN PERFORM pg_notify('{NOTIFY_CHANNEL}', '{schema}'); RETURN NULL; END $$""",
        f"CREATE TRIGGER outbox_notify AFTER INSERT ON {name} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {schema}.notify_outbox()",
    ]


def inbox(schema: str) -> list[str]:
    name = f"{schema}.inbox"
    return [
        f"""CREATE TABLE {name} (
            consumer text NOT NULL,
            event_id uuid NOT NULL,
            handled_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (consumer, event_id)
        )""",
        f"GRANT SELECT, INSERT ON {name} TO {APP}",
    ]
