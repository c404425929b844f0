"""Attachments are viewed inside SafeCase from memory — PDF through a QBuffer, images via
QImage.fromData, plain text — and no file appears in the temp directory or HOME while
viewing. "Save a copy…" warns first (Cancel is the default) and writes a private file."""

from __future__ import annotations

import io
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QPointF, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from factories import make_person
from safecase.domain.records import Person, RecordKind
from safecase.gui.editors.destructive_confirmation import DestructiveConfirmation
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.gui.viewers.attachment_importer import AttachmentImporter, dropped_files
from safecase.gui.viewers.attachment_viewer_dialog import AttachmentViewerDialog
from safecase.gui.viewers.media_kind import MediaKind
from safecase.services.records import RecordsService
from safecase.services.search import SearchService
from safecase.services.vault import OpenVault

PDF_CANARY = "Canary-PDF-Zhaksylykov-7731"


def make_pdf(text: str = PDF_CANARY) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle("test")
    painter = QPainter(writer)
    painter.drawText(QPointF(200, 400), text)
    painter.end()
    return bytes(buffer.data().data())


def make_png() -> bytes:
    image = QImage(12, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


@pytest.fixture
def gateway(records: RecordsService, open_vault: OpenVault) -> RecordsGateway:
    return RecordsGateway(records, SearchService(open_vault.conn))


@pytest.fixture
def person(records: RecordsService) -> Person:
    person = make_person()
    records.create(person)
    return person


def attach(records: RecordsService, person: Person, data: bytes, name: str, media: str) -> str:
    return records.add_attachment(io.BytesIO(data), name, media, person.id).id


def open_viewer(
    qtbot: QtBot, gateway: RecordsGateway, attachment_id: str
) -> AttachmentViewerDialog:
    tracked: list[QWidget] = []
    viewer = AttachmentViewerDialog(gateway, tracked.append, attachment_id)
    viewer.show()  # deletes itself on close (WA_DeleteOnClose); see the close_viewers fixture
    qtbot.waitExposed(viewer)
    return viewer


@pytest.fixture(autouse=True)
def close_viewers(qapp: QApplication) -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, AttachmentViewerDialog) and shiboken6.isValid(widget):
            widget.close()


def files_under(root: Path) -> set[str]:
    return {str(p) for p in root.rglob("*")} if root.exists() else set()


def test_pdf_is_viewed_from_memory_and_no_file_is_written(  # noqa: PLR0917 - fixtures
    qtbot: QtBot,
    gateway: RecordsGateway,
    records: RecordsService,
    person: Person,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    home = Path(os.environ["HOME"])
    data = make_pdf()
    attachment_id = attach(records, person, data, "scan.pdf", "application/pdf")
    before_tmp, before_home = files_under(private_tmp), files_under(home)
    started = time.time()
    viewer = open_viewer(qtbot, gateway, attachment_id)
    assert viewer.kind is MediaKind.PDF
    assert viewer.pdf_view.page_count == 1
    assert viewer.stack.currentWidget() is viewer.pdf_view
    viewer.pdf_view.view.grab()  # render a page
    assert viewer.windowTitle() == "SafeCase"
    viewer.close()
    assert files_under(private_tmp) == before_tmp
    assert files_under(home) == before_home
    # Nothing written to the system temp directory holds the document either (other
    # processes come and go there: walk without failing on vanished entries).
    for folder, _dirs, names in os.walk("/tmp"):
        for name in names:
            path = Path(folder) / name
            try:
                if path.stat().st_mtime >= started - 1 and data in path.read_bytes():
                    pytest.fail(f"the document was written to {path}")
            except OSError:
                continue


def test_image_viewer(
    qtbot: QtBot, gateway: RecordsGateway, records: RecordsService, person: Person
) -> None:
    attachment_id = attach(records, person, make_png(), "photo.png", "image/png")
    viewer = open_viewer(qtbot, gateway, attachment_id)
    assert viewer.kind is MediaKind.IMAGE
    assert viewer.image_view.image.size().width() == 12
    assert viewer.stack.currentWidget() is viewer.image_view


def test_text_viewer_shows_plain_text(
    qtbot: QtBot, gateway: RecordsGateway, records: RecordsService, person: Person
) -> None:
    text = "Привет\n<b>not bold</b>\n"
    attachment_id = attach(records, person, text.encode(), "letter.txt", "text/plain")
    viewer = open_viewer(qtbot, gateway, attachment_id)
    assert viewer.kind is MediaKind.TEXT
    assert viewer.text_view.toPlainText() == text


def test_unknown_files_are_not_opened(
    qtbot: QtBot, gateway: RecordsGateway, records: RecordsService, person: Person
) -> None:
    attachment_id = attach(
        records, person, b"\x00\x01binary", "data.bin", "application/octet-stream"
    )
    viewer = open_viewer(qtbot, gateway, attachment_id)
    assert viewer.kind is MediaKind.OTHER
    assert viewer.stack.currentWidget() is viewer.unsupported


def test_a_fake_pdf_is_not_given_to_the_pdf_engine() -> None:
    assert MediaKind.detect("application/pdf", b"<html>not a pdf</html>") is MediaKind.OTHER
    assert MediaKind.detect("application/octet-stream", make_pdf()) is MediaKind.PDF


def test_closing_the_viewer_drops_the_bytes(
    qtbot: QtBot, gateway: RecordsGateway, records: RecordsService, person: Person
) -> None:
    attachment_id = attach(records, person, make_pdf(), "scan.pdf", "application/pdf")
    viewer = open_viewer(qtbot, gateway, attachment_id)
    viewer.clear_on_lock()
    assert viewer.pdf_view.page_count == 0
    assert viewer.name.text() == ""


def test_save_a_copy_warns_first_then_writes_a_private_file(
    qtbot: QtBot, gateway: RecordsGateway, records: RecordsService, person: Person, tmp_path: Path
) -> None:
    data = make_pdf()
    attachment_id = attach(records, person, data, "scan.pdf", "application/pdf")
    viewer = open_viewer(qtbot, gateway, attachment_id)
    viewer.save_copy_button.click()
    flow = viewer.save_flow
    assert flow is not None
    warning = flow.warning
    assert isinstance(warning, DestructiveConfirmation)
    assert warning.defaultButton() is warning.cancel_button
    assert "NOT protected" in warning.informativeText()
    warning.cancel_button.click()
    assert flow.file_dialog is None, "Cancel stops here"
    viewer.save_copy_button.click()
    flow = viewer.save_flow
    assert flow is not None and flow.warning is not None
    flow.warning.action_button.click()
    assert flow.file_dialog is not None
    target = tmp_path / "exported.pdf"
    flow.file_dialog.reject()
    flow.write_to(str(target))
    assert target.read_bytes() == data
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_files_are_attached_by_drop(
    qtbot: QtBot,
    gateway: RecordsGateway,
    records: RecordsService,
    person: Person,
    tmp_path: Path,
) -> None:
    source = tmp_path / "statement.txt"
    source.write_text("statement", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source)), QUrl("https://example.org/x")])
    assert dropped_files(mime) == [source]
    importer = AttachmentImporter(gateway, lambda _w: None)
    with qtbot.waitSignal(importer.added):
        importer.add_files(dropped_files(mime), person.id)
    items = records.timeline(person.id)
    assert [(i.kind, i.label) for i in items] == [(RecordKind.ATTACHMENT, "statement.txt")]
