"""Remove location, camera and editing metadata from JPEG and PNG images, losslessly.

A pure function over bytes: no decoding, no re-encoding, the compressed image data is copied
as it is. Input is untrusted (a file from outside being attached): the structure is validated
while it is walked, and the only exception raised on purpose is `ImageMetadataError`, an
`InvalidInput` (never IndexError, struct.error, …). Work is linear in the input size.

JPEG: kept are the structural segments (SOF*, DHP, DHT, DQT, DRI, DNL, DAC, EXP, SOS and the
entropy-coded data, RSTn), each only if its size is exactly what its fields describe (no spare
bytes to carry anything), and, for correct display, JFIF APP0 *without its thumbnail* and the
12-byte Adobe APP14 (colour transform). JPEG extensions (JPG, JPGn, JPEG-LS) are refused.
Removed are APP1 (EXIF with GPS, camera serials, dates; XMP), APP2 (ICC profile,
FlashPix, MPF with its embedded second image), APP3–APP13 (APP13 holds IPTC/Photoshop),
APP15, other APP0 (JFXX thumbnails), COM comments, and anything after EOI. The one EXIF
value kept is Orientation (1 of 8 values), re-written as a minimal EXIF segment, so phone photos
do not appear rotated. Without the ICC profile, wide-gamut photos may look slightly less
saturated.

PNG: kept are the critical chunks (IHDR, PLTE, IDAT, IEND) and the ancillary chunks that only
describe how to render pixels (tRNS, gAMA, cHRM, sRGB, sBIT, bKGD, pHYs, hIST, cICP, mDCV, cLLI,
and APNG's acTL/fcTL/fdAT). Removed is every other ancillary chunk: eXIf, tEXt, iTXt, zTXt,
tIME, iCCP (its profile name is free text), sPLT, C2PA `caBX` and any private chunk, plus
anything after IEND. CRCs are checked.

Other formats (HEIC, WebP, TIFF, GIF, …) are returned unchanged with `image_format=None`; the
caller must then tell the caseworker that metadata could not be removed.
"""

from __future__ import annotations

import enum
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from safecase.domain.errors import InvalidInput

JPEG_SOI = b"\xff\xd8"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class ImageMetadataError(InvalidInput):
    """The image is malformed (truncated, bad lengths or checksums, unknown structure)."""


class ImageFormat(enum.Enum):
    JPEG = "jpeg"
    PNG = "png"


@dataclass(frozen=True, slots=True)
class StrippedImage:
    data: bytes
    image_format: ImageFormat | None
    """None: not a format handled here; `data` is the input unchanged."""
    removed: tuple[str, ...]
    """What was removed, in order met (e.g. "EXIF", "XMP", "comment"), for the caller to show."""


def sniff_format(data: bytes) -> ImageFormat | None:
    if data.startswith(JPEG_SOI + b"\xff"):
        return ImageFormat.JPEG
    if data.startswith(PNG_SIGNATURE):
        return ImageFormat.PNG
    return None


def strip_image_metadata(untrusted_data: bytes) -> StrippedImage:
    """Strip a JPEG or PNG; return anything else unchanged (`image_format=None`)."""
    fmt = sniff_format(untrusted_data)
    if fmt is ImageFormat.JPEG:
        return strip_jpeg(untrusted_data)
    if fmt is ImageFormat.PNG:
        return strip_png(untrusted_data)
    return StrippedImage(bytes(untrusted_data), None, ())


# -- JPEG ----------------------------------------------------------------------------------------

_EOI, _SOS, _COM, _APP0, _APP1, _APP14, _TEM = 0xD9, 0xDA, 0xFE, 0xE0, 0xE1, 0xEE, 0x01
# Frame headers (SOF0–SOF15 but DHT, JPG and DAC) and DHP share one layout.
_FRAME_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC} | {0xDE}
_DHT, _DAC, _DQT, _DNL, _DRI, _EXP = 0xC4, 0xCC, 0xDB, 0xDC, 0xDD, 0xDF
_ADOBE_BYTES = 12  # "Adobe", version, flags0, flags1, colour transform
_RST_MARKERS = frozenset(range(0xD0, 0xD8))
_JFIF_HEADER_BYTES = 14  # "JFIF\0", version(2), units(1), densities(4), thumbnail w/h(2)
_EXIF_HEADER = b"Exif\x00\x00"
_XMP_HEADERS = (b"http://ns.adobe.com/xap/1.0/\x00", b"http://ns.adobe.com/xmp/extension/\x00")
_ORIENTATION_TAG = 0x0112
_APP_NAMES = {0xE2: "ICC profile or FlashPix", 0xED: "IPTC", 0xE0: "thumbnail"}


