"""crm schema: contacts, lists, notes, timeline, trackings, pipelines, automation rules.

Revision ID: 0001
"""

from __future__ import annotations

from alembic import op

from shared import migration_sql as m

revision = "0001"
down_revision = None
S = "crm"

COMMON = m.TENANT_DOCUMENT_COLUMNS

TABLES = {
    "contacts": f"""{COMMON},
        name text NOT NULL,
        email text,
        phone_e164 text,
        phone_key text,
        wid text,
        lid text,
        external_id text,
        tags text[] NOT NULL DEFAULT '{{}}',
        custom_fields jsonb NOT NULL DEFAULT '{{}}',
        first_interaction_time timestamptz,
        last_interaction_time timestamptz,
        merged_into_contact_id uuid,
        delete_time timestamptz,
        search_text text GENERATED ALWAYS AS (
            lower(name || ' ' || coalesce(email, '') || ' ' || coalesce(phone_e164, ''))
        ) STORED""",
    "contact_lists": f"""{COMMON},
        name text NOT NULL,
        kind text NOT NULL,
        delete_time timestamptz""",
    "contact_list_members": """
        project_id uuid NOT NULL,
        contact_list_id uuid NOT NULL REFERENCES crm.contact_lists(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES crm.contacts(id),
        add_time timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (contact_list_id, contact_id)""",
    "notes": f"""{COMMON},
        contact_id uuid NOT NULL REFERENCES crm.contacts(id),
        session_id uuid,
        pinned boolean NOT NULL DEFAULT false,
        delete_time timestamptz""",
    "contact_events": f"""{COMMON},
        contact_id uuid NOT NULL REFERENCES crm.contacts(id),
        category text NOT NULL,
        source_event_id uuid,
        occur_time timestamptz NOT NULL""",
    "trackings": f"""{COMMON},
        contact_id uuid REFERENCES crm.contacts(id),
        click_id text,
        code integer""",
    "pipelines": f"""{COMMON},
        name text NOT NULL,
        position integer NOT NULL,
        active boolean NOT NULL,
        delete_time timestamptz""",
    "contact_pipeline_statuses": f"""{COMMON},
        contact_id uuid NOT NULL REFERENCES crm.contacts(id),
        pipeline_id uuid NOT NULL REFERENCES crm.pipelines(id),
        status_id uuid,
        UNIQUE (project_id, contact_id, pipeline_id)""",
    "contact_pipeline_history": """
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL,
        contact_id uuid NOT NULL REFERENCES crm.contacts(id),
        pipeline_id uuid NOT NULL REFERENCES crm.pipelines(id),
        data jsonb NOT NULL,
        enter_time timestamptz NOT NULL""",
    "automation_rules": f"""{COMMON},
        pipeline_id uuid NOT NULL REFERENCES crm.pipelines(id),
        trigger text NOT NULL,
        enabled boolean NOT NULL,
        delete_time timestamptz""",
    "idempotency_keys": """
        project_id uuid NOT NULL,
        operation text NOT NULL,
        request_id text NOT NULL,
        resource_id uuid NOT NULL,
        create_time timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, operation, request_id)""",
}

INDEXES = [
    # One live contact per phone per project; the key folds the Brazilian ninth digit.
    f"CREATE UNIQUE INDEX contacts_phone ON {S}.contacts (project_id, phone_key) "
    "WHERE phone_key IS NOT NULL AND delete_time IS NULL AND merged_into_contact_id IS NULL",
    f"CREATE UNIQUE INDEX contacts_lid ON {S}.contacts (project_id, lid) "
    "WHERE lid IS NOT NULL AND delete_time IS NULL AND merged_into_contact_id IS NULL",
    f"CREATE INDEX contacts_page ON {S}.contacts (project_id, create_time DESC, id DESC)",
    f"CREATE INDEX contacts_email ON {S}.contacts (project_id, email)",
    f"CREATE INDEX contacts_external ON {S}.contacts (project_id, external_id)",
    f"CREATE INDEX contacts_name_prefix ON {S}.contacts (project_id, lower(name) text_pattern_ops)",
    f"CREATE INDEX contacts_tags ON {S}.contacts USING gin (tags)",
    f"CREATE INDEX contacts_search ON {S}.contacts USING gin (search_text gin_trgm_ops)",
    f"CREATE INDEX contacts_custom_fields ON {S}.contacts USING gin (custom_fields jsonb_path_ops)",
    f"CREATE INDEX contact_list_members_contact ON {S}.contact_list_members (contact_id)",
    f"CREATE INDEX notes_contact ON {S}.notes (project_id, contact_id, create_time DESC)",
    f"CREATE INDEX contact_events_contact ON {S}.contact_events (project_id, contact_id, occur_time DESC)",
    f"CREATE UNIQUE INDEX contact_events_source ON {S}.contact_events (project_id, source_event_id)",
    f"CREATE UNIQUE INDEX trackings_click ON {S}.trackings (project_id, click_id) WHERE click_id IS NOT NULL",
    f"CREATE UNIQUE INDEX trackings_code ON {S}.trackings (project_id, code) WHERE code IS NOT NULL",
    f"CREATE INDEX trackings_contact ON {S}.trackings (project_id, contact_id)",
    f"CREATE INDEX pipeline_statuses_status ON {S}.contact_pipeline_statuses (project_id, pipeline_id, status_id)",
    f"CREATE INDEX pipeline_history_contact ON {S}.contact_pipeline_history (project_id, contact_id, enter_time DESC)",
    f"CREATE INDEX automation_rules_pipeline ON {S}.automation_rules (project_id, pipeline_id)",
]


def upgrade() -> None:
    statements = [*m.create_schema(S)]
    for table, columns in TABLES.items():
        statements.append(f"CREATE TABLE {S}.{table} ({columns})")
        statements += m.tenant_table(S, table)
    statements += INDEXES + m.outbox(S) + m.inbox(S)
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    op.execute(f"DROP SCHEMA {S} CASCADE")
