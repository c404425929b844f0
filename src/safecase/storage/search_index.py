"""The full-text indexes inside the encrypted store: names (folded spellings and phonetic keys,
with prefix indexes for type-ahead) and longer text (notes, summaries). Rowids are the records'
rids. Only live records are indexed: deleting a record takes it out, restoring puts it back.
"""

from __future__ import annotations

from dataclasses import dataclass

from safecase.domain.name_folding import fold_text, fts_query, name_key
from safecase.storage.connection import Connection

NAME_WEIGHTS = "10.0, 2.0"  # an exact spelling outranks a phonetic match
# Long text has no prefix index: a 1-2 letter fragment would expand to thousands of terms over
# 100k notes (30-90 ms). Type-ahead on such fragments is served by the name index (prefix='2 3').
MIN_TEXT_PREFIX = 3


@dataclass(frozen=True, slots=True)
class IndexText:
    names: list[str]
    text: list[str]


@dataclass(frozen=True, slots=True)
class Hit:
    rid: int
    score: float


def index(conn: Connection, rid: int, content: IndexText, *, fresh: bool = False) -> None:
    """Index a record; `fresh` = a newly inserted rid, with nothing to take out first."""
    if not fresh:
        unindex(conn, rid)
    names = " ".join(n for n in content.names if n)
    if names.strip():
        conn.execute(
            "INSERT INTO name_index(rowid, folded, keys) VALUES (?, ?, ?)",
            (rid, fold_text(names), " ".join(name_key(n) for n in content.names if n)),
        )
    text = "\n".join(t for t in content.text if t)
    if text.strip():
        conn.execute("INSERT INTO text_index(rowid, folded) VALUES (?, ?)", (rid, fold_text(text)))


def unindex(conn: Connection, rid: int) -> None:
    conn.execute("DELETE FROM name_index WHERE rowid = ?", (rid,))
    conn.execute("DELETE FROM text_index WHERE rowid = ?", (rid,))


def compact(conn: Connection) -> None:
    """Rewrite both indexes without deleted entries. FTS5 keeps a deleted document's tokens in
    its segments until they are merged; after a purge they must be gone for real."""
    conn.execute("INSERT INTO name_index(name_index) VALUES ('optimize')")
    conn.execute("INSERT INTO text_index(text_index) VALUES ('optimize')")


def search_names(conn: Connection, query: str, *, prefix: bool, limit: int) -> list[Hit]:
    folded = fts_query(query, prefix=prefix)
    keys = fts_query(query, prefix=prefix, keys=True)
    if folded is None or keys is None:
        return []
    match = f"folded : ({folded}) OR keys : ({keys})"
    rows = conn.execute(
        f"SELECT rowid, bm25(name_index, {NAME_WEIGHTS}) AS score FROM name_index "  # noqa: S608
        "WHERE name_index MATCH ? ORDER BY score LIMIT ?",
        (match, limit),
    ).fetchall()
    return [Hit(row[0], row[1]) for row in rows]


def search_keys(conn: Connection, names: list[str], *, limit: int) -> list[int]:
    """Rids whose phonetic keys contain every key token of one of `names` (duplicate check)."""
    found: list[int] = []
    for name in names:
        keys = fts_query(name, prefix=False, keys=True)
        if keys is None:
            continue
        rows = conn.execute(
            "SELECT rowid FROM name_index WHERE name_index MATCH ? LIMIT ?",
            (f"keys : ({keys})", limit),
        ).fetchall()
        found += [row[0] for row in rows if row[0] not in found]
    return found


def search_text(conn: Connection, query: str, *, prefix: bool, limit: int) -> list[Hit]:
    last = fold_text(query).split()[-1:]
    if prefix and (not last or len(last[0]) < MIN_TEXT_PREFIX):
        prefix = False  # whole words only for a short fragment
    folded = fts_query(query, prefix=prefix)
    if folded is None:
        return []
    rows = conn.execute(
        "SELECT rowid, bm25(text_index) AS score FROM text_index "
        "WHERE text_index MATCH ? ORDER BY score LIMIT ?",
        (folded, limit),
    ).fetchall()
    return [Hit(row[0], row[1]) for row in rows]


def name_filter_subquery(query: str) -> tuple[str, tuple[str]] | None:
    """SQL selecting the rids whose names match `query` (prefix), to filter a list in SQL."""
    folded = fts_query(query, prefix=True)
    keys = fts_query(query, prefix=True, keys=True)
    if folded is None or keys is None:
        return None
    return (
        "SELECT rowid FROM name_index WHERE name_index MATCH ?",
        (f"folded : ({folded}) OR keys : ({keys})",),
    )
