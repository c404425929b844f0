"""Records benchmark: a vault of 10,000 people, 20,000 cases, 100,000 notes (≈ 500 characters of
mixed Cyrillic and Latin), 50,000 deadlines and 200 attachments of 1 MB, imported through the
interchange format into (a) an encrypted SafeCase vault and (b) a plain SQLite database of the same
schema, then the same queries timed on both.

Run: ``.venv/bin/python benchmarks/records.py [--scale 0.1] [--out DIR] [--runs 5]``.

How figures are taken (docs/.. performance-notes): every measurement runs in a fresh process,
configurations interleaved, ``--runs`` times; each figure is the median over runs with min and max,
beside the plain figure of the same runs, and the ratio encrypted/plain. Before each process the
database file's pages are dropped from the OS cache (``posix_fadvise(DONTNEED)``), so unlock is
"cold-ish" (the disk cache of the device and the page tables stay warm).

The plain baseline is the same sqlcipher3 library with no key: plain SQLite of the same
version (the stdlib sqlite3 here may be older than the 3.43 that ``contentless_delete`` needs),
with the same PRAGMAs (cache size, journal, synchronous, secure_delete). The KDF is excluded
from "unlock": the encrypted process opens with the raw data key, as SafeCase does after
deriving it once.
All text is generated and fictional.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from safecase.crypto.kdf import KdfParams
from safecase.domain import records as r
from safecase.services import vault as vault_service
from safecase.services.interchange import InterchangeService
from safecase.services.records import RecordsService
from safecase.services.search import SearchService
from safecase.storage import connection as dbconn
from safecase.storage.schema import migrate

FULL = {
    "people": 10_000,
    "cases": 20_000,
    "notes": 100_000,
    "deadlines": 50_000,
    "attachments": 200,
}
ATTACHMENT_BYTES = 1024 * 1024
BENCH_KDF = KdfParams(memory_kib=8 * 1024, time_cost=1, lanes=1)  # excluded from every figure
PASSPHRASE = bytearray(b"benchmark passphrase, fictional data only")


def _words(text: str) -> list[str]:
    return text.split()


# Name parts as (Cyrillic, Latin passport spelling); combined they make >100,000 distinct names.
FIRST = [
    ("Ержан", "Yerzhan"), ("Нурлан", "Nurlan"), ("Асель", "Assel"), ("Гульнара", "Gulnara"),
    ("Айгерим", "Aigerim"), ("Бахтиёр", "Bakhtiyor"), ("Шавкат", "Shavkat"),
    ("Дильноза", "Dilnoza"), ("Жасур", "Jasur"), ("Алишер", "Alisher"), ("Ойбек", "Oybek"),
    ("Зарина", "Zarina"), ("Мадина", "Madina"), ("Тимур", "Timur"), ("Рустам", "Rustam"),
    ("Ильяс", "Ilyas"), ("Фаррух", "Farrukh"), ("Санжар", "Sanjar"), ("Улугбек", "Ulugbek"),
    ("Бекзод", "Bekzod"), ("Нодира", "Nodira"), ("Камила", "Kamila"), ("Азамат", "Azamat"),
    ("Бауыржан", "Bauyrzhan"), ("Жанна", "Zhanna"), ("Динара", "Dinara"), ("Серик", "Serik"),
    ("Марат", "Marat"), ("Қайрат", "Qairat"), ("Әлия", "Aliya"), ("Ғани", "Gani"),
    ("Нұрсұлтан", "Nursultan"), ("Жеңіс", "Zhenis"), ("Ҳасан", "Hasan"), ("Ўктам", "Uktam"),
    ("Юлдуз", "Yulduz"), ("Фёдор", "Fyodor"), ("Людмила", "Lyudmila"), ("Ибрагим", "Ibragim"),
    ("Мариям", "Mariyam"),
]  # fmt: skip
SURNAMES = [
    ("Жаксылыков", "Zhaksylykov"), ("Абдуллаев", "Abdullayev"), ("Каримов", "Karimov"),
    ("Юлдашев", "Yuldashev"), ("Рахимов", "Rakhimov"), ("Алиев", "Aliyev"),
    ("Ахмедов", "Akhmedov"), ("Исмаилов", "Ismailov"), ("Турсунов", "Tursunov"),
    ("Муратов", "Muratov"), ("Есенов", "Yesenov"), ("Бекмуратов", "Bekmuratov"),
    ("Хасанов", "Khasanov"), ("Умаров", "Umarov"), ("Юсупов", "Yusupov"),
    ("Мирзаев", "Mirzayev"), ("Назаров", "Nazarov"), ("Султанов", "Sultanov"),
    ("Байжанов", "Baizhanov"), ("Кенжебаев", "Kenzhebayev"), ("Омаров", "Omarov"),
    ("Жумабаев", "Zhumabayev"), ("Курманов", "Kurmanov"), ("Тохтаев", "Tokhtayev"),
    ("Эргашев", "Ergashev"), ("Холматов", "Kholmatov"), ("Шарипов", "Sharipov"),
    ("Қасымов", "Qasymov"), ("Тоқтаров", "Toqtarov"), ("Ғафуров", "Gafurov"),
    ("Ҳамидов", "Hamidov"), ("Ўрозов", "Urozov"), ("Сейткали", "Seitkali"),
    ("Нуржанов", "Nurzhanov"), ("Даулетов", "Dauletov"), ("Ибрагимова", "Ibragimova"),
    ("Каримова", "Karimova"), ("Юсупова", "Yusupova"), ("Сатпаева", "Satpayeva"),
    ("Алимжанова", "Alimzhanova"),
]  # fmt: skip
WORDS_RU = _words(
    "заявление апелляция суд решение задержание экстрадиция убежище адвокат прокуратура "
    "паспорт консульство граница встреча звонок документы перевод переводчик слушание срок "
    "жалоба статья уголовное дело обвинение семья брат сестра мать отец жена дети угроза "
    "полиция допрос свидетель показания медицинская справка больница здоровье работа квартира "
    "адрес телефон письмо ответ запрос отказ продление вид жительство миграционная служба "
    "комитет европейский правам человека коммуникация мера временная защита депортация "
    "перевозка аэропорт поезд автобус встречались обсуждали подготовили отправили получили "
    "подписали "
)
WORDS_EN = _words(
    "application appeal court decision detention extradition asylum lawyer prosecutor passport "
    "consulate border meeting call documents translation interpreter hearing deadline "
    "complaint article criminal case charge family brother sister mother father wife children "
    "threat police interrogation witness statement medical certificate hospital health work "
    "flat address phone letter reply request refusal extension residence permit migration "
    "office committee european rights communication interim measure protection deportation "
    "transfer airport train bus met discussed prepared sent received signed urgent "
    "confidential evidence torture risk report ngo shelter hotline signal encrypted visit "
    "detention centre release bail "
)
WORDS_KZ_UZ = _words(
    "өтініш шағым сот шешім адвокат құжат отбасы қауіп полиция ариза ҳужжат оила хавф суд "
    "қарор ariza hujjat oila xavf qaror shikoyat huquq himoya "
)
PLACES = [
    "Алматы",
    "Ташкент",
    "Нукус",
    "Warsaw",
    "Berlin",
    "Vilnius",
    "Tbilisi",
    "Istanbul",
    "Бишкек",
    "Душанбе",
    "Strasbourg",
    "Geneva",
    "Almaty",
    "Toshkent",
]
ZONES = ["Europe/Warsaw", "Asia/Almaty", "Europe/Berlin", "Asia/Tashkent", "Europe/Vilnius"]


# --------------------------------------------------------------------------------- generation
def _synthetic_words(rng: random.Random, n: int) -> list[str]:
    cyr, lat = "бвгджзклмнпрстфхшқғ", "bdgjklmnprstvxyz"
    vow_c, vow_l = "аеиоуыәөүұ", "aeiou"
    out = []
    for i in range(n):
        cons, vows = (cyr, vow_c) if i % 2 else (lat, vow_l)
        syll = rng.randint(2, 4)
        out.append("".join(rng.choice(cons) + rng.choice(vows) for _ in range(syll)))
    return out


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Real words first (most frequent), a synthetic long tail; Zipf weights 1/rank."""
    words = list(dict.fromkeys(WORDS_EN + WORDS_RU + WORDS_KZ_UZ))
    rng.shuffle(words)
    words += _synthetic_words(rng, 6000)
    weights, total = [], 0.0
    for rank in range(1, len(words) + 1):
        total += 1.0 / rank
        weights.append(total)
    return words, weights