def _fail(reason: str) -> ImageMetadataError:
    return ImageMetadataError(f"not a valid image: {reason}")


def _app1_name(payload: bytes) -> str:
    if payload.startswith(_EXIF_HEADER):
        return "EXIF"
    if payload.startswith(_XMP_HEADERS):
        return "XMP"
    return "APP1 metadata"


def _tiff_ifd0(payload: bytes) -> tuple[bytes, Literal["little", "big"], int] | None:
    """The TIFF block of an EXIF payload, its byte order and the offset of IFD0, or None."""
    tiff = payload[len(_EXIF_HEADER) :]
    if len(tiff) < 8 or not payload.startswith(_EXIF_HEADER):
        return None
    order: Literal["little", "big"]
    if tiff[:4] == b"II*\x00":
        order = "little"
    elif tiff[:4] == b"MM\x00*":
        order = "big"
    else:
        return None
    ifd = int.from_bytes(tiff[4:8], order)
    return (tiff, order, ifd) if 8 <= ifd <= len(tiff) - 2 else None


def _exif_orientation(payload: bytes) -> int | None:
    """Orientation (1–8) from an EXIF APP1 payload, or None. Never raises."""
    found = _tiff_ifd0(payload)
    if found is None:
        return None
    tiff, order, ifd = found
    count = int.from_bytes(tiff[ifd : ifd + 2], order)
    for i in range(min(count, 512)):
        entry = ifd + 2 + 12 * i
        if entry + 12 > len(tiff):
            break
        if int.from_bytes(tiff[entry : entry + 2], order) != _ORIENTATION_TAG:
            continue
        kind = int.from_bytes(tiff[entry + 2 : entry + 4], order)
        value = int.from_bytes(tiff[entry + 8 : entry + 10], order)
        return value if kind == 3 and 1 <= value <= 8 else None  # 3: SHORT
    return None


def _orientation_segment(orientation: int) -> bytes:
    """A minimal EXIF APP1 holding only the Orientation tag (big-endian TIFF)."""
    tiff = (
        b"MM\x00*"
        + (8).to_bytes(4, "big")
        + (1).to_bytes(2, "big")
        + _ORIENTATION_TAG.to_bytes(2, "big")
        + (3).to_bytes(2, "big")
        + (1).to_bytes(4, "big")
        + orientation.to_bytes(2, "big")
        + b"\x00\x00"
        + (0).to_bytes(4, "big")
    )
    payload = _EXIF_HEADER + tiff
    return b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload


def _jfif_without_thumbnail(payload: bytes) -> bytes:
    head = bytearray(payload[:_JFIF_HEADER_BYTES])
    head[12] = head[13] = 0  # thumbnail width and height
    return b"\xff\xe0" + (len(head) + 2).to_bytes(2, "big") + bytes(head)


def _tables_fit(payload: bytes, table_bytes: Callable[[bytes, int], int | None]) -> bool:
    """True if `payload` is a whole number of tables, each `table_bytes(payload, at)` long."""
    at = 0
    while at < len(payload):
        size = table_bytes(payload, at)
        if size is None or at + size > len(payload):
            return False
        at += size
    return at == len(payload) and at > 0


def _dht_size(payload: bytes, at: int) -> int | None:
    if at + 17 > len(payload) or payload[at] >> 4 > 1 or payload[at] & 0x0F > 3:
        return None
    return 17 + sum(payload[at + 1 : at + 17])


def _dqt_size(payload: bytes, at: int) -> int | None:
    precision, table = payload[at] >> 4, payload[at] & 0x0F
    return None if precision > 1 or table > 3 else 1 + 64 * (1 + precision)


def _frame_fits(p: bytes) -> bool:
    return len(p) >= 6 and p[5] >= 1 and len(p) == 6 + 3 * p[5]


def _scan_header_fits(p: bytes) -> bool:
    return len(p) >= 1 and 1 <= p[0] <= 4 and len(p) == 1 + 2 * p[0] + 3


