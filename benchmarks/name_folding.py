"""Throughput of ``fold_text`` on mixed Cyrillic/Latin case notes; prints MB/s of UTF-8 input.

Run: ``.venv/bin/python benchmarks/name_folding.py [megabytes]``. The records search folds every
note on save and every query on each keystroke, so this must stay well above 5 MB/s.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable

from safecase.domain.name_folding import fold_text, name_key

_SAMPLES = (
    "Ержан Жаксылыков прибыл 12.03.2024, паспорт № N1234567; ",
    "Жеңіс Қайратұлы Әлиев — Нұрсұлтан, Қазақстан. ",
    "Oʻktam Xurshidovich Toʻxtayev, Toshkent sh., Gʻafur Gʻulom koʻchasi 5. ",
    "Meeting with Yerzhan Zhaksylykov (interpreter: Şavkat Ahmedov) re: asylum appeal. ",
    "Ҷамшед Раҳимов, Душанбе; Ўктам Юлдашев; Ғани Ҳасанов. ",
    "Äliya Nurlanqyzy Seıtqazy, Almaty qalasy, «Jeñis» kóshesi. ",
    "Tél. +7 701 555 12 34 — e-mail: gulnara.botagoz@example.org\n",
)


def _corpus(megabytes: float) -> str:
    rng = random.Random(20240501)
    parts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        sample = rng.choice(_SAMPLES)
        parts.append(sample)
        size += len(sample.encode())
    return "".join(parts)


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 8.0
    text = _corpus(megabytes)
    size = len(text.encode()) / 1_000_000
    fold_text(text[:1000])  # warm the lazy translation table
    best = min(_timed(fold_text, text) for _ in range(3))
    print(f"fold_text: {size:.1f} MB in {best:.3f} s = {size / best:.1f} MB/s")
    names = [line.split(",")[0] for line in _SAMPLES] * 2000
    start = time.perf_counter()
    for name in names:
        name_key(name)
    elapsed = time.perf_counter() - start
    print(f"name_key: {len(names) / elapsed:,.0f} names/s")


def _timed(function: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    function(text)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
