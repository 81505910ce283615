"""Tripartite: the domain core of a desktop tool for national tripartite labour boards.

Where things live (``docs/architecture.md`` has the picture):

- the store: ``store`` (SQLite connections, transactions, backups), ``migrations`` (the schema) and the record,
  ``audit`` (the hash chain and what it covers), ``audit_check`` (checking it), ``audit_log`` (reading it as a list).
- the register: ``request_schema``, ``importer`` (all or nothing, and one request by hand) with
  ``request_files`` (reading CSV and XLSX) and ``request_checks`` (converting and checking), ``exporter``,
  ``register`` (pages of requests), ``request_history``.
- the board: ``board`` (``board.toml``), ``board_settings`` (changes), ``roster``, ``pins`` and ``authority``
  (who may act, and the proof of it).
- the assessment: ``criteria`` (the catalogue's model), ``criteria_toml`` (the catalogue as TOML, and stored),
  ``assessment`` (the engine's facade and the technical score) with its parts ``gates``, ``aggregation``,
  ``recommendation`` and ``sensitivity``; ``scoring`` (members' scores),
  ``item_assessment`` (one item's assessment read from the store), ``rules`` (quorum and decision rules),
  ``conditions``, ``reasons``.
- the meeting lifecycle: the package ``meetings``; its read model for the app: ``room_model``, ``names``,
  ``stored_minutes``.
- shared: ``models`` (every enum), ``errors`` (typed problems and refusals), ``refusals`` (every refusal code
  with its parameters), ``problems`` (the problem codes' English for the command line), ``text``,
  ``tomlfile``, ``clock``, ``paths``, ``classifications``, ``sample``.
- a face: ``cli`` (the parser and ``main``), its commands in ``cli_board``, ``cli_assess``, ``cli_meeting`` and
  ``cli_minutes``, what they share in ``cli_common``, its words in ``cli_text``. The other faces are
  ``tripartite.ui`` (the app, folder ``ui/``) and ``tripartite.reports`` (the PDF, folder ``reports/``).

The core never imports Qt, the ``ui`` package or ``reports`` (DESIGN §1), and no two of its modules import each
other round a loop; ``tests/test_layering.py`` enforces both.
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
