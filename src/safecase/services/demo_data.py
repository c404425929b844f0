"""Fictional sample records for `make demo`, screenshots and benchmarks.

Every person, organisation and case here is invented; names are common given names and
surnames combined at random, never a real case.
"""

from __future__ import annotations

import io
import random
import sys
from datetime import date, timedelta
from pathlib import Path

from safecase.crypto.kdf import FLOOR
from safecase.domain import records as r
from safecase.domain.name_folding import fold_text
from safecase.services import vault as vault_service
from safecase.services.records import RecordsService
from safecase.storage.transaction import transaction

DEMO_PASSPHRASE = "demo vault — fictional data only"  # noqa: S105 - public, documented

GIVEN = [
    "Ержан",
    "Әлия",
    "Нұрсұлтан",
    "Гульнара",
    "Тимур",
    "Дилноза",
    "Шавкат",
    "Айгерим",
    "Бахтиёр",
    "Мадина",
    "Рустам",
    "Зарина",
    "Асель",
    "Ойбек",
    "Камила",
    "Данияр",
]
FAMILY = [
    "Жаксылыков",
    "Сейтқазы",
    "Ахмедов",
    "Юсупова",
    "Холматова",
    "Назаров",
    "Тошматов",
    "Исмаилова",
    "Жумабаев",
    "Абдуллаева",
    "Каримов",
    "Садыкова",
    "Омаров",
    "Рахимова",
]
# The floor parameters: a demo vault holds nothing worth a stronger KDF.
DEMO_KDF = FLOOR
CITIES = ["Almaty", "Warsaw", "Vienna", "Tashkent", "Bishkek", "Istanbul", "Berlin"]


def latin(name: str) -> str:
    """A Latin spelling, as a foreign document might write the name."""
    return " ".join(word.capitalize() for word in fold_text(name).split())


def populate(records: RecordsService, *, people: int = 12, seed: int = 7, today: date) -> None:
    """Fill a vault with a small, believable, fictional caseload."""
    rng = random.Random(seed)  # noqa: S311 - sample data, not secrets
    with transaction(records._conn):
        lawyer = r.Contact(
            "Anna Nowak",
            r.ContactKind.LAWYER,
            organisation="Fictional Legal Aid Foundation",
            phones=["+48 22 000 00 01"],
            emails=["anna.nowak@example.org"],
        )
        ngo = r.Contact("Open Door Network", r.ContactKind.NGO, emails=["help@example.org"])
        for contact in (lawyer, ngo):
            records.create(contact)
        for i in range(people):
            name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
            person = r.Person(
                name,
                other_names=[r.OtherName(latin(name), "Latn", "", "transliteration")],
                birth_date=str(rng.randint(1960, 2000)),
                citizenship=[rng.choice(["KZ", "UZ", "KG", "TJ"])],
                country=rng.choice(["PL", "AT", "DE", "TR"]),
                location=rng.choice(CITIES),
                status=rng.choice(["asylum seeker", "refugee status refused", "in detention"]),
                risk=rng.choice(list(r.Risk)),
                flags=[r.Flag("detained", "extradition request", str(today - timedelta(days=30)))]
                if i % 4 == 0
                else [],
                summary="Fictional person for the demonstration vault.",
            )
            records.create(person)
            records.link(lawyer.id, person.id, "lawyer")
            case = r.Case(
                f"Asylum appeal of {latin(name).split()[0]}",
                rng.choice(
                    [
                        r.CaseKind.ASYLUM_APPEAL,
                        r.CaseKind.EXTRADITION_REQUEST,
                        r.CaseKind.DUBLIN_PROCEDURE,
                        r.CaseKind.ECTHR_APPLICATION,
                    ]
                ),
                jurisdiction=rng.choice(["PL", "AT", "KZ"]),
                authority="Fictional Refugee Board",
                references=[f"DEMO-{2024 + i % 2}-{100 + i}"],
                status=r.CaseStatus.PENDING,
                opened=str(today - timedelta(days=rng.randint(30, 400))),
            )
            records.create(case)
            records.link(person.id, case.id, "applicant")
            served = today - timedelta(days=rng.randint(1, 20))
            event = r.Event(
                str(served),
                r.EventKind.DECISION_SERVED,
                case_id=case.id,
                person_id=person.id,
                summary="Decision served by post.",
            )
            records.create(event)
            due = today + timedelta(days=rng.randint(-3, 40))
            records.create(
                r.Deadline(
                    "Lodge the appeal",
                    str(due),
                    "Europe/Warsaw",
                    case_id=case.id,
                    person_id=person.id,
                    reminders=["P14D", "P7D", "P3D", "P1D"],
                )
            )
            records.create(
                r.Note(
                    "Call with the lawyer",
                    "Discussed the grounds of appeal. Fictional.",
                    target_id=person.id,
                )
            )
        records.add_attachment(
            io.BytesIO(b"Fictional statement for the demonstration vault.\n"),
            "statement.txt",
            "text/plain",
            None,
        )


def create_demo_vault(root: Path) -> str:
    """A throwaway vault full of fictional records; returns its (documented) passphrase."""
    vault, _ = vault_service.create(root, bytearray(DEMO_PASSPHRASE.encode()), kdf=DEMO_KDF)
    with vault:
        populate(RecordsService(vault.conn), people=24, today=date.today())
    return DEMO_PASSPHRASE


def main(argv: list[str] | None = None) -> int:
    """`python -m safecase.services.demo_data DIR`: create the demo vault used by `make demo`."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        sys.stderr.write("usage: python -m safecase.services.demo_data DIR\n")
        return 2
    root = Path(args[0])
    if vault_service.vault_exists(root):
        sys.stdout.write(f"Demo vault already there. Passphrase: {DEMO_PASSPHRASE}\n")
        return 0
    create_demo_vault(root)
    sys.stdout.write(f"Demo vault created with fictional data. Passphrase: {DEMO_PASSPHRASE}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
