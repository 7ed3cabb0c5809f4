"""Benchmark: contact queries at scale through gRPC, against the same SQL without our layers.

Seeds 1,000,000 contacts in one project and 100,000 in each of nine others (server-side
INSERT … SELECT generate_series, heavy indexes built after the load), starts `python -m crm api`
as its own process, then measures sequential latency (p50/p95) of four queries three ways:
  grpc      — the RPC through the crm server (auth interceptor, RLS unit of work, mapping)
  sql+rls   — the query the repository runs, as the application role with the tenant set
  sql       — the same query as a superuser (no RLS) with an explicit WHERE project_id
The ratios show the cost of RLS (sql+rls / sql) and of all our layers (grpc / sql).

Run: .venv/bin/python tests/perf/crm_contacts.py [--scale 1.0] [--samples 300]
Needs the local PostgreSQL (VENTROS_TEST_ADMIN_URL) and drops/creates database ventros_perf.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

import asyncpg
import grpc

from crm import bootstrap as crm_bootstrap
from shared.context import Principal
from shared.db import asyncpg_dsn
from shared.dbsetup import migrate_async, provision
from shared.tokens import TokenIssuer, generate_private_pem, public_pem_of
from ventros.crm.v1 import contact_service_pb2 as pb
from ventros.crm.v1 import contact_service_pb2_grpc

ROOT = Path(__file__).resolve().parents[2]
ADMIN = os.environ.get("VENTROS_TEST_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
DATABASE = "ventros_perf"
FIRST = ["ana", "bruno", "carla", "diego", "eva", "fabio", "gabi", "hugo", "iris", "joao"]
LAST = [
    "silva",
    "souza",
    "oliveira",
    "santos",
    "lima",
    "costa",
    "pereira",
    "almeida",
    "rocha",
    "dias",
]
HEAVY = [
    "contacts_search",
    "contacts_tags",
    "contacts_custom_fields",
    "contacts_name_prefix",
    "contacts_phone",
    "contacts_page",
]

SEED = """
INSERT INTO crm.contacts (id, project_id, data, version, create_time, update_time, name,
                          phone_e164, phone_key, tags)
SELECT id, $1::uuid, jsonb_build_object(
         'id', id, 'project_id', $1::text, 'version', 1, 'create_time', t, 'update_time', t,
         'name', name, 'email', null,
         'phone', jsonb_build_object('e164', e164, 'region_code', 'BR', 'raw', e164),
         'whatsapp_ids', jsonb_build_object('wid', '', 'lid', '', 'jid', ''),
         'external_id', '', 'source_channel', 'import', 'source_channel_id', null,
         'language', 'pt', 'timezone', '', 'tags', to_jsonb(tags), 'custom_fields', '{}'::jsonb,
         'profile_picture_url', '', 'profile_picture_fetch_time', null,
         'first_interaction_time', null, 'last_interaction_time', null, 'interaction_count', 0,
         'recent_message_ids', '[]'::jsonb, 'merged_into_contact_id', null, 'delete_time', null),
       1, t, t, name, e164, key, tags
