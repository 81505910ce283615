"""The request importer: every kind of bad input is located, and nothing is half-written."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlite_utils import Database

from tripartite import exporter, importer
from tripartite.authority import operator
from tripartite.errors import Cancelled, InputError
from tripartite.request_schema import NAMES

VALID = {
    "reference": "REQ-T-0001",
    "employer_name": "Agrícola Hermanos Núñez S.L.",
    "employer_id": "B21047196",
    "sector_isic": "A",
    "occupation_isco": "9211",
    "job_title": "Peón agrícola",
    "region": "Andalucía",
    "workers_requested": "12",
    "duration_months": "9",
    "wage_offered": "1720.50",
    "prevailing_wage": "1400",
    "currency": "EUR",
    "origin_countries": "MA;SN",
    "vacancy_advertised_days": "35",
    "recruitment_channels": "3",
    "local_applicants": "18",
    "local_hired": "4",
    "local_jobs_created": "8",
    "local_trainees": "12",
    "layoffs_last_12m": "0",
    "compliance_violations_3y": "0",
    "labour_dispute": "false",
    "housing_provided": "yes",
    "housing_inspected": "sí",
    "fees_charged_to_workers": "0",
    "integration_support": "language_course;orientation",
    "firm_employees": "420",
    "firm_foreign_employees": "25",
    "submitted_on": "2026-06-02",
    "notes": "Campaña de fresa, con alojamiento",
}


def row(n: int = 1, **changes: str) -> dict[str, str]:
    values = dict(VALID, reference=f"REQ-T-{n:04d}")
    values.update(changes)
    return values


def write_csv(
    path: Path, rows: list[dict[str, str]], columns: list[str] | None = None, bom: bool = False, encoding: str = "utf-8"
) -> Path:
    columns = columns or list(NAMES)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buf.getvalue().encode(encoding))
    return path


def state(db: Database) -> tuple[int, int]:
    """What a refused import must leave untouched: requests and audit events."""
    return db["requests"].count, db["events"].count


def refused(db: Database, path: Path) -> InputError:
    before = state(db)
    with pytest.raises(InputError) as info:
        importer.import_requests(db, path, auth=operator(db), display_name=path.name)
    assert state(db) == before, "a refused import wrote something"
    return info.value


def places(error: InputError) -> list[tuple[int, str, str]]:
    return [(p.row, p.column, p.code) for p in error.problems]


def test_a_valid_file_imports_every_row_with_typed_values(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ok.csv", [row(1), row(2, labour_dispute="", firm_employees="")])
    result = importer.import_requests(db, path, auth=None)
    assert result.count == 2 and result.warnings == []
    first, second = db.query("SELECT * FROM requests ORDER BY reference")
    assert first["wage_offered"] == 1720.5 and first["workers_requested"] == 12
    assert (first["housing_provided"], first["housing_inspected"], first["labour_dispute"]) == (1, 1, 0)
    assert first["status"] == "pending"
    # A missing optional value is unknown, not zero (DESIGN §8.2).
    assert second["labour_dispute"] is None and second["firm_employees"] is None
    assert db["events"].count == 1


@pytest.mark.parametrize(
    ("changes", "column", "code"),
    [
        ({"occupation_isco": "9999"}, "occupation_isco", "bad_isco"),
        ({"occupation_isco": "921"}, "occupation_isco", "bad_isco"),  # a minor group, not a unit group
        ({"sector_isic": "Z"}, "sector_isic", "bad_isic"),
        ({"sector_isic": "04"}, "sector_isic", "bad_isic"),  # no such division
        ({"wage_offered": "-1850"}, "wage_offered", "not_positive"),
        ({"wage_offered": "1.850,50"}, "wage_offered", "not_decimal"),
        ({"workers_requested": "twelve"}, "workers_requested", "not_integer"),
        ({"workers_requested": "0"}, "workers_requested", "too_small"),
        ({"duration_months": "61"}, "duration_months", "too_large"),
        ({"firm_foreign_employees": "500"}, "firm_foreign_employees", "foreign_exceeds_employees"),
        ({"currency": "EUX"}, "currency", "bad_currency"),
        ({"origin_countries": "MA;XX"}, "origin_countries", "bad_country"),
        ({"labour_dispute": "maybe"}, "labour_dispute", "not_boolean"),
        ({"submitted_on": "02/06/2026"}, "submitted_on", "not_date"),
        ({"integration_support": "language_course;free_lunch"}, "integration_support", "bad_integration_item"),
        ({"employer_name": ""}, "employer_name", "required"),
        ({"local_hired": "-3"}, "local_hired", "too_small"),
    ],
)
def test_each_bad_value_names_its_row_and_column(
    db: Database, tmp_path: Path, changes: dict[str, str], column: str, code: str
) -> None:
    path = write_csv(tmp_path / "bad.csv", [row(1), row(2), row(3, **changes)])
    error = refused(db, path)
    assert places(error) == [(4, column, code)]
    line = str(error.problems[0])
    assert line.startswith(f"bad.csv:4:{column}: ")
    if changes[column]:
        assert line.endswith(f"({changes[column]})")


def test_every_problem_is_reported_not_just_the_first(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "many.csv",
        [row(1, occupation_isco="0000"), row(2), row(3, wage_offered="abc", currency="XXX"), row(4)],
    )
    error = refused(db, path)
    assert places(error) == [
        (2, "occupation_isco", "bad_isco"),
        (4, "wage_offered", "not_decimal"),
        (4, "currency", "bad_currency"),
    ]


def test_missing_required_column(db: Database, tmp_path: Path) -> None:
    columns = [c for c in NAMES if c != "prevailing_wage"]
    error = refused(db, write_csv(tmp_path / "cols.csv", [row(1)], columns))
    assert (1, "prevailing_wage", "missing_column") in places(error)


def test_duplicate_reference_in_the_file(db: Database, tmp_path: Path) -> None:
    error = refused(db, write_csv(tmp_path / "dup.csv", [row(1), row(2), row(1)]))
    assert places(error) == [(4, "reference", "duplicate_in_file")]
    assert "row 2" in str(error.problems[0])


def test_duplicate_reference_against_the_database(db: Database, tmp_path: Path) -> None:
    importer.import_requests(db, write_csv(tmp_path / "first.csv", [row(1), row(2)]), auth=None)
    error = refused(db, write_csv(tmp_path / "second.csv", [row(3), row(2)]))
    assert places(error) == [(3, "reference", "duplicate_in_database")]


def test_latin1_file_is_refused_naming_the_line(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "latin1.csv", [row(1, employer_name="Plain Ltd"), row(2)], encoding="latin-1")
    error = refused(db, path)
    assert len(error.problems) == 1
    problem = error.problems[0]
    assert (problem.row, problem.code) == (2, "not_utf8")  # row 1's name is ASCII; row 2 has "Agrícola"
    assert "not UTF-8" in str(problem) and "line 2" in str(problem)


@pytest.mark.parametrize("content", [b"", b"\n\n  \n", b"\xef\xbb\xbf"])
def test_empty_file(db: Database, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    assert [p.code for p in refused(db, path).problems] == ["empty_file"]


def test_header_only(db: Database, tmp_path: Path) -> None:
    error = refused(db, write_csv(tmp_path / "header.csv", []))
    assert [(p.row, p.code) for p in error.problems] == [(1, "header_only")]


def test_a_row_with_the_wrong_number_of_fields(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ragged.csv", [row(1)])
    with path.open("a", encoding="utf-8") as fh:
        fh.write("REQ-T-0009,Only three,A\n")
    error = refused(db, path)
    assert (3, "", "field_count") in places(error)


def test_bom_case_insensitive_headers_and_unknown_columns(db: Database, tmp_path: Path) -> None:
    columns = [*NAMES, "Internal Memo"]
    text = write_csv(tmp_path / "x.csv", [row(1, **{"Internal Memo": "ignore me"})], columns).read_text("utf-8")
    header, rest = text.split("\n", 1)
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (" " + header.upper().replace(",", " , ") + "\n" + rest).encode())
    result = importer.import_requests(db, path, auth=None, display_name="bom.csv")
    assert result.count == 1
    assert [(w.row, w.column, w.code) for w in result.warnings] == [(1, "INTERNAL MEMO", "unknown_column")]


def test_semicolon_separated_spreadsheet_export(db: Database, tmp_path: Path) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(NAMES), delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerow(row(1, origin_countries="PH"))
    path = tmp_path / "semi.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    assert importer.import_requests(db, path, auth=None).count == 1


def test_multiline_notes_keep_file_line_numbers(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ml.csv", [row(1, notes="first line\nsecond line"), row(2, currency="??")])
    error = refused(db, path)
    assert places(error) == [(4, "currency", "bad_currency")]  # row 2 starts on file line 4


def test_xlsx_first_sheet(db: Database, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(NAMES))
    values = row(1)
    sheet.append([int(values[c]) if values[c].isdigit() else values[c] for c in NAMES])
    bad = row(2, occupation_isco="9999")
    sheet.append([bad[c] for c in NAMES])
    book.create_sheet("ignored").append(["whatever"])
    path = tmp_path / "requests.xlsx"
    book.save(path)
    error = refused(db, path)
    assert places(error) == [(3, "occupation_isco", "bad_isco")]
    sheet.delete_rows(3)
    book.save(path)
    assert importer.import_requests(db, path, auth=None).count == 1
    assert db["requests"].get(1)["workers_requested"] == 12


def test_unsupported_and_missing_files(db: Database, tmp_path: Path) -> None:
    doc = tmp_path / "requests.ods"
    doc.write_text("x")
    assert [p.code for p in refused(db, doc).problems] == ["unsupported_type"]
    assert [p.code for p in refused(db, tmp_path / "gone.csv").problems] == ["file_not_found"]
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert [p.code for p in refused(db, broken).problems] == ["bad_xlsx"]


def test_progress_and_cancel_roll_back(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ok.csv", [row(n) for n in range(1, 30)])
    seen: list[tuple[int, int]] = []
    importer.import_requests(db, path, auth=None, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 29) and seen[-1] == (29, 29)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    path2 = write_csv(tmp_path / "more.csv", [row(n) for n in range(100, 130)])
    before = state(db)
    with pytest.raises(Cancelled):
        importer.import_requests(db, path2, auth=None, cancelled=lambda: True)
    assert state(db) == before


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_reads_back_equal(sample_db: Database, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"export{suffix}"
    assert exporter.export_requests(sample_db, out) == 48

    from tripartite import store

    copy = store.open_db(tmp_path / "copy.db")
    try:
        result = importer.import_requests(copy, out, auth=None)
        assert result.count == 48
        assert {w.column for w in result.warnings} == set(exporter.EXTRA_COLUMNS)
        columns = ", ".join(NAMES)
        original = sample_db.execute(f"SELECT {columns} FROM requests ORDER BY reference").fetchall()
        assert copy.execute(f"SELECT {columns} FROM requests ORDER BY reference").fetchall() == original
    finally:
        copy.close()


def test_export_refuses_an_unknown_format(sample_db: Database, tmp_path: Path) -> None:
    from tripartite.errors import KnownError

    with pytest.raises(KnownError) as refused:
        exporter.export_requests(sample_db, tmp_path / "out.pdf")
    assert (refused.value.code, refused.value.params) == ("unsupported_export", {"path": str(tmp_path / "out.pdf")})
    assert not (tmp_path / "out.pdf").exists()


def test_one_request_from_a_form_uses_the_importer_rules(db: Database) -> None:
    converted, problems = importer.validate_row(db, row(1, wage_offered="1.850,50", occupation_isco="9999"))
    assert converted == {} and [(p.column, p.code) for p in problems] == [
        ("occupation_isco", "bad_isco"),
        ("wage_offered", "not_decimal"),
    ]
    request_id = importer.save_request(db, row(1), auth=None)
    stored = db["requests"].get(request_id)
    assert (stored["status"], stored["wage_offered"], stored["housing_provided"]) == ("pending", 1720.5, 1)
    # Editing keeps its own reference; another request's reference is a duplicate.
    importer.save_request(db, row(1, workers_requested="7"), auth=None, request_id=request_id)
    assert db["requests"].get(request_id)["workers_requested"] == 7
    other = importer.save_request(db, row(2), auth=None)
    _, problems = importer.validate_row(db, row(1), request_id=other)
    assert [(p.column, p.code) for p in problems] == [("reference", "duplicate_in_database")]
    actions = [r[0] for r in db.execute("SELECT action FROM events ORDER BY seq")]
    assert actions == ["request.created", "request.edited", "request.created"]
    with pytest.raises(InputError):
        importer.save_request(db, row(3, currency="??"), auth=None)
    assert db["requests"].count == 2
