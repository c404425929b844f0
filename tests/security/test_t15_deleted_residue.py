"""T15 — deleted-record residue. Records of every kind carrying canaries (names, free text, an
attachment's name and content), edited (so history holds old values), linked, searched, then
moved to the recycle bin and purged. Every page of the store is then decrypted independently of
SQLite (free pages and freed cells included) and searched for every form the canaries are
stored in: the text, its folded spelling and phonetic key (the search index), and a tail of the
folded form (FTS5 prefix-compresses terms). Pass: 0 residual canaries; and the positive control
with `secure_delete=OFF` finds residue, proving the scan can see it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from security_helpers import RecordSecurity, cyrillic_canary, latin_canary

from factories import make_case, make_contact, make_deadline, make_event, make_note, make_person
from helpers import FAST_KDF, decrypted_pages, pw
from safecase.domain.name_folding import fold_text, name_key
from safecase.services import vault as vault_service
from safecase.services.records import RecordsService
from safecase.services.search import SearchService


def _forms(canary: str) -> list[bytes]:
    folded = fold_text(canary)
    return [f for f in {canary.encode(), folded.encode(), name_key(canary).encode(),
                        folded[-10:].encode(), canary[-8:].encode()} if len(f) >= 6]  # fmt: skip


def _write_edit_purge(vault: vault_service.OpenVault, canaries: list[str]) -> int:
    records = RecordsService(vault.conn)
    c1, c2, c3, latin = canaries
    person = make_person(name=f"Ержан {c1}", other_names=[], location=latin, summary=f"{c2} " * 30)
    contact = make_contact(name=f"Адвокат {c3}", notes=f"звонить {latin}")
    case = make_case(title=f"Дело {c2}", summary=f"{c3} " * 40)
    for record in (person, contact, case):
        records.create(record)
    records.link(contact.id, person.id, f"юрист {c1}")
    records.link(person.id, case.id, "applicant")
    event = make_event(case_id=case.id, person_id=person.id, summary=f"Решение {c3}")
    records.create(event)
    deadline = make_deadline(title=f"Срок {c1}", case_id=case.id, trigger_event_id=event.id)
    records.create(deadline)
    note = make_note(title=f"О {c2}", body=f"Адрес {c1} {latin}. " * 200, target_id=person.id)
    records.create(note)
    attachment = records.add_attachment(io.BytesIO(f"{c1} {latin}\n".encode() * 3000),
                                        f"{latin}.txt", "text/plain", person.id)  # fmt: skip
    person.location = f"переехал {c3}"
    records.update(person)  # history now holds the old and new values
    note.body = f"исправлено {c1}"
    records.update(note)
    assert SearchService(vault.conn).search(c1[:10])  # the index holds them before the purge
    ids = [attachment.id, note.id, deadline.id, event.id, contact.id, case.id, person.id]
    for record_id in ids:
        records.delete(record_id)
        records.purge(record_id)
    return len(ids)


def _hits(db: Path, key: bytes, canaries: list[str]) -> tuple[int, int]:
    pages = decrypted_pages(db, key)
    forms = [f for c in canaries for f in _forms(c)]
    return sum(1 for page in pages for form in forms if form in page), len(pages)


def _canaries() -> list[str]:
    return [cyrillic_canary(), cyrillic_canary(), cyrillic_canary(), latin_canary()]


def test_t15_purged_records_leave_no_residue(
    created_vault: tuple[Path, str], record_security: RecordSecurity
) -> None:
    canaries = _canaries()
    with vault_service.unlock(created_vault[0], pw()) as vault:
        key = bytes(vault.data_key_copy())
        purged = _write_edit_purge(vault, canaries)
        db = vault.paths.db
    hits, pages = _hits(db, key, canaries)
    journals = list(db.parent.glob("vault.db-*"))
    record_security("T15", n=pages, residual=hits, records_purged=purged)
    assert hits == 0
    assert journals == []


def test_t15_positive_control_without_secure_delete(
    tmp_path: Path, record_security: RecordSecurity
) -> None:
    canaries = _canaries()
    vault, _ = vault_service.create(tmp_path / "v", pw(), kdf=FAST_KDF)
    with vault:
        key = bytes(vault.data_key_copy())
        vault.conn.execute("PRAGMA secure_delete = OFF")
        _write_edit_purge(vault, canaries)
        db = vault.paths.db
    hits, pages = _hits(db, key, canaries)
    record_security("T15", n=pages, control_residue_found=int(hits > 0))
    assert hits > 0, "the page scan must find residue when secure_delete is off"


@pytest.mark.parametrize("kind", ["person", "note"])
def test_t15_a_record_in_the_bin_is_still_there_until_purged(
    created_vault: tuple[Path, str], kind: str
) -> None:
    """The control for the bin: deleted (restorable) is not gone; only purge removes."""
    canary = cyrillic_canary()
    with vault_service.unlock(created_vault[0], pw()) as vault:
        key = bytes(vault.data_key_copy())
        records = RecordsService(vault.conn)
        record = (
            make_person(name=canary, other_names=[])
            if kind == "person"
            else make_note(title=canary)
        )
        records.create(record)
        records.delete(record.id)
        db = vault.paths.db
    assert _hits(db, key, [canary])[0] > 0


def test_t15_finding_f6_purged_record_survives_in_the_pre_migration_copy(tmp_path: Path) -> None:
    import uuid
    from datetime import UTC, datetime

    from safecase.crypto import age, keyslots
    from safecase.storage import connection as dbconn
    from safecase.storage.files import atomic_write
    from safecase.storage.schema import latest_version, migrate

    root = tmp_path / "vault"
    root.mkdir()
    # A vault as the previous SafeCase (one schema version older) wrote it.
    vault_id, key = str(uuid.uuid4()), keyslots.new_data_key()
    recipient = age.X25519Identity.generate().recipient.to_str()
    keyfile = keyslots.build(vault_id, key, keyslots.seal_passphrase_slot(vault_id, key, pw(), FAST_KDF),
                             keyslots.seal_recovery_slot(key, recipient))  # fmt: skip
    atomic_write(root / "vault.keys", keyfile.to_bytes())
    conn = dbconn.open_encrypted(root / "vault.db", key, create=True)
    migrate(conn, None, target=latest_version() - 1)
    conn.execute("INSERT INTO vault_meta(key, value) VALUES ('vault_id', ?), ('created_at', ?)",
                 (vault_id, datetime.now(UTC).isoformat()))  # fmt: skip
    canary = cyrillic_canary()
    person = make_person(name=canary, other_names=[])
    RecordsService(conn).create(person)
    conn.close()
    with vault_service.unlock(root, pw()) as vault:  # this SafeCase migrates the store
        records = RecordsService(vault.conn)
        records.delete(person.id)
        records.purge(person.id)
    copies = list(root.glob("vault.db.pre-v*"))
    residue = sum(_hits(copy, bytes(key), [canary])[0] for copy in copies)
    assert residue == 0
