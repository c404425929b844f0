"""Import and export of the interchange format v1 (docs/interchange.md and its JSON Schema).

Rules carried here:
- an import file is untrusted: it is read with a size limit (`MAX_IMPORT_BYTES`), parsed with
  duplicate keys, NaN/Infinity, huge numbers and deep nesting refused, and validated **whole**
  (`interchange_reader.read_plan`) before anything is written; then everything is written in
  ONE transaction, so any failure leaves the vault as it was. Every problem is
  `InvalidImport(json_path, reason)`;
- imported records get new ids; refs are file-local;
- a plaintext export is written 0600 into a temporary file in the target directory, fsynced and
  then linked into place (never over an existing file). It is unencrypted: front ends must say so.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import io
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from safecase.domain import records as r
from safecase.domain.errors import InvalidImport, ValidationError
from safecase.services.interchange_fields import object_pairs
from safecase.services.interchange_reader import (
    FORMAT,
    VERSION,
    ImportPlan,
    PlannedRecord,
    read_plan,
)
from safecase.services.interchange_writer import ExportSummary, write_document
from safecase.services.records import RecordsService
from safecase.storage.connection import Connection
from safecase.storage.files import TEMP_SUFFIX, fsync_dir
from safecase.storage.transaction import transaction

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

__all__ = [
    "FORMAT",
    "MAX_IMPORT_BYTES",
    "VERSION",
    "ExportSummary",
    "ImportSummary",
    "InterchangeService",
    "parse_json",
]

# Bounds the memory an import can take (the text, its parse, base64 of attachments: a few times
# this). A vault's whole content rarely comes near; split larger imports into several files.
MAX_IMPORT_BYTES = 1024 * 1024 * 1024
_BASE64_PIECE = 4 * 65536


@dataclass(slots=True)
class ImportSummary:
    counts: dict[r.RecordKind, int] = field(default_factory=dict)
    links: int = 0
    ids: dict[str, r.RecordId] = field(default_factory=dict)  # JSON path of a record -> new id


def _refuse_constant(name: str) -> object:
    raise InvalidImport("$", f"{name} is not a JSON number")


def parse_json(untrusted_data: bytes) -> object:
    """Bytes of an import file -> the parsed, still untrusted document (bounded work)."""
    if len(untrusted_data) > MAX_IMPORT_BYTES:
        raise InvalidImport("$", "file larger than the 1 GiB import limit")
    try:
        untrusted_text = untrusted_data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidImport("$", f"not UTF-8 text (bad byte at offset {exc.start})") from None
    untrusted_text = untrusted_text.removeprefix("\ufeff")  # a BOM some editors add
    try:
        return json.loads(
            untrusted_text, object_pairs_hook=object_pairs, parse_constant=_refuse_constant
        )
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise InvalidImport("$", f"not valid JSON: {exc.msg} at {where}") from None
    except RecursionError:
        raise InvalidImport("$", "nested too deeply") from None
    except ValueError:  # int() refuses numbers of more than 4300 digits
        raise InvalidImport("$", "a number has too many digits") from None


def read_import_file(path: Path) -> bytes:
    """The bytes of an import file, refusing more than `MAX_IMPORT_BYTES`."""
    try:
        with path.open("rb") as f:
            untrusted_data = f.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError:
        raise InvalidImport("$", "no such file") from None
    except IsADirectoryError:
        raise InvalidImport("$", "is a directory, not a file") from None
    if len(untrusted_data) > MAX_IMPORT_BYTES:
        raise InvalidImport("$", "file larger than the 1 GiB import limit")
    return untrusted_data


class _Base64Source(io.RawIOBase):
    """Validated base64 text read as bytes, decoded piece by piece."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._pos = 0
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        if not self._pending and self._pos < len(self._text):
            piece = self._text[self._pos : self._pos + _BASE64_PIECE]
            self._pos += len(piece)
            self._pending = base64.b64decode(piece, validate=True)
        view = memoryview(buffer).cast("B")
        n = min(len(view), len(self._pending))
        view[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


class InterchangeService:
    """`conn` must be the connection `records` works on (the import's one transaction)."""

    def __init__(self, conn: Connection, records: RecordsService) -> None:
        self._conn = conn
        self._records = records

    # --- import --------------------------------------------------------------------------
    def import_file(self, path: Path) -> ImportSummary:
        return self.import_bytes(read_import_file(path))

    def import_bytes(self, untrusted_data: bytes) -> ImportSummary:
        return self.import_document(parse_json(untrusted_data))

    def import_document(self, untrusted_doc: object) -> ImportSummary:
        """Validate the whole document, then write it in one transaction; all or nothing."""
        plan = read_plan(untrusted_doc, max_attachment_bytes=self._records.max_attachment_bytes)
        return self._write(plan)

    def _write(self, plan: ImportPlan) -> ImportSummary:
        summary = ImportSummary()
        with transaction(self._conn):
            for item in plan.records:
                try:
                    self._create(item)
                except ValidationError as exc:
                    raise InvalidImport(f"{item.path}.{exc.field}", exc.reason) from None
                kind = r.kind_of(item.record)
                summary.counts[kind] = summary.counts.get(kind, 0) + 1
                summary.ids[item.path] = item.record.id
            for item in plan.records:
                if item.deferred_target is not None and isinstance(
                    item.record, r.Note | r.Attachment
                ):
                    item.record.target_id = item.deferred_target
                    self._records.update(item.record)
            for planned in plan.links:
                link = planned.link
                try:
                    self._records.link(link.from_id, link.to_id, link.role)
                except ValidationError as exc:
                    raise InvalidImport(planned.path, exc.reason) from None
                summary.links += 1
        return summary

    def _create(self, item: PlannedRecord) -> None:
        record = item.record
        if not isinstance(record, r.Attachment) or item.content is None:
            self._records.create(record)  # refuses an attachment without content
            return
        source = io.BufferedReader(_Base64Source(item.content))
        stored = self._records.add_attachment(
            source, record.file_name, record.media_type, record.target_id, record_id=record.id
        )
        if (stored.size, stored.sha256) != (record.size, record.sha256):
            raise InvalidImport(f"{item.path}.content", "does not match its size and sha256")

    # --- export --------------------------------------------------------------------------
    def export(self, out: TextIO) -> ExportSummary:
        """Write every live record as interchange JSON to `out` (a consistent snapshot)."""
        with transaction(self._conn):
            return write_document(out, self._records)

    def export_to_file(self, path: Path) -> ExportSummary:
        """Write a plaintext export to `path`, 0600, crash-safe; refuses an existing path."""
        if path.exists() or path.is_symlink():
            raise FileExistsError(errno.EEXIST, "the export file already exists")
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
                os.fchmod(f.fileno(), 0o600)  # whatever the umask
                summary = self.export(f)
                f.flush()
                os.fsync(f.fileno())
            try:
                os.link(tmp, path)  # fails rather than replace a file that appeared meanwhile
            except FileExistsError:
                raise
            except OSError:  # a file system without hard links
                os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        fsync_dir(path.parent)
        return summary
