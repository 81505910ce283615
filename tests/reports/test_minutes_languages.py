"""The minutes in the board's language (DESIGN §14): the sample meeting in Spanish, French and Arabic, read back.

Real PDFs, read back with pdftotext (words, and word boxes with ``-bbox``) and pypdf; the Arabic minutes are
signed by every role and validated with pyHanko (and pdfsig where it is installed). The headings checked are
the ones translated so far in each catalogue: a heading whose translation is still missing is not checked.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import arabic_reshaper
import pytest
from bidi.algorithm import get_display
from pypdf import PdfReader

from tests.helpers import PASSPHRASE, ROLES
from tripartite.meetings.minutes import build_minutes
from tripartite.reports import i18n, keys, signing, verify
from tripartite.reports.annex import open_pdf, read_annex
from tripartite.reports.minutes_pdf import render_minutes

from .conftest import build_db, certs, closed_at, have_pdfsig

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is missing")

# The minutes' headings and kickers, as the renderer writes them in English.
HEADINGS = (
    "MINUTES OF THE SESSION",
    "Decisions at a glance",
    "1. Attendance",
    "2. Quorum",
    "3. Rules of procedure in force",
    "4. Declarations of interest and recusals",
    "5. Items",
    "6. Written dissents",
    "7. Evidence annex",
    "8. Signatures",
    "Request",
    "Compliance gates",
    "Assessment",
    "Motions and votes",
    "Explanations of vote",
    "Written dissents",
)
# What the sample meeting decided on its first two items, and how its members voted (the words checked).
OUTCOMES = ("APPROVED", "APPROVED WITH CONDITIONS")
VOTES = ("For", "Against")


@dataclass(frozen=True)
class Rendered:
    language: str
    pdf: bytes
    text: str  # pdftotext's reading order, bidi controls removed, Arabic presentation forms kept


def _pdftotext(pdf: bytes, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def _render(folder: Path, language: str) -> Rendered:
    db, meeting_id = build_db(folder / f"{language}.db", language=language)
    try:
        minutes = build_minutes(db, meeting_id, at=closed_at(db, meeting_id) + dt.timedelta(hours=1))
    finally:
        db.close()
    pdf = render_minutes(minutes)
    text = re.sub("[\u202a-\u202e]", "", _pdftotext(pdf))
    return Rendered(language, pdf, text)


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rendered]:
    folder = tmp_path_factory.mktemp("languages")
    return {language: _render(folder, language) for language in ("en", "es", "fr", "ar")}


def translated(language: str, message: str) -> str:
    with i18n.language(language):
        return i18n._(message)


def lines(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip()}


def plain(text: str) -> str:
    """Spaces as spaces (Babel's formats use narrow and non-breaking ones)."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


# ------------------------------------------------------------------------------------- Spanish, French


@pytest.mark.parametrize(
    ("language", "date", "amount"),
    [("es", "20 de noviembre de 2026", "1.720,00 €"), ("fr", "20 novembre 2026", "1 720,00 €")],
)
def test_the_headings_date_and_amounts_are_the_languages(
    rendered: dict[str, Rendered], language: str, date: str, amount: str
) -> None:
    text = rendered[language].text
    shown = lines(text)
    checked = 0
    for heading in HEADINGS:
        words = translated(language, heading)
        if words == heading:  # not translated yet: the other helpers' catalogue work
            continue
        checked += 1
        assert words in shown, (language, heading, words)
        assert heading not in shown, f"an English heading is left: {heading!r}"
    assert checked >= 14
    assert date in text and "20 November 2026" not in text
    # The first request's wage, 1720.00 EUR, as Babel writes it in the language.
    assert amount in plain(text) and "1,720.00" not in text
    flowing = " ".join(text.split())  # a narrow column's header may wrap
    for word in (*OUTCOMES, *VOTES):
        assert translated(language, word) != word and translated(language, word) in flowing


def test_english_minutes_keep_the_english_words(rendered: dict[str, Rendered]) -> None:
    text = rendered["en"].text
    assert {"MINUTES OF THE SESSION", "1. Attendance", "8. Signatures"} <= lines(text)
    assert "20 November 2026" in text and "€1,720.00 a month" in text


@pytest.mark.parametrize("language", ["en", "es", "fr", "ar"])
def test_the_pdf_and_the_annex_name_the_language(rendered: dict[str, Rendered], language: str) -> None:
    pdf = rendered[language].pdf
    assert PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Lang"] == language
    annex = read_annex(pdf)
    assert annex is not None and annex["language"] == language
    name = {"en": "English", "es": "Español", "fr": "Français", "ar": "العربية"}[language]
    if language == "ar":
        # Drawn right to left: the code in brackets stands left of the name (pdftotext's logical order of a
        # line that mixes scripts is unreliable, so the drawn order is checked).
        drawn = unicodedata.normalize("NFKC", _pdftotext(pdf, "-raw")).replace("\u202b", "").replace("\u202c", "")
        assert f"(ar) {name}" in drawn
    else:
        assert f"{name} ({language})" in unicodedata.normalize("NFKC", rendered[language].text)


# ------------------------------------------------------------------------------------------------ Arabic


def test_arabic_is_shaped_and_in_reading_order(rendered: dict[str, Rendered]) -> None:
    raw = rendered["ar"].text
    # Joined letter forms (arabic-reshaper's), not the isolated letters an unshaped text draws.
    kicker = translated("ar", "MINUTES OF THE SESSION")
    assert kicker == "محضر الجلسة"
    assert arabic_reshaper.reshape(kicker) in raw
    assert "محضر" not in raw, "unshaped letters"
    # A note spanning a mirrored table's row keeps its text (reportlab shows a span's top-left cell).
    english = rendered["en"].text.count("no member of the group scored")
    note = arabic_reshaper.reshape(translated("ar", "no member of the group scored"))
    assert english and " ".join(raw.split()).count(" ".join(note.split())) == english
    # pdftotext gives right-to-left text back in logical order: the words come in the order they are read
    # (drawn left to right as written, they would come back reversed). Its own reordering of a line mixing
    # figures and Arabic is unreliable, so the words checked are Arabic only.
    text = " ".join(unicodedata.normalize("NFKC", raw).split())
    assert "أعضاء لهم حق التصويت" in text, "the opening quorum's sentence"
    assert "عن أعضاء النقابات" in text, "the unions' signature box"
    assert "النظام الداخلي المعمول به" in text, "a heading"


def _word_x(pdf: bytes, word: str, page: int = 1) -> float:
    """The left edge of a word's first (topmost) appearance on a page, as pdftotext -bbox sees it."""
    boxes = _pdftotext(pdf, "-bbox", "-f", str(page), "-l", str(page))
    drawn = get_display(arabic_reshaper.reshape(word))  # each word's glyphs, left to right on the page
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', boxes)
    return min((float(y), float(x)) for x, y, text in found if text == drawn)[1]


def test_arabic_tables_run_right_to_left(rendered: dict[str, Rendered]) -> None:
    # The table at a glance: "Item" is its first column, "Workers" its last.
    item = _word_x(rendered["ar"].pdf, translated("ar", "Item"))
    workers = _word_x(rendered["ar"].pdf, translated("ar", "Workers"))
    assert item > workers + 300, "the first column is on the right"
    item_fr = _word_x(rendered["fr"].pdf, translated("fr", "Item"))
    workers_fr = _word_x(rendered["fr"].pdf, translated("fr", "Workers"))
    assert item_fr + 300 < workers_fr, "and on the left in French"


def test_the_arabic_chart_reads_from_the_right(rendered: dict[str, Rendered]) -> None:
    """The chart's family names under the bars (the lowest of their appearances, below the scores table)."""
    boxes = _pdftotext(rendered["ar"].pdf, "-bbox")
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', boxes)

    def lowest_x(word: str) -> float:
        drawn = get_display(arabic_reshaper.reshape(translated("ar", word)))
        return max((float(y), float(x)) for x, y, text in found if text == drawn)[1]

    assert lowest_x("Productivity") > lowest_x("Integration"), "the first family's bars stand on the right"


def test_arabic_minutes_are_signed_and_validate(rendered: dict[str, Rendered], tmp_path: Path) -> None:
    # Arabic names, one per box (a name mixing Arabic and Latin letters cannot be signed with: see the report).
    names = dict(zip(ROLES, ("فاطمة الزهراء", "يوسف العلمي", "ليلى بنعلي", "كريم الإدريسي", "سلمى حداد"), strict=True))
    identities = {r: keys.new_identity(names[r], r, PASSPHRASE, algorithm="p-256") for r in ROLES}
    pdf = rendered["ar"].pdf
    for role in ROLES:
        pdf = signing.sign_pdf(pdf, role, identities[role].p12, PASSPHRASE)
    report = verify.verify_pdf(pdf, certs(identities))
    assert report.verdict == "verified", verify.problems(report)
    # The signatures' reasons (and their stamps) are in the minutes' language too.
    reasons = [str(s.sig_object["/Reason"]) for s in open_pdf(pdf).embedded_signatures]
    assert reasons[0] == "محضر موقّع بصفة: الرئيس"
    if have_pdfsig():
        path = tmp_path / "ar.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout
        assert out.count("Signature is Valid.") == len(ROLES), out
