"""Export requests, with their decisions once they exist, to CSV or XLSX (pandas + openpyxl).

The request columns come first, in import-schema order and with the import formats, so an exported
file imports back to the same requests. Status and decision columns follow; the importer warns that
it ignores them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from tripartite.errors import KnownError
from tripartite.request_schema import COLUMNS, Kind

EXTRA_COLUMNS = ("status", "decision_outcome", "decision_workers", "decision_rule", "decided_at")

_SQL = f"""
SELECT {", ".join("r." + c.name for c in COLUMNS)}, r.status,
       d.outcome AS decision_outcome, d.workers AS decision_workers, d.rule AS decision_rule,
       d.decided_at
FROM requests r
LEFT JOIN (
    SELECT ai.request_id, dec.*
    FROM decisions dec JOIN agenda_items ai ON ai.id = dec.item_id
    -- a request decided more than once (deferred, then decided) exports its latest decision
    WHERE dec.decided_at = (
        SELECT MAX(d2.decided_at) FROM decisions d2 JOIN agenda_items a2 ON a2.id = d2.item_id
        WHERE a2.request_id = ai.request_id)
) d ON d.request_id = r.id
GROUP BY r.id
ORDER BY r.reference
"""


def export_requests(
    db: Database,
    out: str | Path,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write every request to ``out`` (``.csv`` or ``.xlsx``).

    Args:
        db: the open database.
        out: the file to write; its suffix picks the format. It is replaced only when complete.
        progress: optional ``(done, total)`` callback.

    Returns:
        The number of requests written.

    Raises:
        KnownError: unsupported suffix or the file cannot be written.
    """
    import pandas as pd

    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise KnownError(f"{out}: unsupported file type; use .csv or .xlsx")
    frame = pd.read_sql_query(_SQL, db.conn)
    total = len(frame)
    if progress:
        progress(0, total)
    for column in COLUMNS:
        series = frame[column.name]
        if column.kind is Kind.INT:
            frame[column.name] = series.astype("Int64")
        elif column.kind is Kind.BOOL:
            frame[column.name] = series.map({1: "true", 0: "false"})
        elif column.kind is Kind.DECIMAL:
            frame[column.name] = series.astype("Float64")
    frame["decision_workers"] = frame["decision_workers"].astype("Int64")
    # Write beside the target, then rename: a failed export never leaves half a file behind.
    partial = out.with_name(f".{out.name}.partial")
    try:
        if suffix == ".csv":
            frame.to_csv(partial, index=False, encoding="utf-8", lineterminator="\n")
        else:
            frame.to_excel(partial, index=False, sheet_name="requests", engine="openpyxl")
        partial.replace(out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise KnownError(f"{out}: cannot write ({exc.strerror or exc})") from exc
    if progress:
        progress(total, total)
    return total
