"""The sample board and requests shipped in ``data/sample`` (first start, ``tripartite demo``, tests)."""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import as_file, files

from sqlite_utils import Database

from tripartite.board import init_board, load_board
from tripartite.importer import ImportResult, import_requests


def load_sample(
    db: Database,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Create the sample board and import the sample requests into an empty database.

    Raises:
        KnownError: the database already has a board.
        InputError: a shipped file is broken (a bug caught by the tests).
    """
    folder = files("tripartite.data").joinpath("sample")
    with as_file(folder.joinpath("board.toml")) as board_path:
        config = load_board(board_path, display_name="sample/board.toml")
    with as_file(folder.joinpath("requests.csv")) as requests_path, db.atomic():
        init_board(db, config)
        kwargs = {}
        if progress:
            kwargs["progress"] = progress
        if cancelled:
            kwargs["cancelled"] = cancelled
        return import_requests(db, requests_path, display_name="sample/requests.csv", **kwargs)
