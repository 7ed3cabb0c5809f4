"""The contact cache in front of crm's find-or-create."""

from __future__ import annotations

import uuid

import grpc

from messaging.adapters.contact_cache import CachedContacts, ContactCache
from messaging.adapters.crm_client import ContactRef, CrmContacts, PhoneRefused
from messaging.service_layer.contacts import contact_of_whatsapp

PROJECT, OTHER = uuid.uuid4(), uuid.uuid4()


class FakeCrm(CrmContacts):
    """crm's port answering from a dict of phone → contact, counting calls."""

    def __init__(self) -> None:
        super().__init__(grpc.aio.insecure_channel("127.0.0.1:1"), "token")
        self.calls = 0
        self.known: dict[tuple[uuid.UUID, str], ContactRef] = {}

    async def find_or_create(self, project_id: uuid.UUID, **ids: object) -> ContactRef:  # type: ignore[override]
        self.calls += 1
        key = (project_id, str(ids.get("wid") or ids.get("lid")))
        created = key not in self.known
        found = self.known.setdefault(key, ContactRef(uuid.uuid4(), True, str(ids["name"])))
        return ContactRef(found.id, created, found.name)


def cached(ttl: float = 60.0, max_entries: int = 100) -> tuple[CachedContacts, FakeCrm]:
    crm = FakeCrm()
    return CachedContacts(crm, ContactCache(ttl=ttl, max_entries=max_entries)), crm


async def test_a_known_sender_is_answered_without_asking_crm_again() -> None:
    contacts, crm = cached()
    first = await contacts.find_or_create(PROJECT, wid="5511@c.us", name="Ana")
    again = await contacts.find_or_create(PROJECT, wid="5511@c.us", name="Ana")
    assert (first.created, again.created, again.id, crm.calls) == (True, False, first.id, 1)


async def test_a_new_id_beside_a_known_one_still_goes_to_crm() -> None:
    contacts, crm = cached()
    await contacts.find_or_create(PROJECT, wid="5511@c.us", name="Ana")
    await contacts.find_or_create(PROJECT, wid="5511@c.us", lid="99@lid", name="Ana")
    assert crm.calls == 2


async def test_projects_do_not_share_entries() -> None:
    contacts, crm = cached()
    mine = await contacts.find_or_create(PROJECT, wid="5511@c.us", name="Ana")
    theirs = await contacts.find_or_create(OTHER, wid="5511@c.us", name="Ana")
    assert mine.id != theirs.id and crm.calls == 2


async def test_an_expired_entry_asks_crm_again() -> None:
    contacts, crm = cached(ttl=0.0)
    await contacts.find_or_create(PROJECT, wid="5511@c.us", name="Ana")
    await contacts.find_or_create(PROJECT, wid="5511@c.us", name="Ana")
    assert crm.calls == 2


async def test_forgetting_a_contact_drops_every_id_it_was_cached_under() -> None:
    contacts, _ = cached()
    ana = await contacts.find_or_create(PROJECT, wid="5511@c.us", lid="9@lid", name="Ana")
    contacts.cache.forget(ana.id)
    assert contacts.cache.get(PROJECT, ["5511@c.us"]) is None
    assert contacts.cache.get(PROJECT, ["9@lid"]) is None
    assert len(contacts.cache) == 0


async def test_the_cache_keeps_at_most_max_entries_dropping_the_oldest() -> None:
    contacts, _ = cached(max_entries=2)
    for n in range(3):
        await contacts.find_or_create(PROJECT, wid=f"55{n}@c.us", name="x")
    assert len(contacts.cache) == 2
    assert contacts.cache.get(PROJECT, ["550@c.us"]) is None
    assert contacts.cache.get(PROJECT, ["552@c.us"]) is not None


async def test_ids_mapping_to_different_contacts_are_not_a_hit() -> None:
    cache = ContactCache()
    cache.put(PROJECT, ["a@c.us"], ContactRef(uuid.uuid4(), False, "A"))
    cache.put(PROJECT, ["b@lid"], ContactRef(uuid.uuid4(), False, "B"))
    assert cache.get(PROJECT, ["a@c.us", "b@lid"]) is None


class RefusingCrm(FakeCrm):
    """crm that refuses every phone number, as it does an invalid one."""

    async def find_or_create(self, project_id: uuid.UUID, **ids: object) -> ContactRef:  # type: ignore[override]
        if ids.get("phone"):
            self.calls += 1
            raise PhoneRefused("not a valid phone number")
        return await super().find_or_create(project_id, **ids)


async def test_a_refused_number_is_not_offered_to_crm_again_and_ids_still_find_the_contact() -> (
    None
):
    crm = RefusingCrm()
    contacts = CachedContacts(crm, ContactCache())
    first = await contact_of_whatsapp(contacts, PROJECT, ["5511000000001@c.us"], name="Ana")
    again = await contact_of_whatsapp(contacts, PROJECT, ["5511000000001@c.us"], name="Ana")
    assert first is not None and again is not None and again.id == first.id
    assert crm.calls == 2  # the refused number once, the ids once; the repeat asks nobody
