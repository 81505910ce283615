"""Tripartite: the domain core of a desktop tool for national tripartite labour boards.

The core never imports Qt, the ``ui`` package or ``reports`` (DESIGN §1); a test enforces it.
"""

import sys

__version__ = "0.1.0"


def _import_sqlite_utils_without_pandas() -> None:
    """Import sqlite-utils without letting it pull in pandas and numpy.

    sqlite-utils imports pandas and numpy at module level when they are installed, only to map their
    scalar types; that costs about 170 ms of start-up, more than the whole Qt window (DESIGN §10 B1).
    Tripartite never hands numpy or pandas values to sqlite-utils, so hide both while it loads; they
    import normally afterwards, inside the actions that need them.
    """
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import name` raise ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


_import_sqlite_utils_without_pandas()
