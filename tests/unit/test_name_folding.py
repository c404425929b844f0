"""Tests for safecase.domain.name_folding: folding, name keys, safe FTS5 queries, similarity."""

from __future__ import annotations

import re
import sqlite3
import time
import unicodedata
from collections.abc import Iterator
from itertools import combinations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safecase.domain.name_folding import fold_text, fts_query, name_key, similarity

# ------------------------------------------------------------------------------------ fixtures

_TOKENIZER = "unicode61 remove_diacritics 2"


def _fts_table(connection: sqlite3.Connection) -> sqlite3.Connection:
    connection.execute(f"CREATE VIRTUAL TABLE idx USING fts5(body, tokenize='{_TOKENIZER}')")
    return connection


@pytest.fixture(scope="module")
def fts() -> Iterator[sqlite3.Connection]:
    connection = _fts_table(sqlite3.connect(":memory:"))
    connection.executemany(
        "INSERT INTO idx(body) VALUES (?)", [("jaksilikov jirjan",), ("x 1 AND OR NEAR",)]
    )
    yield connection
    connection.close()


def _count(connection: sqlite3.Connection, query: str) -> int:
    row = connection.execute("SELECT count(*) FROM idx WHERE idx MATCH ?", (query,)).fetchone()
    return int(row[0])


# ------------------------------------------------------------------------------------ fold_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("ÀÉÎÕÜ naïve", "aeiou naive"),
        ("Straße İstanbul ıI", "strasse istanbul ii"),
        ("ǅemal ﬁnal Ⅻ ²", "dzemal final xii 2"),
        ("Ержан ЖАКСЫЛЫКОВ", "erzhan zhaksylykov"),
        ("Щукин Цой Чингиз Хамид", "shchukin tsoy chingiz khamid"),
        ("Юлия Яна Эльдар Объект", "yuliya yana eldar obekt"),
        ("Әлия Нұрсұлтанқызы Ғани Өмір Үміт Һ Ің", "aliya nursultanqyzy gani omir umit h in"),
        ("Ўктам Ҳасанов Ғафур Қодиров", "oktam hasanov gafur qodirov"),
        ("Ҷамшед Раҳимов Ӣ Ӯ", "jamshed rahimov i u"),
        ("Өмүрбек Ыбырай Ңаа", "omurbek ybyray naa"),
        ("Äliya Ğani Qairat Jeñis", "aliya gani qairat jenis"),
        ("Ömir Nūrsūltan Üzdik Qaıyrbek", "omir nursultan uzdik qaiyrbek"),
        ("Şavkat Çelik Žaksylykov Čulpan Šukur", "shavkat chelik zhaksylykov chulpan shukur"),
        ("Gʻafur Oʻktam O'ktam O‘ktam", "gafur oktam oktam oktam"),
        ("O’ktam Oʼktam O`ktam", "oktam oktam oktam"),
        ("Gul'nara d’Artagnan", "gulnara dartagnan"),
        ("  Иванов,Пётр -- (тел: +7 701) \n\t№5 ", "ivanov petr tel 7 701 no5"),
        ("Ǿ Œuvre Łódź Đorđe Þór", "o oeuvre lodz dorde thor"),
    ],
)  # fmt: skip
def test_fold_text_examples(text: str, expected: str) -> None:
    assert fold_text(text) == expected


def test_fold_text_unifies_scripts_for_running_text() -> None:
    cyrillic = "Встреча: Ержан Жаксылыков и Шавкат Ахмедов, Алматы."
    latin = "VSTRECHA — Erzhan Zhaksylykov i Şavkat Akhmedov; Almaty"
    assert fold_text(cyrillic) == fold_text(latin)


def test_fold_text_keeps_short_i_apart_from_i() -> None:
    assert fold_text("Кайрат") == "kayrat"
    assert fold_text("Каират") == "kairat"


def test_fold_text_treats_yo_as_ye() -> None:
    assert fold_text("Семёнов Фёдор") == fold_text("Семенов Федор") == "semenov fedor"


