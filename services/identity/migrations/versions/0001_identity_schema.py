"""identity schema: users, projects, members, API keys, secrets, billing, outbox.

Revision ID: 0001
"""

from __future__ import annotations

from alembic import op

from shared import migration_sql as m
from shared.dbsetup import APP

revision = "0001"
down_revision = None
S = "identity"
USER = "NULLIF(current_setting('app.user_id', true), '')::uuid"

TABLES = [
    # Users are global (a user belongs to many projects); the service reads them
    # by email at log-in, before any tenant is known.
    f"""CREATE TABLE {S}.users (
        id uuid PRIMARY KEY,
        email text NOT NULL UNIQUE,
        name text NOT NULL,
        password_hash text NOT NULL,
        status text NOT NULL,
        global_role text NOT NULL,
        default_project_id uuid,
        data jsonb NOT NULL,
        version bigint NOT NULL,
        create_time timestamptz NOT NULL,
        update_time timestamptz NOT NULL
    )""",
    f"GRANT SELECT, INSERT, UPDATE ON {S}.users TO {APP}",
    f"""CREATE TABLE {S}.billing_accounts (
        id uuid PRIMARY KEY,
        owner_user_id uuid NOT NULL REFERENCES {S}.users(id),
        data jsonb NOT NULL,
        status text NOT NULL,
        version bigint NOT NULL,
        create_time timestamptz NOT NULL,
        update_time timestamptz NOT NULL
    )""",
    f"""CREATE TABLE {S}.projects (
        id uuid PRIMARY KEY,
        owner_user_id uuid NOT NULL REFERENCES {S}.users(id),
        billing_account_id uuid NOT NULL REFERENCES {S}.billing_accounts(id),
        name text NOT NULL,
        data jsonb NOT NULL,
        active boolean NOT NULL,
        version bigint NOT NULL,
        create_time timestamptz NOT NULL,
        update_time timestamptz NOT NULL
    )""",
    f"""CREATE TABLE {S}.project_members (
        id uuid NOT NULL UNIQUE,
        project_id uuid NOT NULL REFERENCES {S}.projects(id),
        user_id uuid NOT NULL REFERENCES {S}.users(id),
        role text NOT NULL,
        data jsonb NOT NULL,
        version bigint NOT NULL,
        create_time timestamptz NOT NULL,
        update_time timestamptz NOT NULL,
        PRIMARY KEY (project_id, user_id)
    )""",
    f"CREATE INDEX project_members_user ON {S}.project_members (user_id)",
    f"""CREATE TABLE {S}.api_keys (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES {S}.projects(id),
        key_hash text NOT NULL UNIQUE,
        name text NOT NULL,
        data jsonb NOT NULL,
        version bigint NOT NULL,
        create_time timestamptz NOT NULL,
        update_time timestamptz NOT NULL
    )""",
    f"CREATE INDEX api_keys_project ON {S}.api_keys (project_id, create_time)",
    f"""CREATE TABLE {S}.credentials (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES {S}.projects(id),
        name text NOT NULL,
        type text NOT NULL,
        ciphertext bytea NOT NULL,
        data jsonb NOT NULL,
        version bigint NOT NULL,
        create_time timestamptz NOT NULL,
        update_time timestamptz NOT NULL,
        UNIQUE (project_id, name)
    )""",
    f"""CREATE TABLE {S}.subscriptions (
        id uuid PRIMARY KEY,
        billing_account_id uuid NOT NULL REFERENCES {S}.billing_accounts(id),
        status text NOT NULL,
        data jsonb NOT NULL,
        version bigint NOT NULL,
        create_time timestamptz NOT NULL,
        update_time timestamptz NOT NULL
    )""",
    f"""CREATE TABLE {S}.invoices (
        id uuid PRIMARY KEY,
        billing_account_id uuid NOT NULL REFERENCES {S}.billing_accounts(id),
        status text NOT NULL,
        data jsonb NOT NULL,
        version bigint NOT NULL,
        create_time timestamptz NOT NULL,
        update_time timestamptz NOT NULL
    )""",
    f"""CREATE TABLE {S}.usage_meters (
        id uuid PRIMARY KEY,
        billing_account_id uuid NOT NULL REFERENCES {S}.billing_accounts(id),
        project_id uuid REFERENCES {S}.projects(id),
        metric text NOT NULL,
        period_start timestamptz NOT NULL,
        data jsonb NOT NULL,
        version bigint NOT NULL,
        create_time timestamptz NOT NULL,
        update_time timestamptz NOT NULL,
        UNIQUE NULLS NOT DISTINCT (billing_account_id, project_id, metric, period_start)
    )""",
    f"""CREATE TABLE {S}.idempotency_keys (
        project_id uuid NOT NULL,
        request_id text NOT NULL,
        operation text NOT NULL,
        resource_id uuid NOT NULL,
        create_time timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, operation, request_id)
    )""",
]

