from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QObject, Qt

from tripartite import assessment, board, classifications, criteria_toml, gates, register, store
from tripartite.ui import labels
from tripartite.ui.dialogs.import_report_dialog import ProblemTableModel
from tripartite.ui.models.request_model import COLUMNS, RequestTableModel

COL = {name: i for i, name in enumerate(COLUMNS)}


@pytest.fixture
def db(sample_file: Path) -> Iterator[store.Database]:
    """Overrides tests/conftest.py's ``db``: the sample, with a few statuses changed."""
    db = store.open_db(sample_file)
    # Give the register some variety: three decided, two deferred.
    db.execute("UPDATE requests SET status = 'decided' WHERE reference IN ('REQ-2026-0001', 'REQ-2026-0005', "
               "'REQ-2026-0009')")  # fmt: skip
    db.execute("UPDATE requests SET status = 'deferred' WHERE reference IN ('REQ-2026-0002', 'REQ-2026-0003')")
    db.conn.commit()
    yield db
    db.close()


@pytest.fixture
def model(qapp, db: store.Database) -> Iterator[RequestTableModel]:
    owner = QObject()
    yield RequestTableModel(db, owner)
    owner.deleteLater()


def cell(model: RequestTableModel, row: int, column: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return model.data(model.index(row, COL[column]), role)


def test_model_passes_the_model_tester_with_data(qtmodeltester, model):
    assert model.rowCount() == 48
    qtmodeltester.check(model)


@pytest.mark.parametrize(
    "flt",
    [
        register.Filter(text="nunez"),
        register.Filter(status="decided"),
        register.Filter(occupation="9211", text="agricola"),
        register.Filter(text="no-such-word-anywhere"),
    ],
)
def test_model_passes_the_model_tester_filtered(qtmodeltester, model, db, flt):
    model.set_filter(flt)
    assert model.total() == register.count(db, flt)
    assert model.rowCount() == model.total()
    qtmodeltester.check(model)


def test_filter_by_status_and_occupation_narrows_the_rows(model, db):
    model.set_filter(register.Filter(status="deferred"))
    assert model.total() == 2
    assert {cell(model, r, "reference") for r in range(2)} == {"REQ-2026-0002", "REQ-2026-0003"}
    assert {cell(model, r, "status") for r in range(2)} == {"Deferred"}

    model.set_filter(register.Filter(occupation="9211"))
    expected = db.execute("SELECT count(*) FROM requests WHERE occupation_isco = '9211'").fetchone()[0]
    assert model.total() == expected > 0
    assert {cell(model, r, "occupation_isco") for r in range(model.rowCount())} == {"9211"}


def test_text_filter_ignores_accents_and_case(model):
    model.set_filter(register.Filter(text="NUNEZ"))
    plain = [cell(model, r, "reference") for r in range(model.rowCount())]
    model.set_filter(register.Filter(text="Núñez"))
    accented = [cell(model, r, "reference") for r in range(model.rowCount())]
    assert plain == accented and "REQ-2026-0001" in plain


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
@pytest.mark.parametrize("column", register.COLUMNS)
def test_sort_orders_rows_as_sql_does(model, db, column, order):
    model.sort(COL[column], order)
    direction = "DESC" if order == Qt.SortOrder.DescendingOrder else "ASC"
    expected = [
        r[0] for r in db.execute(f"SELECT id FROM requests ORDER BY {column} {direction}, id {direction}")
    ]
    assert [model.request_id(r) for r in range(model.rowCount())] == expected


def test_sort_changes_the_first_row(model, db):
    first = cell(model, 0, "reference")
    model.sort(COL["wage_offered"], Qt.SortOrder.DescendingOrder)
    top = db.execute("SELECT reference FROM requests ORDER BY wage_offered DESC, id DESC LIMIT 1").fetchone()[0]
    assert cell(model, 0, "reference") == top != first


def test_sort_keeps_the_filter(model):
    model.set_filter(register.Filter(status="decided"))
    model.sort(COL["reference"], Qt.SortOrder.DescendingOrder)
    assert [cell(model, r, "reference") for r in range(3)] == ["REQ-2026-0009", "REQ-2026-0005", "REQ-2026-0001"]


def test_fetch_more_in_batches_of_200(qtmodeltester, big_file):
    db = store.open_db(big_file)
    owner = QObject()
    try:
        model = RequestTableModel(db, owner)
        assert (model.rowCount(), model.total()) == (200, 500)
        assert model.canFetchMore(QModelIndex())
        model.fetchMore(QModelIndex())
        assert model.rowCount() == 400
        model.fetchMore(QModelIndex())
        assert model.rowCount() == 500
        assert not model.canFetchMore(QModelIndex())
        # Rows stay in SQL order across batches, with no duplicate and no gap.
        refs = [cell(model, r, "reference") for r in range(500)]
        assert refs == [f"BENCH-{i:07d}" for i in range(500)]
        qtmodeltester.check(model)
    finally:
        owner.deleteLater()
        db.close()


def test_fetch_more_stops_when_the_table_shrinks_underneath(big_file):
    db = store.open_db(big_file)
    owner = QObject()
    try:
        model = RequestTableModel(db, owner)
        other = store.connect(big_file)
        with other.atomic():
            other.execute("DELETE FROM requests WHERE id > 150")
        other.close()
        model.fetchMore(QModelIndex())
        assert model.rowCount() == 200
        assert not model.canFetchMore(QModelIndex())
        model.reload()
        assert (model.rowCount(), model.total()) == (150, 150)
    finally:
        owner.deleteLater()
        db.close()


def test_numbers_are_right_aligned_and_wages_have_two_decimals(model, db):
    wage = db.execute("SELECT wage_offered FROM requests WHERE reference = 'REQ-2026-0001'").fetchone()[0]
    row = 0
    assert cell(model, row, "wage_offered") == QLocale().toString(float(wage), "f", 2)
    assert str(cell(model, row, "wage_offered")).count(QLocale().decimalPoint()) == 1
    assert len(str(cell(model, row, "wage_offered")).rsplit(QLocale().decimalPoint(), 1)[1]) == 2
    for column in ("workers_requested", "wage_offered", "prevailing_wage"):
        align = Qt.AlignmentFlag(cell(model, row, column, Qt.ItemDataRole.TextAlignmentRole))
        assert align & Qt.AlignmentFlag.AlignRight
    align = Qt.AlignmentFlag(cell(model, row, "employer_name", Qt.ItemDataRole.TextAlignmentRole))
    assert align & Qt.AlignmentFlag.AlignLeft


@pytest.fixture
def locale_default() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("locale_default")
@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "12,345.50"),
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), "12.345,50"),
    ],
)
def test_wages_use_the_locale_grouping(qapp, db, locale, expected):
    db.execute("UPDATE requests SET wage_offered = 12345.5 WHERE reference = 'REQ-2026-0001'")
    db.conn.commit()
    QLocale.setDefault(locale)
    owner = QObject()
    model = RequestTableModel(db, owner)
    assert cell(model, 0, "wage_offered") == expected
    owner.deleteLater()


