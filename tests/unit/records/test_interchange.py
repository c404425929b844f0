"""Interchange format v1: export -> import round-trips every field; every malformed import names
its JSON path and imports nothing; the import survives arbitrary input (Hypothesis)."""

from __future__ import annotations

import copy
import dataclasses
import io
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from interchange_documents import SCAN, doc_examples, valid_document

from factories import make_case, make_contact, make_deadline, make_event, make_note, make_person
from helpers import FAST_KDF, pw
from safecase.domain import records as r
from safecase.domain.errors import InvalidImport
from safecase.services import interchange
from safecase.services import vault as vault_service
from safecase.services.interchange import InterchangeService
from safecase.services.records import RecordsService

DELETE = object()
TABLES = ("records", "people", "contacts", "cases", "events", "deadlines", "notes", "attachments",
          "attachment_chunks", "links", "history")  # fmt: skip


@pytest.fixture
def service(records: RecordsService) -> InterchangeService:
    return InterchangeService(records._conn, records)


@pytest.fixture
def other_vault(tmp_path: Path) -> Iterator[RecordsService]:
    vault, _ = vault_service.create(tmp_path / "other", pw(), kdf=FAST_KDF)
    yield RecordsService(vault.conn)
    vault.close()


def snapshot(records: RecordsService) -> dict[str, int]:
    conn = records._conn
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # noqa: S608
    counts["name_index"] = conn.execute(
        "SELECT count(*) FROM name_index WHERE name_index MATCH 'folded : a* OR keys : a*'"
    ).fetchone()[0]
    return counts


def import_doc(service: InterchangeService, doc: object) -> interchange.ImportSummary:
    return service.import_bytes(json.dumps(doc).encode())  # \u escapes keep lone surrogates


def export_text(records: RecordsService) -> str:
    out = io.StringIO()
    InterchangeService(records._conn, records).export(out)
    return out.getvalue()


# --- round trip ---------------------------------------------------------------------------------
def _populate(records: RecordsService) -> None:
    """Records using every field, links of every kind, attachments, and a note/attachment cycle."""
    person = make_person(other_names=[r.OtherName("Erjan Jaqsylyqov"),
                                      r.OtherName("Ержан", "Cyrl", "ru", "")],
                         flags=[r.Flag("detained", "", None), r.Flag("do not phone", "x", "2024-01-02")],
                         ethnicity="Kazakh")  # fmt: skip
    spouse = make_person(name="Gulnara Botagoz", other_names=[], flags=[], risk=None)
    case = make_case(references=["A-1/24", "ECHR 4567/24", "third"], closed="2024-03-01",
                     charges="none")  # fmt: skip
    bare_case = make_case(title="Bare", references=[], opened=None, summary="")
    contact = make_contact(safety="compromised — do not contact")
    for record in (person, spouse, case, bare_case, contact):
        records.create(record)
    event = make_event(case_id=case.id, person_id=person.id, time="10:15", tz="Asia/Almaty")
    records.create(event)
    records.create(make_event(date="2024-03-01"))
    deadline = make_deadline(
        case_id=case.id, person_id=person.id, time="12:00", origin=r.DeadlineOrigin.COMPUTED,
        rule_id="", trigger_event_id=event.id, trigger='{"x": 1}', trace=["a", "b"],
        outer_limit="2024-03-01", confidence="", computed_due="2024-02-14",
        override_reason="court said so", status=r.DeadlineStatus.MISSED,
    )  # fmt: skip
    records.create(deadline)
    note = make_note(target_id=person.id, format=r.NoteFormat.MARKDOWN, body="*b*\nline 2")
    records.create(note)
    records.create(make_note(title="about the deadline", target_id=deadline.id))
    scan = records.add_attachment(io.BytesIO(SCAN * 300), "scan.pdf", "application/pdf", note.id)
    cyclic = make_note(title="cyclic", target_id=scan.id)
    records.create(cyclic)
    records.add_attachment(io.BytesIO(b""), "empty.bin", "", None)
    back = records.add_attachment(io.BytesIO(b"x" * 5), "b.txt", "text/plain", cyclic.id)
    records.update(dataclasses.replace(cyclic, target_id=back.id))  # cyclic <-> back
    records.link(contact.id, person.id, "lawyer")
    records.link(contact.id, case.id, "")
    records.link(person.id, case.id, "applicant")
    records.link(spouse.id, case.id, "")