def test_fold_text_is_independent_of_unicode_normalisation_form() -> None:
    text = "Кайрат Ёлкин Ўктам Şükür Jeñis Äliya"
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        assert fold_text(unicodedata.normalize(form, text)) == fold_text(text)


@given(st.text())
def test_fold_text_output_is_words_of_letters_and_digits(text: str) -> None:
    folded = fold_text(text)
    assert folded == " ".join(folded.split(" ")) == " ".join(folded.split())
    for word in folded.split():
        assert all(unicodedata.category(char)[0] in "LN" for char in word)
    assert fold_text(text) == folded  # deterministic, cache or not


@given(st.text())
def test_fold_text_is_idempotent(text: str) -> None:
    folded = fold_text(text)
    assert fold_text(folded) == folded


def test_fold_text_is_fast_enough_for_notes() -> None:
    """At least 5 MB/s on mixed Cyrillic/Latin text (best of three, to ride out a busy machine)."""
    text = "Ержан Жаксылыков, Oʻktam Xurshidovich; Şavkat — Äliya Nurlanqyzy 12.03.2024. " * 12_000
    megabytes = len(text.encode()) / 1_000_000
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        fold_text(text)
        timings.append(time.perf_counter() - start)
    assert megabytes / min(timings) >= 5.0


# ------------------------------------------------------------------------------------ name_key

# Each group: spellings of one name found in real documents (Cyrillic of several languages,
# passports, Uzbek/Kazakh/Turkish Latin, German/French/Czech transliteration).
EQUAL_GROUPS: list[tuple[str, ...]] = [
    ("Жаксылыков", "Zhaksylykov", "Jaksylykov", "Žaksylykov", "Zhaqsylyqov", "ZHAKSYLYKOV"),
    ("Ержан", "Yerzhan", "Erzhan", "Yerjan", "Erjan", "Jerzhan"),
    ("Әлия", "Алия", "Aliya", "Alija", "Äliya", "Alia", "Aliia", "Əliya"),
    ("Нұрсұлтан", "Нурсултан", "Nursultan", "Nursoultan", "Nūrsūltan"),
    ("Ғани", "Гани", "Gani", "Ghani", "Ğani", "Gʻani"),
    ("Қайрат", "Кайрат", "Kairat", "Qairat", "Kayrat", "Qaýrat"),
    ("Шавкат", "Shavkat", "Şavkat", "Schawkat", "Šavkat", "Shawkat"),
    ("Хуршид", "Khurshid", "Xurshid", "Hurshid", "Khurshed"),
    ("Ўктам", "Уктам", "Oʻktam", "O'ktam", "O‘ktam", "O`ktam", "Uktam"),
    ("Юлдуз", "Yulduz", "Iulduz", "Juldus"),
    ("Жанна", "Zhanna", "Janna"),
    ("Абдуллаев", "Abdullaev", "Abdullayev", "Abdulaev", "Abdoullaev", "ABDULLAEV"),
    ("Мухаммад", "Muhammad", "Mukhammad", "Mukhamad", "Muhammat"),
    ("Рамзан", "Ramzan", "RAMZAN"),
    ("Тимур", "Темур", "Timur", "Temur"),
    ("Алимжан", "Alimzhan", "Alimjan", "Alimdzhan", "Alimdjan"),
    ("Ибрагим", "Ibragim", "Ibrahim", "Ibrakhim"),
    ("Гульнара", "Gulnara", "Gul'nara", "Gülnara", "Gulʼnara"),
    ("Ботагоз", "Ботагөз", "Botagoz", "Botagöz"),
    ("Ахмедов", "Akhmedov", "Ahmedov", "Axmedov", "Ahmedow"),
    ("Юсупов", "Yusupov", "Jusupov", "Iusupov", "Yusupoff"),
    ("Шамсутдинов", "Shamsutdinov", "Shamsoutdinov", "Schamsutdinow"),
    ("Сейтказы", "Seitkazy", "Seytqazy", "Seitqazy"),
    ("Тогжан", "Тоғжан", "Togzhan", "Toğjan", "Toghjan"),
    ("Ыбырай", "Ybyrai", "Ibyray", "Ybyray"),
    ("Фёдор", "Федор", "Fyodor", "Fiodor", "Fedor"),
    ("Семёнов", "Семенов", "Semyonov", "Semenov", "Semionov"),
    ("Дмитрий", "Dmitriy", "Dmitrii", "Dmitry", "Dmitrij", "Dmitri"),
    ("Сергей", "Sergey", "Sergei", "Sergej"),
    ("Майя", "Maya", "Maia", "Mayya"),
    ("Мариям", "Марьям", "Mariyam", "Maryam", "Mariam"),
    ("Ильяс", "Илиас", "Ilyas", "Ilias"),
    ("Алиев", "Aliev", "Aliyev", "Alijev", "Əliyev"),
    ("Назарбаев", "Nazarbayev", "Nazarbaev"),
    ("Тоқаев", "Токаев", "Tokayev", "Tokaev", "Toqaev"),
    ("Жамбыл", "Zhambyl", "Zhanbyl", "Jambyl"),
    ("Бахтиёр", "Бахтиер", "Bakhtiyor", "Baxtiyor", "Bakhtier"),
    ("Ҷамшед", "Джамшед", "Jamshed", "Djamshed", "Dzhamshed", "Jamşed"),
    ("Ҳасанов", "Хасанов", "Гасанов", "Hasanov", "Khasanov", "Xasanov", "Gasanov"),
    ("Ғафур", "Gafur", "Ghafur", "Gʻafur", "G‘afur", "Ğafur"),
    ("Жеңіс", "Женис", "Zhenis", "Jeñis"),
    ("Айгүл", "Айгуль", "Aigul", "Aygul", "Aýgül"),
    ("Дюсенбаев", "Dyusenbaev", "Diusenbaev"),
    ("Цой", "Tsoy", "Tsoi", "Coj"),
    ("Чулпан", "Chulpan", "Tchoulpan", "Čulpan"),
    ("Юлия", "Yuliya", "Yulia", "Iuliia", "Julija"),
    ("Мурад", "Murad", "Murat"),
    ("Шукрулло", "Shukrullo", "Şükrullo"),
    ("Айжан", "Aizhan", "Aijan", "Aıjan"),
    ("Иванов", "Ivanov", "Ivanoff", "Iwanow", "Ivanof"),
]

