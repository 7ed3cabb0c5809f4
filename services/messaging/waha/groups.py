"""group.v2.join / leave / update / participants → commands (SHAPES §4.11)."""

from typing import Any

from messaging.waha._coerce import as_dict, as_list, opt_str, require_str, utc_from_seconds
from messaging.waha.envelope import Envelope
from messaging.waha.group_commands import (
    GroupInfo,
    GroupJoined,
    GroupLeft,
    GroupParticipant,
    GroupParticipantsChanged,
    GroupUpdated,
)
from messaging.waha.ids import to_cus


def _base(env: Envelope) -> dict[str, Any]:
    return {"event_id": env.id, "session": env.session}


def _participants(value: Any) -> tuple[GroupParticipant, ...]:
    return tuple(
        GroupParticipant(id=to_cus(p["id"]), role=opt_str(p.get("role")), pn=opt_str(p.get("pn")))
        for p in map(as_dict, as_list(value))
        if opt_str(p.get("id"))
    )


def _group_info(value: dict[str, Any], event: str) -> GroupInfo:
    def flag(name: str) -> bool | None:
        return value[name] if isinstance(value.get(name), bool) else None

    return GroupInfo(
        id=require_str(value, "id", f"{event} group"),
        subject=opt_str(value.get("subject")),
        description=value.get("description") if isinstance(value.get("description"), str) else None,
        participants=_participants(value["participants"]) if "participants" in value else None,
        invite=opt_str(value.get("invite")),
        members_can_add_new_member=flag("membersCanAddNewMember"),
        members_can_send_messages=flag("membersCanSendMessages"),
        new_members_approval_required=flag("newMembersApprovalRequired"),
    )


def group(env: Envelope) -> GroupJoined | GroupLeft | GroupUpdated | GroupParticipantsChanged:
    info = _group_info(as_dict(env.payload.get("group")), env.event)
    at = utc_from_seconds(env.payload.get("timestamp"))  # GOWS ms are detected
    if env.event == "group.v2.join":
        return GroupJoined(**_base(env), group=info, at=at)
    if env.event == "group.v2.leave":
        return GroupLeft(**_base(env), group_id=info.id, at=at)
    if env.event == "group.v2.update":
        return GroupUpdated(**_base(env), group=info, at=at)
    return GroupParticipantsChanged(
        **_base(env),
        group_id=info.id,
        type=require_str(env.payload, "type", env.event),
        participants=_participants(env.payload.get("participants")),
        at=at,
    )
