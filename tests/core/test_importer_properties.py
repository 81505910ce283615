"""Property tests: for any file, every row is imported or none is, and only InputError escapes."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tripartite import importer, store
from tripartite.errors import InputError
from tripartite.request_schema import NAMES

from .test_importer import VALID

# Values that are wrong for some columns and right for others, plus arbitrary text.
AWKWARD = st.one_of(
    st.sampled_from(["", " ", "0", "-1", "1.5", "1,5", "1e3", "nan", "NaN", "true", "sí", "9211", "A", "01",
                     "EUR", "eur", "XXX", "MA;SN", ";", "2026-02-30", "2026-02-28", "١٢", "1_000", '"', "\n"]),
    st.text(max_size=12),
)  # fmt: skip


@st.composite
def request_rows(draw: st.DrawFn) -> list[dict[str, str]]:
    count = draw(st.integers(min_value=0, max_value=6))
    rows = []
    for n in range(count):
        values = dict(VALID, reference=f"P-{n}")
        for column in draw(st.lists(st.sampled_from(NAMES), max_size=3, unique=True)):
            values[column] = draw(AWKWARD)
        rows.append(values)
    return rows


def _run(path: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = store.open_db(Path(folder) / "p.db")
        try:
            db["requests"].insert(dict(VALID, reference="P-EXISTING", status="pending"))
            before = db["requests"].count, db["events"].count
            try:
                result = importer.import_requests(db, path, auth=None)
            except InputError as error:
                assert error.problems, "a refusal always says why"
                assert (db["requests"].count, db["events"].count) == before
            else:
                assert db["requests"].count == before[0] + result.count
                assert db["events"].count == before[1] + 1
                stored = {r[0] for r in db.execute("SELECT reference FROM requests")}
                assert set(result.references) <= stored
        finally:
            db.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=request_rows(), columns=st.permutations(NAMES), drop=st.sets(st.sampled_from(NAMES), max_size=2))
def test_any_generated_file_is_all_or_nothing(
    tmp_path: Path, rows: list[dict[str, str]], columns: list[str], drop: set[str]
) -> None:
    header = [c for c in columns if c not in drop]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / "gen.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    _run(path)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_arbitrary_bytes_never_crash_the_importer(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"junk{suffix}"
    path.write_bytes(",".join(NAMES).encode() + b"\n" + data if suffix == ".csv" else data)
    _run(path)