FROM (
  SELECT gen_random_uuid() AS id,
         timestamptz '2025-01-01' + i * interval '1 second' AS t,
         initcap(($3::text[])[1 + i % 10]) || ' ' || initcap(($4::text[])[1 + (i / 10) % 10])
           || ' ' || i AS name,
         '+55119' || lpad(i::text, 8, '0') AS e164,
         '5511' || lpad(i::text, 8, '0') AS key,
         -- tags independent of names (10% vip, 30% lead), as in real data
         CASE WHEN random() < 0.1 THEN ARRAY['vip', 'lead'] WHEN random() < 0.22
              THEN ARRAY['lead'] ELSE ARRAY[]::text[] END AS tags
  FROM generate_series(1, $2::int) AS i
) AS rows
"""


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


async def timed(samples: int, call: Callable[[int], Awaitable[object]]) -> list[float]:
    for i in range(10):  # warm up caches and connections
        await call(i)
    out = []
    for i in range(samples):
        start = time.perf_counter()
        await call(i)
        out.append((time.perf_counter() - start) * 1000)
    return out


async def seed(urls_owner: str, projects: list[uuid.UUID], sizes: list[int]) -> None:
    admin = await asyncpg.connect(asyncpg_dsn(ADMIN).rsplit("/", 1)[0] + f"/{DATABASE}")
    try:
        for name in HEAVY:
            await admin.execute(f"DROP INDEX IF EXISTS crm.{name}")
        for project, size in zip(projects, sizes, strict=True):
            started = time.perf_counter()
            await admin.execute(SEED, project, size, FIRST, LAST)
            print(
                f"  seeded {size:>9,} contacts in {time.perf_counter() - started:6.1f}s", flush=True
            )
        started = time.perf_counter()
        await admin.execute("DROP INDEX IF EXISTS crm.contacts_phone")
        for statement in [
            "CREATE UNIQUE INDEX contacts_phone ON crm.contacts (project_id, phone_key) WHERE phone_key"
            " IS NOT NULL AND delete_time IS NULL AND merged_into_contact_id IS NULL",
            "CREATE INDEX contacts_page ON crm.contacts (project_id, create_time DESC, id DESC)",
            "CREATE INDEX contacts_name_prefix ON crm.contacts (project_id, lower(name) text_pattern_ops)",
            "CREATE INDEX contacts_tags ON crm.contacts USING gin (tags)",
            "CREATE INDEX contacts_search ON crm.contacts USING gin (search_text gin_trgm_ops)",
            "CREATE INDEX contacts_custom_fields ON crm.contacts USING gin (custom_fields jsonb_path_ops)",
            "VACUUM ANALYZE crm.contacts",
        ]:
            await admin.execute(statement)
        print(f"  indexes built in {time.perf_counter() - started:6.1f}s", flush=True)
    finally:
        await admin.close()


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of 1M/100k to seed")
    parser.add_argument("--samples", type=int, default=300)
    options = parser.parse_args()
    sizes = [int(1_000_000 * options.scale)] + [int(100_000 * options.scale)] * 9
    projects = [uuid.uuid4() for _ in sizes]

    admin = await asyncpg.connect(asyncpg_dsn(ADMIN))
    await admin.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
    await admin.close()
    urls = await provision(ADMIN, DATABASE)
    await migrate_async(urls.owner, crm_bootstrap.MIGRATIONS, crm_bootstrap.SCHEMA)
    print(f"seeding {sum(sizes):,} contacts in {len(sizes)} projects", flush=True)
    await seed(urls.owner, projects, sizes)

    key = generate_private_pem()
    target = projects[0]
    token = (
        TokenIssuer(key)
        .issue(
            Principal("bench", "user", target, "admin", frozenset({"*:*"}), user_id=uuid.uuid4())
        )
        .token
    )
    env = {
        **os.environ,
        "DATABASE_URL": urls.app,
        "RELAY_DATABASE_URL": urls.relay,
        "TOKEN_PUBLIC_KEY": public_pem_of(key),
        "SERVICE_TOKEN": "unused",
        "IDENTITY_GRPC_ADDRESS": "127.0.0.1:1",
        "CRM_GRPC_ADDRESS": "127.0.0.1:50099",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "crm", "api"], env=env, cwd=ROOT, stderr=subprocess.DEVNULL
    )
    try:
        await run(urls.app, target, token, options.samples, sizes[0])
    finally:
        server.terminate()
        server.wait(timeout=15)


async def run(app_url: str, project: uuid.UUID, token: str, samples: int, size: int) -> None:
    superuser = await asyncpg.connect(asyncpg_dsn(ADMIN).rsplit("/", 1)[0] + f"/{DATABASE}")
    app = await asyncpg.connect(asyncpg_dsn(app_url))
    await app.execute("SELECT set_config('app.project_id', $1, false)", str(project))
    ids = [
        r["id"]
        for r in await superuser.fetch(
            "SELECT id FROM crm.contacts WHERE project_id = $1 ORDER BY random() LIMIT 2000",
            project,
        )
    ]
    rng = random.Random(7)
    numbers = [rng.randint(1, size) for _ in range(samples + 10)]
    searches = [f"{rng.choice(LAST)} {n}" for n in numbers]
    prefixes = [rng.choice(FIRST)[:3] for _ in numbers]

    metadata = (("authorization", f"Bearer {token}"),)
    async with grpc.aio.insecure_channel("127.0.0.1:50099") as channel:
        await channel.channel_ready()
        stub = contact_service_pb2_grpc.ContactServiceStub(channel)
        cases = {
            "get by id": (
                lambda i: stub.GetContact(
                    pb.GetContactRequest(contact_id=str(ids[i])), metadata=metadata
                ),
                "SELECT data FROM crm.contacts WHERE {p} id = $1",
                lambda i: [ids[i]],
            ),
            "find by phone": (
                lambda i: stub.FindOrCreateContactByPhone(
                    pb.FindOrCreateContactByPhoneRequest(phone=f"+55 11 9{numbers[i]:08d}"),
                    metadata=metadata,
                ),
                "SELECT data FROM crm.contacts WHERE {p} phone_key = $1 AND delete_time IS NULL"
                " AND merged_into_contact_id IS NULL",
                lambda i: [f"5511{numbers[i]:08d}"],
            ),
            "tag + name prefix": (
                lambda i: stub.ListContacts(
                    pb.ListContactsRequest(tags=["vip"], name=prefixes[i], page_size=50),
                    metadata=metadata,
                ),
                "SELECT data FROM crm.contacts WHERE {p} delete_time IS NULL AND"
                " merged_into_contact_id IS NULL AND lower(name) LIKE $1 AND tags && $2"
                " ORDER BY create_time DESC, id DESC LIMIT 51",
                lambda i: [prefixes[i] + "%", ["vip"]],
            ),
            "text search": (
                lambda i: stub.SearchContacts(
                    pb.SearchContactsRequest(query=searches[i], page_size=20), metadata=metadata
                ),
                "SELECT data FROM crm.contacts WHERE {p} delete_time IS NULL AND"
                " merged_into_contact_id IS NULL AND search_text LIKE $1"
                " ORDER BY create_time DESC, id DESC LIMIT 21",
                lambda i: ["%" + searches[i] + "%"],
            ),
        }
        print(f"\n{'query':<18}{'path':<9}{'p50 ms':>9}{'p95 ms':>9}{'p95/sql':>9}")
        for name, (rpc, sql, args) in cases.items():
            grpc_ms = await timed(samples, rpc)
            rls_ms = await timed(samples, lambda i, s=sql, a=args: app.fetch(s.format(p=""), *a(i)))
            own_sql = sql.format(p=f"project_id = ${len(args(0)) + 1} AND")
            raw_ms = await timed(
                samples, lambda i, s=own_sql, a=args: superuser.fetch(s, *a(i), project)
            )
            base = percentile(raw_ms, 0.95)
            for path, values in (("grpc", grpc_ms), ("sql+rls", rls_ms), ("sql", raw_ms)):
                p95 = percentile(values, 0.95)
                print(
                    f"{name:<18}{path:<9}{statistics.median(values):>9.2f}{p95:>9.2f}"
                    f"{p95 / base:>9.2f}"
                )
    await app.close()
    await superuser.close()


if __name__ == "__main__":
    asyncio.run(main())