def _canonical(records: RecordsService) -> list[Any]:
    """Every record and link with ids replaced by (kind, position), plus attachment contents."""
    order = {}
    for kind in r.RecordKind:
        for i, record in enumerate(sorted(records.all(kind), key=_sort_key)):
            order[record.id] = (kind.value, i)
    out: list[Any] = []
    for kind in r.RecordKind:
        for record in sorted(records.all(kind), key=_sort_key):
            fields = dataclasses.asdict(record)
            for name in ("id", "case_id", "person_id", "target_id", "trigger_event_id"):
                if name in fields and fields[name] is not None:
                    fields[name] = order[fields[name]]
            if isinstance(record, r.Attachment):
                fields["content"] = records.attachment_bytes(record.id)
            out.append((kind.value, fields))
    out.append(sorted((order[lk.from_id], order[lk.to_id], lk.role) for lk in records.all_links()))
    return out


def _sort_key(record: r.Record) -> str:
    return json.dumps(dataclasses.asdict(record) | {"id": "", "target_id": ""}, default=str)


def test_export_import_round_trips_every_field(
    records: RecordsService, other_vault: RecordsService
) -> None:
    _populate(records)
    text = export_text(records)
    summary = InterchangeService(other_vault._conn, other_vault).import_bytes(text.encode())
    assert summary.counts == {kind: records.count(kind) for kind in r.RecordKind}
    assert summary.links == 4
    assert _canonical(other_vault) == _canonical(records)
    assert export_text(other_vault) == text  # and the export itself is stable
    new_ids = {rec.id for kind in r.RecordKind for rec in other_vault.all(kind)}
    old_ids = {rec.id for kind in r.RecordKind for rec in records.all(kind)}
    assert not new_ids & old_ids  # import made new UUIDs


def test_valid_document_imports_with_refs_resolved(service: InterchangeService) -> None:
    records = service._records
    summary = import_doc(service, valid_document())
    ids = summary.ids
    person = records.get(ids["$.people[0]"])
    assert isinstance(person, r.Person)
    assert person.other_names[0] == r.OtherName("Erjan Jaqsylyqov", "", "", "alias")
    case = records.get(ids["$.cases[0]"])
    assert isinstance(case, r.Case)
    assert case.references == ["DPU-123/24", "ECHR 4567/24"]
    deadline = records.get(ids["$.deadlines[0]"])
    assert isinstance(deadline, r.Deadline)
    assert deadline.trigger_event_id == ids["$.events[0]"]
    n2 = records.get(ids["$.notes[1]"])
    assert isinstance(n2, r.Note)
    assert n2.target_id == ids["$.attachments[1]"]  # a note about an attachment listed later
    assert records.attachment_bytes(ids["$.attachments[0]"]) == SCAN
    roles = {(lk.from_id, lk.to_id): lk.role for lk in records.all_links()}
    assert roles[(ids["$.people[1]"], ids["$.cases[0]"])] == "spouse"
    assert roles[(ids["$.contacts[0]"], ids["$.cases[0]"])] == ""


def test_doc_examples_import(service: InterchangeService) -> None:
    examples = doc_examples()
    assert examples, "docs/interchange.md must hold at least one whole example"
    for example in examples:
        import_doc(service, example)


def test_export_leaves_out_the_recycle_bin(records: RecordsService) -> None:
    person, note = make_person(), make_note()
    records.create(person)
    note.target_id = person.id
    records.create(note)
    records.delete(person.id)
    out = io.StringIO()
    summary = InterchangeService(records._conn, records).export(out)
    doc = json.loads(out.getvalue())
    assert doc["people"] == []
    assert "person" not in doc["notes"][0]
    assert summary.dropped_references == 1


