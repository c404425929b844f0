"""safecase-cli record commands through the real CLI in a subprocess, on a real vault."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

FAST = "1024,1,1"
DOCS = Path(__file__).resolve().parents[2] / "docs"


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "safecase.cli", *args],
        input=stdin, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def example_document() -> dict[str, Any]:
    """The whole-document example of docs/interchange.md (fictional people)."""
    text = (DOCS / "interchange.md").read_text(encoding="utf-8")
    for block in re.findall(r"```json\n(.*?)```", text, flags=re.S):
        doc = json.loads(block)
        if isinstance(doc, dict) and doc.get("format") == "safecase-interchange":
            return doc
    raise AssertionError("no example document in docs/interchange.md")


class Vault:
    def __init__(self, root: Path, pwfile: Path) -> None:
        self.root, self.pwfile = root, pwfile

    def run(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return cli("--vault", str(self.root), *args, "--passphrase-file", str(self.pwfile),
                   stdin=stdin)  # fmt: skip

    def ok(self, *args: str) -> str:
        result = self.run(*args)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        return result.stdout

    def json(self, *args: str) -> Any:
        return json.loads(self.ok(*args, "--json"))


def _init(root: Path, pwfile: Path) -> Vault:
    result = cli(
        "--vault", str(root), "init", "--passphrase-file", str(pwfile), "--kdf-params", FAST
    )
    assert result.returncode == 0, result.stderr
    return Vault(root, pwfile)


@pytest.fixture
def pwfile(tmp_path: Path) -> Path:
    path = tmp_path / "pw"
    path.write_text("a long and private passphrase\n", encoding="utf-8")
    return path


@pytest.fixture
def vault(tmp_path: Path, pwfile: Path) -> Vault:
    return _init(tmp_path / "v", pwfile)


@pytest.fixture
def imported(vault: Vault, tmp_path: Path) -> Vault:
    doc = example_document()
    today = date.today()
    doc["deadlines"] = [
        {"ref": "d1", "case": "k1", "person": "p1", "title": "Overdue appeal",
         "due": (today - timedelta(days=2)).isoformat(), "tz": "Europe/Warsaw"},
        {"ref": "d2", "case": "k1", "title": "Soon", "due": (today + timedelta(days=10)).isoformat(),
         "time": "12:00", "tz": "Asia/Almaty", "reminders": ["P1D"]},
        {"ref": "d3", "title": "Far away", "due": (today + timedelta(days=100)).isoformat(),
         "tz": "Europe/Warsaw"},
        {"ref": "d4", "title": "Done already", "due": (today - timedelta(days=5)).isoformat(),
         "tz": "Europe/Warsaw", "status": "done"},
    ]  # fmt: skip
    path = tmp_path / "import.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    out = vault.ok("import", str(path))
    assert "Imported 13 records (people 2, contacts 1, cases 2, events 2" in out
    return vault


def _id_of(vault: Vault, kind: str, label: str) -> str:
    return next(row["id"] for row in vault.json("list", kind) if row["label"] == label)


def test_import_then_list_every_kind(imported: Vault) -> None:
    people = imported.json("list", "people")
    assert {p["label"] for p in people} == {"Ержан Жаксылыков", "Gulnara Botagoz"}
    assert set(people[0]) >= {"id", "label", "name", "risk"}
    text = imported.ok("list", "cases").splitlines()
    assert len(text) == 2 and all(len(line.split("\t")) == 2 for line in text)
    assert len(imported.json("list", "contacts")) == 1
    assert len(imported.json("list", "deadlines")) == 4
    assert len(imported.json("list", "notes")) == 1


def test_import_error_exits_5_with_path_and_imports_nothing(vault: Vault, tmp_path: Path) -> None:
    doc = example_document()
    doc["people"][1]["birth_date"] = "85"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = vault.run("import", str(path))
    assert result.returncode == 5
    assert "$.people[1].birth_date: expected YYYY, YYYY-MM or YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr
    assert vault.json("list", "people") == []
    path.write_text('{"format": "safecase-interchange",\n "version": 1,,}', encoding="utf-8")
    result = vault.run("import", str(path))
    assert result.returncode == 5
    assert "line 2 column" in result.stderr
    result = vault.run("import", str(tmp_path / "missing.json"))
    assert result.returncode == 5


def test_show_text_and_json(imported: Vault) -> None:
    pid = _id_of(imported, "people", "Ержан Жаксылыков")
    shown = imported.json("show", pid)
    assert shown["kind"] == "person" and shown["id"] == pid
    assert shown["risk"] == "high" and shown["citizenship"] == ["KZ"]
    assert shown["other_names"][1]["script"] == "Latn"
    assert {link["role"] for link in shown["links"]} == {"lawyer", "", "requested person"}
    assert shown["deleted_at"] is None
    text = imported.ok("show", pid)
    assert "kind: person" in text and "name: Ержан Жаксылыков" in text
    assert "link: contact" in text
    assert imported.run("show", "no-such-id").returncode == 1


def test_search_text_and_json_best_first(imported: Vault) -> None:
    results = imported.json("search", "Yerzhan Zhaksylykov")
    assert results[0] == {"kind": "person", "id": _id_of(imported, "people", "Ержан Жаксылыков"),
                          "label": "Ержан Жаксылыков"}  # fmt: skip
    assert all(set(x) == {"kind", "id", "label"} for x in results)
    assert {x["kind"] for x in results} <= {"person", "contact", "case", "event", "deadline",
                                            "note", "attachment"}  # fmt: skip
    lines = imported.ok("search", "Жаксылыков").splitlines()
    kind, rid, label = lines[0].split("\t")
    assert (kind, label) == ("person", "Ержан Жаксылыков") and len(rid) == 36
    assert imported.json("search", "nothing-like-this") == []


def test_deadlines_within_and_json_shape(imported: Vault) -> None:
    found = imported.json("deadlines", "--within", "30")
    assert [d["title"] for d in found] == ["Overdue appeal", "Soon"]
    assert all(set(d) == {"id", "title", "due", "time", "tz", "status", "case", "person",
                          "overdue"} for d in found)  # fmt: skip
    assert [d["overdue"] for d in found] == [True, False]
    assert found[1]["time"] == "12:00" and found[1]["tz"] == "Asia/Almaty"
    assert found[0]["case"] is not None and found[0]["person"] is not None
    assert found[1]["person"] is None
    assert len(imported.json("deadlines")) == 3  # all open ones
    assert "OVERDUE" in imported.ok("deadlines", "--within", "5")
    assert imported.run("deadlines", "--within", "-1").returncode == 2


def test_delete_restore_purge_with_history(imported: Vault) -> None:
    pid = _id_of(imported, "people", "Gulnara Botagoz")
    assert "recycle bin" in imported.ok("delete", pid)
    assert all(p["id"] != pid for p in imported.json("list", "people"))
    assert imported.run("purge", pid).returncode == 2  # not interactive and no --yes
    imported.ok("restore", pid)
    history = imported.ok("history", pid).splitlines()
    _, field, change = history[0].split("\t")  # the import linked her to her case
    assert field.startswith("link:") and change == "(none) -> spouse"
    assert [line.split("\t")[1:] for line in history[1:]] == [
        ["(state)", "live -> deleted"], ["(state)", "deleted -> live"]]  # fmt: skip
    result = imported.run("purge", pid, "--yes")
    assert result.returncode == 5  # only from the recycle bin
    imported.ok("delete", pid)
    imported.ok("purge", pid, "--yes")
    assert imported.run("show", pid).returncode == 1
    assert imported.run("history", pid).returncode == 1


def test_export_needs_plaintext_and_writes_0600_with_warning(
    imported: Vault, tmp_path: Path, pwfile: Path
) -> None:
    out = tmp_path / "export.json"
    refused = imported.run("export", "--format", "json", str(out))
    assert refused.returncode == 2
    assert "NOT encrypted" in refused.stderr and "--plaintext" in refused.stderr
    assert not out.exists()
    result = imported.run("export", "--format", "json", "--plaintext", str(out))
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "safecase-interchange" and len(doc["people"]) == 2
    again = imported.run("export", "--format", "json", "--plaintext", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr
    second = _init(tmp_path / "second", pwfile)  # export -> import into a new vault
    second.ok("import", str(out))
    assert second.json("list", "people") != []
    assert {d["title"] for d in second.json("deadlines")} == {"Overdue appeal", "Soon", "Far away"}


def test_terminal_control_characters_are_escaped(vault: Vault, tmp_path: Path) -> None:
    doc = {"format": "safecase-interchange", "version": 1,
           "people": [{"ref": "p1", "name": "Evil\x1b[2J\x9b31m\u202eName"}]}  # fmt: skip
    path = tmp_path / "evil.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    vault.ok("import", str(path))
    for output in (vault.ok("list", "people"), vault.ok("list", "people", "--json"),
                   vault.ok("search", "Evil"), vault.ok("search", "Evil", "--json")):  # fmt: skip
        assert "\x1b" not in output and "\x9b" not in output and "\u202e" not in output
    assert vault.json("list", "people")[0]["label"] == "Evil\x1b[2J\x9b31m\u202eName"


def test_wrong_passphrase_exits_3(imported: Vault, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.write_text("not the passphrase\n", encoding="utf-8")
    result = cli("--vault", str(imported.root), "list", "people", "--passphrase-file", str(bad))
    assert result.returncode == 3
    assert "Ержан" not in result.stdout + result.stderr


def test_purge_asks_on_a_terminal_and_defaults_to_no(imported: Vault) -> None:
    pid = _id_of(imported, "people", "Gulnara Botagoz")
    imported.ok("delete", pid)

    def purge_answering(answer: str) -> subprocess.CompletedProcess[str]:
        leader, follower = os.openpty()
        try:
            os.write(leader, answer.encode() + b"\n")
            return subprocess.run(
                [sys.executable, "-m", "safecase.cli", "--vault", str(imported.root), "purge", pid,
                 "--passphrase-file", str(imported.pwfile)],
                stdin=follower, capture_output=True, text=True, timeout=120, check=False,
            )  # fmt: skip
        finally:
            os.close(leader)
            os.close(follower)

    declined = purge_answering("")
    assert "cannot be restored" in declined.stderr
    assert declined.returncode == 1 and "Nothing was purged" in declined.stdout
    assert imported.json("show", pid)["deleted_at"] is not None  # still in the recycle bin
    accepted = purge_answering("yes")
    assert accepted.returncode == 0, accepted.stderr
    assert imported.run("show", pid).returncode == 1