_LAYOUTS: dict[int, Callable[[bytes], bool]] = {
    **dict.fromkeys(_FRAME_MARKERS, _frame_fits),
    _SOS: _scan_header_fits,
    _DHT: lambda p: _tables_fit(p, _dht_size),
    _DQT: lambda p: _tables_fit(p, _dqt_size),
    _DRI: lambda p: len(p) == 2,
    _DNL: lambda p: len(p) == 2,
    _DAC: lambda p: len(p) > 0 and len(p) % 2 == 0,
    _EXP: lambda p: len(p) == 1,
}


def _is_exact(marker: int, payload: bytes) -> bool:
    """The segment's size is exactly what its own fields describe. JPG, JPGn (0xF0–0xFD) and
    reserved markers have no layout here: not supported."""
    fits = _LAYOUTS.get(marker)
    return fits is not None and fits(payload)


def _scan_end(data: bytes, pos: int) -> int:
    """Offset of the first marker after entropy-coded data starting at `pos`."""
    n = len(data)
    while True:
        j = data.find(b"\xff", pos)
        if j < 0 or j + 1 >= n:
            raise _fail("JPEG image data is truncated")
        following = data[j + 1]
        if following == 0x00 or following in _RST_MARKERS:
            pos = j + 2
        elif following == 0xFF:
            pos = j + 1  # fill byte before a marker
        else:
            return j


class _JpegWalk:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.kept: list[bytes] = [JPEG_SOI]
        self.removed: list[str] = []
        self.orientation: int | None = None
        self.jfif: bytes | None = None
        self.seen_frame = False
        self.seen_scan = False

    def _drop(self, name: str) -> None:
        if name not in self.removed:
            self.removed.append(name)

    def _app_segment(self, marker: int, payload: bytes) -> None:
        if marker == _APP0 and payload.startswith(b"JFIF\x00") and len(payload) >= 14:
            if self.jfif is None:
                self.jfif = _jfif_without_thumbnail(payload)
            if payload[12] or payload[13] or len(payload) > _JFIF_HEADER_BYTES:
                self._drop("thumbnail")
            return
        if marker == _APP14 and payload.startswith(b"Adobe") and len(payload) == _ADOBE_BYTES:
            self.kept.append(b"\xff\xee" + (len(payload) + 2).to_bytes(2, "big") + payload)
            return
        if marker == _APP1:
            if payload.startswith(_EXIF_HEADER) and self.orientation is None:
                self.orientation = _exif_orientation(payload)
            self._drop(_app1_name(payload))
            return
        self._drop(_APP_NAMES.get(marker, f"APP{marker - _APP0} metadata"))

    def _next_marker(self, pos: int) -> tuple[int, int]:
        """The marker at `pos` (after any fill bytes) and the offset just past it."""
        data, n = self.data, len(self.data)
        if pos >= n:
            raise _fail("JPEG ends before its end marker")
        if data[pos] != 0xFF:
            raise _fail("JPEG segment does not start with a marker")
        while pos < n and data[pos] == 0xFF:
            pos += 1
        if pos >= n:
            raise _fail("JPEG ends inside a marker")
        return data[pos], pos + 1

    def _segment(self, marker: int, pos: int) -> int:
        """Handle the length-prefixed segment whose length field is at `pos`; return its end."""
        data, n = self.data, len(self.data)
        if pos + 2 > n:
            raise _fail("JPEG segment length is truncated")
        length = int.from_bytes(data[pos : pos + 2], "big")
        if length < 2 or pos + length > n:
            raise _fail("JPEG segment length is out of range")
        payload = data[pos + 2 : pos + length]
        end = pos + length
        segment = bytes((0xFF, marker)) + data[pos:end]
        if 0xE0 <= marker <= 0xEF:
            self._app_segment(marker, payload)
        elif marker == _COM:
            self._drop("comment")
        elif marker == _SOS:
            if not self.seen_frame or not _is_exact(marker, payload):
                raise _fail("JPEG scan header is misplaced or malformed")
            scan_end = _scan_end(data, end)
            self.kept.append(segment + data[end:scan_end])
            self.seen_scan = True
            end = scan_end
        elif _is_exact(marker, payload):
            # Tables and frame headers are kept only when their size is exactly what their
            # fields say: no spare bytes in which anything could travel along.
            self.seen_frame |= marker in _FRAME_MARKERS
            self.kept.append(segment)
        else:
            raise _fail("JPEG segment is malformed or of an unsupported kind")
        return end

    def walk(self) -> None:
        pos = len(JPEG_SOI)
        while True:
            marker, pos = self._next_marker(pos)
            if marker == _EOI:
                if not self.seen_scan:
                    raise _fail("JPEG has no image data")
                if pos < len(self.data):
                    self._drop("data after the image")
                self.kept.append(b"\xff\xd9")
                return
            if marker in _RST_MARKERS or marker == _TEM:
                self.kept.append(bytes((0xFF, marker)))
            elif marker in (0x00, 0xD8):
                raise _fail("unexpected JPEG marker")
            else:
                pos = self._segment(marker, pos)

    def result(self) -> bytes:
        head = [JPEG_SOI]
        if self.jfif is not None:
            head.append(self.jfif)
        if self.orientation is not None and self.orientation != 1:
            head.append(_orientation_segment(self.orientation))
        return b"".join(head + self.kept[1:])


