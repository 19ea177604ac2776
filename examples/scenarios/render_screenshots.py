"""Render the sales scenario's deck and report into docs/screenshots/ (needs LibreOffice and poppler).

Usage: ``python examples/scenarios/render_screenshots.py WORKSPACE`` where WORKSPACE is where the scenario
ran (it holds output/sales_review.pptx and output/sales_report.docx).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image

from gofer.documents.office import convert, pdf_to_png

OUT = Path(__file__).parents[2] / "docs" / "screenshots"


def _pages(path: Path, count: int, dpi: int) -> list[Image.Image]:
    pdf = convert(path.read_bytes(), path.name, "pdf")
    return [Image.open(io.BytesIO(pdf_to_png(pdf, page=n, dpi=dpi))).convert("RGB") for n in range(1, count + 1)]


def _sheet(images: list[Image.Image], columns: int, gap: int = 16) -> Image.Image:
    w, h = images[0].size
    rows = (len(images) + columns - 1) // columns
    sheet = Image.new("RGB", (columns * w + (columns + 1) * gap, rows * h + (rows + 1) * gap), (232, 234, 237))
    for i, im in enumerate(images):
        sheet.paste(im, (gap + (i % columns) * (w + gap), gap + (i // columns) * (h + gap)))
    return sheet


def main(workspace: Path) -> None:
    """Write sales_review.png (slides) and sales_report.png (both pages)."""
    OUT.mkdir(parents=True, exist_ok=True)
    slides = _pages(workspace / "output" / "sales_review.pptx", 5, 48)
    _sheet(slides, 3).save(OUT / "sales_review.png", optimize=True)
    slides[0].save(OUT / "sales_review_cover.png", optimize=True)
    pages = _pages(workspace / "output" / "sales_report.docx", 2, 60)
    _sheet(pages, 2).save(OUT / "sales_report.png", optimize=True)
    print(f"wrote {', '.join(p.name for p in sorted(OUT.glob('sales_*.png')))} to {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