def _name(rng: random.Random) -> tuple[str, str]:
    (fc, fl), (sc, sl), (pc, pl) = rng.choice(FIRST), rng.choice(SURNAMES), rng.choice(FIRST)
    patr_c = pc.removesuffix("а").removesuffix("я") + ("ович" if rng.random() < 0.5 else "улы")
    patr_l = pl.removesuffix("a") + ("ovich" if patr_c.endswith("ович") else "uly")
    return f"{sc} {fc} {patr_c}", f"{sl} {fl} {patr_l}"


def generate(scale: float, seed: int = 20240501) -> tuple[dict[str, Any], dict[str, Any]]:
    """The interchange document and the query sets (names with their other-script forms)."""
    rng = random.Random(seed)
    n = {k: max(1, round(v * scale)) for k, v in FULL.items()}
    words, cum = _vocabulary(rng)
    today = datetime.now(UTC).date()
    people, names = [], []
    for i in range(n["people"]):
        cyr, lat = _name(rng)
        names.append((cyr, lat))
        style = i % 3  # Cyrillic with Latin alias, Cyrillic only, Latin only
        name = lat if style == 2 else cyr
        other = [{"name": lat, "script": "Latn", "kind": "transliteration"}] if style == 0 else []
        people.append(
            {
                "ref": f"p{i + 1}",
                "name": name,
                "other_names": other,
                "birth_date": f"{rng.randint(1950, 2005)}",
                "citizenship": [rng.choice(["KZ", "UZ", "KG", "TJ"])],
                "location": rng.choice(PLACES),
                "risk": rng.choice(["low", "medium", "high", "critical"]),
                "status": rng.choice(["asylum seeker", "detained", "refugee", "unknown"]),
                "tags": ["activist"] if rng.random() < 0.3 else [],
            }
        )
    cases = []
    kinds = [k.value for k in r.CaseKind]
    for i in range(n["cases"]):
        owner = rng.randrange(n["people"])
        cases.append(
            {
                "ref": f"k{i + 1}",
                "title": f"{rng.choice(kinds).replace('_', ' ')} {names[owner][1].split()[0]}",
                "kind": rng.choice(kinds),
                "people": [f"p{owner + 1}"],
                "jurisdiction": rng.choice(["PL", "DE", "LT", "ECHR"]),
                "reference": f"{rng.choice('ABCDEFG')}{rng.randint(100, 99999)}"
                f"/{rng.randint(18, 25)}",
                "status": rng.choice([s.value for s in r.CaseStatus]),
                "opened": (today - timedelta(days=rng.randint(30, 3000))).isoformat(),
            }
        )
    deadlines = []
    for i in range(n["deadlines"]):
        offset = rng.randint(-730, 365)
        due = today + timedelta(days=offset)
        status = (
            "open" if offset >= 0 or rng.random() < 0.02 else rng.choice(["done"] * 9 + ["missed"])
        )
        item: dict[str, Any] = {
            "ref": f"d{i + 1}",
            "title": f"{rng.choice(WORDS_EN)} {rng.choice(WORDS_RU)}",
            "due": due.isoformat(),
            "tz": rng.choice(ZONES),
            "status": status,
            "reminders": ["P7D", "P1D"],
            "case": f"k{rng.randrange(n['cases']) + 1}",
        }
        if rng.random() < 0.5:
            item["time"] = f"{rng.randint(8, 17):02d}:{rng.choice(['00', '30'])}"
        deadlines.append(item)
    notes = []
    for i in range(n["notes"]):
        tokens = rng.choices(words, cum_weights=cum, k=62)
        if rng.random() < 0.3:
            tokens.insert(rng.randrange(len(tokens)), rng.choice(names)[rng.randrange(2)])
        if rng.random() < 0.3:
            tokens.insert(rng.randrange(len(tokens)), rng.choice(PLACES))
        body = " ".join(tokens).capitalize() + "."
        target = (
            ("person", f"p{rng.randrange(n['people']) + 1}")
            if rng.random() < 0.7
            else ("case", f"k{rng.randrange(n['cases']) + 1}")
        )
        notes.append(
            {
                "ref": f"n{i + 1}",
                "title": " ".join(rng.choices(words[:300], k=3)),
                "body": body,
                target[0]: target[1],
            }
        )
    attachments = []
    for i in range(n["attachments"]):
        data = rng.randbytes(ATTACHMENT_BYTES)
        attachments.append(
            {
                "ref": f"a{i + 1}",
                "file_name": f"scan-{i + 1}.pdf",
                "media_type": "application/pdf",
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
                "content": base64.b64encode(data).decode("ascii"),
                "person": f"p{rng.randrange(n['people']) + 1}",
            }
        )
    doc = {
        "format": "safecase-interchange",
        "version": 1,
        "people": people,
        "cases": cases,
        "deadlines": deadlines,
        "notes": notes,
        "attachments": attachments,
    }
    return doc, _queries(rng, names, people, words)


