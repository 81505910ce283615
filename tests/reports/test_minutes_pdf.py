"""The minutes PDF: every section, decision and dissent in the text, names in any script, fonts, escaping, stability."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pypdf
import pytest
from sqlite_utils import Database

from tests.helpers import ROLES
from tripartite.meetings.minutes import build_minutes
from tripartite.meetings.minutes_data import Minutes
from tripartite.reports.annex import ANNEX_NAME, annex_bytes, field_name
from tripartite.reports.minutes_pdf import render_minutes

from .conftest import DISSENT, NAMES, build_db, closed_at


def _minutes(db: Database, meeting_id: int, hours: float = 1) -> Minutes:
    return build_minutes(db, meeting_id, at=closed_at(db, meeting_id) + dt.timedelta(hours=hours))


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _text(pdf: bytes) -> str:
    """The whole text, whitespace collapsed (lines wrap anywhere) and Arabic presentation forms folded."""
    return " ".join(unicodedata.normalize("NFKC", "\n".join(_pages(pdf))).split())


@pytest.fixture
def sample_pdf(recorded: tuple[Database, int]) -> bytes:
    return render_minutes(_minutes(*recorded))


def test_every_section_and_page_furniture(sample_pdf: bytes) -> None:
    text = _text(sample_pdf)
    for heading in (
        "MINUTES OF THE SESSION",
        "Sesión ordinaria 11/2026",
        "Decisions at a glance",
        "1. Attendance",
        "2. Quorum",
        "3. Rules of procedure in force",
        "4. Declarations of interest and recusals",
        "5. Items",
        "6. Written dissents",
        "7. Evidence annex",
        "8. Signatures",
    ):
        assert heading in text, heading
    assert "Real Decreto 1155/2024, Reglamento de Extranjería, art. 65" in text
    assert "Ministerio de Inclusión, Seguridad Social y Migraciones — sala 3" in text
    assert "Apologies: Nuria Castañeda Ríos." in text
    assert "alternate for José Antonio Fernández Úbeda" in text
    assert "At the opening, 8 members with a vote were present out of 9 seats" in text
    assert "group majority (2 of 3 constituency blocks)" in text
    assert "Su asociación empresarial representa a la solicitante." in text
    pages = _pages(sample_pdf)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Comisión Laboral Tripartita de Inmigración" in page
        assert "Sesión ordinaria 11/2026" in page


def test_each_item_decision_tally_and_condition(sample_pdf: bytes) -> None:
    text = _text(sample_pdf)
    for item in (
        "Item 1 · REQ-2026-0001 · Agrícola Hermanos Núñez S.L.",
        "Item 2 · REQ-2026-0015",
        "Item 3 · REQ-2026-0003",
        "Item 4 · REQ-2026-0005",
    ):
        assert item in text
    assert "DECISION: APPROVED — 12 of the 12 workers requested" in text
    assert "DECISION: APPROVED WITH CONDITIONS — 3 of the 4 workers requested" in text
    assert "DECISION: REJECTED" in text and "DECISION: DEFERRED" in text
    assert "Training of 2 local workers, 40 hours each 30 June 2027" in text
    assert "Housing standard: Inspeccionada por la inspección de trabajo regional 31 January 2027" in text
    assert "Report to the board quarterly" in text
    assert "wage 1,480 < prevailing 1,610" in text  # the failed gate, with its reason
    assert "Motion 1: approve, 10 of 10 workers — NOT ADOPTED" in text
    assert "Motion 2: defer — ADOPTED under the group majority" in text
    assert "against: Rocío Jiménez Cañete, Andrés Muñoz Beltrán" in text  # named ballots
    assert "Constituency For Against Abstain Members Government 2 0 1" in text
    assert "Divergence between constituencies: 27.2 points" in text
    assert "Recommendation (advisory; the vote decides)" in text


def test_explanations_dissents_and_the_48_hour_note(recorded: tuple[Database, int]) -> None:
    db, meeting_id = recorded
    early = _text(render_minutes(_minutes(db, meeting_id, hours=1)))
    assert "Explanations of vote" in early
    assert "“Sin plan de formación ni vivienda: las condiciones llegan tarde.”" in early
    assert "Written dissents" in early
    assert "La representación sindical formula voto particular: la solicitud debió aplazarse" in early
    assert "One written dissent was filed (item 2)" in early
    assert "48-hour window for written dissents was still open" in early
    late = _text(render_minutes(_minutes(db, meeting_id, hours=50)))
    assert "48-hour window for written dissents closed on" in late


def test_names_in_every_script_and_markup_escaped(multilingual: tuple[Database, int]) -> None:
    pdf = render_minutes(_minutes(*multilingual))
    text = _text(pdf)
    for name in NAMES.values():
        assert name in text, name
    assert DISSENT in text  # "<b>" printed as text, "&" kept: escaped, not interpreted
    assert "نفس رأي الزميل" in text  # an Arabic explanation of vote


def test_fonts_are_embedded(multilingual: tuple[Database, int]) -> None:
    pdf = render_minutes(_minutes(*multilingual))
    embedded: dict[str, bool] = {}
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor_of = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descriptor_of.get("/FontDescriptor")
            embedded[str(font["/BaseFont"])] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    # reportlab lists an unused Helvetica in every file (its default font, always declared); nothing draws with it.
    used = {name: ok for name, ok in embedded.items() if name != "/Helvetica"}
    assert any("DejaVuSans" in name for name in used) and any("WenQuanYi" in name for name in used)
    assert all(used.values()), used


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) is not installed")
def test_pdffonts_agrees_that_fonts_are_embedded(multilingual: tuple[Database, int], tmp_path: Path) -> None:
    path = tmp_path / "m.pdf"
    path.write_bytes(render_minutes(_minutes(*multilingual)))
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    fonts = {row.split()[0]: row.split()[-5] for row in rows}  # name → the "emb" column
    assert {name: emb for name, emb in fonts.items() if name != "Helvetica"}
    assert all(emb == "yes" for name, emb in fonts.items() if name != "Helvetica"), fonts


def test_output_is_byte_stable(recorded: tuple[Database, int]) -> None:
    minutes = _minutes(*recorded)
    assert render_minutes(minutes) == render_minutes(minutes)
    assert render_minutes(minutes, invariant=False) != render_minutes(minutes, invariant=False)


def test_signature_fields_on_the_last_page_annex_and_metadata(recorded: tuple[Database, int]) -> None:
    minutes = _minutes(*recorded)
    pdf = render_minutes(minutes)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    last = reader.pages[-1]
    widgets = {str(a.get_object()["/T"]) for a in last["/Annots"]}
    assert widgets == {field_name(role) for role in ROLES}
    for page in reader.pages[:-1]:
        assert "/Annots" not in page
    fields = reader.get_fields()
    assert all(fields[field_name(r)]["/FT"] == "/Sig" and "/V" not in fields[field_name(r)] for r in ROLES)
    annex = reader.attachments[ANNEX_NAME][0]
    assert annex == annex_bytes(minutes)
    assert json.loads(annex)["items"][0]["decision"]["outcome"] == "approve"
    assert reader.metadata.title == "Minutes: Sesión ordinaria 11/2026 (2026-11-20)"
    assert reader.metadata.subject.endswith("minutes of the session of 20 November 2026")


def test_secret_ballot_prints_tallies_without_names(tmp_path: Path) -> None:
    db, meeting_id = build_db(tmp_path / "secret.db", board={'ballot = "named"': 'ballot = "secret"'})
    text = _text(render_minutes(_minutes(db, meeting_id)))
    db.close()
    assert "Secret ballot: only the tallies by constituency are minuted." in text
    assert "Explanations of vote" not in text and "Members' totals" not in text
    assert "against: Rocío" not in text and "Constituency For Against Abstain Government 2 0 1" in text


def test_an_advisory_board_minutes_opinions(tmp_path: Path) -> None:
    db, meeting_id = build_db(tmp_path / "adv.db", board={'authority = "decides"': 'authority = "advises"'})
    text = _text(render_minutes(_minutes(db, meeting_id)))
    db.close()
    assert "Opinions at a glance" in text and "OPINION: FAVOURABLE — 12 of the 12 workers requested" in text
    assert "DECISION:" not in text


def test_an_item_without_quorum(tmp_path: Path) -> None:
    votes = 'gov1 = "for", gov2 = "for", gov3 = "for", emp1 = "for", emp2 = "abstain", emp3 = "for", '
    db, meeting_id = build_db(
        tmp_path / "nq.db",
        meeting={
            'request = "REQ-2026-0003"': 'request = "REQ-2026-0003"\nrecused = ["emp1", "emp2", "emp3"]',
            votes: 'gov1 = "for", gov2 = "for", gov3 = "for", ',
        },
    )
    text = _text(render_minutes(_minutes(db, meeting_id)))
    db.close()
    assert "No quorum for this item" in text and "not represented: Employers" in text
    assert "not decided (no quorum)" in text


def test_arrivals_are_the_rooms_clock_and_a_recorded_session_is_not_dated_by_its_entry(
    recorded: tuple[Database, int],
) -> None:
    # The secretary writes an arrival as the room's clock shows it; the app's own stamps carry their zone.
    # A session entered from its paper record was not opened when it was entered: no "Opened" on that day.
    minutes = _minutes(*recorded)
    first = minutes.attendance[0]
    arrived = dataclasses.replace(first.members[0], arrived_at="2026-11-20T09:30", departed_at=None)
    groups = (dataclasses.replace(first, members=(arrived, *first.members[1:])), *minutes.attendance[1:])
    text = _text(render_minutes(dataclasses.replace(minutes, attendance=groups)))
    assert "arrived 20 November 2026, 09:30" in text
    assert "09:30 UTC" not in text
    assert "Opened" not in text and "Closed 3" not in text
    assert "Recorded entered from the session's own record on " in text
    assert " UTC" in text.split("own record on", 1)[1].split("Legal basis", 1)[0]
    held = dataclasses.replace(minutes, header=dataclasses.replace(minutes.header, recorded=False))
    held_text = _text(render_minutes(held))  # a session held in the app is dated by its own opening and closing
    assert " UTC" in held_text.split("Opened", 1)[1].split("Closed", 1)[0]
    assert "own record" not in held_text
