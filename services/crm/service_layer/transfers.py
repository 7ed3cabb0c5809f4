"""CSV import and export of contacts, streamed with progress.

Import works in batches (one transaction each) so a large file makes steady
progress and a bad row fails alone; export pages through the same filters as
ListContacts by keyset, so memory stays flat whatever the size.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from crm.domain.contacts import Contact
from crm.domain.custom_fields import CustomFieldValue
from crm.domain.phones import Phone
from crm.domain.whatsapp import WhatsAppIdentifiers
from crm.service_layer.contact_filters import ContactFilter
from crm.service_layer.unit_of_work import CrmUnitOfWork
from shared.domain import DomainError, InvalidArgument
from shared.repository import Order

BATCH = 200
MAX_BYTES = 20 * 1024 * 1024
EXPORT_COLUMNS = (
    "id",
    "name",
    "phone",
    "email",
    "external_id",
    "language",
    "timezone",
    "tags",
    "create_time",
)


@dataclass(frozen=True)
class Column:
    index: int
    field: str  # name, email, phone, external_id, language, timezone, tags, custom_field, wid, lid
    custom_key: str = ""
    custom_type: str = ""


@dataclass
class ImportTally:
    total_rows: int = 0
    rows_processed: int = 0
    rows_created: int = 0
    rows_updated: int = 0
    rows_skipped: int = 0
    rows_failed: int = 0
    errors: list[tuple[int, str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class ImportPlan:
    rows: list[list[str]]
    first_row_number: int
    columns: list[Column]
    match_key: str  # phone | email | external_id
    policy: str  # skip | update | fill_empty | fail
    region: str
    tags: tuple[str, ...]
    validate_only: bool


def read_csv(content: bytes, delimiter: str, has_header: bool) -> tuple[list[str], list[list[str]]]:
    if len(content) > MAX_BYTES:
        raise InvalidArgument.field("csv_content", f"is larger than {MAX_BYTES // 2**20} MiB")
    if len(delimiter) > 1:
        raise InvalidArgument.field("delimiter", "must be one character")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidArgument.field("csv_content", "must be UTF-8") from None
    rows = [
        r
        for r in csv.reader(io.StringIO(text), delimiter=delimiter or ",")
        if any(c.strip() for c in r)
    ]
    if has_header and rows:
        return rows[0], rows[1:]
    return [], rows


class ContactTransfers:
    def __init__(self, uow: Callable[..., CrmUnitOfWork], default_region: str) -> None:
        self._uow, self._region = uow, default_region

    async def run_import(
        self, project_id: uuid.UUID, plan: ImportPlan
    ) -> AsyncIterator[ImportTally]:
        tally = ImportTally(total_rows=len(plan.rows))
        for start in range(0, len(plan.rows), BATCH):
            async with self._uow() as uow:
                for offset, row in enumerate(plan.rows[start : start + BATCH]):
                    number = plan.first_row_number + start + offset
                    try:
                        async with uow.connection.begin_nested():
                            outcome = await self._import_row(uow, project_id, plan, row)
                    except DomainError as error:
                        tally.rows_failed += 1
                        tally.errors.append((number, "", str(error)))
                        outcome = None
                    if outcome:
                        setattr(tally, f"rows_{outcome}", getattr(tally, f"rows_{outcome}") + 1)
                    tally.rows_processed += 1
                if plan.validate_only:
                    await uow.rollback()
                else:
                    await uow.commit()
            yield tally

    async def _import_row(
        self, uow: CrmUnitOfWork, project_id: uuid.UUID, plan: ImportPlan, row: list[str]
    ) -> str:
        fields = self._fields(plan, row)
        existing = await self._match(uow, plan, fields)
        if existing is None:
            name = fields.pop("name", "") or fields.get("phone") or fields.get("email") or ""
            contact = Contact.create(
                project_id=project_id,
                name=name,
                default_region=plan.region,
                source_channel="import",
                **fields,
            )
            if plan.tags:
                contact.add_tags(plan.tags)
            await uow.contacts.add(contact)
            return "created"
        if plan.policy == "fail":
            raise InvalidArgument.field(plan.match_key, f"matches existing contact {existing.id}")
        if plan.policy == "skip":
            return "skipped"
        if plan.policy == "fill_empty":
            fields = {k: v for k, v in fields.items() if not getattr(existing, k, None)}
        changed = (
            existing.update(fields, fields.keys(), default_region=plan.region) if fields else ()
        )
        added = existing.add_tags(plan.tags) if plan.tags else ()
        await uow.contacts.save(existing)
        return "updated" if changed or added else "skipped"

    def _fields(self, plan: ImportPlan, row: list[str]) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        custom: dict[str, CustomFieldValue] = {}
        ids: dict[str, str] = {}
        for column in plan.columns:
            value = row[column.index].strip() if column.index < len(row) else ""
            if not value:
                continue
            if column.field == "custom_field":
                custom[column.custom_key] = CustomFieldValue.of(
                    column.custom_type or "text",
                    value,
                    default_region=plan.region,
                    field_name=f"custom_fields[{column.custom_key}]",
                )
            elif column.field == "tags":
                fields["tags"] = [t for t in value.replace(";", ",").split(",") if t.strip()]
            elif column.field in ("wid", "lid"):
                ids[column.field] = value
            else:
                fields[column.field] = value
        if custom:
            fields["custom_fields"] = custom
        if ids:
            fields["whatsapp_ids"] = WhatsAppIdentifiers.of(ids.get("wid", ""), ids.get("lid", ""))
        return fields

    async def _match(
        self, uow: CrmUnitOfWork, plan: ImportPlan, fields: dict[str, Any]
    ) -> Contact | None:
        if plan.match_key == "phone" and fields.get("phone"):
            return await uow.contacts.by_phone_key(
                Phone.parse(fields["phone"], plan.region).match_key
            )
        if plan.match_key == "email" and fields.get("email"):
            return await uow.contacts.find(
                "email = :e AND delete_time IS NULL AND merged_into_contact_id IS NULL",
                e=fields["email"].lower(),
            )
        if plan.match_key == "external_id" and fields.get("external_id"):
            return await uow.contacts.find(
                "external_id = :x AND delete_time IS NULL AND merged_into_contact_id IS NULL",
                x=fields["external_id"],
            )
        return None

    async def run_export(
        self, where: ContactFilter, columns: tuple[str, ...], delimiter: str
    ) -> AsyncIterator[tuple[bytes, int, int]]:
        """(chunk, rows so far, total rows); the first chunk carries the header."""
        unknown = [c for c in columns if c not in EXPORT_COLUMNS]
        if unknown:
            raise InvalidArgument.field("columns", f"unknown {unknown}; use {list(EXPORT_COLUMNS)}")
        if len(delimiter) > 1:
            raise InvalidArgument.field("delimiter", "must be one character")
        columns = columns or EXPORT_COLUMNS
        sql, params = where.compile(self._region)
        order, token, done = Order("create_time", False), "", 0
        header = True
        while True:
            async with self._uow() as uow:
                page = await uow.contacts.page(sql, params, 100, token, order)
            buffer = io.StringIO()
            writer = csv.writer(buffer, delimiter=delimiter or ",", lineterminator="\n")
            if header:
                writer.writerow(columns)
                header = False
            for contact in page.items:
                writer.writerow([_cell(contact, c) for c in columns])
            done += len(page.items)
            yield buffer.getvalue().encode(), done, page.total_size
            if not page.next_page_token:
                return
            token = page.next_page_token


def _cell(contact: Contact, column: str) -> str:
    if column == "phone":
        return contact.phone.e164 if contact.phone else ""
    if column == "tags":
        return ",".join(sorted(contact.tags))
    if column == "create_time":
        return contact.create_time.isoformat()
    value = getattr(contact, column)
    return "" if value is None else str(value)
