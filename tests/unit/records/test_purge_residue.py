"""After purge, a record's text is in no page of the store, free pages included (T15)."""

from __future__ import annotations

from factories import make_note, make_person
from helpers import decrypted_pages, pw
from safecase.domain.name_folding import fold_text
from safecase.services import vault as vault_service
from safecase.services.records import RecordsService

CANARY = "qqzxcanaryvw"


def _write_and_purge(vault: vault_service.OpenVault) -> None:
    records = RecordsService(vault.conn)
    person = make_person(name=f"Ержан {CANARY}", summary=f"{CANARY} " * 50, other_names=[])
    records.create(person)
    note = make_note(title=f"about {CANARY}", body=f"body {CANARY} " * 200, target_id=person.id)
    records.create(note)
    person.location = f"moved {CANARY}"
    records.update(person)  # history holds the old and new values
    for record_id in (note.id, person.id):
        records.delete(record_id)
        records.purge(record_id)


def _hits(vault_dir_db: object, key: bytes) -> int:
    forms = [CANARY.encode(), fold_text(CANARY).encode()]
    return sum(1 for page in decrypted_pages(vault_dir_db, key) for f in forms if f in page)  # type: ignore[arg-type]


def test_purged_record_leaves_no_residue(created_vault: tuple[object, str]) -> None:
    root = created_vault[0]
    with vault_service.unlock(root, pw()) as vault:  # type: ignore[arg-type]
        key = bytes(vault.data_key_copy())
        _write_and_purge(vault)
        db = vault.paths.db
    assert _hits(db, key) == 0


def test_positive_control_residue_found_without_secure_delete(
    created_vault: tuple[object, str],
) -> None:
    root = created_vault[0]
    with vault_service.unlock(root, pw()) as vault:  # type: ignore[arg-type]
        key = bytes(vault.data_key_copy())
        vault.conn.execute("PRAGMA secure_delete = OFF")
        _write_and_purge(vault)
        db = vault.paths.db
    assert _hits(db, key) > 0
