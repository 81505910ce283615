"""The PDF's fonts ship with the program: every path resolves inside the package, never to a system folder."""

from __future__ import annotations

from pathlib import Path

import tripartite.data
from tripartite.reports import fonts, stamp

PACKAGE_FONTS = Path(tripartite.data.__file__).resolve().parent / "fonts"


def test_every_font_resolves_inside_the_package() -> None:
    assert set(fonts.FONT_FILES) == {fonts.BODY, fonts.BOLD, fonts.CJK}
    for name in fonts.FONT_FILES:
        path = fonts.font_path(name).resolve()
        assert path.is_file() and path.parent == PACKAGE_FONTS, path
    assert fonts.missing_fonts() == []


def test_reportlab_reads_the_packaged_files() -> None:
    from reportlab.pdfbase import pdfmetrics

    fonts.register_fonts()
    for name in fonts.FONT_FILES:
        face = pdfmetrics.getFont(name).face
        assert Path(face.filename).resolve().parent == PACKAGE_FONTS, (name, face.filename)


def test_the_stamp_fonts_come_from_the_package(monkeypatch) -> None:
    opened: list[Path] = []
    original = stamp._stamp_subset.__wrapped__

    def spy(path: Path, unicodes: frozenset[int]) -> bytes | None:
        opened.append(path)
        return original(path, unicodes)

    monkeypatch.setattr(stamp, "_stamp_subset", spy)
    assert stamp._stamp_font("Signed by Ana\nChair\n%(ts)s") and stamp._stamp_font("Signed by 王小明\nUnions\n%(ts)s")
    assert [p.resolve() for p in opened] == [PACKAGE_FONTS / "DejaVuSans.ttf", PACKAGE_FONTS / "wqy-microhei.ttc"]


def test_each_font_ships_with_its_licence() -> None:
    shipped = {p.name for p in PACKAGE_FONTS.iterdir()}
    assert {"LICENSE-DejaVu.txt", "LICENSE-WenQuanYi.txt", "README.md"} <= shipped
    assert set(fonts.FONT_FILES.values()) <= shipped
    readme = (PACKAGE_FONTS / "README.md").read_text(encoding="utf-8")
    assert all(file in readme for file in fonts.FONT_FILES.values())
