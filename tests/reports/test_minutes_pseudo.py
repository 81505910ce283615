"""Every word the minutes print comes from the documents' catalogue: under a pseudo-translation, no English.

A ``gettext`` translations object says every message in the pseudo-language (:mod:`tests.pseudo_text`:
accented, a third longer, in ⟦…⟧) and stands in for the French catalogue. The sample meeting's minutes, signed
boxes and evidence annex labels included, are rendered in French and read back with pdftotext, page by page:
outside the brackets there may be data (names, employers, figures, dates, codes), but no English word of the
catalogue's. A word the code prints without the catalogue shows up here with its page.
"""

from __future__ import annotations

import datetime as dt
import gettext
import subprocess
from pathlib import Path

import pytest
from babel.messages import pofile

from tripartite.meetings.minutes import build_minutes
from tripartite.reports import i18n
from tripartite.reports.minutes_pdf import render_minutes

from ..pseudo_text import REPO, pseudo, untranslated, vocabulary
from .conftest import build_db, closed_at


class Pseudo(gettext.NullTranslations):
    """Every message in the pseudo-language, whatever it is (a plural in the form its count needs)."""

    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)


def _english() -> set[str]:
    with (REPO / "reports/locale/tripartite.pot").open("rb") as f:
        catalog = pofile.read_po(f)
    sources = [s for m in catalog if m.id for s in (m.id if isinstance(m.id, tuple) else (m.id,))]
    return vocabulary(sources)


def test_the_minutes_print_no_english_under_a_pseudo_language(tmp_path: Path, monkeypatch) -> None:
    if subprocess.run(["which", "pdftotext"], capture_output=True).returncode:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    monkeypatch.setitem(i18n._catalogues, "fr", Pseudo())
    db, meeting_id = build_db(tmp_path / "m.db", language="fr")
    try:
        minutes = build_minutes(db, meeting_id, at=closed_at(db, meeting_id) + dt.timedelta(hours=1))
    finally:
        db.close()
    pdf = tmp_path / "m.pdf"
    pdf.write_bytes(render_minutes(minutes))
    english = _english()
    found: dict[str, int] = {}
    pages = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for number, page in enumerate(pages.split("\f"), start=1):
        for line in page.splitlines():
            if untranslated(line, english):
                found.setdefault(line.strip()[:120], number)
    assert len(pages.split("\f")) > 5 and "⟦" in pages
    assert found == {}, "\n".join(f"page {n}: {line!r}" for line, n in found.items())
