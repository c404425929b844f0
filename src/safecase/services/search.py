"""Search across all records inside the encrypted store, across scripts and spellings.

Name matches (people, contacts, cases, deadlines, notes' titles, attachment names) come first,
an exact spelling before a phonetic one; then word matches in longer text. Search terms are
never logged or written anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from safecase.domain import records as r
from safecase.domain.name_folding import fold_text
from safecase.storage import search_index
from safecase.storage.connection import Connection


@dataclass(frozen=True, slots=True)
class SearchResult:
    kind: r.RecordKind
    id: r.RecordId
    label: str
    score: float


class SearchService:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def search(self, query: str, *, limit: int = 50, prefix: bool = True) -> list[SearchResult]:
        wanted = fold_text(query)
        if not wanted:
            return []
        results: list[SearchResult] = []
        seen: set[int] = set()
        name_hits = search_index.search_names(self._conn, query, prefix=prefix, limit=limit)
        text_hits = search_index.search_text(self._conn, query, prefix=prefix, limit=limit)
        for hits, offset in ((name_hits, 0.0), (text_hits, 1_000.0)):
            for hit in hits:
                if hit.rid in seen:
                    continue
                seen.add(hit.rid)
                row = self._conn.execute(
                    "SELECT kind, id, label FROM records WHERE rid = ? AND deleted_at IS NULL",
                    (hit.rid,),
                ).fetchone()
                if row is None:
                    continue
                # bm25 is negative, lower is better; an exact label sorts before everything.
                exact = fold_text(row[2]) == wanted
                score = -1e9 if exact else hit.score + offset
                results.append(SearchResult(r.RecordKind(row[0]), row[1], row[2], score))
        results.sort(key=lambda res: res.score)
        return results[:limit]