# A user sees the memberships and projects that are theirs across tenants, so
# they can pick a project; everything else is confined to the current project.
MEMBER_OR_TENANT = [
    f"ALTER TABLE {S}.project_members ENABLE ROW LEVEL SECURITY",
    f"ALTER TABLE {S}.project_members FORCE ROW LEVEL SECURITY",
    f"CREATE POLICY tenant_isolation ON {S}.project_members USING (project_id = {m.TENANT}) "
    f"WITH CHECK (project_id = {m.TENANT})",
    f"CREATE POLICY own_memberships ON {S}.project_members FOR SELECT USING (user_id = {USER})",
    f"GRANT SELECT, INSERT, UPDATE, DELETE ON {S}.project_members TO {APP}",
    f"ALTER TABLE {S}.projects ENABLE ROW LEVEL SECURITY",
    f"ALTER TABLE {S}.projects FORCE ROW LEVEL SECURITY",
    f"CREATE POLICY tenant_isolation ON {S}.projects USING (id = {m.TENANT}) "
    f"WITH CHECK (id = {m.TENANT})",
    f"CREATE POLICY member_projects ON {S}.projects FOR SELECT USING (id IN "
    f"(SELECT project_id FROM {S}.project_members WHERE user_id = {USER}))",
    f"GRANT SELECT, INSERT, UPDATE ON {S}.projects TO {APP}",
]

# Billing belongs to the account owner and is visible from the projects it pays for.
ACCOUNT_VISIBLE = (
    f"owner_user_id = {USER} OR id IN (SELECT billing_account_id FROM {S}.projects "
    f"WHERE id = {m.TENANT})"
)
# Rows of an account are reachable exactly when the account itself is.
IN_VISIBLE_ACCOUNT = f"billing_account_id IN (SELECT id FROM {S}.billing_accounts)"
BILLING = [
    f"ALTER TABLE {S}.billing_accounts ENABLE ROW LEVEL SECURITY",
    f"ALTER TABLE {S}.billing_accounts FORCE ROW LEVEL SECURITY",
    f"CREATE POLICY account_access ON {S}.billing_accounts USING ({ACCOUNT_VISIBLE}) "
    f"WITH CHECK ({ACCOUNT_VISIBLE})",
    f"GRANT SELECT, INSERT, UPDATE ON {S}.billing_accounts TO {APP}",
    *[
        stmt
        for table in ("subscriptions", "invoices", "usage_meters")
        for stmt in (
            f"ALTER TABLE {S}.{table} ENABLE ROW LEVEL SECURITY",
            f"ALTER TABLE {S}.{table} FORCE ROW LEVEL SECURITY",
            f"CREATE POLICY account_access ON {S}.{table} USING ({IN_VISIBLE_ACCOUNT}) "
            f"WITH CHECK ({IN_VISIBLE_ACCOUNT})",
            f"GRANT SELECT, INSERT, UPDATE ON {S}.{table} TO {APP}",
        )
    ],
]


def upgrade() -> None:
    for statement in [
        *m.create_schema(S),
        *TABLES,
        *MEMBER_OR_TENANT,
        *BILLING,
        *m.tenant_table(S, "api_keys"),
        *m.tenant_table(S, "credentials"),
        *m.tenant_table(S, "idempotency_keys"),
        *m.outbox(S),
        *m.inbox(S),
    ]:
        op.execute(statement)


def downgrade() -> None:
    op.execute(f"DROP SCHEMA {S} CASCADE")
