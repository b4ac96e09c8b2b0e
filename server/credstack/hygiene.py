"""Text hygiene in one place: what every stored or processed string may contain.

Control characters (C0 but tab and newline, DEL, C1 such as U+0085), NUL, the non-characters
U+FFFE/U+FFFF and lone UTF-16 surrogates have no place in a profile, a posting or a resume: XML
(.docx) cannot hold most of them, PostgreSQL refuses NUL, and some count as whitespace in Python
but not in a JSON-schema regex. They are taken out (surrogates become U+FFFD) at the boundary,
where a request body is read, and again before anything is written to storage.
"""

from __future__ import annotations

import re

_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(value: str) -> str:
    """``value`` without control characters (tab and newline kept; CR LF becomes LF)."""
    if _UNWANTED.search(value):
        value = _UNWANTED.sub("", value.replace("\r\n", "\n"))
    if _SURROGATE.search(value):
        value = _SURROGATE.sub("\ufffd", value)
    return value


def clean_value(value):
    """Strings inside ``value`` (and lists, tuples and dicts of them, keys too) cleaned; other
    values as they are. Iterative, so a deeply nested value cannot exhaust the stack."""
    if isinstance(value, str):
        return clean_text(value)
    if not isinstance(value, (list, dict, tuple)):
        return value
    root: list = [value]
    stack = [(root, 0)]
    while stack:
        container, key = stack.pop()
        item = container[key]
        if isinstance(item, str):
            container[key] = clean_text(item)
        elif isinstance(item, (list, tuple)):
            copy = list(item)
            container[key] = copy
            stack.extend((copy, i) for i in range(len(copy)))
        elif isinstance(item, dict):
            copy = {clean_text(k) if isinstance(k, str) else k: v for k, v in item.items()}
            container[key] = copy
            stack.extend((copy, k) for k in copy)
    return root[0]


def depth(value, limit: int) -> int:
    """How deeply ``value`` nests lists and dicts, counted up to ``limit + 1``."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (list, dict)):
            deepest = max(deepest, level)
            if deepest > limit:
                return deepest
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest
