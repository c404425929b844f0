"""Which in-app viewer can show an attachment: decided from its media type and its first
bytes (a file named .pdf that is not a PDF is not handed to the PDF engine)."""

from __future__ import annotations

from enum import StrEnum

PDF_MAGIC = b"%PDF-"
TEXT_TYPES = frozenset(
    {
        "application/json",
        "application/xml",
        "application/x-yaml",
        "application/csv",
        "application/x-subrip",
    }
)
IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"BM",
    b"RIFF",
)
MAX_TEXT_SNIFF = 4096


class MediaKind(StrEnum):
    IMAGE = "image"
    PDF = "pdf"
    TEXT = "text"
    OTHER = "other"

    @classmethod
    def detect(cls, media_type: str, data: bytes) -> MediaKind:
        media_type = media_type.lower().split(";")[0].strip()
        if data.startswith(PDF_MAGIC):
            return cls.PDF
        if media_type.startswith("image/") or data.startswith(IMAGE_MAGIC):
            return cls.IMAGE
        if media_type.startswith("text/") or media_type in TEXT_TYPES:
            return cls.TEXT
        if media_type in ("", "application/octet-stream") and _looks_like_text(data):
            return cls.TEXT
        return cls.OTHER


def _looks_like_text(data: bytes) -> bool:
    sample = data[:MAX_TEXT_SNIFF]
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(sample) - 3  # a character cut at the sample's end
    return True
