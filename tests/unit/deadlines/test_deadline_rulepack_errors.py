"""Malformed rule packs are rejected whole, naming the file, the line and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from safecase.domain.deadlines import RulePackError, core_pack_path, load_pack, loads_pack
from safecase.domain.errors import InvalidInput

BASE = """\
[pack]
id = "test"
version = "1"
title = "Test pack"

[calendars.plain]
country = "PL"
weekend = ["saturday", "sunday"]
extra = [{ name = "Extra day", month = 12, day = 24 }]

[[rule]]  # first
id = "a.old"
title = "Old regime"
trigger = "date served"
trigger_kind = "date"
zone = "Europe/Warsaw"
offset = "14 days"
roll = "forward"
calendar = "plain"
act = "dispatch"
source = "test source"
confidence = "high"
checked = 2026-11-25
jurisdictions = ["PL"]
case_kinds = ["asylum_appeal"]
successor = "a.new"
children = ["b.child"]
[rule.window]
key = "trigger"
label = "date served"
valid_until = 2026-06-11

[[rule]]  # second
id = "a.new"
title = "New regime"
trigger = "date served"
trigger_kind = "date"
zone = "Europe/Warsaw"
offset = "14 days"
roll = "none"
act = "dispatch"
source = "test source"
confidence = "medium"
checked = 2026-11-25
jurisdictions = ["PL"]
case_kinds = ["asylum_appeal"]
[rule.window]
key = "trigger"
label = "date served"
valid_from = 2026-06-12
[[rule.variant]]
id = "short"
title = "short variant"
offset = "7 days"

