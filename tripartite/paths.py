"""Where things live on disk (platformdirs), so no module hard-codes a user path."""

from __future__ import annotations

import os
from pathlib import Path


def default_db_path() -> Path:
    """The default database: ``user_data_dir("tripartite")/board.db``, or ``$TRIPARTITE_DB`` if set."""
    override = os.environ.get("TRIPARTITE_DB")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("tripartite", appauthor=False)) / "board.db"