EQUAL_PAIRS = [(group[0], other) for group in EQUAL_GROUPS for other in group[1:]]


def test_the_equal_table_is_large() -> None:
    assert len(EQUAL_PAIRS) >= 40
    assert len(EQUAL_GROUPS) >= 40


@pytest.mark.parametrize(("canonical", "variant"), EQUAL_PAIRS)
def test_name_key_folds_spelling_variants(canonical: str, variant: str) -> None:
    assert name_key(variant) == name_key(canonical)


# Different people: keys must differ. Each line says which rule keeps them apart.
DISTINCT_PAIRS = [
    ("Марат", "Мурат"),  # vowels a/u are never merged
    ("Алия", "Алина"),
    ("Иванов", "Ивашов"),
    ("Асан", "Хасан"),  # an initial h is not dropped (Амид/Хамид are different roots)
    ("Жанна", "Анна"),  # the initial y/zh class does not merge with a bare vowel
    ("Айжан", "Аян"),  # Aijan keeps ж after a vowel i
    ("Эльдар", "Ильдар"),  # initial e carries a glide, initial i does not
    ("Юсупов", "Усупов"),
    ("Иванов", "Иванова"),  # the feminine form is another person
    ("Ахмедов", "Ахмадов"),
    ("Рустам", "Рустем"),
    ("Алия", "Алла"),  # a glide after a consonant keeps its i
    ("Дания", "Дана"),
    ("Нодир", "Надир"),  # Uzbek o vs Russian a: not merged (documented)
    ("Мухаммад", "Mohammed"),  # decided: distinct forms, left to similarity()
    ("Зарина", "Сарина"),  # devoicing is word-final only
    ("Ерлан", "Орлан"),
    ("Кайрат", "Хайрат"),
    ("Жаксылыков", "Жаксылыкев"),  # -ov and -ev are not merged
    ("Шавкат", "Chavkat"),  # French ch = ш is not folded: English ch = ч dominates
    ("Lyudmila", "Ludmila"),  # a dropped palatal glide is not restored
    ("Ilyas", "Iljas"),  # German j after a consonant reads as ж (Uzbek -jon)
]


