"""The visible stamp of a signature: who signed, for which role, and when, in a font that spaces correctly.

pyHanko draws the stamp (``pyhanko.stamp``); two things here are ours. The stamp's font is a small
subset of one of the fonts the program ships (:data:`reports.fonts.FONT_FILES`), made per name for CJK
names. And pyHanko writes glyph widths in font units, right only for fonts with 1000 units per em:
:func:`_font_factory_class` patches its private glyph accumulator to measure in thousandths of an em.
That patch leans on pyHanko internals (``GlyphAccumulator``'s ``units_per_em``, ``hb_font``, ``_glyphs``
and ``_get_cid_and_width``); ``tests/reports/test_stamp.py`` fails when a pyHanko release changes them.
"""

from __future__ import annotations

import io
import logging
from functools import cache
from pathlib import Path
from typing import Any

# fontTools notes the font tables it drops when it subsets a stamp font; nobody needs to read that.
logging.getLogger("fontTools").addHandler(logging.NullHandler())

# The characters a stamp font keeps: Latin, Greek, Cyrillic, Arabic presentation forms, punctuation. Layout tables
# go too: names arrive shaped (arabic-reshaper), and without them a stamp font loads and subsets ten times faster.
_STAMP_CHARS = frozenset(
    [*range(0x20, 0x250), *range(0x370, 0x530), *range(0x2000, 0x2070), 0x20AC, *range(0xFB50, 0xFE00),
     *range(0xFE70, 0xFF00)]
)  # fmt: skip


@cache
def _stamp_subset(path: Path, unicodes: frozenset[int]) -> bytes | None:
    """A small TrueType font with just these characters (the first face of a collection)."""
    if not path.is_file():
        return None
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "kern"]
    options.name_IDs = ["*"]
    with TTFont(str(path), fontNumber=0, lazy=True) as font:
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        buffer = io.BytesIO()
        font.save(buffer)
    return buffer.getvalue()


def _stamp_font(text: str) -> bytes | None:
    """The stamp's font, one of the program's own: WenQuanYi for CJK names, else DejaVu Sans."""
    from tripartite.reports.fonts import BODY, CJK, font_path, has_cjk

    needed = frozenset(ord(c) for c in text) | frozenset(range(0x20, 0x7F))
    if has_cjk(text):
        return _stamp_subset(font_path(CJK), needed)  # per name: the CJK font is too big to keep whole
    unicodes = _STAMP_CHARS if needed <= _STAMP_CHARS else _STAMP_CHARS | needed
    return _stamp_subset(font_path(BODY), unicodes)


@cache
def _font_factory_class() -> type:
    """A pyHanko font engine that measures in thousandths of an em, whatever the font's unitsPerEm.

    pyHanko writes glyph widths in font units, which is right only for fonts with 1000 units per em:
    DejaVu Sans (2048) came out with double letter spacing (pitfall 10). This engine has HarfBuzz
    position in 1000ths and scales the widths to match, so every TrueType font spaces correctly.
    """
    from pyhanko.pdf_utils.font.api import FontEngineFactory
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator

    class ScaledAccumulator(GlyphAccumulator):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._to_thousandths = 1000 / self.units_per_em
            self.hb_font.scale = (1000, 1000)
            self.units_per_em = 1000

        def _get_cid_and_width(self, glyph_id: int) -> tuple[int, int]:
            cached = self._glyphs.get(glyph_id)
            if cached is not None:
                return cached
            cid, width = super()._get_cid_and_width(glyph_id)
            result = (cid, round(width * self._to_thousandths))
            self._glyphs[glyph_id] = result
            return result

    class Factory(FontEngineFactory):
        def __init__(self, data: bytes, font_size: int):
            self.data = data
            self.font_size = font_size

        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> Any:
            if obj_stream is None and writer.stream_xrefs:
                obj_stream = writer.prepare_object_stream()
            # From memory: pyHanko's own factory opens the file and never closes it.
            return ScaledAccumulator(writer, io.BytesIO(self.data), self.font_size, obj_stream=obj_stream)

    return Factory


def stamp_style(name: str, label: str) -> Any:
    """The visible stamp: who signed, for which role, and when, in the language of the document being signed."""
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    from tripartite.reports.fonts import visual
    from tripartite.reports.i18n import _

    # Arabic or Hebrew names (and Arabic minutes' words) are shaped and put in visual order here, a line at a
    # time; HarfBuzz then lays each line out left to right.
    signed = visual(_("Signed by {name}").format(name=name))
    text = signed.replace("%", "%%") + "\n" + visual(label).replace("%", "%%") + "\n%(ts)s"
    data = _stamp_font(text)
    style: dict[str, Any] = {}
    if data is not None:
        style["text_box_style"] = TextBoxStyle(font=_font_factory_class()(data, 10), font_size=10, leading=13)
    return TextStampStyle(
        stamp_text=text,
        timestamp_format="%Y-%m-%d %H:%M %Z",
        border_width=0,
        **style,
    )