def test_chains_and_cycles_of_notes_import(service: InterchangeService) -> None:
    doc = {"format": "safecase-interchange", "version": 1, "notes": [
        {"ref": "n1", "title": "1", "note": "n2"}, {"ref": "n2", "title": "2", "note": "n3"},
        {"ref": "n3", "title": "3", "note": "n1"}, {"ref": "n4", "title": "4", "note": "n3"}]}  # fmt: skip
    ids = import_doc(service, doc).ids
    targets = {i: service._records.get(ids[f"$.notes[{i}]"]) for i in range(4)}
    assert [t.target_id for t in targets.values()] == [  # type: ignore[union-attr]
        ids["$.notes[1]"], ids["$.notes[2]"], ids["$.notes[0]"], ids["$.notes[2]"]]  # fmt: skip


def test_export_to_file_is_private_and_refuses_to_overwrite(
    service: InterchangeService, tmp_path: Path
) -> None:
    import_doc(service, valid_document())
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "export.json"
    service.export_to_file(out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text(encoding="utf-8"))["people"][0]["name"] == "Ержан Жаксылыков"
    assert [p.name for p in out.parent.iterdir()] == ["export.json"]  # no temp file left
    before = out.read_bytes()
    with pytest.raises(FileExistsError):
        service.export_to_file(out)
    assert out.read_bytes() == before


def test_export_is_private_whatever_the_umask(service: InterchangeService, tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        service.export_to_file(tmp_path / "e.json")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "e.json").stat().st_mode) == 0o600


# --- malformed imports ----------------------------------------------------------------------
def _set(doc: Any, path: tuple[Any, ...], value: object) -> None:
    for key in path[:-1]:
        doc = doc[key]
    if value is DELETE:
        del doc[path[-1]]
    elif isinstance(doc, list) and path[-1] == len(doc):
        doc.append(value)
    else:
        doc[path[-1]] = value


P, C, K, E, D, N, A = ("people", 0), ("contacts", 0), ("cases", 0), ("events", 0), \
    ("deadlines", 0), ("notes", 0), ("attachments", 0)  # fmt: skip
