"""Minimal vCard 3.0 reader: FN and TEL (with WhatsApp's `waid` parameter)."""

from messaging.waha.values import VCard, VCardPhone


def _unfold(raw: str) -> list[str]:
    lines: list[str] = []
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:]
        elif line:
            lines.append(line)
    return lines


def _unescape(value: str) -> str:
    return value.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n").strip()


def parse_vcard(raw: str) -> VCard:
    full_name: str | None = None
    phones: list[VCardPhone] = []
    for line in _unfold(raw):
        head, sep, value = line.partition(":")
        if not sep:
            continue
        name, *params = head.split(";")
        name = name.rpartition(".")[2].upper()  # `item1.TEL` → `TEL`
        if name == "FN" and full_name is None:
            full_name = _unescape(value) or None
        elif name == "TEL" and value.strip():
            wa_id = None
            for param in params:
                key, _, val = param.partition("=")
                if key.strip().lower() == "waid" and val.strip():
                    wa_id = val.strip()
            phones.append(VCardPhone(number=value.strip(), wa_id=wa_id))
    return VCard(raw=raw, full_name=full_name, phones=tuple(phones))
