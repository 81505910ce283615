"""`audit verify` over a board with 100,000 imported requests, against reading and hashing every row once.

The check recomputes the chain, parses the kept import file again with the importer's rules to know what
each imported row must be, and compares every row of every covered table with the digest its last event
carries. The baseline is the least any such check must do: read every request row and hash it.
"""

from __future__ import annotations

import hashlib
import json
import statistics
import sys
import time
from pathlib import Path

from tripartite import audit_check, sample, store
from tripartite.authority import operator
from tripartite.importer import import_requests

try:
    from bench.gen import write_csv
except ImportError:  # run as a script from bench/
    from gen import write_csv  # type: ignore[no-redef]

ROWS = 100_000


def _database(workdir: Path) -> Path:
    path = workdir / "b-audit.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    csv_path = write_csv(workdir / "b-audit.csv", ROWS)
    with store.opened(path) as db:
        sample.load_sample(db)
        import_requests(db, csv_path, auth=operator(db))
    return path


def baseline(path: Path) -> float:
    db = store.connect(path)
    try:
        start = time.perf_counter()
        for row in db.conn.execute("SELECT * FROM requests"):
            hashlib.sha256(json.dumps(row, separators=(",", ":")).encode()).digest()
        return time.perf_counter() - start
    finally:
        db.close()


def ours(path: Path) -> float:
    db = store.connect(path)
    try:
        start = time.perf_counter()
        report = audit_check.verify(db)
        elapsed = time.perf_counter() - start
        assert report.ok, report.findings[:3]
        return elapsed
    finally:
        db.close()


def run(workdir: Path, repeats: int = 3) -> dict[str, float | int]:
    """Median seconds of each, and their ratio."""
    workdir.mkdir(parents=True, exist_ok=True)
    path = _database(workdir)
    base = statistics.median(baseline(path) for _ in range(repeats))
    mine = statistics.median(ours(path) for _ in range(repeats))
    return {
        "requests": ROWS + 48,
        "baseline_s": round(base, 3),
        "verify_s": round(mine, 3),
        "ratio": round(mine / base, 1),
    }


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out")), indent=2))
