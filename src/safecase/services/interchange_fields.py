"""Typed reading of untrusted JSON for the interchange import: every value is checked for its
type before use, and every problem raises `InvalidImport(json_path, reason)`.

Rules carried here:
- values read from the file stay `untrusted_*` (typed `object`) until a method here returned them
  with a checked type;
- an object's unknown keys are refused when it is opened, before any of its fields is read;
- reasons never quote a value from the file (values are case data); paths may show a key name,
  escaped and cut to 40 characters.
"""

from __future__ import annotations

import json
import re
from enum import StrEnum
from typing import TypeVar

from safecase.domain.errors import InvalidImport

E = TypeVar("E", bound=StrEnum)

# Bounds for text the domain does not bound itself (roles, trace lines, refs): generous but finite.
MAX_TEXT = 5_000_000
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class DuplicateKeys(dict[str, object]):
    """A JSON object in which a key appeared twice (`json` would silently keep the last)."""

    duplicate: str = ""


def object_pairs(untrusted_pairs: list[tuple[str, object]]) -> dict[str, object]:
    """`json.loads` hook: remember duplicate keys so the reader can name their path."""
    untrusted_obj = dict(untrusted_pairs)
    if len(untrusted_obj) == len(untrusted_pairs):
        return untrusted_obj
    seen: set[str] = set()
    marked = DuplicateKeys(untrusted_obj)
    for key, _ in untrusted_pairs:
        if key in seen:
            marked.duplicate = key
            break
        seen.add(key)
    return marked


def child(path: str, key: str | int) -> str:
    """JSON path of a member: `$.people[3].name`, or `$.people[3]["odd key"]`."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    if _IDENTIFIER.match(key) and len(key) <= 40:
        return f"{path}.{key}"
    shown = key if len(key) <= 40 else key[:40] + "…"
    return f"{path}[{json.dumps(shown, ensure_ascii=True)}]"


def check_text(untrusted_value: object, path: str, *, limit: int = MAX_TEXT) -> str:
    if not isinstance(untrusted_value, str):
        raise InvalidImport(path, "expected text (a JSON string)")
    if not untrusted_value.isascii():  # (base64 attachments are large and ASCII: skip the copy)
        try:
            untrusted_value.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidImport(
                path, "contains an unpaired surrogate (not valid Unicode)"
            ) from None
    if "\x00" in untrusted_value:
        raise InvalidImport(path, "contains a NUL character")
    if len(untrusted_value) > limit:
        raise InvalidImport(path, f"longer than {limit} characters")
    return untrusted_value


def check_list(untrusted_value: object, path: str) -> list[object]:
    if not isinstance(untrusted_value, list):
        raise InvalidImport(path, "expected a list (a JSON array)")
    return untrusted_value


class FieldReader:
    """One untrusted JSON object, read field by field with types checked."""

    def __init__(self, untrusted_value: object, path: str, allowed: frozenset[str]) -> None:
        if isinstance(untrusted_value, DuplicateKeys):
            raise InvalidImport(child(path, untrusted_value.duplicate), "duplicate key")
        if not isinstance(untrusted_value, dict):
            raise InvalidImport(path, "expected an object")
        for key in untrusted_value:
            if key not in allowed:
                raise InvalidImport(child(path, key), "unknown field")
        self._untrusted = untrusted_value
        self.path = path

    def at(self, key: str) -> str:
        return child(self.path, key)

    def has(self, key: str) -> bool:
        return key in self._untrusted

    def raw(self, key: str) -> object:
        """The unchecked value (the caller checks it), or None when absent."""
        return self._untrusted.get(key)

    def _required(self, key: str) -> object:
        if key not in self._untrusted:
            raise InvalidImport(self.at(key), "missing required field")
        return self._untrusted[key]

    def text(self, key: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
        if required:
            return check_text(self._required(key), self.at(key), limit=limit)
        if key not in self._untrusted:
            return ""
        return check_text(self._untrusted[key], self.at(key), limit=limit)

    def optional_text(self, key: str, *, limit: int = MAX_TEXT) -> str | None:
        if key not in self._untrusted:
            return None
        return check_text(self._untrusted[key], self.at(key), limit=limit)

    def texts(self, key: str, *, limit: int = MAX_TEXT) -> list[str]:
        if key not in self._untrusted:
            return []
        items = check_list(self._untrusted[key], self.at(key))
        return [check_text(v, child(self.at(key), i), limit=limit) for i, v in enumerate(items)]

    def objects(self, key: str) -> list[tuple[object, str]]:
        """Items of an optional list, each with its path (the caller checks each item)."""
        if key not in self._untrusted:
            return []
        items = check_list(self._untrusted[key], self.at(key))
        return [(item, child(self.at(key), i)) for i, item in enumerate(items)]

    def enum(self, key: str, kind: type[E], default: E) -> E:
        found = self.optional_enum(key, kind)
        return default if found is None else found

    def optional_enum(self, key: str, kind: type[E]) -> E | None:
        if key not in self._untrusted:
            return None
        value = check_text(self._untrusted[key], self.at(key), limit=100)
        try:
            return kind(value)
        except ValueError:
            choices = ", ".join(member.value for member in kind)
            raise InvalidImport(self.at(key), f"expected one of: {choices}") from None

    def integer(self, key: str) -> int:
        value = self._required(key)
        # bool is an int in Python but not a number in JSON.
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidImport(self.at(key), "expected a whole number")
        return value