# (where to change, the bad value, the JSON path the error must name)
MUTATIONS: list[tuple[tuple[Any, ...], object, str]] = [
    (("format",), "other-format", "$.format"),
    (("format",), DELETE, "$.format"),
    (("version",), 2, "$.version"),
    (("version",), "1", "$.version"),
    (("version",), True, "$.version"),
    (("version",), DELETE, "$.version"),
    (("extra",), [], "$.extra"),
    (("people",), {}, "$.people"),
    (("people", 0), "p1", "$.people[0]"),
    (("people", 1, "ref"), "p1", "$.people[1].ref"),
    (("cases", 0, "ref"), "c1", "$.cases[0].ref"),
    ((*P, "ref"), DELETE, "$.people[0].ref"),
    ((*P, "ref"), "has space", "$.people[0].ref"),
    ((*P, "ref"), 7, "$.people[0].ref"),
    ((*P, "nickname"), "Yerzh", "$.people[0].nickname"),
    ((*P, "odd key\n"), 1, '$.people[0]["odd key\\n"]'),
    ((*P, "name"), DELETE, "$.people[0].name"),
    ((*P, "name"), 5, "$.people[0].name"),
    ((*P, "name"), "  ", "$.people[0].name"),
    ((*P, "name"), "x" * 2001, "$.people[0].name"),
    ((*P, "name"), "bad\udc00surrogate", "$.people[0].name"),
    ((*P, "name"), "nul\x00here", "$.people[0].name"),
    ((*P, "other_names"), "Erjan", "$.people[0].other_names"),
    ((*P, "other_names", 0), 5, "$.people[0].other_names[0]"),
    ((*P, "other_names", 0), "", "$.people[0].other_names[0]"),
    ((*P, "other_names", 1, "name"), "", "$.people[0].other_names[1].name"),
    ((*P, "other_names", 1, "script"), 7, "$.people[0].other_names[1].script"),
    ((*P, "other_names", 1, "extra"), "x", "$.people[0].other_names[1].extra"),
    ((*P, "birth_date"), "1979-13", "$.people[0].birth_date"),
    ((*P, "birth_date"), "79", "$.people[0].birth_date"),
    ((*P, "birth_date"), None, "$.people[0].birth_date"),
    ((*P, "citizenship"), "KZ", "$.people[0].citizenship"),
    ((*P, "citizenship"), ["Kazakhstan"], "$.people[0].citizenship[0]"),
    ((*P, "ethnicity"), 5, "$.people[0].ethnicity"),
    ((*P, "languages"), ["kk", ""], "$.people[0].languages[1]"),
    ((*P, "country"), "Poland", "$.people[0].country"),
    ((*P, "location"), ["Almaty"], "$.people[0].location"),
    ((*P, "status"), 1, "$.people[0].status"),
    ((*P, "risk"), "extreme", "$.people[0].risk"),
    ((*P, "flags"), {}, "$.people[0].flags"),
    ((*P, "flags", 0, "flag"), DELETE, "$.people[0].flags[0].flag"),
    ((*P, "flags", 0, "since"), "yesterday", "$.people[0].flags[0].since"),
    ((*P, "flags", 0, "reason"), False, "$.people[0].flags[0].reason"),
    ((*P, "tags"), [1], "$.people[0].tags[0]"),
    ((*P, "summary"), None, "$.people[0].summary"),
    ((*C, "name"), "", "$.contacts[0].name"),
    ((*C, "kind"), "friend", "$.contacts[0].kind"),
    ((*C, "organisation"), [], "$.contacts[0].organisation"),
    ((*C, "phones", 0), "call me maybe", "$.contacts[0].phones[0]"),
    ((*C, "emails", 0), "nowhere", "$.contacts[0].emails[0]"),
    ((*C, "handles"), [""], "$.contacts[0].handles[0]"),
    ((*C, "safety"), 5, "$.contacts[0].safety"),
    ((*C, "notes"), {}, "$.contacts[0].notes"),
    ((*C, "links"), "p1", "$.contacts[0].links"),
    ((*C, "links", 0, "person"), "p9", "$.contacts[0].links[0].person"),
    ((*C, "links", 0, "person"), "k1", "$.contacts[0].links[0].person"),
    ((*C, "links", 0, "case"), "k1", "$.contacts[0].links[0]"),
    ((*C, "links", 1), {"role": "x"}, "$.contacts[0].links[1]"),
    ((*C, "links", 0, "role"), "r" * 201, "$.contacts[0].links[0].role"),
    ((*C, "links", 2), {"person": "p1"}, "$.contacts[0].links[2]"),
    ((*K, "title"), DELETE, "$.cases[0].title"),
    ((*K, "kind"), "divorce", "$.cases[0].kind"),
    ((*K, "people", 0), "p404", "$.cases[0].people[0]"),
    ((*K, "people", 0), "c1", "$.cases[0].people[0]"),
    ((*K, "people", 1), {"role": "spouse"}, "$.cases[0].people[1].person"),
    ((*K, "people", 1, "role"), 3, "$.cases[0].people[1].role"),
    ((*K, "people", 2), "p1", "$.cases[0].people[2]"),
    ((*K, "jurisdiction"), "poland!", "$.cases[0].jurisdiction"),
    ((*K, "authority"), 1.5, "$.cases[0].authority"),
    ((*K, "reference"), "", "$.cases[0].reference"),
    ((*K, "references"), ["ok", ""], "$.cases[0].references[1]"),
    ((*K, "status"), "lost", "$.cases[0].status"),
    ((*K, "opened"), "2024-02-30", "$.cases[0].opened"),
    ((*K, "closed"), "2020-01-01", "$.cases[0].closed"),
    ((*K, "charges"), 5, "$.cases[0].charges"),
    ((*K, "summary"), [], "$.cases[0].summary"),
    ((*E, "date"), DELETE, "$.events[0].date"),
    ((*E, "date"), "12.09.2023", "$.events[0].date"),
    ((*E, "kind"), "arrested", "$.events[0].kind"),
    ((*E, "time"), "25:00", "$.events[0].time"),
    ((*E, "tz"), DELETE, "$.events[0].tz"),
    ((*E, "tz"), "Mars/Olympus", "$.events[0].tz"),
    ((*E, "case"), "p1", "$.events[0].case"),
    ((*E, "person"), "nobody", "$.events[0].person"),
    ((*E, "summary"), 0, "$.events[0].summary"),
    ((*D, "title"), "", "$.deadlines[0].title"),
    ((*D, "due"), "2024-02-30", "$.deadlines[0].due"),
    ((*D, "due"), DELETE, "$.deadlines[0].due"),
    ((*D, "tz"), DELETE, "$.deadlines[0].tz"),
    ((*D, "tz"), "../../etc/passwd", "$.deadlines[0].tz"),
    ((*D, "time"), "24:00", "$.deadlines[0].time"),
    ((*D, "status"), "late", "$.deadlines[0].status"),
    ((*D, "reminders"), ["7 days"], "$.deadlines[0].reminders[0]"),
    ((*D, "case"), "k9", "$.deadlines[0].case"),
    ((*D, "person"), "k1", "$.deadlines[0].person"),
    ((*D, "origin"), "magic", "$.deadlines[0].origin"),
    ((*D, "rule_id"), 5, "$.deadlines[0].rule_id"),
    ((*D, "trigger_event"), "k1", "$.deadlines[0].trigger_event"),
    ((*D, "trigger"), {"served": 1}, "$.deadlines[0].trigger"),
    ((*D, "trace"), [5], "$.deadlines[0].trace[0]"),
    ((*D, "outer_limit"), "2024-03-01", "$.deadlines[0].outer_limit"),
    ((*D, "confidence"), [], "$.deadlines[0].confidence"),
    ((*D, "computed_due"), "2024-13-01", "$.deadlines[0].computed_due"),
    ((*D, "override_reason"), DELETE, "$.deadlines[0].override_reason"),
    ((*N, "title"), "", "$.notes[0].title"),
    ((*N, "body"), 5, "$.notes[0].body"),
    ((*N, "format"), "html", "$.notes[0].format"),
    ((*N, "case"), "k1", "$.notes[0].case"),
    ((*N, "person"), "n1", "$.notes[0].person"),
    ((*N, "target"), "p1", "$.notes[0].target"),
    ((*A, "file_name"), "../../etc/passwd", "$.attachments[0].file_name"),
    ((*A, "file_name"), DELETE, "$.attachments[0].file_name"),
    ((*A, "media_type"), "", "$.attachments[0].media_type"),
    ((*A, "size"), "5", "$.attachments[0].size"),
    ((*A, "size"), True, "$.attachments[0].size"),
    ((*A, "size"), 1, "$.attachments[0].size"),
    ((*A, "size"), -1, "$.attachments[0].size"),
    ((*A, "sha256"), "abc", "$.attachments[0].sha256"),
    ((*A, "sha256"), "0" * 64, "$.attachments[0].sha256"),
    ((*A, "content"), "not base64!", "$.attachments[0].content"),
    ((*A, "content"), "QUJD\nREVG", "$.attachments[0].content"),
    ((*A, "content"), "Ф" * 8, "$.attachments[0].content"),
    ((*A, "content"), DELETE, "$.attachments[0].content"),
    ((*A, "case"), "k404", "$.attachments[0].case"),
    ((*A, "person"), "p1", "$.attachments[0].case"),
]


