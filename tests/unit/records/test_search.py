"""Search finds people across scripts and transliteration variants, exact matches first;
the duplicate warning; type-ahead prefixes."""

from __future__ import annotations

import pytest

from factories import make_case, make_note, make_person
from safecase.domain import records as r
from safecase.services.records import RecordsService
from safecase.services.search import SearchService

# (name as stored, name as typed from another document)
NAME_PAIRS = [
    ("Ержан Жаксылыков", "Yerzhan Zhaksylykov"),
    ("Ержан Жаксылыков", "Erjan Jaksylykov"),
    ("Ержан Жаксылыков", "Yerjan Zhaqsylyqov"),
    ("Әлия Сейтқазы", "Aliya Seitkazy"),
    ("Әлия Сейтқазы", "Äliya Seytqazy"),
    ("Нұрсұлтан Ахмедов", "Nursultan Akhmedov"),
    ("Нұрсұлтан Ахмедов", "Nursultan Axmedov"),
    ("Нұрсұлтан Ахмедов", "Nursultan Ahmedov"),
    ("Ғани Тоғжанов", "Gani Togzhanov"),
    ("Ғани Тоғжанов", "Ghani Toğjanov"),
    ("Қайрат Ботагөзов", "Kairat Botagozov"),
    ("Қайрат Ботагөзов", "Qayrat Botagözov"),
    ("Шавкат Хуршидов", "Shavkat Khurshidov"),
    ("Шавкат Хуршидов", "Şavkat Xurshidov"),
    ("Ўктам Юлдузов", "Oʻktam Yulduzov"),
    ("Ўктам Юлдузов", "O'ktam Julduzov"),
    ("Жанна Абдуллаева", "Zhanna Abdullayeva"),
    ("Жанна Абдуллаева", "Janna Abdulaeva"),
    ("Тимур Шамсутдинов", "Timur Shamsoutdinov"),
    ("Алимжан Ибрагимов", "Alimjan Ibragimov"),
    ("Гульнара Юсупова", "Gulnara Yusupova"),
    ("Гульнара Юсупова", "Gul'nara Jusupova"),
    ("Рамзан Кадыров", "Ramzan Kadyrov"),
    ("Ыбырай Сейтказы", "Ybyray Seitkazy"),
    ("Yerzhan Zhaksylykov", "Ержан Жаксылыков"),
    ("Khurshid Akhmedov", "Хуршид Ахмедов"),
    ("Dilnoza Xolmatova", "Дилноза Холматова"),
    ("Dilnoza Xolmatova", "Dilnoza Kholmatova"),
    ("Бахтияр Назаров", "Bakhtiyar Nazarov"),
    ("Бахтиёр Назаров", "Baxtiyor Nazarov"),
    ("Ойбек Тошматов", "Oybek Toshmatov"),
    ("Марьям Исмаилова", "Maryam Ismailova"),
    ("Аскар Жумабаев", "Askar Zhumabayev"),
    ("Аскар Жумабаев", "Askar Jumabaev"),
]


@pytest.mark.parametrize(("stored", "typed"), NAME_PAIRS)
def test_person_found_across_scripts_and_spellings(
    records: RecordsService, stored: str, typed: str
) -> None:
    person = make_person(name=stored, other_names=[])
    records.create(person)
    records.create(make_person(name="Анна Смирнова", other_names=[]))
    results = SearchService(records._conn).search(typed)
    assert results, f"{typed!r} found nothing"
    assert results[0].id == person.id


def test_exact_spelling_ranks_first(records: RecordsService) -> None:
    exact = make_person(name="Zhaksylykov", other_names=[])
    variant = make_person(name="Jaksylykov", other_names=[])
    records.create(variant)
    records.create(exact)
    results = SearchService(records._conn).search("Zhaksylykov")
    assert [res.id for res in results[:2]] == [exact.id, variant.id]


def test_type_ahead_prefix(records: RecordsService) -> None:
    person = make_person(name="Ержан Жаксылыков", other_names=[])
    records.create(person)
    search = SearchService(records._conn)
    for prefix in ("Zhaks", "Жакс", "erzh", "Jaks"):
        assert [res.id for res in search.search(prefix)] == [person.id], prefix


def test_search_covers_every_kind(records: RecordsService) -> None:
    person = make_person(name="Әлия Сейтқазы", other_names=[])
    case = make_case(title="Extradition request", references=["KZ-2024-77"])
    records.create(person)
    records.create(case)
    note = make_note(
        title="Meeting", body="Ходатайство об экстрадиции отклонено", target_id=case.id
    )
    records.create(note)
    search = SearchService(records._conn)
    assert search.search("KZ-2024-77")[0].kind is r.RecordKind.CASE
    assert search.search("ekstraditsii")[0].id == note.id  # a Cyrillic word typed in Latin
    assert search.search("экстрадиции")[0].id == note.id


def test_hostile_query_text_is_harmless(records: RecordsService) -> None:
    records.create(make_person(name="Test Person", other_names=[]))
    search = SearchService(records._conn)
    for query in ['"', "NEAR(", "name:*", "a OR", ")(", "*", "-", "^x", "' OR 1=1 --", ""]:
        search.search(query)  # must not raise


def test_duplicate_warning(records: RecordsService) -> None:
    existing = make_person(name="Ержан Жаксылыков", other_names=[])
    records.create(existing)
    records.create(make_person(name="Марат Иванов", other_names=[]))
    candidates = records.likely_duplicates(make_person(name="Yerzhan Zhaksylykov", other_names=[]))
    assert [c.id for c in candidates] == [existing.id]
    assert candidates[0].similarity >= 0.85
    assert records.likely_duplicates(make_person(name="Мурат Иванов", other_names=[])) == []