def _variant(latin: str, rng: random.Random) -> str:
    """A spelling another document might use (zh/j, kh/h, -ev/-yev, y/i)."""
    swaps = [
        ("Zh", "J"),
        ("zh", "j"),
        ("Kh", "H"),
        ("kh", "h"),
        ("yev", "ev"),
        ("Y", "E"),
        ("y", "i"),
    ]
    for a, b in rng.sample(swaps, 3):
        latin = latin.replace(a, b)
    return latin


def _queries(
    rng: random.Random, names: list[tuple[str, str]], people: list[dict[str, Any]], words: list[str]
) -> dict[str, list[str]]:
    name_queries = []
    for _ in range(100):  # type-ahead: 2-6 letters of a surname, either script
        cyr, lat = rng.choice(names)
        source = rng.choice([cyr, lat])
        name_queries.append(source[: rng.randint(2, 6)])
    for _ in range(100):  # a full name as another document spells it
        i = rng.randrange(len(people))
        cyr, lat = names[i]
        stored_cyrillic = people[i]["name"] == cyr
        query = _variant(lat, rng) if stored_cyrillic else cyr
        parts = query.split()
        name_queries.append(" ".join(parts[:2]) if rng.random() < 0.5 else query)
    # Words over notes: common, middling and rare words of both scripts.
    word_queries = (
        [rng.choice(words[:50]) for _ in range(30)]
        + [rng.choice(words[50:600]) for _ in range(70)]
        + [rng.choice(words[600:]) for _ in range(100)]
    )
    rng.shuffle(name_queries)
    rng.shuffle(word_queries)
    return {"names": name_queries, "words": word_queries}