@pytest.mark.parametrize(("first", "second"), DISTINCT_PAIRS)
def test_name_key_keeps_different_names_apart(first: str, second: str) -> None:
    assert name_key(first) != name_key(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Жанна", "Яна"),  # Turkic initial y ~ zh (Жусуп = Юсуп) merges these too
        ("Жусуп", "Юсуп"),
        ("Ринат", "Ренат"),  # e/i merged for Тимур = Темур
        ("Галимов", "Халимов"),  # g/h merged for Ибрагим = Ibrahim
    ],
)
def test_name_key_accepted_collisions(first: str, second: str) -> None:
    """Documented trade-offs: if one of these changes, update the module docstring too."""
    assert name_key(first) == name_key(second)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Жаксылыков", "jaksilikov"),
        ("Ержан", "jirjan"),
        ("Шавкат", "xavkat"),
        ("Чулпан", "qulpan"),
        ("Цой", "coi"),
        ("Майя", "maya"),
        ("  Ержан   Жаксылыков-Әлиев ", "jirjan jaksilikov aliv"),
        ("", ""),
        ("!!! ,,", ""),
    ],
)
def test_name_key_alphabet(name: str, key: str) -> None:
    assert name_key(name) == key


def test_name_key_maps_each_word_separately_and_ignores_order() -> None:
    assert name_key("Ержан Жаксылыков") == "jirjan jaksilikov"
    assert name_key("Zhaksylykov, Yerzhan") == "jaksilikov jirjan"


@given(st.text())
def test_name_key_is_single_spaced_words(name: str) -> None:
    key = name_key(name)
    assert key == " ".join(key.split())
    assert len(key.split()) == len(fold_text(name).split())


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіўҳҷӣӯ -'ʻ"))
def test_name_key_of_cyrillic_is_ascii_lowercase(name: str) -> None:
    assert re.fullmatch(r"[a-z ]*", name_key(name))


# ------------------------------------------------------------------------------------ fts_query

_SAFE_QUERY = re.compile(r'"(?:[^"]|"")+"(?: AND "(?:[^"]|"")+")*\*?')


@pytest.mark.parametrize("text", ["", "   ", "!!!", "'\"()*^:-+", "\x00\n\t", "ъь"])
def test_fts_query_none_without_searchable_token(text: str) -> None:
    assert fts_query(text) is None
    assert fts_query(text, keys=True) is None


def test_fts_query_shapes() -> None:
    assert fts_query("Ержан Zhaks") == '"erzhan" AND "zhaks"*'
    assert fts_query("Ержан Zhaks", prefix=False) == '"erzhan" AND "zhaks"'
    assert fts_query("Yerzhan Zhaksylykov", keys=True, prefix=False) == '"jirjan" AND "jaksilikov"'
    assert fts_query("Yerzhan Zhaks", keys=True) == '"jirjan" AND "jaks"*'


