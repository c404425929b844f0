"""Find the line of a TOML table or key in raw text, for error messages.

tomllib returns plain dicts without positions, so a validation error would otherwise say only
"rule[3].offset". We re-scan the text: walk the path through table headers (`[pack]`,
`[[rule]]`, `[rule.window]`, `[[rule.variant]]`), then look for the key in the table's own body.
It is a best effort for messages: when a key cannot be found the enclosing table's line is used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_HEADER = re.compile(r"^\s*\[\[?\s*([^\[\]]+?)\s*\]\]?\s*(?:#.*)?$")
_NAME_PART = re.compile(r"\s*\.\s*")


def _normalise(name: str) -> str:
    return ".".join(part.strip("\"' ") for part in _NAME_PART.split(name))


class Locator:
    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()
        self._headers: list[tuple[int, str]] = []  # (0-based line, dotted table name)
        self._arrays: set[int] = set()  # lines of [[array-of-tables]] headers
        for number, line in enumerate(self._lines):
            match = _HEADER.match(line)
            if match:
                self._headers.append((number, _normalise(match.group(1))))
                if line.lstrip().startswith("[["):
                    self._arrays.add(number)

    def line_of(self, path: Sequence[str | int]) -> int:
        """1-based line of `path` (e.g. ("rule", 3, "variant", 0, "offset")); 1 if unknown."""
        start, end, name, best = -1, len(self._lines), "", 1
        index = 0
        while index < len(path):
            part = path[index]
            if isinstance(part, int):  # an index into an inline array: the key's line is enough
                return best
            full = f"{name}.{part}" if name else part
            nth = path[index + 1] if index + 1 < len(path) else None
            step = 2 if isinstance(nth, int) else 1
            header = self._header(full, nth if isinstance(nth, int) else 0, start, end)
            if header is not None:
                start, end, name, best = header, self._span_end(header, full, end), full, header + 1
                index += step
                continue
            nested = [n for n, h in self._headers_in(start, end) if h.startswith(full + ".")]
            if nested:  # e.g. "calendars" when only [calendars.at-avg] exists
                name, best = full, nested[0] + 1
                index += 1
                continue
            # A key of this table: only in its own body (a subtable may reuse the name).
            body_end = self._body_end(start, end)
            found = self._key(part, start + 1, body_end)
            if found is None:  # inside an inline table: `window = { valid_from = ... }`
                found = self._key(part, start + 1, body_end, anchored=False)
            return found + 1 if found is not None else best
        return best

    def _headers_in(self, start: int, end: int) -> list[tuple[int, str]]:
        return [(n, h) for n, h in self._headers if start < n < end]

    def _header(self, name: str, nth: int, start: int, end: int) -> int | None:
        matches = [n for n, h in self._headers_in(start, end) if h == name]
        return matches[nth] if 0 <= nth < len(matches) else None

    def _span_end(self, header: int, name: str, limit: int) -> int:
        for number, other in self._headers_in(header, limit):
            if other == name or not other.startswith(name + "."):
                return number
        return limit

    def _body_end(self, start: int, end: int) -> int:
        inner = self._headers_in(start, end)
        return inner[0][0] if inner else end

    def _key(self, key: str, start: int, end: int, *, anchored: bool = True) -> int | None:
        lead = r"^\s*(?:[\w.\"'-]+\.)?" if anchored else r"(?:^|[\s{,.])"
        pattern = re.compile(rf"{lead}[\"']?{re.escape(key)}[\"']?\s*=")
        for number in range(max(start, 0), min(end, len(self._lines))):
            if pattern.search(self._lines[number]):
                return number
        return None

    def key_on_line(self, line: int) -> str | None:
        """The field defined on a 1-based line (`rule[2].window.valid_from`), for syntax errors
        that tomllib reports by line only."""
        if not 1 <= line <= len(self._lines):
            return None
        number = line - 1
        text = self._lines[number]
        if _HEADER.match(text):
            return self._table_path(number)
        key = re.match(r"^\s*([\w.\"'-]+)\s*=", text)
        if key is None:
            return None
        enclosing = [n for n, _ in self._headers if n < number]
        prefix = self._table_path(enclosing[-1]) if enclosing else ""
        name = _normalise(key.group(1))
        return f"{prefix}.{name}" if prefix else name

    def _table_path(self, header_line: int) -> str:
        """Dotted path of the table whose header is on `header_line`, with array indices."""
        name = next(h for n, h in self._headers if n == header_line)
        parts = name.split(".")
        out: list[str] = []
        parent = -1
        for depth in range(len(parts)):
            prefix = ".".join(parts[: depth + 1])
            same = [n for n, h in self._headers if h == prefix and parent < n <= header_line]
            arrays = [n for n in same if n in self._arrays]
            if arrays:
                out.append(f"{parts[depth]}[{len(arrays) - 1}]")
                parent = arrays[-1]
            else:
                out.append(parts[depth])
        return ".".join(out)