@pytest.mark.parametrize(("where", "value", "path"), MUTATIONS)
def test_malformed_import_names_path_and_imports_nothing(
    service: InterchangeService, where: tuple[Any, ...], value: object, path: str
) -> None:
    service._records.create(make_person(name="Existing Person"))  # the vault is not empty
    before = snapshot(service._records)
    doc = valid_document()
    _set(doc, where, value)
    with pytest.raises(InvalidImport) as info:
        import_doc(service, doc)
    assert info.value.path == path, info.value
    assert str(info.value).startswith(f"{path}: ")
    if isinstance(value, str) and len(value) >= 4 and value not in ("p1", "k1"):
        assert value not in info.value.reason  # reasons never quote the file's values
    assert snapshot(service._records) == before


@pytest.mark.parametrize(
    ("data", "path", "reason"),
    [
        (b'{"format": "safecase-interchange", "version": 1,\n "people": [', "$", "line 2 column"),
        (b'{"format": "safecase-interchange", "version": 1} trailing', "$", "line 1 column"),
        (b"", "$", "line 1 column 1"),
        (b'{"format": "safecase-interchange", "version": NaN}', "$", "NaN"),
        (b'{"format": "safecase-interchange", "version": 1e999}', "$.version", "whole number"),
        (b'{"format": "safecase-interchange", "version": ' + b"9" * 5000 + b"}", "$", "digits"),
        (b"[" * 200_000 + b"]" * 200_000, "$", "nested too deeply"),
        (b'{"format": "safecase-interchange", "version": 1, "people": [{"ref": "p1", "name": "a",'
         b' "name": "b"}]}', "$.people[0].name", "duplicate key"),
        (b'\xff{"format": 1}', "$", "UTF-8"),
        (b"[1, 2]", "$", "expected an object"),
    ],
)  # fmt: skip
def test_broken_json_names_where(
    service: InterchangeService, data: bytes, path: str, reason: str
) -> None:
    before = snapshot(service._records)
    with pytest.raises(InvalidImport) as info:
        service.import_bytes(data)
    assert info.value.path == path
    assert reason in info.value.reason
    assert snapshot(service._records) == before