@pytest.mark.parametrize(
    "attack",
    [
        'x" OR "y',
        "a OR b NOT c AND d",
        "NEAR(a b, 2)",
        "body: secret",
        "{body}: x",
        "^start",
        "pre* (x OR y)",
        '"unterminated',
        "a - b + c",
        "a AND",
    ],
)
def test_fts_query_neutralises_fts_syntax(fts: sqlite3.Connection, attack: str) -> None:
    query = fts_query(attack)
    assert query is not None
    assert _SAFE_QUERY.fullmatch(query)
    _count(fts, query)  # parses
    # Operators became ordinary quoted words: "or" matches only a document containing "or".
    assert _count(fts, fts_query("x AND OR NEAR") or "") == 1


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(), prefix=st.booleans(), keys=st.booleans())
def test_fts_query_always_parses(
    fts: sqlite3.Connection, text: str, prefix: bool, keys: bool
) -> None:
    query = fts_query(text, prefix=prefix, keys=keys)
    if query is None:
        assert not fold_text(text)
        return
    assert _SAFE_QUERY.fullmatch(query)
    _count(fts, query)


_FTS_ALPHABET = st.text(
    alphabet=st.sampled_from("ЕржанЖксылковӘлияҒҚҰҮҺЎҲҶӢYerzhanJaksyğöüşçʻ'-\"*():^ 0123"),
    min_size=1,
)


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(_FTS_ALPHABET, st.text()), prefix=st.booleans(), keys=st.booleans())
def test_fts_query_finds_the_text_it_came_from(text: str, prefix: bool, keys: bool) -> None:
    """Whatever is indexed (fold or key) is found by the query built from the same input."""
    body = name_key(text) if keys else fold_text(text)
    query = fts_query(text, prefix=prefix, keys=keys)
    if query is None:
        return
    connection = _fts_table(sqlite3.connect(":memory:"))
    connection.execute("INSERT INTO idx(body) VALUES (?)", (body,))
    assert _count(connection, query) == 1
    connection.close()


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүabcdefghijklmnopqrstuvwxyzʻ'"))
def test_typed_whole_word_prefix_key_is_prefix_of_its_key(word: str) -> None:
    query = fts_query(word, keys=True)
    if query is None:
        return
    typed = query.rsplit('"', 2)[-2]
    assert name_key(word).split()[-1].startswith(typed)


PEOPLE = {
    1: "Жаксылыков Ержан Болатович",
    2: "Әлия Нұрсұлтанқызы",
    3: "Ўктам Хуршидович Абдуллаев",
    4: "Юлдуз Ахмедова",
    5: "Марат Иванов",
}


def _people_index(connection: sqlite3.Connection) -> sqlite3.Connection:
    connection.execute(
        f"CREATE VIRTUAL TABLE people USING fts5(fold, key, tokenize='{_TOKENIZER}')"
    )
    connection.executemany(
        "INSERT INTO people(rowid, fold, key) VALUES (?, ?, ?)",
        [(pid, fold_text(name), name_key(name)) for pid, name in PEOPLE.items()],
    )
    return connection


def _search(connection: sqlite3.Connection, column: str, query: str | None) -> set[int]:
    assert query is not None
    rows = connection.execute(
        f"SELECT rowid FROM people WHERE {column} MATCH ?",  # noqa: S608 - column is a constant here
        (query,),
    )
    return {int(row[0]) for row in rows}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Yerzhan Zhaksylykov", {1}),
        ("Jaqsylyqov Erjan", {1}),
        ("Zhaks", {1}),
        ("Жакс", {1}),
        ("Erzhan Zhak", {1}),
        ("Aliya", {2}),
        ("Alija Nursoultan", {2}),
        ("O'ktam Abdullayev", {3}),
        ("Uktam", {3}),
        ("Xurshid", {3}),
        ("Juldus", {4}),
        ("Yulduz Akhmedova", {4}),
        ("Ivanoff", {5}),
        ("Murat", set()),
        ("Alina", set()),
    ],
)
def test_key_search_finds_other_spellings(typed: str, expected: set[int]) -> None:
    connection = _people_index(sqlite3.connect(":memory:"))
    assert _search(connection, "key", fts_query(typed, keys=True)) == expected
    connection.close()