def test_occupation_tooltip_is_the_isco_title_and_status_is_a_label(model):
    code = cell(model, 0, "occupation_isco")
    assert cell(model, 0, "occupation_isco", Qt.ItemDataRole.ToolTipRole) == classifications.isco_titles()[code]
    assert cell(model, 0, "status") == "Decided"
    assert cell(model, 1, "status") == "Deferred"
    assert cell(model, 47, "status") == "Pending"
    # The currency column is hidden by default in the window, so the wage tooltip names it.
    assert str(cell(model, 0, "wage_offered", Qt.ItemDataRole.ToolTipRole)).endswith(" EUR")


def test_headers_are_translated_titles(model):
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert titles[:3] == ["Reference", "Employer", "Occupation"]
    assert titles[-3:] == ["Status", "Gates", "Score"]
    assert "not sortable" in model.headerData(COL["gates"], Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_request_id_is_the_database_id(model, db):
    for row in (0, 17, 47):
        ref = cell(model, row, "reference")
        assert db.execute("SELECT id FROM requests WHERE reference = ?", [ref]).fetchone()[0] == model.request_id(
            row
        )


def test_reload_shows_rows_written_by_another_connection(model, sample_file):
    other = store.connect(sample_file)
    with other.atomic():
        other.execute("UPDATE requests SET status = 'withdrawn' WHERE reference = 'REQ-2026-0048'")
    other.close()
    model.set_filter(register.Filter(status="withdrawn"))
    assert model.total() == 1
    assert cell(model, 0, "status") == "Withdrawn"


def test_problem_model_passes_the_model_tester(qtmodeltester, qapp):
    from tripartite.errors import Problem

    owner = QObject()
    problems = [
        Problem("bad.csv", 3, "workers_requested", "not_integer", "lots"),
        Problem("bad.csv", 0, "", "header_only"),
    ]
    warnings = [Problem("bad.csv", 1, "remarks", "unknown_column")]
    model = ProblemTableModel(problems, warnings, owner)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.data(model.index(1, 1)) == "—"  # row 0 is the whole file
    assert model.data(model.index(0, 3)) == "not a whole number"
    assert model.data(model.index(2, 0)) == "Warning"
    owner.deleteLater()


# ------------------------------------------------------------------------------ gates and score


def row_of_reference(model: RequestTableModel, reference: str) -> int:
    return next(r for r in range(model.rowCount()) if cell(model, r, "reference") == reference)


def expected_assessment(db: store.Database, reference: str) -> assessment.Assessment:
    request = next(iter(db.query("SELECT * FROM requests WHERE reference = ?", [reference])))
    context = gates.BoardContext.of(board.read_board(db))
    return assessment.assess(request, criteria_toml.for_board(db), context, with_sensitivity=False)


@pytest.mark.parametrize(
    ("reference", "gates"),
    [
        ("REQ-2026-0001", "✓ all"),
        ("REQ-2026-0003", "✗ G1"),
        ("REQ-2026-0011", "? G4, G5"),
        ("REQ-2026-0041", "✗ G2, G4"),
    ],
)
def test_gates_and_score_columns_show_the_assessment(model, db, reference, gates):
    row = row_of_reference(model, reference)
    expected = expected_assessment(db, reference)
    assert cell(model, row, "gates") == gates
    assert cell(model, row, "score") == QLocale().toString(expected.technical_score, "f", 1)
    tip = cell(model, row, "gates", Qt.ItemDataRole.ToolTipRole)
    for gate in expected.gates:
        if gate.code in expected.gates_failed:
            assert f"{gate.code} failed: {labels.gate_reason(gate.why)}" in tip
        if gate.code in expected.gates_unknown:
            # The reason's import columns in words: "missing evidence, not given: layoffs in the last 12 months".
            assert f"{gate.code} missing evidence, {labels.gate_reason(gate.why)}" in tip
            assert "_" not in tip
    align = Qt.AlignmentFlag(cell(model, row, "score", Qt.ItemDataRole.TextAlignmentRole))
    assert align & Qt.AlignmentFlag.AlignRight
    assert cell(model, row, "gates", Qt.ItemDataRole.ForegroundRole) is not None  # colour backs up the glyph


def test_assessment_is_lazy_and_cached_per_request(big_file):
    db = store.open_db(big_file)
    owner = QObject()
    try:
        model = RequestTableModel(db, owner)
        assert model._assessed == {}  # nothing assessed until a view asks
        model.data(model.index(0, COL["gates"]))
        assert 0 < len(model._assessed) <= 50
        first = model.assessment(0)
        assert model.assessment(0) is first  # cached
        model.set_filter(register.Filter(text="bench"))  # a filter keeps the cache: the data did not change
        assert model.assessment(0) is first
        model.reload()
        assert model._assessed == {}
    finally:
        owner.deleteLater()
        db.close()


def test_computed_columns_do_not_sort(model):
    before = [model.request_id(r) for r in range(model.rowCount())]
    model.sort(COL["score"], Qt.SortOrder.DescendingOrder)
    model.sort(COL["gates"], Qt.SortOrder.AscendingOrder)
    assert [model.request_id(r) for r in range(model.rowCount())] == before


def test_reload_reads_a_changed_shortage_list(model, db):
    row = row_of_reference(model, "REQ-2026-0030")  # G3 fails: not on the shortage list, advertised too briefly
    assert cell(model, row, "gates") == "✗ G3"
    code = cell(model, row, "occupation_isco")
    shortage = [*board.read_board(db).shortage_list, code]
    db.execute("UPDATE board SET shortage_list = ?", [json.dumps(shortage)])
    db.conn.commit()
    assert cell(model, row, "gates") == "✗ G3"  # cached until the data is reloaded
    model.reload()
    assert cell(model, row_of_reference(model, "REQ-2026-0030"), "gates") == "✓ all"


def test_model_helpers_for_the_window(model):
    row = row_of_reference(model, "REQ-2026-0002")
    assert model.reference(row) == "REQ-2026-0002"
    assert model.status(row) == "deferred"
    assert model.row_of(model.request_id(row)) == row
    assert model.row_of(-5) == -1
