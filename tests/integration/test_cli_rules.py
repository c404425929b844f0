"""`safecase-cli rules …` and `export-ics`: every catalogue rule computes, the JSON shape,
validation errors with file:line: field, and the calendar export (0600, upload warning)."""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from factories import make_case, make_deadline
from helpers import FAST_KDF, PASSPHRASE, pw
from safecase import cli
from safecase.cli import errors, main
from safecase.domain.deadlines import Rule, TriggerKind, compute, core_pack_path, load_core_pack
from safecase.services import vault as vault_service
from safecase.services.records import RecordsService

CORE = load_core_pack()
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture(autouse=True)
def _no_network_guard_in_the_test_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests call the CLI's `main()` inside the pytest process. Its network guard is an
    audit hook, which can never be removed: installed here it would refuse the sockets of every
    later test in the run (T8's positive control among them), depending on the random order.
    The rest of the hardening still runs; the guard itself is checked on the CLI in its own
    process (tests/security/test_t16_core_dumps.py, test_t08_no_network.py)."""
    monkeypatch.setattr(
        cli, "harden_process", functools.partial(cli.harden_process, network_guard=False)
    )


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def trigger_args(rule: Rule) -> tuple[list[str], date, dict[str, date]]:
    """A trigger the rule itself applies to (its own validity window), as CLI arguments."""
    trigger, key_dates = date(2025, 3, 3), {}
    window = rule.window
    if window is not None and window.key == "trigger":
        trigger = window.valid_from or (window.valid_until or trigger) - timedelta(days=30)
    elif window is not None and window.valid_from is not None:
        trigger = window.valid_from + timedelta(days=33)
        key_dates = {"registration": window.valid_from + timedelta(days=14)}
    elif window is not None and window.valid_until is not None:
        trigger = window.valid_until - timedelta(days=300)  # its chain stays inside too
    args = ["--trigger", trigger.isoformat()]
    if rule.trigger_kind is TriggerKind.MOMENT:
        args += ["--trigger-time", "14:30", "--trigger-tz", "Asia/Almaty"]
    if key_dates:
        args += ["--registration", key_dates["registration"].isoformat()]
    return args, trigger, key_dates


@pytest.mark.parametrize("rule", CORE.rules, ids=lambda rule: rule.id)
def test_rules_compute_answers_for_every_catalogue_rule(
    rule: Rule, capsys: pytest.CaptureFixture[str]
) -> None:
    args, trigger, key_dates = trigger_args(rule)
    code, out, err = run(capsys, "rules", "compute", rule.id, *args, "--json")
    assert code == errors.OK, err
    doc = json.loads(out)
    assert doc["rule"] == rule.id and doc["applied_rule"] == rule.id
    assert DATE.match(doc["due"])
    expires = datetime.fromisoformat(doc["expires_at"])
    assert expires.utcoffset() == expires.astimezone(ZoneInfo(rule.zone)).utcoffset()
    assert doc["due"] == expires.date().isoformat()
    assert doc["outer_limit"] is None or DATE.match(doc["outer_limit"])
    assert (doc["outer_limit"] is not None) == (rule.ambiguity is not None)
    assert doc["confidence"] in {"high", "medium", "unverified"}
    assert isinstance(doc["trace"], list) and all(isinstance(s, str) for s in doc["trace"])
    assert doc["trace"][0].startswith(f"Rule {rule.id}:")
    assert ("UNVERIFIED" in err) == (doc["confidence"] == "unverified")
    if rule.trigger_kind is TriggerKind.DATE:  # the CLI and the engine agree
        expected = compute(rule, trigger, pack=CORE, key_dates=key_dates)
        assert doc["due"] == expected.due.isoformat()


def test_worked_examples_through_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    for rule_id, trigger, due in (
        ("echr.application", "2023-10-31", "2024-02-29"),
        ("echr.application", "2022-01-15", "2022-07-15"),
        ("pl.refugee_board.appeal", "2025-10-28", "2025-11-12"),
        ("at.bvwg.appeal", "2025-12-04", "2026-01-02"),
        ("dublin3.transfer", "2026-01-15", "2026-07-15"),
    ):
        code, out, err = run(capsys, "rules", "compute", rule_id, "--trigger", trigger, "--json")
        assert code == 0, err
        assert json.loads(out)["due"] == due, rule_id


def test_chains_and_variants(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "rules", "compute", "dublin3.take_charge.reply", "--trigger", "2025-03-03",
        "--json",
    )  # fmt: skip
    doc = json.loads(out)
    assert code == 0 and [f["applied_rule"] for f in doc["follows"]] == ["dublin3.transfer"]
    code, out, _ = run(
        capsys, "rules", "compute", "dublin3.transfer", "--trigger", "2025-03-03",
        "--variant", "absconding", "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["due"] == "2026-09-03"


def test_text_output_shows_the_trace(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "compute", "pl.refugee_board.appeal",
                       "--trigger", "2025-10-28")  # fmt: skip
    assert code == 0
    assert "Due:         2025-11-12 (Wednesday)" in out
    assert "Why this date:" in out and "Independence" in out


def test_compute_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "rules", "compute", "no.such.rule", "--trigger", "2025-01-01")
    assert code == errors.INVALID_INPUT and "no rule" in err
    code, _, err = run(capsys, "rules", "compute", "kz.extradition.custody", "--trigger",
                       "2024-02-20")  # fmt: skip
    assert code == errors.INVALID_INPUT and "give the date and time" in err
    code, _, err = run(capsys, "rules", "compute", "ammr.transfer", "--trigger", "2026-08-01")
    assert code == errors.INVALID_INPUT and "key_dates.registration" in err
    code, _, err = run(capsys, "rules", "compute", "kz.extradition.custody", "--trigger",
                       "2024-02-20", "--trigger-time", "14:30")  # fmt: skip
    assert code == errors.USAGE and "--trigger-tz" in err
    with pytest.raises(SystemExit) as bad_date:
        main(["rules", "compute", "echr.application", "--trigger", "31.10.2023"])
    assert bad_date.value.code == errors.USAGE
    code, _, err = run(capsys, "rules", "compute", "dublin3.transfer", "--trigger",
                       "2025-03-03", "--variant", "holiday")  # fmt: skip
    assert code == errors.INVALID_INPUT and "unknown variant" in err


def test_rules_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "list")
    assert code == 0
    for rule in CORE.rules:
        assert rule.id in out
    assert "kz.extradition.arrest.max" in next(line for line in out.splitlines()
                                               if "UNVERIFIED" in line)  # fmt: skip
    code, out, _ = run(capsys, "rules", "list", "--json")
    listed = json.loads(out)["rules"]
    assert [r["id"] for r in listed] == [rule.id for rule in CORE.rules]
    assert {"source", "confidence", "checked", "trigger"} <= listed[0].keys()
    code, out, err = run(capsys, "rules", "show", "kz.extradition.arrest.max")
    assert code == 0 and "UNVERIFIED" in err and "CPC RK art. 589 not read" in out
    code, out, _ = run(capsys, "rules", "show", "dublin3.transfer", "--json")
    assert [v["id"] for v in json.loads(out)["variants"]] == ["imprisonment", "absconding"]


def test_rules_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "validate", str(core_pack_path()))
    assert code == 0 and out.startswith("Valid: pack core")
    text = Path(str(core_pack_path())).read_text("utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text(text.replace('offset = "4 months"', 'offset = "4 moons"', 1), "utf-8")
    line = text.splitlines().index('offset = "4 months"') + 1
    code, _, err = run(capsys, "rules", "validate", str(broken))
    assert code == errors.INVALID_INPUT
    assert f"broken.toml:{line}: rule[0].offset: " in err
    assert str(tmp_path) not in err  # the file's name only, never its folder
    missing = tmp_path / "missing.toml"
    code, _, err = run(capsys, "rules", "validate", str(missing))
    assert code == errors.INVALID_INPUT and "missing.toml:0: (file)" in err


def test_compute_with_an_organisation_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "ours.toml"
    text = Path(str(core_pack_path())).read_text("utf-8")
    pack.write_text(text.replace('id = "core"', 'id = "ours"', 1)
                    .replace('offset = "30 days"', 'offset = "21 days"'), "utf-8")  # fmt: skip
    code, out, _ = run(capsys, "rules", "compute", "pl.wsa.complaint", "--trigger",
                       "2025-03-03", "--pack", str(pack), "--json")  # fmt: skip
    assert code == 0
    doc = json.loads(out)
    assert (doc["due"], doc["pack"]) == ("2025-03-24", "ours")


@pytest.fixture
def vault_with_deadlines(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "vault"
    vault, _ = vault_service.create(root, pw(), kdf=FAST_KDF)
    records = RecordsService(vault.conn)
    case = make_case(title="Жаксылыков v. Poland")
    records.create(case)
    records.create(make_deadline(title="Appeal for Жаксылыков", due="2031-03-14", case_id=case.id))
    vault.close()
    pwfile = tmp_path / "pw"
    pwfile.write_text(PASSPHRASE + "\n")
    return root, pwfile


@pytest.mark.parametrize("privacy", ["redacted", "full", "busy", None])
def test_export_ics(
    vault_with_deadlines: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    privacy: str | None,
) -> None:
    root, pwfile = vault_with_deadlines
    out = tmp_path / "deadlines.ics"
    extra = ["--privacy", privacy] if privacy else []
    code, stdout, err = run(capsys, "--vault", str(root), "export-ics", str(out),
                            "--passphrase-file", str(pwfile), "--zone", "Europe/Warsaw", *extra)  # fmt: skip
    assert code == 0, err
    assert "upload what you import" in err
    assert "Wrote 1 deadlines" in stdout
    assert out.stat().st_mode & 0o777 == 0o600
    data = out.read_bytes()
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    assert event.decoded("dtstart") == date(2031, 3, 14)
    named = "Жаксылыков".encode() in data
    assert named == (privacy == "full")
    if privacy is None or privacy == "redacted":
        assert str(event["summary"]).startswith("SafeCase deadline [")
    if privacy == "busy":
        assert str(event["summary"]) == "Busy"


def test_export_ics_needs_the_passphrase(
    vault_with_deadlines: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, _ = vault_with_deadlines
    wrong = tmp_path / "wrong"
    wrong.write_text("not the passphrase\n")
    out = tmp_path / "x.ics"
    code, _, err = run(capsys, "--vault", str(root), "export-ics", str(out),
                       "--passphrase-file", str(wrong))  # fmt: skip
    assert code == errors.WRONG_SECRET and not out.exists()
    assert "upload" in err


def test_the_installed_command_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "safecase.cli", "rules", "compute", "echr.application",
         "--trigger", "2023-10-31", "--json"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["due"] == "2024-02-29"


def test_rules_import_shows_changes_and_applies_only_what_is_accepted(tmp_path: Path) -> None:
    """An organisation's pack: first import, then an update where one change is declined."""
    import subprocess
    import sys

    from unit.records.test_deadline_rules_service import org_pack

    root = tmp_path / "v"
    vault, _ = vault_service.create(root, pw(), kdf=FAST_KDF)
    vault.close()
    pwfile = tmp_path / "pw"
    pwfile.write_text(PASSPHRASE + "\n")
    pack = tmp_path / "ours.toml"

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "safecase.cli", "--vault", str(root), "rules", "import",
             str(pack), "--passphrase-file", str(pwfile), *extra],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip

    pack.write_text(org_pack(version="1"))
    shown = run()
    assert shown.returncode == 0, shown.stderr
    assert "added    org.shelter.review" in shown.stdout
    assert "Nothing applied" in shown.stdout
    applied = run("--accept-all")
    assert applied.returncode == 0, applied.stderr
    assert "Applied 2 rule change(s)" in applied.stdout
    pack.write_text(org_pack(version="2", offset="10 days"))
    update = run("--accept", "org.shelter.review")
    assert update.returncode == 5  # it names a rule this update does not change
    update = run()
    assert "changed  pl.refugee_board.appeal: offset" in update.stdout
    pack.write_text("[pack]\nid = 'org'\n")
    broken = run("--accept-all")
    assert broken.returncode == 5
    assert "ours.toml" in broken.stderr