def test_fold_search_is_script_and_diacritic_insensitive() -> None:
    connection = _people_index(sqlite3.connect(":memory:"))
    assert (
        _search(connection, "fold", fts_query("ZHAKSYLYKOV yerz")) == set()
    )  # ye/e is name_key work
    assert _search(connection, "fold", fts_query("zhaksylykov erzh")) == {1}
    assert _search(connection, "fold", fts_query("Äliya Nursultanqyzy")) == {2}
    assert _search(connection, "fold", fts_query("Oʻktam")) == {3}
    connection.close()


def test_sqlcipher_fts5_accepts_queries_and_matches() -> None:
    dbapi2 = pytest.importorskip("sqlcipher3.dbapi2")
    connection = dbapi2.connect(":memory:")
    connection.execute("PRAGMA key = 'test-only'")
    connection.execute(f"CREATE VIRTUAL TABLE idx USING fts5(body, tokenize='{_TOKENIZER}')")
    connection.execute("INSERT INTO idx(body) VALUES (?)", (name_key("Жаксылыков Ержан"),))
    for text in ['a" OR "b', "NEAR(x y)", "body:x", "^x*", "(x", "Zhaks", "Yerjan"]:
        query = fts_query(text, keys=True)
        assert query is not None
        connection.execute("SELECT count(*) FROM idx WHERE idx MATCH ?", (query,)).fetchone()
    found = connection.execute(
        "SELECT count(*) FROM idx WHERE idx MATCH ?", (fts_query("Yerjan Zhaks", keys=True),)
    ).fetchone()
    assert found[0] == 1
    connection.close()


# ------------------------------------------------------------------------------------ similarity


def test_similarity_of_transliterations() -> None:
    assert similarity("Ержан Жаксылыков", "Yerzhan Zhaksylykov") >= 0.85
    assert similarity("Ержан Жаксылыков", "Zhaksylykov Yerzhan") >= 0.85
    assert similarity("Жаксылыков Ержан", "Yerzhan Zhaksylykov") == similarity(
        "Ержан Жаксылыков", "Yerzhan Zhaksylykov"
    )
    assert similarity("Muhammad Rahimov", "Mohammed Rakhimov") >= 0.85


def test_similarity_missing_patronymic_still_flags_duplicate() -> None:
    assert similarity("Ержан Жаксылыков Болатович", "Yerzhan Zhaksylykov") >= 0.85
    assert similarity("Ержан", "Ержан Жаксылыков") < 0.85  # one shared given name is not enough


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ержан Жаксылыков", "Гульнара Сейтказы"),
        ("Марат Ахмедов", "Юлдуз Абдуллаева"),
        ("Шавкат Мирзаев", "Ботагоз Нурланова"),
        ("Timur Ivanov", "Aliya Seitkazy"),
        ("Марат", "Мурат Жаксылыков"),
    ],
)
def test_similarity_of_unrelated_names(first: str, second: str) -> None:
    assert similarity(first, second) <= 0.5


def test_similarity_edges() -> None:
    assert similarity("", "Ержан") == 0.0
    assert similarity("!!", "??") == 0.0
    assert similarity("Ержан", "Ержан") == 1.0


_NAMES = st.lists(
    st.sampled_from(["Ержан", "Yerzhan", "Жаксылыков", "Aliya", "Марат", "Murat", "Ivanov", "Ли"]),
    max_size=4,
).map(" ".join)


@given(_NAMES, _NAMES)
def test_similarity_is_symmetric_and_bounded(first: str, second: str) -> None:
    score = similarity(first, second)
    assert 0.0 <= score <= 1.0
    assert score == pytest.approx(similarity(second, first))


@given(st.lists(st.sampled_from(["Ержан", "Жаксылыков", "Болатович", "Aliya"]), min_size=1))
def test_similarity_ignores_word_order(words: list[str]) -> None:
    assert similarity(" ".join(words), " ".join(reversed(words))) == 1.0


def test_equal_groups_are_mutually_similar() -> None:
    for group in EQUAL_GROUPS:
        for first, second in combinations(group, 2):
            assert similarity(first, second) == 1.0
