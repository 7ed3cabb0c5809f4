"""google.api.http path templates: parsing, matching and overlap.

Grammar (google/api/http.proto):
    Template = "/" Segments [ Verb ] ;
    Segments = Segment { "/" Segment } ;
    Segment  = "*" | "**" | LITERAL | Variable ;
    Variable = "{" FieldPath [ "=" Segments ] "}" ;
    Verb     = ":" LITERAL ;
A variable without a pattern stands for one segment ("*").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

WILD = "*"
WILD_REST = "**"
_LITERAL = re.compile(r"^[A-Za-z0-9._~%!$&'()+,;=@-]+$")
_FIELD_PATH = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$")
_SLASH = re.compile("%2F", re.IGNORECASE)


class TemplateError(ValueError):
    """The template does not follow the google.api.http grammar."""


@dataclass(frozen=True)
class Variable:
    field_path: str
    start: int  # index of its first segment
    end: int  # index after its last segment; -1 when it ends with "**"


@dataclass(frozen=True)
class PathTemplate:
    text: str
    segments: tuple[str, ...]  # literals, "*" or "**"
    variables: tuple[Variable, ...]
    verb: str

    def match(self, path: str) -> dict[str, str] | None:
        """Bind variables for a raw (still percent-encoded) request path, already split
        from any ":verb". A one-segment variable is decoded completely; a multi-segment
        one keeps "%2F" encoded, so its "/" stay distinguishable (google/api/http.proto)."""
        raw = tuple(path.strip("/").split("/")) if path.strip("/") else ()
        if not _segments_match(self.segments, tuple(unquote(p) for p in raw), raw):
            return None
        # "**" may only close a template, so segments before it align with parts.
        bound = {}
        for var in self.variables:
            parts = raw[var.start : len(raw) if var.end == -1 else var.end]
            single = var.end - var.start == 1
            bound[var.field_path] = unquote(parts[0]) if single else _decode_keeping_slashes(parts)
        return bound


def parse(text: str) -> PathTemplate:
    if not text.startswith("/"):
        raise TemplateError(f"{text!r}: a template starts with '/'")
    body, verb = _split_verb(text[1:])
    segments: list[str] = []
    variables: list[Variable] = []
    for token in _tokens(body, text):
        if token.startswith("{"):
            field, _, pattern = token[1:-1].partition("=")
            if not _FIELD_PATH.match(field):
                raise TemplateError(f"{text!r}: bad field path {field!r}")
            start = len(segments)
            inner = pattern.split("/") if pattern else [WILD]
            segments.extend(_check_segment(s, text) for s in inner)
            end = -1 if segments[-1] == WILD_REST else len(segments)
            variables.append(Variable(field, start, end))
        else:
            segments.append(_check_segment(token, text))
    if WILD_REST in segments[:-1]:
        raise TemplateError(f"{text!r}: '**' must be the last segment")
    return PathTemplate(text, tuple(segments), tuple(variables), verb)


def overlaps(a: PathTemplate, b: PathTemplate) -> bool:
    """True when some request path matches both templates."""
    return a.verb == b.verb and _patterns_overlap(a.segments, b.segments)


def _split_verb(body: str) -> tuple[str, str]:
    depth = 0
    for i, ch in enumerate(body):
        depth += ch == "{"
        depth -= ch == "}"
        if ch == ":" and depth == 0 and "/" not in body[i:]:
            return body[:i], body[i + 1 :]
    return body, ""


def _tokens(body: str, text: str) -> list[str]:
    tokens, current, depth = [], "", 0
    for ch in body:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                raise TemplateError(f"{text!r}: unbalanced braces")
        if ch == "/" and depth == 0:
            tokens.append(current)
            current = ""
        else:
            current += ch
    if depth:
        raise TemplateError(f"{text!r}: unbalanced braces")
    tokens.append(current)
    if any(not t for t in tokens):
        raise TemplateError(f"{text!r}: empty segment")
    return tokens


def _check_segment(segment: str, text: str) -> str:
    if segment in (WILD, WILD_REST) or _LITERAL.match(segment):
        return segment
    raise TemplateError(f"{text!r}: bad segment {segment!r}")


def _segments_match(pattern: tuple[str, ...], parts: tuple[str, ...], raw: tuple[str, ...]) -> bool:
    """Literals compare with decoded segments; no segment may be empty."""
    if pattern[-1:] == (WILD_REST,):
        head = pattern[:-1]
        return (
            len(parts) >= len(head)
            and all(raw[len(head) :])
            and _segments_match(head, parts[: len(head)], raw[: len(head)])
        )
    if len(pattern) != len(parts):
        return False
    return all(
        p in (WILD, part) and segment != ""
        for p, part, segment in zip(pattern, parts, raw, strict=True)
    )


def _decode_keeping_slashes(parts: tuple[str, ...]) -> str:
    return "/".join("%2F".join(unquote(piece) for piece in _SLASH.split(p)) for p in parts)


def _patterns_overlap(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    a_open, b_open = a[-1:] == (WILD_REST,), b[-1:] == (WILD_REST,)
    head_a, head_b = a[: len(a) - a_open], b[: len(b) - b_open]
    if not a_open and not b_open:
        common = len(a) == len(b)
    elif a_open and b_open:
        common = True
    else:
        closed, open_head = (head_b, head_a) if a_open else (head_a, head_b)
        common = len(closed) >= len(open_head)
    n = min(len(head_a), len(head_b))
    return common and all(
        _segment_overlap(x, y) for x, y in zip(head_a[:n], head_b[:n], strict=True)
    )


def _segment_overlap(x: str, y: str) -> bool:
    return WILD in (x, y) or WILD_REST in (x, y) or x == y
