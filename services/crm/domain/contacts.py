"""The Contact aggregate: a person the project talks to."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from crm.domain import errors
from crm.domain.base import VersionedAggregate
from crm.domain.contact_diffs import custom_field_events, tag_events
from crm.domain.contact_fields import (
    MAP_FIELDS,
    SETTABLE_FIELDS,
    ContactInteractionDirection,
    ContactSourceChannel,
    normalised,
    normalised_all,
    tag_list,
)
from crm.domain.custom_fields import CustomFieldValue
from crm.domain.events import (
    ContactCreated,
    ContactDeleted,
    ContactInteractionRecorded,
    ContactMerged,
    ContactUndeleted,
    ContactUpdated,
)
from crm.domain.masks import masked_changes
from crm.domain.merging import merged_values
from crm.domain.phones import Phone
from crm.domain.values import Email, normalise_tags
from crm.domain.whatsapp import WhatsAppIdentifiers
from shared.domain import InvalidArgument, new_id, utcnow

RECENT_MESSAGES = 200  # message ids remembered to ignore redelivered interactions


@dataclass(eq=False, kw_only=True)
class Contact(VersionedAggregate):
    name: str
    email: Email | None = None
    phone: Phone | None = None
    whatsapp_ids: WhatsAppIdentifiers = field(default_factory=WhatsAppIdentifiers)
    external_id: str = ""
    source_channel: ContactSourceChannel | None = None
    source_channel_id: uuid.UUID | None = None
    language: str = "en"
    timezone: str = ""
    tags: frozenset[str] = frozenset()
    custom_fields: dict[str, CustomFieldValue] = field(default_factory=dict)
    profile_picture_url: str = ""
    profile_picture_fetch_time: datetime | None = None
    first_interaction_time: datetime | None = None
    last_interaction_time: datetime | None = None
    interaction_count: int = 0
    recent_message_ids: tuple[str, ...] = ()  # makes record_interaction idempotent
    merged_into_contact_id: uuid.UUID | None = None
    delete_time: datetime | None = None

    @classmethod
    def create(
        cls,
        *,
        project_id: uuid.UUID,
        name: str,
        default_region: str = "",
        source_channel: ContactSourceChannel | str = ContactSourceChannel.MANUAL,
        id: uuid.UUID | None = None,
        now: datetime | None = None,
        **fields: Any,
    ) -> Contact:
        """A new contact. `fields` are any of the settable fields (email, phone,
        whatsapp_ids, external_id, language, timezone, tags, custom_fields, …).
        A phone given as a WhatsApp id also becomes the wid when none is given."""
        unknown = set(fields) - SETTABLE_FIELDS
        if unknown:
            raise TypeError(f"Contact.create got unknown fields {sorted(unknown)}")
        moment = now or utcnow()
        values = normalised_all(
            {"name": name, "source_channel": source_channel, **fields}, default_region
        )
        contact = cls(
            id=id or new_id(),
            project_id=project_id,
            create_time=moment,
            update_time=moment,
            **values,
        )
        contact._adopt_whatsapp_phone()
        if contact.profile_picture_url:
            contact.profile_picture_fetch_time = moment
        contact.record(ContactCreated(**contact._envelope(moment), contact=contact.snapshot()))
        return contact

    @property
    def is_live(self) -> bool:
        return self.delete_time is None

    def update(
        self,
        changes: Mapping[str, Any],
        mask: Iterable[str] | None = None,
        *,
        default_region: str = "",
        now: datetime | None = None,
    ) -> tuple[str, ...]:
        """Apply the masked changes; returns the paths that really changed."""
        self.check_live()
        paths = masked_changes(changes, mask, SETTABLE_FIELDS, maps=MAP_FIELDS)
        wanted = {p: normalised(p, v, default_region=default_region) for p, v in paths.items()}
        if "custom_fields" in wanted:  # a whole-map replacement is a change per key
            replacement = wanted.pop("custom_fields")
            for key in sorted(self.custom_fields.keys() | replacement.keys()):
                wanted[f"custom_fields.{key}"] = replacement.get(key)
        changed = tuple(p for p, v in wanted.items() if v != self._value_at(p))
        if not changed:
            return ()
        moment = self._touch(now)
        old_tags, old_fields = self.tags, dict(self.custom_fields)
        for path in changed:
            self._set_value_at(path, wanted[path], moment)
        envelope = self._envelope(moment)
        self.record(ContactUpdated(**envelope, contact=self.snapshot(), changed_fields=changed))
        for event in (
            *tag_events(envelope, self.id, old_tags, self.tags),
            *custom_field_events(envelope, self.id, old_fields, self.custom_fields),
        ):
            self.record(event)
        return changed

    def learn_whatsapp_ids(self, seen: WhatsAppIdentifiers, *, now: datetime | None = None) -> bool:
        """Keep the ids an inbound message showed; returns whether any changed."""
        return bool(self.update({"whatsapp_ids": self.whatsapp_ids.updated_by(seen)}, now=now))

    def add_tags(self, tags: Iterable[str], *, now: datetime | None = None) -> tuple[str, ...]:
        """Returns the tags that were not there yet (and records only those)."""
        added = set(normalise_tags(tags)) - self.tags
        if added:
            self.update({"tags": self.tags | added}, now=now)
        return tag_list(added)

    def remove_tags(self, tags: Iterable[str], *, now: datetime | None = None) -> tuple[str, ...]:
        removed = set(normalise_tags(tags)) & self.tags
        if removed:
            self.update({"tags": self.tags - removed}, now=now)
        return tag_list(removed)

    def set_custom_field(
        self, key: str, value: CustomFieldValue | None, *, now: datetime | None = None
    ) -> bool:
        """Set (or, with None, remove) one custom field; returns whether it changed."""
        return bool(self.update({f"custom_fields.{key}": value}, now=now))

    def record_interaction(
        self,
        at: datetime,
        message_id: str = "",
        *,
        direction: ContactInteractionDirection = ContactInteractionDirection.INBOUND,
        channel_id: uuid.UUID | None = None,
        session_id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> bool:
        """Note a message or call at `at` (its own time, which may arrive out of
        order); a repeated message id changes nothing. Returns whether recorded."""
        self.check_live()
        if at.tzinfo is None:
            raise InvalidArgument.field("interaction_time", "must carry a time zone")
        if message_id and message_id in self.recent_message_ids:
            return False
        first = self.first_interaction_time is None or at < self.first_interaction_time
        moment = self._touch(now)
        if first:
            self.first_interaction_time = at
        if self.last_interaction_time is None or at > self.last_interaction_time:
            self.last_interaction_time = at
        self.interaction_count += 1
        if message_id:
            self.recent_message_ids = (*self.recent_message_ids, message_id)[-RECENT_MESSAGES:]
        self.record(
            ContactInteractionRecorded(
                **self._envelope(moment),
                contact_id=self.id,
                interaction_time=at,
                direction=direction,
                channel_id=channel_id,
                session_id=session_id,
                message_id=message_id,
                first_interaction=first,
            )
        )
        return True

    def merge_into(
        self,
        survivor: Contact,
        *,
        prefer_merged_fields: Iterable[str] = (),
        now: datetime | None = None,
    ) -> bool:
        """Fold this contact into `survivor` and leave a tombstone pointing at it.

        The survivor keeps its values except the `prefer_merged_fields` paths,
        fills its empty ones from this contact, unites tags and custom fields.
        Repeating a completed merge changes nothing (returns False).
        """
        if survivor.id == self.id:
            raise errors.CannotMergeIntoItself()
        if self.merged_into_contact_id == survivor.id:
            return False
        self.check_live()
        if not survivor.is_live or survivor.project_id != self.project_id:
            raise errors.MergeSurvivorUnavailable(
                f"contact {survivor.id} is deleted, merged or in another project"
            )
        values = merged_values(survivor, self, prefer_merged_fields)
        moment = self._touch(now)
        self.merged_into_contact_id, self.delete_time = survivor.id, moment
        survivor._touch(moment)
        for path, value in values.items():
            setattr(survivor, path, value)
        survivor.record(
            ContactMerged(
                **survivor._envelope(moment),
                survivor_contact_id=survivor.id,
                merged_contact_id=self.id,
                survivor_contact=survivor.snapshot(),
                merged_phone=self.phone,
            )
        )
        return True

    def delete(self, *, now: datetime | None = None) -> None:
        self.check_live()
        moment = self._touch(now)
        self.delete_time = moment
        self.record(
            ContactDeleted(
                **self._envelope(moment), contact_id=self.id, phone=self.phone, delete_time=moment
            )
        )

    def undelete(self, *, now: datetime | None = None) -> None:
        if self.merged_into_contact_id is not None:
            raise errors.ContactWasMerged(self.id, self.merged_into_contact_id)
        if self.delete_time is None:
            raise errors.ContactNotDeleted(f"contact {self.id} is not deleted")
        moment = self._touch(now)
        self.delete_time = None
        self.record(ContactUndeleted(**self._envelope(moment), contact=self.snapshot()))

    def check_live(self) -> None:
        if self.merged_into_contact_id is not None:
            raise errors.ContactWasMerged(self.id, self.merged_into_contact_id)
        if self.delete_time is not None:
            raise errors.ContactIsDeleted(self.id)

    def _value_at(self, path: str) -> Any:
        head, _, key = path.partition(".")
        return self.custom_fields.get(key) if key else getattr(self, head)

    def _set_value_at(self, path: str, value: Any, moment: datetime) -> None:
        head, _, key = path.partition(".")
        if not key:
            setattr(self, head, value)
        elif value is None:
            self.custom_fields.pop(key, None)
        else:
            self.custom_fields[key] = value
        if path == "profile_picture_url":
            self.profile_picture_fetch_time = moment if value else None

    def _adopt_whatsapp_phone(self) -> None:
        """A phone given as a WhatsApp id names the wid too; a wid alone gives the phone."""
        if self.phone is not None and "@" in self.phone.raw and not self.whatsapp_ids.wid:
            self.whatsapp_ids = WhatsAppIdentifiers(
                self.phone.digits, self.whatsapp_ids.lid, self.whatsapp_ids.jid
            )
        elif self.phone is None and self.whatsapp_ids.wid:
            self.phone = Phone.parse(self.whatsapp_ids.wid + "@c.us")
