"""The one clock every timestamp column uses: UTC, ISO 8601, whole seconds."""

from __future__ import annotations

import datetime as dt


def now() -> str:
    """The current UTC time as an ISO 8601 string, the format every timestamp column uses."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
