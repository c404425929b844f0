"""A valid interchange v1 document using every field of every kind (fictional people), shared by
the interchange unit tests and the CLI tests."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path
from typing import Any

DOCS = Path(__file__).resolve().parents[3] / "docs"
SCAN = bytes(range(256)) * 40 + b"%PDF fictional scan\n"
LETTER = "Письмо в консульство — fictional.\n".encode()


def _attachment(ref: str, name: str, media: str, data: bytes, **target: str) -> dict[str, Any]:
    return {"ref": ref, "file_name": name, "media_type": media, "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "content": base64.b64encode(data).decode("ascii"), **target}  # fmt: skip


def valid_document() -> dict[str, Any]:
    """A fresh copy each call, so a test may mutate it."""
    return {
        "format": "safecase-interchange",
        "version": 1,
        "people": [
            {"ref": "p1", "name": "Ержан Жаксылыков",
             "other_names": ["Erjan Jaqsylyqov",
                             {"name": "Yerzhan Zhaksylykov", "script": "Latn", "language": "kk",
                              "kind": "transliteration"}],
             "birth_date": "1979", "citizenship": ["KZ"], "ethnicity": "Kazakh",
             "languages": ["kk", "ru"], "country": "PL", "location": "Almaty, KZ",
             "status": "asylum seeker", "risk": "high",
             "flags": [{"flag": "detained", "reason": "extradition request",
                        "since": "2023-09-01"}, {"flag": "do not contact by phone"}],
             "tags": ["activist", "journalist"], "summary": "Fictional person for tests."},
            {"ref": "p2", "name": "Gulnara Botagoz", "birth_date": "1985-06"},
        ],
        "contacts": [
            {"ref": "c1", "name": "Anna Nowak", "kind": "lawyer",
             "organisation": "Fictional Legal Aid", "phones": ["+48 22 000 00 00"],
             "emails": ["anna@example.org"], "handles": ["Signal: +48 000"],
             "safety": "compromised — do not contact", "notes": "Speaks Russian.",
             "links": [{"person": "p1", "role": "lawyer"}, {"case": "k1"}]},
        ],
        "cases": [
            {"ref": "k1", "title": "Asylum application", "kind": "asylum_application",
             "people": ["p1", {"person": "p2", "role": "spouse"}], "jurisdiction": "PL",
             "authority": "Office for Foreigners", "reference": "DPU-123/24",
             "references": ["ECHR 4567/24"], "status": "rejected", "opened": "2022-10-14",
             "closed": "2024-01-20", "charges": "none", "summary": "Fictional case."},
            {"ref": "k2", "title": "Extradition", "kind": "extradition_request"},
        ],
        "events": [
            {"ref": "e1", "case": "k1", "person": "p1", "date": "2023-09-12", "kind": "released",
             "time": "14:30", "tz": "Europe/Warsaw", "summary": "Released from detention."},
        ],
        "deadlines": [
            {"ref": "d1", "case": "k1", "person": "p1", "title": "Appeal to the Refugee Board",
             "due": "2024-03-15", "time": "23:59", "tz": "Europe/Warsaw", "status": "open",
             "reminders": ["P7D", "P1D"], "origin": "computed", "rule_id": "pl.appeal.14d",
             "trigger_event": "e1", "trigger": "{\"served\": \"2024-02-29\"}",
             "trace": ["served 2024-02-29", "+14 days"], "outer_limit": "2024-03-20",
             "confidence": "high", "computed_due": "2024-03-14",
             "override_reason": "court confirmed a later date"},
        ],
        "notes": [
            {"ref": "n1", "person": "p1", "title": "Call with lawyer",
             "body": "Discussed the **appeal**.", "format": "markdown"},
            {"ref": "n2", "attachment": "a2", "title": "About the letter", "body": "Sent."},
            {"ref": "n3", "title": "Loose note"},
        ],
        "attachments": [
            _attachment("a1", "scan.pdf", "application/pdf", SCAN, case="k1"),
            _attachment("a2", "letter.txt", "text/plain", LETTER, note="n1"),
            _attachment("a3", "empty.bin", "application/octet-stream", b""),
        ],
    }  # fmt: skip


def doc_examples() -> list[dict[str, Any]]:
    """Every ```json block of docs/interchange.md that is a whole document."""
    text = (DOCS / "interchange.md").read_text(encoding="utf-8")
    blocks = [json.loads(b) for b in re.findall(r"```json\n(.*?)```", text, flags=re.S)]
    return [b for b in blocks if isinstance(b, dict) and b.get("format") == "safecase-interchange"]
