"""ContactListService over the contact list use cases."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

import grpc

from crm.entrypoints import contact_list_mappers as m
from crm.service_layer.contact_lists import ContactLists, ListQuery
from shared.domain import InvalidArgument
from shared.protomap import enum_value
from shared.requests import caller_project, mask_paths, optional_uuid, parse_uuid, timestamp_or_none
from shared.responses import page_fields
from ventros.crm.v1 import contact_list_pb2, contact_list_service_pb2_grpc
from ventros.crm.v1 import contact_list_service_pb2 as pb

Context = grpc.aio.ServicerContext[Any, Any]


def contact_ids(values: Iterable[str]) -> list[uuid.UUID]:
    return [parse_uuid(v, f"contact_ids[{i}]") for i, v in enumerate(values)]


def no_filter_expression(
    request: pb.ListContactListsRequest | pb.ListContactListMembersRequest,
) -> None:
    if request.filter:
        raise InvalidArgument.field("filter", "expressions are not supported; use the typed fields")


class ContactListServicer(contact_list_service_pb2_grpc.ContactListServiceServicer):
    def __init__(self, lists: ContactLists) -> None:
        self._lists = lists

    async def CreateContactList(
        self, request: pb.CreateContactListRequest, context: Context
    ) -> pb.CreateContactListResponse:
        given = request.contact_list
        with m.request_fields("contact_list"):
            fields = {**m.contact_list_fields(given), "type": m.list_type(given)}
            created = await self._lists.create(caller_project(), fields, request.request_id)
        return pb.CreateContactListResponse(contact_list=m.contact_list(created))

    async def GetContactList(
        self, request: pb.GetContactListRequest, context: Context
    ) -> pb.GetContactListResponse:
        found = await self._lists.get(parse_uuid(request.contact_list_id, "contact_list_id"))
        return pb.GetContactListResponse(contact_list=m.contact_list(found))

    async def ListContactLists(
        self, request: pb.ListContactListsRequest, context: Context
    ) -> pb.ListContactListsResponse:
        no_filter_expression(request)
        query = ListQuery(
            type=enum_value(contact_list_pb2.ContactListType.DESCRIPTOR, request.type),
            name=request.name,
            contact_id=optional_uuid(request.contact_id, "contact_id"),
            show_deleted=request.show_deleted,
        )
        page = await self._lists.list(
            query, request.page_size, request.page_token, request.order_by
        )
        return pb.ListContactListsResponse(**page_fields("contact_lists", page, m.contact_list))

    async def UpdateContactList(
        self, request: pb.UpdateContactListRequest, context: Context
    ) -> pb.UpdateContactListResponse:
        paths = mask_paths(request.update_mask, m.SETTABLE)
        given = request.contact_list
        list_id = parse_uuid(given.id, "contact_list.id")
        with m.request_fields("contact_list"):
            fields = m.contact_list_fields(given, paths)
            updated = await self._lists.update(list_id, fields, paths, given.version)
        return pb.UpdateContactListResponse(contact_list=m.contact_list(updated))

    async def DeleteContactList(
        self, request: pb.DeleteContactListRequest, context: Context
    ) -> pb.DeleteContactListResponse:
        gone = await self._lists.delete(
            parse_uuid(request.contact_list_id, "contact_list_id"), request.version
        )
        return pb.DeleteContactListResponse(contact_list=m.contact_list(gone))

    async def AddContactListMembers(
        self, request: pb.AddContactListMembersRequest, context: Context
    ) -> pb.AddContactListMembersResponse:
        list_id = parse_uuid(request.contact_list_id, "contact_list_id")
        found, added = await self._lists.add_members(list_id, contact_ids(request.contact_ids))
        return pb.AddContactListMembersResponse(
            contact_list=m.contact_list(found), added_contact_ids=[str(c) for c in added]
        )

    async def RemoveContactListMembers(
        self, request: pb.RemoveContactListMembersRequest, context: Context
    ) -> pb.RemoveContactListMembersResponse:
        list_id = parse_uuid(request.contact_list_id, "contact_list_id")
        found, removed = await self._lists.remove_members(list_id, contact_ids(request.contact_ids))
        return pb.RemoveContactListMembersResponse(
            contact_list=m.contact_list(found), removed_contact_ids=[str(c) for c in removed]
        )

    async def ListContactListMembers(
        self, request: pb.ListContactListMembersRequest, context: Context
    ) -> pb.ListContactListMembersResponse:
        no_filter_expression(request)
        found, page = await self._lists.members(
            parse_uuid(request.contact_list_id, "contact_list_id"),
            request.page_size,
            request.page_token,
            request.order_by,
            timestamp_or_none(request, "add_time_after"),
        )
        return pb.ListContactListMembersResponse(
            contact_list_members=[m.member(found.id, i.contact, i.add_time) for i in page.items],
            next_page_token=page.next_page_token,
            total_size=page.total_size,
        )

    async def CountContactListMembers(
        self, request: pb.CountContactListMembersRequest, context: Context
    ) -> pb.CountContactListMembersResponse:
        count = await self._lists.count(parse_uuid(request.contact_list_id, "contact_list_id"))
        return pb.CountContactListMembersResponse(member_count=count)

    async def RecalculateContactList(
        self, request: pb.RecalculateContactListRequest, context: Context
    ) -> pb.RecalculateContactListResponse:
        found = await self._lists.recalculate(
            parse_uuid(request.contact_list_id, "contact_list_id")
        )
        return pb.RecalculateContactListResponse(contact_list=m.contact_list(found))