[[rule]]  # third
id = "b.child"
title = "Child"
trigger = "due date of the parent"
trigger_kind = "moment"
zone = "Asia/Almaty"
offset = "40 days"
roll = "none"
act = "receipt"
source = "test source"
confidence = "unverified"
checked = 2026-11-25
jurisdictions = ["KZ"]
case_kinds = ["extradition_detention"]
"""


def test_base_pack_is_valid() -> None:
    pack = loads_pack(BASE, "base.toml")
    assert [r.id for r in pack.rules] == ["a.old", "a.new", "b.child"]
    assert pack.calendars[0].id == "plain"


def line_of(text: str, marker: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if marker in line)


# (description, old text, new text, field, marker of the expected line in the mutated text)
CASES = [
    ("missing id", 'id = "a.old"\n', "", "rule[0].id", "[[rule]]  # first"),
    ("missing title", 'title = "New regime"\n', "", "rule[1].title", "[[rule]]  # second"),
    ("missing trigger", 'trigger = "date served"\nt', "t", "rule[0].trigger", "# first"),
    ("missing zone", 'zone = "Asia/Almaty"\n', "", "rule[2].zone", "# third"),
    ("missing offset", 'offset = "40 days"\n', "", "rule[2].offset", "# third"),
    (
        "missing source",
        'source = "test source"\nconfidence = "high"',
        'confidence = "high"',
        "rule[0].source",
        "# first",
    ),
    (
        "missing checked",
        'checked = 2026-11-25\njurisdictions = ["KZ"]',
        'jurisdictions = ["KZ"]',
        "rule[2].checked",
        "# third",
    ),
    ("missing pack", '[pack]\nid = "test"\nversion = "1"\ntitle = "Test pack"\n', "", "pack", ""),
    ("missing pack version", 'version = "1"\n', "", "pack.version", "[pack]"),
    ("wrong type: title", 'title = "Old regime"', "title = 3", "rule[0].title", "title = 3"),
    (
        "wrong type: checked as string",
        'checked = 2026-11-25\njurisdictions = ["PL"]\ncase_kinds = ["asylum_appeal"]\nsuccessor',
        'checked = "2026-11-25"\njurisdictions = ["PL"]\ncase_kinds = ["asylum_appeal"]\nsuccessor',
        "rule[0].checked",
        'checked = "2026-11-25"',
    ),
    (
        "wrong type: jurisdictions",
        'jurisdictions = ["KZ"]',
        'jurisdictions = "KZ"',
        "rule[2].jurisdictions",
        'jurisdictions = "KZ"',
    ),
    (
        "wrong type: weekend",
        'weekend = ["saturday", "sunday"]',
        "weekend = 6",
        "calendars.plain.weekend",
        "weekend = 6",
    ),
    (
        "wrong type: precedes_trigger",
        "valid_from = 2026-06-12",
        'valid_from = 2026-06-12\nprecedes_trigger = "yes"',
        "rule[1].window.precedes_trigger",
        "precedes_trigger",
    ),
    (
        "unknown key in rule",
        'roll = "none"\nact = "receipt"',
        'roll = "none"\nrol = "x"\nact = "receipt"',
        "rule[2].rol",
        'rol = "x"',
    ),
    (
        "unknown key in window",
        "valid_until = 2026-06-11",
        "valid_until = 2026-06-11\nvalid_to = 2026-06-11",
        "rule[0].window.valid_to",
        "valid_to",
    ),
    (
        "unknown key in pack",
        'title = "Test pack"',
        'title = "Test pack"\nauthor = "me"',
        "pack.author",
        "author",
    ),
    (
        "unknown top-level table",
        "[calendars.plain]",
        "[calendar.plain]",
        "calendar",
        "[calendar.plain]",
    ),
    ("bad enum: roll", 'roll = "forward"', 'roll = "sideways"', "rule[0].roll", "sideways"),
    (
        "bad enum: confidence",
        'confidence = "medium"',
        'confidence = "sure"',
        "rule[1].confidence",
        '"sure"',
    ),
    (
        "bad enum: trigger_kind",
        'trigger_kind = "moment"',
        'trigger_kind = "instant"',
        "rule[2].trigger_kind",
        "instant",
    ),
    ("bad enum: act", 'act = "receipt"', 'act = "fax"', "rule[2].act", '"fax"'),
    (
        "bad enum: case kind",
        'case_kinds = ["extradition_detention"]',
        'case_kinds = ["extradition_detention", "kidnapping"]',
        "rule[2].case_kinds[1]",
        "kidnapping",
    ),
    (
        "bad enum: variant confidence",
        'offset = "7 days"',
        'offset = "7 days"\nconfidence = "maybe"',
        "rule[1].variant[0].confidence",
        "maybe",
    ),
    (
        "bad date: not a date",
        "valid_until = 2026-06-11",
        "valid_until = 2026-02-30",
        "rule[0].window.valid_until",
        "2026-02-30",
    ),
    (
        "bad date: date-time",
        "valid_from = 2026-06-12",
        "valid_from = 2026-06-12T10:00:00",
        "rule[1].window.valid_from",
        "2026-06-12T10",
    ),
    (
        "bad date: window inverted",
        "valid_until = 2026-06-11",
        "valid_from = 2026-07-01\nvalid_until = 2026-06-11",
        "rule[0].window.valid_until",
        "valid_until = 2026-06-11",
    ),
    ("bad zone", 'zone = "Asia/Almaty"', 'zone = "Mars/Olympus_Mons"', "rule[2].zone", "Mars"),
    (
        "bad zone: path",
        'zone = "Asia/Almaty"',
        'zone = "../../etc/passwd"',
        "rule[2].zone",
        "passwd",
    ),
    (
        "bad offset",
        'offset = "40 days"',
        'offset = "40 fortnights"',
        "rule[2].offset",
        "fortnights",
    ),
    (
        "bad offset in variant",
        'offset = "7 days"',
        'offset = "seven days"',
        "rule[1].variant[0].offset",
        "seven",
    ),
    (
        "end_of_month on days",
        'offset = "40 days"',
        'offset = "40 days"\nend_of_month = true',
        "rule[2].end_of_month",
        "end_of_month",
    ),
    (
        "moment rule rolls",
        'roll = "none"\nact = "receipt"',
        'roll = "backward"\nact = "receipt"',
        "rule[2].roll",
        'roll = "backward"',
    ),
    (
        "moment rule counts working days",
        'offset = "40 days"',
        'offset = "4 working_days"',
        "rule[2].offset",
        "working_days",
    ),
    (
        "hours on a date rule",
        'offset = "7 days"',
        'offset = "72 hours"',
        "rule[1].variant[0].offset",
        "72 hours",
    ),
    (
        "roll without calendar",
        'roll = "none"\nact = "dispatch"',
        'roll = "forward"\nact = "dispatch"',
        "rule[1].calendar",
        "# second",
    ),
    (
        "unknown calendar",
        'calendar = "plain"',
        'calendar = "nowhere"',
        "rule[0].calendar",
        "nowhere",
    ),
    ("unknown country", 'country = "PL"', 'country = "XX"', "calendars.plain.country", '"XX"'),
    (
        "bad weekday name",
        'weekend = ["saturday", "sunday"]',
        'weekend = ["sat", "sun"]',
        "calendars.plain.weekend",
        '"sat"',
    ),
    (
        "bad extra day",
        "month = 12, day = 24",
        "month = 2, day = 30",
        "calendars.plain.extra[0].day",
        "day = 30",
    ),
    ("duplicate id", 'id = "b.child"', 'id  =  "a.old"', "rule[2].id", 'id  =  "a.old"'),
    (
        "duplicate variant id",
        'title = "short variant"\noffset = "7 days"',
        'title = "short variant"\noffset = "7 days"\n[[rule.variant]]\nid  =  "short"\n'
        'title = "again"\noffset = "8 days"',
        "rule[1].variant[1].id",
        'id  =  "short"',
    ),
    (
        "dangling successor",
        'successor = "a.new"',
        'successor = "a.gone"',
        "rule[0].successor",
        "a.gone",
    ),
    (
        "dangling child",
        'children = ["b.child"]',
        'children = ["b.gone"]',
        "rule[0].children",
        "b.gone",
    ),
    (
        "successor window gap",
        "valid_from = 2026-06-12",
        "valid_from = 2026-06-13",
        "rule[0].successor",
        'successor = "a.new"',
    ),
    (
        "child cycle",
        'case_kinds = ["extradition_detention"]',
        'case_kinds = ["extradition_detention"]\nchildren = ["a.old"]',
        "rule[0].children",
        'children = ["b.child"]',
    ),
    ("bad id", 'id = "b.child"', 'id = "B Child!"', "rule[2].id", "B Child"),
    ("empty title", 'title = "Child"', 'title = "  "', "rule[2].title", 'title = "  "'),
    (
        "bad reminders",
        'case_kinds = ["extradition_detention"]',
        'case_kinds = ["extradition_detention"]\nreminders = [7, -1]',
        "rule[2].reminders[1]",
        "reminders",
    ),
    ("toml syntax", 'title = "Child"', 'title = "Child', "rule[2].title", 'title = "Child'),
]


@pytest.mark.parametrize(
    ("old", "new", "field", "marker"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_malformed_pack_is_rejected_whole(old: str, new: str, field: str, marker: str) -> None:
    assert old in BASE, "test case does not match the base pack"
    text = BASE.replace(old, new, 1)
    with pytest.raises(RulePackError) as caught:
        loads_pack(text, "/home/someone/packs/bad.toml")
    error = caught.value
    assert isinstance(error, InvalidInput)
    assert error.file == "/home/someone/packs/bad.toml"
    assert error.field == field
    assert error.line == line_of(text, marker), str(error)
    assert str(error).startswith(f"bad.toml:{error.line}: {field}: ")
    assert "/home/someone" not in str(error)  # the message carries the file name only


def test_no_rules_at_all() -> None:
    text = BASE.split("[[rule]]  # first", maxsplit=1)[0]
    with pytest.raises(RulePackError) as caught:
        loads_pack(text, "empty.toml")
    assert caught.value.field == "rule"


def test_successor_pointing_back_is_refused() -> None:
    # Contiguous windows already make a successor loop impossible; this checks it is refused.
    anchor = 'case_kinds = ["asylum_appeal"]\n[rule.window]'
    head, _, tail = BASE.rpartition(anchor)  # the second rule's
    text = head + anchor.replace("\n[", '\nsuccessor = "a.old"\n[') + tail
    with pytest.raises(RulePackError) as caught:
        loads_pack(text, "loop.toml")
    assert caught.value.field.endswith("successor")


def test_load_pack_from_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "pack.toml"
    path.write_text(BASE.replace('roll = "forward"', 'roll = "up"'), encoding="utf-8")
    with pytest.raises(RulePackError) as caught:
        load_pack(path)
    assert caught.value.file == str(path)
    assert caught.value.line == line_of(path.read_text(encoding="utf-8"), 'roll = "up"')
    assert str(caught.value).startswith("pack.toml:")


def test_unreadable_and_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(RulePackError) as missing:
        load_pack(tmp_path / "missing.toml")
    assert missing.value.field == "(file)"
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe[pack]\n")
    with pytest.raises(RulePackError, match="UTF-8"):
        load_pack(binary)


def test_oversized_pack_is_refused_before_parsing() -> None:
    with pytest.raises(RulePackError, match="larger than"):
        loads_pack(BASE + "#" * 2_000_001, "huge.toml")


def test_inline_window_error_is_located() -> None:
    text = BASE.replace(
        '[rule.window]\nkey = "trigger"\nlabel = "date served"\nvalid_until = 2026-06-11\n',
        'window = { key = "trigger", label = "date served", valid_until = "2026-06-11" }\n',
    )
    with pytest.raises(RulePackError) as caught:
        loads_pack(text, "inline.toml")
    assert caught.value.field == "rule[0].window.valid_until"
    assert caught.value.line == line_of(text, "window = {")


def test_error_in_the_real_core_pack_points_at_the_line() -> None:
    text = core_pack_path().read_text(encoding="utf-8")
    start = text.index('id = "kz.extradition.arrest.max"')
    bad = text[:start] + text[start:].replace('zone = "Asia/Almaty"', 'zone = "Asia/Alma_Ata_"', 1)
    with pytest.raises(RulePackError) as caught:
        loads_pack(bad, "core.toml")
    assert caught.value.field.endswith(".zone")
    assert caught.value.line == line_of(bad, "Asia/Alma_Ata_")
    assert bad.splitlines()[caught.value.line - 2].startswith("trigger_kind")


def test_core_pack_path_falls_back_to_package_data(monkeypatch: pytest.MonkeyPatch) -> None:
    from safecase.domain.deadlines import rulepack

    monkeypatch.setattr(rulepack.Path, "is_file", lambda self: False)
    monkeypatch.setattr(rulepack.resources, "files", lambda package: Path("/pkg") / package)
    assert rulepack.core_pack_path() == Path("/pkg/safecase.resources/rules/core.toml")


def test_successor_must_share_zone_and_trigger_kind() -> None:
    head, sep, tail = BASE.partition("[[rule]]  # second")
    text = head + sep + tail.replace('zone = "Europe/Warsaw"', 'zone = "Europe/Berlin"', 1)
    with pytest.raises(RulePackError) as caught:
        loads_pack(text, "zones.toml")
    assert caught.value.field == "rule[0].successor"
    assert caught.value.line == line_of(text, 'successor = "a.new"')


def test_bad_calendar_name() -> None:
    text = BASE.replace("[calendars.plain]", "[calendars.Plain_Calendar]").replace(
        'calendar = "plain"', 'calendar = "Plain_Calendar"'
    )
    with pytest.raises(RulePackError) as caught:
        loads_pack(text, "names.toml")
    assert caught.value.field == "calendars.Plain_Calendar"
    assert caught.value.line == line_of(text, "[calendars.Plain_Calendar]")
