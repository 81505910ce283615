"""The signature stamp, and the pyHanko internals its font patch leans on (reports/stamp.py).

``stamp._font_factory_class`` subclasses pyHanko's ``GlyphAccumulator`` and reaches into its private parts
(``units_per_em``, ``hb_font``, ``_glyphs``, ``_get_cid_and_width``) so that glyph widths come out in
thousandths of an em. These tests fail when a pyHanko release moves or changes any of that: first the shape
of the API, then the effect, on a stamp signed for real.
"""

from __future__ import annotations

import inspect
import io

import pytest
from fontTools.ttLib import TTFont
from pyhanko.pdf_utils.font.api import FontEngineFactory
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import PdfFileWriter

from tripartite.reports import stamp

from .conftest import SignedCase

LATIN = "Signed by Signer for chair\nChair\n%(ts)s"


def _parameters(function: object) -> list[str]:
    return list(inspect.signature(function).parameters)  # type: ignore[arg-type]


def test_the_private_api_the_patch_relies_on_is_still_there() -> None:
    assert _parameters(GlyphAccumulator._get_cid_and_width) == ["self", "glyph_id"]
    init = _parameters(GlyphAccumulator.__init__)
    assert init[:4] == ["self", "writer", "font_handle", "font_size"] and "obj_stream" in init
    assert _parameters(FontEngineFactory.create_font_engine) == ["self", "writer", "obj_stream"]
    engine = GlyphAccumulator(PdfFileWriter(), io.BytesIO(stamp._stamp_font(LATIN) or b""), 10)
    # The attributes the patch rescales, and the cache it fills: still where, and what, it assumes.
    assert engine.units_per_em == 2048  # DejaVu Sans: the case the patch exists for
    assert isinstance(engine._glyphs, dict) and not engine._glyphs
    assert hasattr(engine.hb_font, "scale")
    cid, width = engine._get_cid_and_width(5)
    assert engine._glyphs[5] == (cid, width)


def test_the_patched_engine_measures_in_thousandths_of_an_em() -> None:
    data = stamp._stamp_font(LATIN)
    assert data is not None
    engine = stamp._font_factory_class()(data, 10).create_font_engine(PdfFileWriter())
    assert isinstance(engine, GlyphAccumulator)
    assert engine.units_per_em == 1000 and tuple(engine.hb_font.scale) == (1000, 1000)
    font = TTFont(io.BytesIO(data))
    glyph = font.getBestCmap()[ord("S")]
    upem = font["head"].unitsPerEm
    advance = font["hmtx"][glyph][0]
    _, width = engine._get_cid_and_width(font.getGlyphID(glyph))
    assert width == round(advance * 1000 / upem) != advance
    shaped = engine.shape("Signed")
    expected = sum(font["hmtx"][font.getBestCmap()[ord(c)]][0] for c in "Signed") / upem
    assert shaped.x_advance == pytest.approx(expected, abs=0.01)


def _stamp_fonts(pdf: bytes, field: str) -> list[object]:
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    (widget,) = [f.get_object() for f in reader.root["/AcroForm"]["/Fields"] if f.get_object()["/T"] == field]
    found = []

    def walk(xobject: object) -> None:
        resources = xobject.get_object().get("/Resources", {})  # type: ignore[attr-defined]
        found.extend(font.get_object() for font in resources.get("/Font", {}).values())
        for inner in resources.get("/XObject", {}).values():
            walk(inner)

    walk(widget["/AP"]["/N"])
    return found


def test_a_signed_stamp_embeds_its_font_with_widths_in_thousandths(signed_case: SignedCase) -> None:
    (font,) = _stamp_fonts(signed_case.revisions["chair"], "Sig_chair")
    assert "DejaVuSans" in str(font["/BaseFont"])  # type: ignore[index]
    descendant = font["/DescendantFonts"][0].get_object()  # type: ignore[index]
    assert "/FontFile2" in descendant["/FontDescriptor"]
    # /W is [first_cid, [w, w, ...], first_cid, [...], ...]; CIDs are the glyph ids of the font pyHanko was given.
    source = TTFont(io.BytesIO(stamp._stamp_font(LATIN) or b""))
    upem = source["head"].unitsPerEm
    widths = list(descendant["/W"])
    checked = 0
    for first, run in zip(widths[::2], widths[1::2], strict=True):
        for offset, width in enumerate(run):
            advance = source["hmtx"][source.getGlyphName(int(first) + offset)][0]
            assert int(width) == round(advance * 1000 / upem), (first, offset)
            checked += 1
    assert checked >= 10 and upem != 1000  # unpatched, every width would be in font units (2048 per em)


def test_a_cjk_name_gets_the_cjk_font_in_its_stamp() -> None:
    data = stamp._stamp_font("Signed by 王小明\nUnions\n%(ts)s")
    assert data is not None
    font = TTFont(io.BytesIO(data))
    assert ord("王") in font.getBestCmap()
    assert "WenQuanYi" in font["name"].getDebugName(1)
