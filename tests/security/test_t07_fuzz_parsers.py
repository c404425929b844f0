"""T7 — Hypothesis fuzzing of every parser of outside data: the key file (`keyslots.parse`), the
backup reader (`verify_backup` on arbitrary bytes, and on well-encrypted arbitrary payloads:
anyone holding the public recovery recipient can make those), interchange import, rule packs
(`loads_pack`) and the image metadata stripper. Each gets arbitrary input and structured
mutations of valid input. Pass: only the parser's typed error escapes (0 unexpected exceptions),
no example runs longer than `HANG_S` (0 hangs), and failed imports change nothing.
~200 inputs per parser in `make test`, 10,000 in `make stress` / the report."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from image_samples import CANARY, GPS_CANARY, jpeg_with_metadata, png_with_metadata
from security_helpers import RecordSecurity, counts

from factories import fill
from helpers import FAST_KDF, pw
from safecase.crypto import age, keyslots
from safecase.domain.deadlines.errors import RulePackError
from safecase.domain.deadlines.rulepack import core_pack_path, loads_pack
from safecase.domain.errors import InvalidImport, InvalidInput, VaultDamaged, WrongSecret
from safecase.domain.image_metadata import ImageMetadataError, strip_image_metadata
from safecase.services import backup
from safecase.services import vault as vault_service
from safecase.services.interchange import InterchangeService
from safecase.services.records import RecordsService
from unit.records.interchange_documents import valid_document

HANG_S = 10.0
# Findings reported to the lead, reproduced by the strict xfail tests at the end of this file;
# counted apart (and shown in the report) until fixed, so they are visible but not re-found.
KNOWN_FINDINGS = {}
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)  # fmt: skip


@dataclass
class Tally:
    calls: int = 0
    unexpected: list[str] = field(default_factory=list)
    slowest_s: float = 0.0
    hangs: int = 0
    known: dict[str, int] = field(default_factory=dict)

    def run(self, parse: Callable[[], object], allowed: tuple[type[BaseException], ...]) -> None:
        self.calls += 1
        start = time.perf_counter()
        try:
            parse()
        except allowed:
            pass
        except Exception as exc:
            signature = f"{type(exc).__name__}: {str(exc)[:120]}"
            if signature in KNOWN_FINDINGS:
                finding = KNOWN_FINDINGS[signature]
                self.known[finding] = self.known.get(finding, 0) + 1
            else:
                self.unexpected.append(signature)
        took = time.perf_counter() - start
        self.slowest_s = max(self.slowest_s, took)
        self.hangs += took > HANG_S

    def record(self, record_security: RecordSecurity, parser: str) -> None:
        record_security("T7", n=self.calls, parser=parser, unexpected=len(self.unexpected),
                        hangs=self.hangs, slowest_ms=int(self.slowest_s * 1000),
                        known_findings=",".join(sorted(self.known)))  # fmt: skip
        assert self.unexpected == [], self.unexpected[:5]
        assert self.hangs == 0


def fuzz(n: int, strategy: st.SearchStrategy[Any], body: Callable[[Any], None]) -> None:
    """Run `body` on `n` Hypothesis examples (no example database: nothing written to disk)."""

    @settings(max_examples=n, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(strategy)
    def run(value: Any) -> None:
        body(value)

    run()


def byte_mutations(seed: bytes) -> st.SearchStrategy[bytes]:
    """Flips, cuts, splices and insertions of a valid input."""

    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        data = bytearray(seed)
        for _ in range(draw(st.integers(1, 4))):
            op = draw(st.sampled_from(["flip", "cut", "insert", "delete", "dup", "set"]))
            pos = draw(st.integers(0, max(0, len(data) - 1)))
            if op == "flip" and data:
                data[pos] ^= 1 << draw(st.integers(0, 7))
            elif op == "cut":
                del data[pos:]
            elif op == "insert":
                data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
            elif op == "delete":
                del data[pos : pos + draw(st.integers(1, 64))]
            elif op == "dup":
                data[pos:pos] = data[pos : pos + draw(st.integers(1, 64))]
            elif data:
                data[pos] = draw(st.integers(0, 255))
        return bytes(data)

    return mutate()


# -- the key file ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def keyfile_kit(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, age.X25519Identity]:
    root = tmp_path_factory.mktemp("t07k") / "vault"
    vault, recovery = vault_service.create(root, pw(), kdf=FAST_KDF)
    vault.close()
    return (root / "vault.keys").read_bytes(), age.X25519Identity.from_str(recovery)


@pytest.fixture(scope="module")
def keyfile_bytes(keyfile_kit: tuple[bytes, age.X25519Identity]) -> bytes:
    return keyfile_kit[0]


def _json_mutations(doc: dict[str, Any]) -> st.SearchStrategy[bytes]:
    paths: list[tuple[str, ...]] = []

    def walk(value: Any, prefix: tuple[str, ...]) -> None:
        if isinstance(value, dict):
            for key, child in value.items():
                paths.append((*prefix, key))
                walk(child, (*prefix, key))

    walk(doc, ())

    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        out = copy.deepcopy(doc)
        for _ in range(draw(st.integers(1, 3))):
            path = draw(st.sampled_from(paths))
            parent = out
            for key in path[:-1]:
                parent = parent.get(key) if isinstance(parent, dict) else None  # type: ignore[assignment]
            if not isinstance(parent, dict):
                continue
            if draw(st.booleans()):
                parent[path[-1]] = draw(JSON_VALUES)
            else:
                parent.pop(path[-1], None)
        return json.dumps(out).encode("utf-8")

    return mutate()


@pytest.mark.parametrize("n", counts(200, 10_000))
def test_t07_key_file_parser(
    keyfile_kit: tuple[bytes, age.X25519Identity], n: int, record_security: RecordSecurity
) -> None:
    keyfile_bytes, identity = keyfile_kit
    tally = Tally()
    doc = json.loads(keyfile_bytes)

    def parse_and_open(data: bytes) -> None:
        keyfile = keyslots.parse(data)
        # What parses is then opened with the right recovery key (no KDF: it stays fast).
        keyslots.open_with_recovery(keyfile, identity)

    strategy = st.binary(max_size=300) | byte_mutations(keyfile_bytes) | _json_mutations(doc)
    allowed = (VaultDamaged, WrongSecret)
    fuzz(n, strategy, lambda data: tally.run(lambda: parse_and_open(data), allowed))
    tally.record(record_security, "key file")


# -- backups -------------------------------------------------------------------------------------


@dataclass
class BackupKit:
    identity: age.X25519Identity
    sample: bytes
    payload: bytes
    scratch: Path


@pytest.fixture(scope="module")
def backup_kit(tmp_path_factory: pytest.TempPathFactory) -> BackupKit:
    base = tmp_path_factory.mktemp("t07b")
    vault, recovery = vault_service.create(base / "vault", pw(), kdf=FAST_KDF)
    identity = age.X25519Identity.from_str(recovery)
    with vault:
        fill(RecordsService(vault.conn), b"attachment " * 200)
        backup.create_backup(vault, base / "b.age", [identity.recipient])
    sample = (base / "b.age").read_bytes()
    payload = age.decrypt_bytes([identity], sample)
    return BackupKit(identity, sample, payload, base)


def _verify(kit: BackupKit, data: bytes) -> None:
    with tempfile.NamedTemporaryFile(dir=kit.scratch, suffix=".age") as f:
        f.write(data)
        f.flush()
        backup.verify_backup(Path(f.name), [kit.identity, age.ScryptIdentity(b"fuzz", max_log_n=4)])


HEADER_WORDS = [b"age-encryption.org/v1\n", b"-> X25519 ", b"-> scrypt ", b"--- ", b"\n", b" ",
                b"A" * 43, b"=", b"-----BEGIN AGE ENCRYPTED FILE-----\n"]  # fmt: skip


@pytest.mark.parametrize("n", counts(200, 10_000))
def test_t07_backup_reader_on_arbitrary_bytes(
    backup_kit: BackupKit, n: int, record_security: RecordSecurity
) -> None:
    tally = Tally()
    header_like = st.lists(st.sampled_from(HEADER_WORDS) | st.binary(max_size=60), max_size=10).map(
        b"".join
    )
    strategy = st.binary(max_size=400) | header_like | byte_mutations(backup_kit.sample[:4096])
    fuzz(
        n,
        strategy,
        lambda data: tally.run(lambda: _verify(backup_kit, data), (InvalidInput, WrongSecret)),
    )
    tally.record(record_security, "backup reader, arbitrary bytes")
    assert not list(Path(tempfile.gettempdir()).glob("safecase-verify-*"))


def _tar(members: list[tuple[str, bytes, bytes]]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, content, kind in members:
            info = tarfile.TarInfo(name)
            info.size = len(content) if kind == tarfile.REGTYPE else 0
            info.type = kind
            if kind == tarfile.SYMTYPE:
                info.linkname = "/etc/passwd"
            tar.addfile(info, io.BytesIO(content) if kind == tarfile.REGTYPE else None)
    return out.getvalue()


def _payloads(kit: BackupKit) -> st.SearchStrategy[bytes]:
    members = dict(_members(kit.payload))
    manifest = json.loads(members["manifest.json"])
    names = st.sampled_from(
        ["vault.db", "manifest.json", "../vault.db", "/etc/x", "a/b", "vault.db\x00", ""]
    )
    kinds = st.sampled_from(
        [tarfile.REGTYPE, tarfile.REGTYPE, tarfile.SYMTYPE, tarfile.DIRTYPE, tarfile.FIFOTYPE]
    )
    fields = st.sampled_from(sorted(manifest))
    manifests = st.builds(lambda key, value, drop: json.dumps(
        {k: v for k, v in ({**manifest, key: value}).items() if k != drop}).encode(),
        fields, JSON_VALUES, st.none() | fields)  # fmt: skip
    contents = (
        st.binary(max_size=200)
        | manifests
        | st.just(members["vault.db"])
        | byte_mutations(members["vault.db"][:8192])
    )
    structured = st.lists(st.tuples(names, contents, kinds), max_size=4).map(_tar)

    @st.composite
    def well_formed(draw: st.DrawFn) -> bytes:
        """The right members in the right order, with the manifest made to match the copy (its
        hash and size), so the checks behind the hash are reached: key, SQLCipher, counts."""
        db = draw(
            st.just(members["vault.db"])
            | byte_mutations(members["vault.db"])
            | st.binary(max_size=5000)
        )
        doc = dict(manifest, db_size=len(db), db_sha256=hashlib.sha256(db).hexdigest())
        if draw(st.booleans()):
            doc[draw(fields)] = draw(JSON_VALUES)
        return _tar([("vault.db", db, tarfile.REGTYPE),
                     ("manifest.json", json.dumps(doc).encode(), tarfile.REGTYPE)])  # fmt: skip

    return (st.binary(max_size=600) | structured | well_formed()
            | byte_mutations(kit.payload[:6000] + kit.payload[-2048:]))  # fmt: skip


def _members(payload: bytes) -> Iterator[tuple[str, bytes]]:
    with tarfile.open(fileobj=io.BytesIO(payload)) as tar:
        for member in tar.getmembers():
            extracted = tar.extractfile(member)
            yield member.name, extracted.read() if extracted else b""


@pytest.mark.parametrize("n", counts(200, 10_000))
def test_t07_backup_reader_on_well_encrypted_payloads(
    backup_kit: BackupKit, n: int, record_security: RecordSecurity
) -> None:
    tally = Tally()
    recipient = backup_kit.identity.recipient

    def body(payload: bytes) -> None:
        sealed = age.encrypt_bytes([recipient], payload)
        tally.run(lambda: _verify(backup_kit, sealed), (InvalidInput,))

    fuzz(n, _payloads(backup_kit), body)
    tally.record(record_security, "backup reader, well-encrypted payloads")
    assert not list(Path(tempfile.gettempdir()).glob("safecase-verify-*"))


# -- interchange import ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def importer(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[InterchangeService, vault_service.OpenVault]]:
    vault, _ = vault_service.create(tmp_path_factory.mktemp("t07i") / "vault", pw(), kdf=FAST_KDF)
    records = RecordsService(vault.conn)
    yield InterchangeService(vault.conn, records), vault
    vault.close()


def _document_mutations() -> st.SearchStrategy[bytes]:
    base = valid_document()
    return _json_mutations(base) | st.fixed_dictionaries(
        {"format": st.just("safecase-interchange"), "version": st.just(1)},
        optional={s: JSON_VALUES for s in ("people", "contacts", "cases", "events", "deadlines", "notes", "attachments", "links")},
    ).map(lambda d: json.dumps(d).encode())  # fmt: skip


@pytest.mark.parametrize("n", counts(200, 10_000))
def test_t07_interchange_import(
    importer: tuple[InterchangeService, vault_service.OpenVault],
    n: int,
    record_security: RecordSecurity,
) -> None:
    service, vault = importer
    tally = Tally()
    changed = []

    def body(data: bytes) -> None:
        before = vault.conn.execute(
            "SELECT count(*), coalesce(max(rid), 0) FROM records"
        ).fetchone()
        try:
            service.import_bytes(data)
        except InvalidImport:
            after = vault.conn.execute(
                "SELECT count(*), coalesce(max(rid), 0) FROM records"
            ).fetchone()
            if tuple(after) != tuple(before):
                changed.append(1)
            raise

    raw = st.binary(max_size=300) | st.text(max_size=300).map(
        lambda t: t.encode("utf-8", "surrogatepass")
    )
    fuzz(
        n, raw | _document_mutations(), lambda data: tally.run(lambda: body(data), (InvalidImport,))
    )
    tally.record(record_security, "interchange import")
    assert changed == [], "a refused import changed the vault"


# -- rule packs ------------------------------------------------------------------------------------


def _core_pack() -> str:
    return core_pack_path().read_text(encoding="utf-8")


def _toml_mutations(text: str) -> st.SearchStrategy[str]:
    lines = text.splitlines()
    values = st.sampled_from(['"x"', "1", "-1", "1e400", "true", "[]", "{}", "2026-02-30", '"99 days"',
                              '"-1 working_days"', "[[", "]", '"\\u0000"', "9999999999999999999999", '""'])  # fmt: skip

    @st.composite
    def mutate(draw: st.DrawFn) -> str:
        out = list(lines)
        for _ in range(draw(st.integers(1, 4))):
            i = draw(st.integers(0, len(out) - 1))
            op = draw(st.sampled_from(["delete", "dup", "value", "swap", "junk"]))
            if op == "delete":
                del out[i]
            elif op == "dup":
                out.insert(i, out[i])
            elif op == "value" and "=" in out[i]:
                out[i] = out[i].split("=", 1)[0] + "= " + draw(values)
            elif op == "swap":
                j = draw(st.integers(0, len(out) - 1))
                out[i], out[j] = out[j], out[i]
            else:
                out.insert(i, draw(st.text(max_size=40)))
            if not out:
                break
        return "\n".join(out)

    return mutate()


@pytest.mark.parametrize("n", counts(200, 10_000))
def test_t07_rule_packs(n: int, record_security: RecordSecurity) -> None:
    tally = Tally()
    pack = _core_pack()
    loads_pack(pack)  # the seed itself is valid
    strategy = st.text(max_size=400) | _toml_mutations(pack)
    fuzz(
        n, strategy, lambda text: tally.run(lambda: loads_pack(text, "fuzz.toml"), (RulePackError,))
    )
    tally.record(record_security, "rule packs")


# -- image metadata ------------------------------------------------------------------------------------


def _outside_image_data(result_data: bytes, fmt: str) -> bytes:
    """The bytes that are not compressed pixels: JPEG headers before the first scan; for PNG,
    every chunk but IDAT."""
    if fmt == "jpeg":
        sos = result_data.find(b"\xff\xda")
        return result_data[: sos if sos >= 0 else len(result_data)]
    out, pos = bytearray(), 8
    while pos + 12 <= len(result_data):
        length = int.from_bytes(result_data[pos : pos + 4], "big")
        if result_data[pos + 4 : pos + 8] != b"IDAT":
            out += result_data[pos : pos + 12 + length]
        pos += 12 + length
    return bytes(out)


def _strip_and_check(data: bytes) -> None:
    result = strip_image_metadata(data)
    if result.image_format is None:
        return
    again = strip_image_metadata(result.data)
    if again.data != result.data:
        raise AssertionError("stripping is not idempotent")
    for canary in (CANARY, GPS_CANARY):
        if canary in _outside_image_data(result.data, result.image_format.value):
            raise AssertionError("metadata survived outside the image data")


@pytest.mark.parametrize("n", counts(200, 10_000))
def test_t07_image_metadata_stripper(n: int, record_security: RecordSecurity) -> None:
    tally = Tally()
    jpeg, png = jpeg_with_metadata(), png_with_metadata()
    strategy = (st.binary(max_size=300) | byte_mutations(jpeg) | byte_mutations(png)
                | st.binary(max_size=200).map(lambda b: b"\xff\xd8\xff" + b)
                | st.binary(max_size=200).map(lambda b: b"\x89PNG\r\n\x1a\n" + b))  # fmt: skip
    fuzz(n, strategy, lambda data: tally.run(lambda: _strip_and_check(data), (ImageMetadataError,)))
    tally.record(record_security, "image metadata")


def test_t07_fuzz_seeds_are_valid(keyfile_bytes: bytes, backup_kit: BackupKit) -> None:
    """The structured strategies start from inputs the parsers accept."""
    keyslots.parse(keyfile_bytes)
    backup.verify_backup(backup_kit.scratch / "b.age", [backup_kit.identity])
    assert strip_image_metadata(jpeg_with_metadata()).image_format is not None
    assert loads_pack(_core_pack()).rules


# -- findings, reproduced (strict xfail: they start failing once the fix lands) --------------------


def _tar_manifest(db: bytes, manifest: dict[str, Any]) -> bytes:
    return _tar([("vault.db", db, tarfile.REGTYPE),
                 ("manifest.json", json.dumps(manifest).encode(), tarfile.REGTYPE)])  # fmt: skip


def test_t07_finding_f2_backup_manifest_hash_must_be_checked_as_hex(backup_kit: BackupKit) -> None:
    members = dict(_members(backup_kit.payload))
    manifest = json.loads(members["manifest.json"]) | {"db_sha256": "é" * 64}
    sealed = age.encrypt_bytes(
        [backup_kit.identity.recipient], _tar_manifest(members["vault.db"], manifest)
    )
    with pytest.raises(InvalidInput):
        _verify(backup_kit, sealed)


def test_t07_finding_f2_key_id_must_be_checked_as_hex(
    keyfile_kit: tuple[bytes, age.X25519Identity],
) -> None:
    doc = json.loads(keyfile_kit[0]) | {"key_id": "é" * 16}
    with pytest.raises(VaultDamaged):
        keyslots.open_with_recovery(keyslots.parse(json.dumps(doc).encode()), keyfile_kit[1])
