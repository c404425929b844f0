"""Image metadata removal: every kind of location/camera/editing metadata is removed, the image
decodes to the same pixels, orientation survives, and malformed files raise only
`ImageMetadataError` (its Hypothesis fuzz at scale is in T7)."""

from __future__ import annotations

import struct

import pytest
from image_samples import CANARY, GPS_CANARY, encode, jpeg_with_metadata, picture, png_with_metadata
from PySide6.QtGui import QImage

from safecase.domain.errors import InvalidInput
from safecase.domain.image_metadata import (
    ImageFormat,
    ImageMetadataError,
    strip_image_metadata,
    strip_jpeg,
    strip_png,
)


def _pixels(data: bytes) -> list[int]:
    image = QImage.fromData(data)
    assert not image.isNull()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]


def _segments(jpeg: bytes) -> list[int]:
    """Markers of the header segments, up to the first scan."""
    markers, pos = [], 2
    while jpeg[pos + 1] != 0xDA:
        marker = jpeg[pos + 1]
        markers.append(marker)
        pos += 2 + struct.unpack(">H", jpeg[pos + 2 : pos + 4])[0]
    return markers


def test_jpeg_loses_every_metadata_kind_but_keeps_the_picture() -> None:
    original = jpeg_with_metadata(orientation=6)
    assert CANARY in original and GPS_CANARY in original
    result = strip_image_metadata(original)
    assert result.image_format is ImageFormat.JPEG
    assert CANARY not in result.data and GPS_CANARY not in result.data
    assert b"TRAILER" not in result.data and result.data.endswith(b"\xff\xd9")
    for name in ("EXIF", "XMP", "IPTC", "comment", "thumbnail", "data after the image"):
        assert name in result.removed
    assert _pixels(result.data) == _pixels(original)
    markers = _segments(result.data)
    app_markers = [m for m in markers if 0xE0 <= m <= 0xEF]
    assert app_markers == [0xE0, 0xE1, 0xEE]  # JFIF (no thumbnail), orientation-only EXIF, Adobe
    assert 0xFE not in markers


@pytest.mark.parametrize("little_endian", [False, True])
def test_orientation_is_kept_as_a_minimal_exif(little_endian: bool) -> None:
    from image_samples import exif_payload, segment

    plain = encode(picture(), "JPEG")
    tagged = plain[:2] + segment(0xE1, exif_payload(8, little_endian=little_endian)) + plain[2:]
    result = strip_jpeg(tagged)
    exif_start = result.data.index(b"Exif\x00\x00")
    exif = result.data[exif_start : exif_start + 32]
    assert b"MM\x00*" in exif and b"\x01\x12\x00\x03\x00\x00\x00\x01\x00\x08" in exif
    assert CANARY not in result.data


def test_upright_photo_gets_no_exif_at_all() -> None:
    result = strip_jpeg(jpeg_with_metadata(orientation=1))
    assert b"Exif" not in result.data


def test_plain_jpeg_is_unchanged_but_for_its_jfif() -> None:
    plain = encode(picture(), "JPEG")
    result = strip_jpeg(plain)
    assert _pixels(result.data) == _pixels(plain)
    assert strip_jpeg(result.data).data == result.data  # idempotent


def test_png_loses_text_exif_time_profile_and_private_chunks() -> None:
    original = png_with_metadata()
    result = strip_image_metadata(original)
    assert result.image_format is ImageFormat.PNG
    assert CANARY not in result.data and GPS_CANARY not in result.data
    for kind in (b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME", b"iCCP", b"caBX", b"prVt"):
        assert kind not in result.data
    assert b"pHYs" in result.data
    assert result.data.endswith(b"IEND\xaeB`\x82")
    assert _pixels(result.data) == _pixels(original)
    assert strip_png(result.data).data == result.data


def test_other_formats_are_returned_unchanged() -> None:
    for data in (b"GIF89a....", b"RIFF\x00\x00\x00\x00WEBPVP8 ", b"", b"hello"):
        result = strip_image_metadata(data)
        assert result.image_format is None and result.data == data and result.removed == ()


@pytest.mark.parametrize(
    "bad",
    [
        b"\xff\xd8\xff",  # SOI then nothing
        b"\xff\xd8\xff\xe1\x00",  # truncated length
        b"\xff\xd8\xff\xe1\x00\x01",  # length below 2
        b"\xff\xd8\xff\xe1\xff\xff" + b"x" * 10,  # length beyond the end
        b"\xff\xd8\xff\xd9",  # EOI without image data
        b"\xff\xd8\xff\xda\x00\x08" + b"\x00" * 6 + b"\xff\xd9",  # scan before frame
        b"\xff\xd8\x00",  # not a marker
        b"\xff\xd8\xff\x02\x00\x02\xff\xd9",  # reserved marker
    ],
)
def test_malformed_jpeg_raises_only_the_typed_error(bad: bytes) -> None:
    with pytest.raises(ImageMetadataError):
        strip_jpeg(bad)
    assert issubclass(ImageMetadataError, InvalidInput)


def test_truncated_images_raise_typed_errors_at_every_length() -> None:
    for sample in (jpeg_with_metadata(), png_with_metadata()):
        end = sample.rindex(b"TRAILER") if b"TRAILER" in sample else sample.rindex(b"after-iend")
        for cut in range(8, end, max(1, end // 300)):
            with pytest.raises(ImageMetadataError):
                strip_image_metadata(sample[:cut])


def test_png_with_a_wrong_checksum_is_refused() -> None:
    data = bytearray(png_with_metadata())
    data[40] ^= 0x01
    with pytest.raises(ImageMetadataError):
        strip_png(bytes(data))


def test_attachment_import_strips_location_from_photos(tmp_path, qtbot, open_vault) -> None:  # type: ignore[no-untyped-def]
    """The GUI import path: a JPEG attached from disk is stored without its GPS data."""
    from safecase.domain.clock import SystemClock
    from safecase.gui.models.records_gateway import RecordsGateway
    from safecase.gui.viewers.attachment_importer import AttachmentImporter

    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_with_metadata(orientation=1))
    assert GPS_CANARY in photo.read_bytes()
    gateway = RecordsGateway.for_vault(open_vault, SystemClock(), None)
    importer = AttachmentImporter(gateway, lambda _w: None)
    with qtbot.waitSignal(importer.added, timeout=10_000) as blocker:
        importer.add_files([photo], None)  # type: ignore[arg-type]
    (attachment,) = blocker.args[0]
    stored = gateway.call(lambda: gateway.records.attachment_bytes(attachment.id))
    assert GPS_CANARY not in stored and CANARY not in stored
    assert stored.startswith(b"\xff\xd8")