# --------------------------------------------------------------------------------- stores
def open_plain(path: Path) -> dbconn.Connection:
    """The same library unkeyed (plain SQLite), with SafeCase's PRAGMAs except the cipher ones."""
    import sqlcipher3.dbapi2 as sqlcipher  # noqa: PLC0415

    conn: dbconn.Connection = sqlcipher.connect(str(path), isolation_level=None)
    for pragma in dbconn._HARDENING_PRAGMAS:
        if "cipher" not in pragma:
            conn.execute(pragma)
    return conn


def drop_cache(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-journal")):
        if p.exists():
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def build(out: Path, scale: float) -> dict[str, Any]:
    t0 = time.perf_counter()
    doc, queries = generate(scale)
    data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    del doc
    gen_s = time.perf_counter() - t0
    (out / "queries.json").write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
    result: dict[str, Any] = {"generate_s": gen_s, "json_mb": len(data) / 1e6}
    vault, _ = vault_service.create(out / "enc", bytearray(PASSPHRASE), kdf=BENCH_KDF)
    key = vault.data_key_copy()
    fd = os.open(out / "enc.key", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.write(fd, bytes(key))
    os.close(fd)
    plain_path = out / "plain.db"
    plain = open_plain(plain_path)
    migrate(plain, None)
    # Warm Python's caches (folding tables, regexes) so neither store pays them in its figure.
    warm = open_plain(out / "warm-up.db")
    migrate(warm, None)
    warm_doc, _ = generate(min(scale, 0.01) / 10, seed=1)
    InterchangeService(warm, RecordsService(warm)).import_document(warm_doc)
    warm.close()
    (out / "warm-up.db").unlink()
    for name, conn in (("enc", vault.conn), ("plain", plain)):
        records = RecordsService(conn)
        start = time.perf_counter()
        summary = InterchangeService(conn, records).import_bytes(data)
        result[f"import_{name}_s"] = time.perf_counter() - start
        result["records"] = sum(summary.counts.values())
    vault.close()
    plain.close()
    assert (
        not (out / "enc" / vault_service.DB_NAME).read_bytes()[:16].startswith(b"SQLite format 3")
    )
    assert plain_path.read_bytes()[:16] == dbconn.SQLITE_PLAINTEXT_HEADER
    result["size_enc_mb"] = (out / "enc" / vault_service.DB_NAME).stat().st_size / 1e6
    result["size_plain_mb"] = plain_path.stat().st_size / 1e6
    result["build_maxrss_mb"] = peak_rss_mib()
    return result


# --------------------------------------------------------------------------------- measuring
def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(out: Path, config: str) -> dict[str, float]:
    """One fresh process on one store: unlock, lists, searches, deadlines, saves (ms)."""
    queries = json.loads((out / "queries.json").read_text(encoding="utf-8"))
    res: dict[str, float] = {}
    t0 = time.perf_counter()
    if config == "enc":
        db = out / "enc" / vault_service.DB_NAME
        conn = dbconn.open_encrypted(db, bytearray((out / "enc.key").read_bytes()))
    else:
        db = out / "plain.db"
        conn = open_plain(db)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    t_open = time.perf_counter()
    migrate(conn, db)  # the schema check: already current
    conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
    records, search = RecordsService(conn), SearchService(conn)
    records.count(r.RecordKind.PERSON)
    records.list_page(r.RecordKind.PERSON, limit=100)
    search.search(queries["words"][0])
    t_end = time.perf_counter()
    res["unlock_open_ms"] = (t_open - t0) * 1000
    res["unlock_ms"] = (t_end - t0) * 1000
    pages = [_timed(lambda: records.list_page(r.RecordKind.PERSON, limit=100)) for _ in range(20)]
    res["list_people_page_ms"] = statistics.median(pages)
    res["count_people_ms"] = _timed(lambda: records.count(r.RecordKind.PERSON))
    for label, qs in (("name", queries["names"]), ("word", queries["words"])):
        times = [_timed(lambda q=q: search.search(q)) for q in qs]
        res[f"{label}_search_p50_ms"], res[f"{label}_search_p95_ms"] = (
            _pct(times, 0.5),
            _pct(times, 0.95),
        )
    ahead = [
        _timed(lambda q=q: records.list_page(r.RecordKind.PERSON, name_filter=q, limit=50))
        for q in queries["names"]
    ]
    res["name_filter_list_p50_ms"], res["name_filter_list_p95_ms"] = (
        _pct(ahead, 0.5),
        _pct(ahead, 0.95),
    )
    res["deadlines_30d_ms"] = statistics.median(
        [_timed(lambda: records.open_deadlines(within_days=30)) for _ in range(5)]
    )
    res["deadlines_30d_rows"] = float(len(records.open_deadlines(within_days=30)))
    people = [row.id for row in records.list_page(r.RecordKind.PERSON, limit=200, sort="updated")]
    rng = random.Random(7)
    edits, creates = [], []
    for i in range(200):
        person = records.get(rng.choice(people))
        assert isinstance(person, r.Person)
        person.summary = (
            f"Edited {i} {time.time_ns()} — {rng.choice(WORDS_RU)} {rng.choice(WORDS_EN)}"
        )
        edits.append(_timed(lambda p=person: records.update(p)))
        note = r.Note(
            f"Call {i}", " ".join(rng.choices(WORDS_RU + WORDS_EN, k=60)), target_id=person.id
        )
        creates.append(_timed(lambda n=note: records.create(n)))
    res["save_edit_p50_ms"], res["save_edit_p95_ms"] = _pct(edits, 0.5), _pct(edits, 0.95)
    res["save_new_note_p50_ms"], res["save_new_note_p95_ms"] = (
        _pct(creates, 0.5),
        _pct(creates, 0.95),
    )
    conn.close()
    res["maxrss_mb"] = peak_rss_mib()
    return res


def peak_rss_mib() -> float:
    """This process's peak RSS (VmHWM). Not getrusage: Linux carries ru_maxrss across exec, so a
    child started by a big parent would report the parent's peak."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


ROWS = [
    ("unlock_ms", "unlock beyond KDF: open+key+schema+count+page+search (ms)", "≤ 100"),
    ("unlock_open_ms", "  of which open + key + pragmas (ms)", ""),
    ("list_people_page_ms", "list people, first page of 100 (ms, median of 20)", ""),
    ("count_people_ms", "count people (ms)", ""),
    ("name_search_p50_ms", "name search (search()) p50 (ms)", ""),
    ("name_search_p95_ms", "name search (search()) p95 (ms)", "≤ 30"),
    ("name_filter_list_p50_ms", "name type-ahead in people list p50 (ms)", ""),
    ("name_filter_list_p95_ms", "name type-ahead in people list p95 (ms)", "≤ 30"),
    ("word_search_p50_ms", "word search over notes p50 (ms)", ""),
    ("word_search_p95_ms", "word search over notes p95 (ms)", "≤ 150"),
    ("deadlines_30d_ms", "open deadlines due within 30 days (ms)", ""),
    ("deadlines_30d_rows", "  rows returned", ""),
    ("save_edit_p50_ms", "save one record (edit a person) p50 (ms)", ""),
    ("save_edit_p95_ms", "save one record (edit a person) p95 (ms)", "≤ 25"),
    ("save_new_note_p50_ms", "save one record (new note) p50 (ms)", ""),
    ("save_new_note_p95_ms", "save one record (new note) p95 (ms)", "≤ 25"),
    ("maxrss_mb", "peak RSS of the measuring process (MiB)", "≤ 200"),
]


def _fmt(values: list[float]) -> str:
    return f"{statistics.median(values):8.1f} [{min(values):.1f}–{max(values):.1f}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--measure", choices=["enc", "plain"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.out, args.measure)))
        return
    out = args.out or Path(tempfile.mkdtemp(prefix="safecase-bench-"))
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    if any(out.iterdir()):
        sys.exit(f"{out} is not empty; give an empty or new --out directory")
    started = time.perf_counter()
    print(f"scale {args.scale}: building in {out} …", flush=True)
    built = build(out, args.scale)
    print(
        f"generated {built['records']:,} records ({built['json_mb']:.0f} MB of JSON) in "
        f"{built['generate_s']:.1f} s",
        flush=True,
    )
    results: dict[str, list[dict[str, float]]] = {"enc": [], "plain": []}
    for run in range(args.runs):
        for config in ("enc", "plain") if run % 2 == 0 else ("plain", "enc"):
            db = out / "enc" / vault_service.DB_NAME if config == "enc" else out / "plain.db"
            drop_cache(db)
            proc = subprocess.run(
                [sys.executable, __file__, "--measure", config, "--out", str(out)],
                capture_output=True,
                text=True,
                check=True,
            )
            results[config].append(json.loads(proc.stdout.strip().splitlines()[-1]))
        print(f"run {run + 1}/{args.runs} done", flush=True)
    report = {"build": built, "runs": results, "scale": args.scale}
    (out / "results.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    print()
    print(
        f"import (interchange JSON, one transaction): encrypted {built['import_enc_s']:.1f} s, "
        f"plain {built['import_plain_s']:.1f} s, "
        f"ratio {built['import_enc_s'] / built['import_plain_s']:.2f}; "
        f"store {built['size_enc_mb']:.0f} MB / {built['size_plain_mb']:.0f} MB; "
        f"builder peak RSS {built['build_maxrss_mb']:.0f} MiB"
    )
    print(
        f"{'figure':60} {'encrypted median [min–max]':>28} {'plain median [min–max]':>28} "
        f"{'ratio':>6}  target"
    )
    for key, label, target in ROWS:
        enc = [run[key] for run in results["enc"]]
        plain = [run[key] for run in results["plain"]]
        ratio = statistics.median(enc) / statistics.median(plain) if statistics.median(plain) else 0
        print(f"{label:60} {_fmt(enc):>28} {_fmt(plain):>28} {ratio:6.2f}  {target}")
    print(
        f"\ntotal wall time {time.perf_counter() - started:.0f} s; "
        f"results in {out / 'results.json'}"
    )


if __name__ == "__main__":
    main()