def strip_jpeg(untrusted_data: bytes) -> StrippedImage:
    if not untrusted_data.startswith(JPEG_SOI):
        raise _fail("not a JPEG file")
    walk = _JpegWalk(bytes(untrusted_data))
    walk.walk()
    return StrippedImage(walk.result(), ImageFormat.JPEG, tuple(walk.removed))


# -- PNG -----------------------------------------------------------------------------------------

_PNG_KEPT_ANCILLARY = frozenset(
    {
        b"tRNS",
        b"gAMA",
        b"cHRM",
        b"sRGB",
        b"sBIT",
        b"bKGD",
        b"pHYs",
        b"hIST",
        b"cICP",
        b"mDCV",
        b"cLLI",
        b"acTL",
        b"fcTL",
        b"fdAT",
    }
)
_PNG_CRITICAL = frozenset({b"IHDR", b"PLTE", b"IDAT", b"IEND"})
_PNG_NAMES = {
    b"eXIf": "EXIF",
    b"tEXt": "PNG text",
    b"zTXt": "PNG text",
    b"iTXt": "PNG text",
    b"tIME": "modification time",
    b"iCCP": "ICC profile",
    b"caBX": "content credentials",
}
_PNG_MAX_CHUNK = 2**31 - 1
_IHDR_BYTES = 13


def _png_chunks(data: bytes) -> Iterator[tuple[bytes, bytes, int]]:
    """(type, whole chunk, end offset) up to and including IEND, validated; what follows IEND
    is not read."""
    n, pos = len(data), len(PNG_SIGNATURE)
    while True:
        if pos + 12 > n:
            raise _fail("PNG ends before its end chunk")
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        if length > _PNG_MAX_CHUNK or pos + 12 + length > n:
            raise _fail("PNG chunk length is out of range")
        if not (kind.isalpha() and kind.isascii()):
            raise _fail("PNG chunk type is not four letters")
        end = pos + 12 + length
        if zlib.crc32(data[pos + 4 : end - 4]) != int.from_bytes(data[end - 4 : end], "big"):
            raise _fail("PNG chunk checksum does not match")
        if (pos == len(PNG_SIGNATURE)) != (kind == b"IHDR") or (
            kind == b"IHDR" and length != _IHDR_BYTES
        ):
            raise _fail("PNG header chunk is missing, repeated or malformed")
        yield kind, data[pos:end], end
        pos = end
        if kind == b"IEND":
            return


def strip_png(untrusted_data: bytes) -> StrippedImage:
    data = bytes(untrusted_data)
    if not data.startswith(PNG_SIGNATURE):
        raise _fail("not a PNG file")
    kept: list[bytes] = [PNG_SIGNATURE]
    removed: list[str] = []
    seen_data = False
    for kind, chunk, end in _png_chunks(data):
        critical = kind[0:1].isupper()
        if critical and kind not in _PNG_CRITICAL:
            raise _fail("PNG has an unknown critical chunk")
        seen_data |= kind == b"IDAT"
        if kind == b"IEND":
            if not seen_data:
                raise _fail("PNG has no image data")
            if end < len(data):
                removed.append("data after the image")
        if critical or kind in _PNG_KEPT_ANCILLARY:
            kept.append(chunk)
        elif (name := _PNG_NAMES.get(kind, "PNG metadata")) not in removed:
            removed.append(name)
    return StrippedImage(b"".join(kept), ImageFormat.PNG, tuple(removed))
