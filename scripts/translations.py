"""The translations' tool: extract, list what is missing, fill, compile and check (DESIGN §14).

Two sets of catalogues, one per face that shows words:

* the app: Qt Linguist files ``ui/i18n/tripartite_<lang>.ts``, extracted from ``ui/`` by the wheel's
  ``pyside6-lupdate`` and compiled to ``.qm`` by ``pyside6-lrelease``. English has a file too, holding only
  the plural (numerus) messages, so "%n request(s)" reads "1 request" and "2 requests";
* the documents: gettext catalogues ``reports/locale/<lang>/LC_MESSAGES/tripartite.po`` from the template
  ``reports/locale/tripartite.pot``, extracted from ``reports/`` and compiled to ``.mo`` with Babel. The
  default criteria catalogue's name and gate labels (``data/criteria/default.toml``), which the minutes
  print, are extracted too, with the context ``criterion``; a board's own catalogue prints as written.

Usage::

    python scripts/translations.py update [--part ui|docs]  # re-extract; keeps every translation already made
    python scripts/translations.py todo es [--part ui|docs] [--all]   # JSON of what lacks a translation
    python scripts/translations.py fill es FILE.json # merge translations written into that JSON
    python scripts/translations.py compile           # .ts -> .qm, .po -> .mo (the set-up runs this)
    python scripts/translations.py check             # what the test checks; exit 1 on any finding

A translator runs ``todo``, writes the ``translation`` of each entry (a list of forms for a plural one:
``plurals`` says how many the language has), and runs ``fill``. ``docs/translations/`` holds the glossaries.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages import mofile, pofile
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
UI_DIR = ROOT / "ui"
TS_DIR = UI_DIR / "i18n"
DOCS_DIR = ROOT / "reports"
DEFAULT_CRITERIA = ROOT / "data" / "criteria" / "default.toml"
LOCALE_DIR = DOCS_DIR / "locale"
POT = LOCALE_DIR / "tripartite.pot"
DOMAIN = "tripartite"

# The translated languages (English is the source); kept here rather than imported so the tool runs
# before the package is installed.
LANGUAGES = ("es", "fr", "ar")
# ``N_`` marks a document's source text for extraction where it is translated later (a table of words).
DOCS_KEYWORDS = {**DEFAULT_KEYWORDS, "N_": None, "NP_": (1, 2)}
# Placeholders that must survive translation: Qt's %1 %2 %n, str.format's {name}, and printf's %s %d.
PLACEHOLDER = re.compile(r"%[0-9n]|\{[a-z_][a-z0-9_]*(?:[:!][^}]*)?\}|%\(?[a-z_]*\)?[sd]")


def ts_path(lang: str) -> Path:
    """The Qt Linguist file of a language."""
    return TS_DIR / f"tripartite_{lang}.ts"


def po_path(lang: str) -> Path:
    """The gettext catalogue of a language."""
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def ui_sources() -> list[str]:
    """Every Python file of the app, relative to the repository (lupdate's input, in a stable order)."""
    return sorted(str(p.relative_to(ROOT)) for p in UI_DIR.rglob("*.py"))


# ------------------------------------------------------------------------------------------ the app


@dataclass
class TsMessage:
    """One message of a ``.ts`` file."""

    context: str
    source: str
    comment: str
    numerus: bool
    translations: list[str] = field(default_factory=list)
    kind: str = ""  # "" (finished), "unfinished", "vanished" or "obsolete"

    @property
    def key(self) -> tuple[str, str, str]:
        """What names the message in its file: context, source and comment."""
        return (self.context, self.source, self.comment)


def _lupdate(ts_file: Path, lang: str) -> None:
    args = [str(BIN / "pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-target-language", lang]
    if lang == "en":
        args.append("-pluralonly")
    args += [*ui_sources(), "-ts", str(ts_file)]
    subprocess.run(args, cwd=ROOT, check=True, capture_output=True, text=True)


CATALOGUE_WORDS = UI_DIR / "catalogue_words.py"


def catalogue_words() -> str:
    """``ui/catalogue_words.py``: the default catalogue's names and descriptions, marked for lupdate."""
    data = tomllib.loads(DEFAULT_CRITERIA.read_text(encoding="utf-8"))
    texts = [data["catalogue"]["name"]]
    for entry in (*data.get("gate", ()), *data.get("criterion", ())):
        texts += [entry["label"], entry["description"]]
    lines = "".join(f"    QT_TRANSLATE_NOOP({'Catalogue'!r}, {json.dumps(t, ensure_ascii=False)}),\n" for t in texts)
    return (
        "# ruff: noqa: E501\n"
        '"""The default criteria catalogue\'s words (data/criteria/default.toml), for lupdate to extract.\n\n'
        "Written by ``scripts/translations.py update``; do not edit. :func:`tripartite.ui.catalogue.localized`\n"
        'translates a catalogue through them; a board\'s own words, not among them, show as written.\n"""\n\n'
        "from PySide6.QtCore import QT_TRANSLATE_NOOP\n\n"
        f"WORDS = (\n{lines})\n"
    ).replace("'Catalogue'", '"Catalogue"')


def update_ui(folder: Path = TS_DIR) -> None:
    """Re-extract the app's messages into the ``.ts`` files in ``folder`` (translations are kept)."""
    folder.mkdir(parents=True, exist_ok=True)
    if folder == TS_DIR:
        CATALOGUE_WORDS.write_text(catalogue_words(), encoding="utf-8")
    for lang in ("en", *LANGUAGES):
        _lupdate(folder / f"tripartite_{lang}.ts", lang)


def read_ts(path: Path) -> list[TsMessage]:
    """The messages of a ``.ts`` file."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path}: a message without <translation>"
            forms = translation.findall("numerusform")
            messages.append(
                TsMessage(
                    context=name,
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    numerus=message.get("numerus") == "yes",
                    translations=[f.text or "" for f in forms] if forms else [translation.text or ""],
                    kind=translation.get("type", ""),
                )
            )
    return messages


def fill_ts(path: Path, entries: list[dict]) -> int:
    """Write translations into a ``.ts`` file; returns how many messages changed.

    An entry for a message the code no longer has (it changed since the ``todo``) is skipped and named.

    Raises:
        SystemExit: on an entry with the wrong kind of translation (one string, or a list of forms).
    """
    tree = ET.parse(path)
    by_key = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            by_key[(name, message.findtext("source", ""), message.findtext("comment", ""))] = message
    changed = 0
    for entry in entries:
        if entry.get("translation") in (None, "", []):
            continue
        key = (entry["context"], entry["source"], entry.get("comment", ""))
        message = by_key.get(key)
        if message is None:
            print(f"{path.name}: skipped, no longer in the code: {key!r}", file=sys.stderr)
            continue
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = entry["translation"]
            if not isinstance(forms, list):
                raise SystemExit(f"{path.name}: {key!r} is a plural message; give a list of forms")
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            if not isinstance(entry["translation"], str):
                raise SystemExit(f"{path.name}: {key!r} is not a plural message; give one string")
            translation.text = entry["translation"]
        translation.attrib.pop("type", None)
        changed += 1
    _write_ts(tree, path)
    return changed


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


# ------------------------------------------------------------------------------------ the documents


def extract_docs() -> Catalog:
    """The documents' messages, freshly extracted from ``reports/``."""
    catalog = Catalog(project="Tripartite", domain=DOMAIN, charset="utf-8", fuzzy=False)
    found = extract_from_dir(
        str(DOCS_DIR), method_map=[("**.py", "python")], keywords=DOCS_KEYWORDS, comment_tags=("TRANSLATORS:",)
    )
    for _filename, _lineno, message, comments, context in found:
        catalog.add(message, None, auto_comments=comments, context=context)
    # The default criteria catalogue's words the minutes print (reports.phrases.gate_label, catalogue_name).
    criteria = tomllib.loads(DEFAULT_CRITERIA.read_text(encoding="utf-8"))
    where = DEFAULT_CRITERIA.relative_to(ROOT)
    catalog.add(criteria["catalogue"]["name"], None, auto_comments=[f"{where}: the catalogue's name"],
                context="criterion")  # fmt: skip
    for gate in criteria["gate"]:
        catalog.add(gate["label"], None, auto_comments=[f"{where}: gate {gate['code']}: {gate['description']}"],
                    context="criterion")  # fmt: skip
    return catalog


def _write_po(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Fixed dates keep the files still when nothing changed; git holds the history.
    catalog.creation_date = catalog.revision_date = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    with path.open("wb") as out:
        pofile.write_po(out, catalog, width=0, no_location=True, omit_header=False, sort_output=True,
                        ignore_obsolete=True)


def read_po(path: Path, lang: str | None = None) -> Catalog:
    """A ``.po`` or ``.pot`` file."""
    with path.open("rb") as f:
        return pofile.read_po(f, locale=lang, domain=DOMAIN)


def update_docs() -> None:
    """Re-extract the documents' messages into the template and every language's catalogue."""
    template = extract_docs()
    _write_po(template, POT)
    for lang in LANGUAGES:
        path = po_path(lang)
        catalog = read_po(path, lang) if path.exists() else Catalog(locale=lang, domain=DOMAIN, project="Tripartite")
        catalog.update(template, update_header_comment=False, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        _write_po(catalog, path)


def _po_key(message) -> tuple[str, str]:
    msgid = message.id[0] if isinstance(message.id, tuple) else message.id
    return (message.context or "", msgid)


def fill_po(lang: str, entries: list[dict]) -> int:
    """Write translations into a language's ``.po``; returns how many messages changed."""
    path = po_path(lang)
    catalog = read_po(path, lang)
    by_key = {_po_key(m): m for m in catalog if m.id}
    changed = 0
    for entry in entries:
        if entry.get("translation") in (None, "", []):
            continue
        key = (entry.get("context", ""), entry["source"])
        message = by_key.get(key)
        if message is None:
            raise SystemExit(f"{path.name}: no message {key!r}")
        if message.pluralizable != isinstance(entry["translation"], list):
            raise SystemExit(f"{path.name}: {key!r}: give a list of forms exactly for a plural message")
        message.string = tuple(entry["translation"]) if message.pluralizable else entry["translation"]
        message.flags.discard("fuzzy")
        changed += 1
    _write_po(catalog, path)
    return changed


# ------------------------------------------------------------------------------- todo, fill, compile


def todo(lang: str, part: str, everything: bool) -> list[dict]:
    """The entries of a language that lack a translation (or all of them), for a translator to fill."""
    entries: list[dict] = []
    if part in ("ui", "all"):
        for m in read_ts(ts_path(lang)):
            if everything or m.kind == "unfinished" or not any(m.translations):
                entry = {"part": "ui", "context": m.context, "source": m.source, "numerus": m.numerus}
                if m.comment:
                    entry["comment"] = m.comment
                entry["translation"] = m.translations if m.numerus else m.translations[0]
                entries.append(entry)
    if part in ("docs", "all") and lang != "en":  # English documents are their source text
        catalog = read_po(po_path(lang), lang)
        for m in catalog:
            if not m.id:
                continue
            strings = m.string if isinstance(m.string, tuple) else (m.string,)
            if everything or not all(strings) or m.fuzzy:
                context, source = _po_key(m)
                entry = {"part": "docs", "context": context, "source": source}
                if m.pluralizable:
                    entry["plural_source"] = m.id[1]
                    entry["plurals"] = catalog.num_plurals
                    entry["plural_rule"] = catalog.plural_expr
                if m.auto_comments:
                    entry["comment"] = " ".join(m.auto_comments)
                entry["translation"] = list(strings) if m.pluralizable else strings[0]
                entries.append(entry)
    return entries


def fill(lang: str, entries: list[dict]) -> tuple[int, int]:
    """Merge a translator's JSON into the language's ``.ts`` and ``.po``."""
    ui = [e for e in entries if e.get("part", "ui") == "ui"]
    docs = [e for e in entries if e.get("part") == "docs"]
    return (fill_ts(ts_path(lang), ui) if ui else 0, fill_po(lang, docs) if docs else 0)


def compile_all() -> None:
    """Compile every ``.ts`` to ``.qm`` and every ``.po`` to ``.mo`` beside it."""
    ts_files = sorted(TS_DIR.glob("tripartite_*.ts"))
    if ts_files:
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", *map(str, ts_files)], check=True)
    for lang in LANGUAGES:
        path = po_path(lang)
        if path.exists():
            with path.with_suffix(".mo").open("wb") as out:
                mofile.write_mo(out, read_po(path, lang))


# ------------------------------------------------------------------------------------------ check


def _placeholders(text: str) -> list[str]:
    return sorted(set(PLACEHOLDER.findall(text)) - {"%n"})


def check() -> list[str]:
    """Every finding the translations test fails on: stale files, missing or broken translations."""
    findings: list[str] = []
    if not CATALOGUE_WORDS.exists() or CATALOGUE_WORDS.read_text(encoding="utf-8") != catalogue_words():
        findings.append(f"{CATALOGUE_WORDS.name}: out of date with {DEFAULT_CRITERIA.name} (run update)")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for path in TS_DIR.glob("tripartite_*.ts"):
            shutil.copy(path, fresh / path.name)
        update_ui(fresh)
        for lang in ("en", *LANGUAGES):
            committed = {m.key for m in read_ts(ts_path(lang))} if ts_path(lang).exists() else set()
            extracted = {m.key for m in read_ts(fresh / f"tripartite_{lang}.ts")}
            for key in sorted(extracted - committed):
                findings.append(f"{ts_path(lang).name}: not extracted yet (run update): {key[0]}: {key[1]!r}")
            for key in sorted(committed - extracted):
                findings.append(f"{ts_path(lang).name}: no longer in the code (run update): {key[0]}: {key[1]!r}")
    for lang in ("en", *LANGUAGES):
        if not ts_path(lang).exists():
            continue
        for m in read_ts(ts_path(lang)):
            where = f"{ts_path(lang).name}: {m.context}: {m.source!r}"
            if m.kind or not all(m.translations):
                findings.append(f"{where}: no translation")
                continue
            for form in m.translations:
                if _placeholders(form) != _placeholders(m.source):
                    findings.append(f"{where}: placeholders differ in {form!r}")
    template = {_po_key(m) for m in extract_docs() if m.id}
    if template != {_po_key(m) for m in read_po(POT) if m.id}:
        findings.append(f"{POT.name}: out of date with reports/ (run update)")
    for lang in LANGUAGES:
        path = po_path(lang)
        if not path.exists():
            findings.append(f"{path}: missing (run update)")
            continue
        catalog = read_po(path, lang)
        keys = {_po_key(m) for m in catalog if m.id}
        for key in sorted(template - keys):
            findings.append(f"{lang}/{path.name}: not extracted yet (run update): {key[1]!r}")
        for key in sorted(keys - template):
            findings.append(f"{lang}/{path.name}: no longer in the code (run update): {key[1]!r}")
        for m in catalog:
            if not m.id:
                continue
            source = m.id[0] if isinstance(m.id, tuple) else m.id
            strings = m.string if isinstance(m.string, tuple) else (m.string,)
            where = f"{lang}/{path.name}: {source!r}"
            if m.fuzzy or not all(strings) or (m.pluralizable and len(strings) != catalog.num_plurals):
                findings.append(f"{where}: no translation")
                continue
            for form in strings:
                if not placeholders_kept(m.id, form):
                    findings.append(f"{where}: placeholders differ in {form!r}")
    return findings


def placeholders_kept(source: str | tuple[str, ...], form: str) -> bool:
    """Whether a translation keeps the placeholders of its source text.

    A plural form may leave out the count ("One member…", Arabic's dual "شرطان"), but it keeps every other
    placeholder the singular and plural share, and brings in none of its own.
    """
    if isinstance(source, str):
        return _placeholders(form) == _placeholders(source)
    singular, plural = set(_placeholders(source[0])), set(_placeholders(source[1]))
    found = set(_placeholders(form))
    return found <= singular | plural and (singular & plural) - {"{count}"} <= found


def _load_entries(path: str) -> list[dict]:
    text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    return json.loads(text)


def main(argv: list[str] | None = None) -> int:
    """The command line; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    update_p = sub.add_parser("update")
    update_p.add_argument("--part", choices=("ui", "docs", "all"), default="all")
    todo_p = sub.add_parser("todo")
    todo_p.add_argument("lang", choices=("en", *LANGUAGES))
    todo_p.add_argument("--part", choices=("ui", "docs", "all"), default="all")
    todo_p.add_argument("--all", action="store_true", help="every message, translated or not")
    fill_p = sub.add_parser("fill")
    fill_p.add_argument("lang", choices=("en", *LANGUAGES))
    fill_p.add_argument("file")
    sub.add_parser("compile")
    sub.add_parser("check")
    args = parser.parse_args(argv)
    if args.command == "update":
        if args.part in ("ui", "all"):
            update_ui()
        if args.part in ("docs", "all"):
            update_docs()
    elif args.command == "todo":
        json.dump(todo(args.lang, args.part, args.all), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.command == "fill":
        ui, docs = fill(args.lang, _load_entries(args.file))
        print(f"{args.lang}: {ui} app messages and {docs} document messages translated")
    elif args.command == "compile":
        compile_all()
    else:
        findings = check()
        print("\n".join(findings) or "translations: up to date and complete")
        return 1 if findings else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