def test_byte_order_mark_is_accepted(service: InterchangeService) -> None:
    data = "\ufeff" + json.dumps(valid_document())
    assert service.import_bytes(data.encode()).counts[r.RecordKind.PERSON] == 2


def test_oversize_attachment_imports_nothing(service: InterchangeService) -> None:
    service._records.max_attachment_bytes = 1024
    before = snapshot(service._records)
    with pytest.raises(InvalidImport) as info:
        import_doc(service, valid_document())  # a1 holds 10,260 bytes
    assert info.value.path == "$.attachments[0].content"
    assert "larger than" in info.value.reason
    assert snapshot(service._records) == before


def test_oversize_file_is_refused_unread(
    service: InterchangeService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps(valid_document()), encoding="utf-8")
    monkeypatch.setattr(interchange, "MAX_IMPORT_BYTES", path.stat().st_size - 1)
    with pytest.raises(InvalidImport) as info:
        service.import_file(path)
    assert "import limit" in info.value.reason
    with pytest.raises(InvalidImport) as info:
        service.import_file(tmp_path / "missing.json")
    assert info.value.path == "$"


def test_failure_while_writing_rolls_everything_back(service: InterchangeService) -> None:
    """A failure after records were written (here a trigger refusing the last note) leaves the
    vault exactly as it was: the whole import is one transaction."""
    conn = service._records._conn
    conn.execute("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.notes WHEN NEW.title = "
                 "'Loose note' BEGIN SELECT RAISE(ABORT, 'refused'); END")  # fmt: skip
    before = snapshot(service._records)
    with pytest.raises(Exception, match="refused"):
        import_doc(service, valid_document())
    assert snapshot(service._records) == before
    assert not conn.in_transaction


# --- fuzz -----------------------------------------------------------------------------------
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


