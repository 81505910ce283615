"""B3: import of a valid 100k-row CSV, against pandas.read_csv + sqlite3 executemany of the same rows."""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from tripartite import importer, store
from tripartite.request_schema import COLUMNS

try:
    from bench.gen import write_csv
except ImportError:  # run as a script from bench/
    from gen import write_csv  # type: ignore[no-redef]

ROWS = 100_000


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def baseline(csv_path: Path, db_path: Path) -> float:
    """pandas.read_csv, then one executemany into a plain table of the same columns, one transaction."""
    import pandas as pd

    _fresh(db_path)
    start = time.perf_counter()
    frame = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    conn = sqlite3.connect(db_path)
    conn.execute(f"CREATE TABLE requests ({', '.join(c.name for c in COLUMNS)})")
    with conn:
        conn.executemany(
            f"INSERT INTO requests VALUES ({', '.join('?' for _ in COLUMNS)})",
            frame.itertuples(index=False, name=None),
        )
    conn.close()
    return time.perf_counter() - start


def tripartite_import(csv_path: Path, db_path: Path) -> float:
    """The real importer on a migrated database: validation, FTS index, audit event, one transaction."""
    db = store.open_db(_fresh(db_path))
    start = time.perf_counter()
    result = importer.import_requests(db, csv_path, auth=None)
    elapsed = time.perf_counter() - start
    assert result.count == ROWS
    db.close()
    return elapsed


def run(workdir: Path, repeats: int = 3) -> dict[str, float]:
    """Median seconds of each, and their ratio (target: ratio ≤ 3)."""
    workdir.mkdir(parents=True, exist_ok=True)
    csv_path = write_csv(workdir / "requests-100k.csv", ROWS)
    import pandas  # noqa: F401  (import cost is start-up, not import work: load it before timing)

    base, ours = [], []
    for _ in range(repeats):
        base.append(baseline(csv_path, workdir / "baseline.db"))
        ours.append(tripartite_import(csv_path, workdir / "b3.db"))
    b, o = statistics.median(base), statistics.median(ours)
    return {"rows": ROWS, "baseline_s": round(b, 3), "tripartite_s": round(o, 3), "ratio": round(o / b, 2)}


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out")), indent=2))
