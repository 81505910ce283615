"""The documents' language (reports/i18n.py): catalogues, plurals, formats, and a property over every message."""

from __future__ import annotations

import datetime as dt
import re
import threading
from pathlib import Path

from babel.messages import pofile
from hypothesis import given, settings
from hypothesis import strategies as st

from tripartite.languages import LANGUAGES
from tripartite.models import Constituency, Vote
from tripartite.reports import i18n, words

from ..conftest import ROOT

POT = ROOT / "reports" / "locale" / "tripartite.pot"
with POT.open("rb") as _f:
    MESSAGES = [m for m in pofile.read_po(_f) if m.id]
PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)(?:[:!][^}]*)?\}")


def names(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


@settings(max_examples=400, deadline=None)
@given(message=st.sampled_from(MESSAGES), language=st.sampled_from(LANGUAGES), n=st.integers(0, 250))
def test_every_message_translates_without_error_and_keeps_its_placeholders(message, language, n) -> None:
    context = message.context
    with i18n.language(language):
        if message.pluralizable:
            singular, plural = message.id
            text = (i18n.npgettext(context, singular, plural, n) if context
                    else i18n.ngettext(singular, plural, n))  # fmt: skip
            # A form may leave out the count ("One member…", Arabic's dual) but keeps the other placeholders.
            assert names(text) <= names(singular) | names(plural)
            assert (names(singular) & names(plural)) - {"count"} <= names(text)
        else:
            text = i18n.pgettext(context, message.id) if context else i18n._(message.id)
            assert names(text) == names(message.id), (language, message.id, text)
    text.format(**dict.fromkeys(names(text), "x"))  # a template that fills: no stray or broken braces


def test_the_catalogues_are_read_and_plurals_follow_each_language() -> None:
    source = ("({count} condition)", "({count} conditions)")
    shown = {}
    for language in LANGUAGES:
        with i18n.language(language):
            shown[language] = [i18n.plural(source, n).format(count=n) for n in (0, 1, 2, 3, 11, 100)]
    assert shown["en"] == ["(0 conditions)", "(1 condition)", "(2 conditions)", "(3 conditions)", "(11 conditions)",
                           "(100 conditions)"]  # fmt: skip
    assert shown["fr"][:2] == ["(0 condition)", "(1 condition)"], "French: 0 is singular"
    assert shown["es"][0] == "(0 condiciones)"
    # Arabic's six forms: zero, one, two, a few (3–10), many (11–99), and a hundred.
    assert shown["ar"] == ["(بلا شروط)", "(شرط واحد)", "(شرطان)", "(3 شروط)", "(11 شرطًا)", "(100 شرط)"]


def test_the_language_is_per_context_and_thread() -> None:
    seen: dict[str, str] = {}

    def render(language: str) -> None:
        with i18n.language(language):
            seen[language] = words.CONSTITUENCY[Constituency.UNION]

    threads = [threading.Thread(target=render, args=(language,)) for language in ("es", "fr", "ar")]
    with i18n.language("es"):
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert i18n.current() == "es"
    assert i18n.current() == "en"
    assert seen == {"es": "Sindicatos", "fr": "Syndicats", "ar": "النقابات"}
    assert words.VOTE[Vote.FOR] == "For" and list(words.CONSTITUENCY.values())[2] == "Unions"
    with i18n.language("xx"):  # a code Tripartite does not speak is English
        assert i18n.current() == "en"


def test_babel_formats_per_language() -> None:
    day = dt.date(2026, 11, 20)
    out = {}
    for language in LANGUAGES:
        with i18n.language(language):
            out[language] = (i18n.date(day), i18n.money(1450, "EUR"), i18n.number(62.5, 1), i18n.percent(0.25))
    assert out["en"] == ("20 November 2026", "€1,450.00", "62.5", "25%")
    assert out["es"][0] == "20 de noviembre de 2026" and out["es"][2] == "62,5"
    assert out["fr"][:3] == ("20 novembre 2026", "1\u202f450,00\xa0€", "62,5")
    assert out["ar"][0].strip("\u200f") == "20 نوفمبر 2026"
    assert "\u200f" not in out["ar"][1], "no bidi control Babel adds (the fonts cannot draw them)"


def test_a_fresh_checkout_without_mo_files_compiles_the_po(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "locale" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "tripartite.po").write_bytes((i18n.LOCALE_DIR / "es" / "LC_MESSAGES" / "tripartite.po").read_bytes())
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path / "locale")
    monkeypatch.setattr(i18n, "_catalogues", {})
    assert not (folder / "tripartite.mo").exists()
    with i18n.language("es"):
        assert i18n._("MINUTES OF THE SESSION") == "ACTA DE LA SESIÓN"