def _paths(value: object, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            if key != "content":
                yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _paths(child, (*prefix, i))


# format and version have their own table rows; left in, Hypothesis would favour the first path.
VALID_PATHS = [p for p in _paths(valid_document()) if p and p[0] not in ("format", "version")]
SECTION_KEYS = ["ref", "name", "title", "kind", "person", "case", "note", "role", "date", "due"]


@st.composite
def mutated_documents(draw: st.DrawFn) -> object:
    doc = copy.deepcopy(valid_document())
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(VALID_PATHS))
        try:
            parent = doc
            for key in where[:-1]:
                parent = parent[key]
        except (KeyError, IndexError, TypeError):
            continue
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        key = draw(st.sampled_from(SECTION_KEYS) | st.text(max_size=8))
        value = draw(JSON_VALUES | st.sampled_from(["p1", "k1", "e1", "n1", "a1"]))
        try:
            if action == "delete":
                del parent[where[-1]]
            elif action == "add" and isinstance(parent, dict):
                parent[key] = value
            else:
                parent[where[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed this place
    return doc


def _import_raises_only_invalid_import(service: InterchangeService, data: bytes) -> None:
    before = snapshot(service._records)
    try:
        service.import_bytes(data)
    except InvalidImport as exc:
        assert exc.path.startswith("$")
        assert snapshot(service._records) == before


FUZZ = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
STRESS = settings(FUZZ, max_examples=10_000)
# Stress runs only under `make stress` (which sets SAFECASE_STRESS=1), as in test_age_fuzz.
stress = pytest.mark.skipif(
    not os.environ.get("SAFECASE_STRESS"), reason="stress run: make stress (SAFECASE_STRESS=1)"
)


def _doc_bytes(doc: object) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")


@FUZZ
@given(doc=JSON_VALUES | st.fixed_dictionaries(
    {"format": st.just("safecase-interchange"), "version": st.just(1)},
    optional={s: JSON_VALUES for s in ("people", "contacts", "cases", "notes", "attachments")}))  # fmt: skip
def test_fuzz_arbitrary_documents(service: InterchangeService, doc: object) -> None:
    _import_raises_only_invalid_import(service, _doc_bytes(doc))


@FUZZ
@given(doc=mutated_documents())
def test_fuzz_mutated_valid_documents(service: InterchangeService, doc: object) -> None:
    _import_raises_only_invalid_import(service, _doc_bytes(doc))


@FUZZ
@given(data=st.binary(max_size=200) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")))  # fmt: skip
def test_fuzz_arbitrary_bytes(service: InterchangeService, data: bytes) -> None:
    _import_raises_only_invalid_import(service, data)


@pytest.mark.stress
@stress
@STRESS
@given(doc=mutated_documents())
def test_stress_fuzz_mutated_valid_documents(service: InterchangeService, doc: object) -> None:
    _import_raises_only_invalid_import(service, _doc_bytes(doc))


@pytest.mark.stress
@stress
@STRESS
@given(doc=JSON_VALUES)
def test_stress_fuzz_arbitrary_documents(service: InterchangeService, doc: object) -> None:
    _import_raises_only_invalid_import(service, _doc_bytes(doc))


# --- the JSON Schema agrees ---------------------------------------------------------------------
def test_exported_and_example_documents_match_the_json_schema(records: RecordsService) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((Path(__file__).resolve().parents[3] / "docs" / "interchange.schema.json")
                        .read_text(encoding="utf-8"))  # fmt: skip
    validator_cls = jsonschema.validators.validator_for(schema)
    validator_cls.check_schema(schema)
    validator = validator_cls(schema, format_checker=validator_cls.FORMAT_CHECKER)
    _populate(records)
    for doc in [json.loads(export_text(records)), valid_document(), *doc_examples()]:
        errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(doc)]
        assert errors == []
    refused = [(("version",), 2), (("extra",), []), (("people", 0, "nickname"), "x"),
               (("people", 0, "risk"), "extreme"), (("people", 0, "name"), 5),
               (("cases", 0, "status"), "lost"), (("events", 0, "date"), DELETE),
               (("deadlines", 0, "reminders"), ["7 days"]), (("notes", 0, "case"), "k1"),
               (("attachments", 0, "sha256"), "abc"), (("contacts", 0, "links", 0, "case"), "k1"),
               (("people", 0, "ref"), "has space")]  # fmt: skip
    for where, value in refused:  # the schema is not vacuous
        doc = valid_document()
        _set(doc, where, value)
        assert any(True for _ in validator.iter_errors(doc)), where
