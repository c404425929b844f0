"""Small JPEG and PNG images carrying every kind of metadata the stripper must remove, each
holding a canary: EXIF (camera make, GPS, orientation), XMP, IPTC, ICC, comments, a JFIF
thumbnail, trailing data; PNG tEXt/zTXt/iTXt/eXIf/tIME/iCCP/private chunks."""

from __future__ import annotations

import struct
import zlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

CANARY = b"QZMETACANARY"
GPS_CANARY = b"GPSQZ51N"


def encode(image: QImage, fmt: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt, 90)
    buffer.close()
    return bytes(data.data())


def picture(width: int = 24, height: int = 16) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    for y in range(height):
        for x in range(width):
            image.setPixelColor(x, y, QColor((x * 10) % 256, (y * 15) % 256, (x * y) % 256))
    return image


def segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def exif_payload(orientation: int = 6, *, little_endian: bool = False) -> bytes:
    """EXIF with IFD0 {Make (ASCII, canary), Orientation}, and a GPS IFD with a canary."""
    e = "<" if little_endian else ">"
    head = b"II*\x00" if little_endian else b"MM\x00*"
    make = CANARY + b"\x00"
    ifd0_offset = 8
    ifd0_entries = 3
    ifd0_size = 2 + 12 * ifd0_entries + 4
    make_offset = ifd0_offset + ifd0_size
    gps_offset = make_offset + len(make)
    gps_value = GPS_CANARY + b"\x00"
    gps_entries = 1
    gps_size = 2 + 12 * gps_entries + 4
    gps_value_offset = gps_offset + gps_size
    tiff = head + struct.pack(e + "I", ifd0_offset)
    tiff += struct.pack(e + "H", ifd0_entries)
    tiff += struct.pack(e + "HHII", 0x010F, 2, len(make), make_offset)  # Make
    orientation_value = struct.pack(e + "H", orientation) + b"\x00\x00"
    tiff += struct.pack(e + "HHI", 0x0112, 3, 1) + orientation_value  # Orientation
    tiff += struct.pack(e + "HHII", 0x8825, 4, 1, gps_offset)  # GPS IFD pointer
    tiff += struct.pack(e + "I", 0)
    tiff += make
    tiff += struct.pack(e + "H", gps_entries)
    tiff += struct.pack(e + "HHII", 0x0001, 2, len(gps_value), gps_value_offset)
    tiff += struct.pack(e + "I", 0)
    tiff += gps_value
    return b"Exif\x00\x00" + tiff


def jpeg_with_metadata(orientation: int = 6) -> bytes:
    """A real JPEG (Qt-encoded) with every metadata kind inserted after SOI, a JFIF thumbnail,
    a comment, and data after EOI."""
    plain = encode(picture(), "JPEG")
    assert plain[:2] == b"\xff\xd8"
    body = plain[2:]
    if body[:2] == b"\xff\xe0":  # drop Qt's JFIF; we add our own with a thumbnail
        length = struct.unpack(">H", body[2:4])[0]
        body = body[2 + length :]
    jfif = b"JFIF\x00\x01\x01\x01\x00\x48\x00\x48" + bytes((2, 1)) + CANARY[:6]  # 2x1 thumbnail
    extra = b"".join(
        [
            segment(0xE0, jfif),
            segment(0xE1, exif_payload(orientation)),
            segment(
                0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>" + CANARY + b"</x:xmpmeta>"
            ),
            segment(0xE2, b"ICC_PROFILE\x00\x01\x01" + CANARY),
            segment(0xED, b"Photoshop 3.0\x008BIM\x04\x04" + CANARY),
            segment(0xEE, b"Adobe\x00\x64\x00\x00\x00\x00\x01"),
            segment(0xEF, CANARY),
            segment(0xE0, b"JFXX\x00\x10" + CANARY),
            segment(0xFE, b"comment " + CANARY),
        ]
    )
    return b"\xff\xd8" + extra + body + b"TRAILER" + CANARY


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_with_metadata() -> bytes:
    plain = encode(picture(), "PNG")
    assert plain.startswith(b"\x89PNG\r\n\x1a\n")
    ihdr_end = 8 + 8 + 13 + 4
    extra = b"".join(
        [
            png_chunk(b"tEXt", b"Author\x00" + CANARY),
            png_chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(CANARY)),
            png_chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + CANARY),
            png_chunk(b"eXIf", exif_payload()[6:]),
            png_chunk(b"tIME", b"\x07\xe8\x01\x02\x03\x04\x05"),
            png_chunk(b"iCCP", CANARY + b"\x00\x00" + zlib.compress(b"profile")),
            png_chunk(b"caBX", CANARY),
            png_chunk(b"prVt", CANARY),
            png_chunk(b"pHYs", b"\x00\x00\x0b\x13\x00\x00\x0b\x13\x01"),
        ]
    )
    return plain[:ihdr_end] + extra + plain[ihdr_end:] + b"after-iend" + CANARY
