"""Render the app icon (resources/icons/app.svg) to the PNG sizes desktops look up.

Writes packaging/linux/icons/hicolor/<N>x<N>/apps/org.safecase.SafeCase.png for every size in
SIZES, plus the SVG itself under hicolor/scalable/apps/. The outputs are committed, so packagers
need no Qt; run `make icons` after changing app.svg.

Rendering uses Qt's own SVG renderer (QSvgRenderer), the same one the app uses for its window
icon, so what the launcher shows matches what the window shows. It runs on the offscreen
platform and needs no display.

Usage: python packaging/linux/render_icons.py [--check]
  --check  render into memory and exit 1 if a committed PNG is missing or has the wrong size
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

APP_ID = "org.safecase.SafeCase"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parents[2]
SOURCE_SVG = ROOT / "resources" / "icons" / "app.svg"
HICOLOR = Path(__file__).resolve().parent / "icons" / "hicolor"


def png_path(size: int, hicolor: Path = HICOLOR) -> Path:
    return hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def svg_path(hicolor: Path = HICOLOR) -> Path:
    return hicolor / "scalable" / "apps" / f"{APP_ID}.svg"


def render(size: int, target: Path, svg: Path = SOURCE_SVG) -> None:
    """Write the icon at size x size pixels to `target` as PNG (transparent, antialiased)."""
    from PySide6.QtCore import QRectF  # noqa: PLC0415
    from PySide6.QtGui import QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):  # the format follows the .png suffix
        raise SystemExit(f"could not write {target}")


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (no imaging library needed)."""
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise ValueError(f"not a PNG: {path}")
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed icons")
    args = parser.parse_args(argv)
    if args.check:
        wrong = [
            str(png_path(size))
            for size in SIZES
            if not png_path(size).is_file() or png_size(png_path(size)) != (size, size)
        ]
        if not svg_path().is_file() or svg_path().read_bytes() != SOURCE_SVG.read_bytes():
            wrong.append(str(svg_path()))
        for path in wrong:
            sys.stderr.write(f"missing or stale: {path} (run `make icons`)\n")
        return 1 if wrong else 0

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    for size in SIZES:
        target = png_path(size)
        render(size, target)
        sys.stdout.write(f"{target.relative_to(ROOT)}\n")
    svg_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE_SVG, svg_path())
    sys.stdout.write(f"{svg_path().relative_to(ROOT)}\n")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
