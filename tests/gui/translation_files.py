"""Reading the Qt Linguist sources (.ts) and running the Linguist tools as `make translations`
does (keep LUPDATE_ARGS in step with the Makefile)."""

from __future__ import annotations

import functools
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from safecase.gui.translatable import LUPDATE_ALIAS

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("ru", "kk", "uz_Latn")
COMPLETE = ("ru",)
"""Languages whose every text must be translated; the others may be partial."""
SOURCES = (REPO / "src" / "safecase" / "gui", REPO / "src" / "safecase" / "app.py")
TOOLS = Path(sys.executable).parent
LUPDATE_ARGS = (
    "-extensions", "py", "-locations", "none", "-no-obsolete", "-source-language", "en",
    "-tr-function-alias", LUPDATE_ALIAS,
)  # fmt: skip
LRELEASE_ARGS = ("-silent", "-nounfinished")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    """One text, or one per plural form for numerus messages."""
    state: str
    """"" (finished), "unfinished", "vanished" or "obsolete"."""

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    @property
    def finished(self) -> bool:
        return self.state == "" and all(self.translations)


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"safecase_{language}.ts"


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()  # noqa: S314 - our own .ts files
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    translations=forms,
                    state=translation.get("type") or "",
                )
            )
    return messages


def run_tool(tool: str, *args: str | Path) -> None:
    subprocess.run([str(TOOLS / tool), *map(str, args)], check=True, capture_output=True, cwd=REPO)


def lupdate_into(target: Path) -> None:
    """Extract the GUI's texts into `target` (a new or a copied .ts file)."""
    run_tool("pyside6-lupdate", *LUPDATE_ARGS, *SOURCES, "-ts", target)


def lrelease(source: Path, target: Path) -> None:
    run_tool("pyside6-lrelease", *LRELEASE_ARGS, source, "-qm", target)


@functools.cache
def fresh_messages() -> tuple[Message, ...]:
    """What lupdate extracts from the sources right now."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "safecase_xx.ts"
        lupdate_into(target)
        return tuple(read_ts(target))


def extracted_messages() -> frozenset[tuple[str, str]]:
    """(context, source text) of every text lupdate extracts from the sources."""
    return frozenset((m.context, m.source) for m in fresh_messages())
