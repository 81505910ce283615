"""The sample board and requests shipped in ``data/sample`` (first start, ``tripartite demo``, tests)."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib.resources import as_file, files
from typing import TypedDict

from sqlite_utils import Database

from tripartite import pins
from tripartite.board import init_board, load_board
from tripartite.errors import Refusal
from tripartite.importer import ImportResult, import_requests
from tripartite.pins import DEMO_PINS

__all__ = ["DEMO_PINS", "demo_pins_in_force", "load_sample"]


class _ImportHooks(TypedDict, total=False):
    """The callbacks given to :func:`load_sample`, passed on to :func:`import_requests` (absent: its defaults)."""

    progress: Callable[[int, int], None]
    cancelled: Callable[[], bool]


def load_sample(
    db: Database,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    demo_pins: bool = False,
) -> ImportResult:
    """Create the sample board and import the sample requests into an empty database.

    With ``demo_pins`` every member gets the PIN of :data:`DEMO_PINS` (scrypt: a few tenths of a second each).
    The requests go in before the board, while the database has no board and so nobody to authorise.

    Raises:
        Refusal: ``board_exists``.
        InputError: a shipped file is broken (a bug caught by the tests).
    """
    folder = files("tripartite.data").joinpath("sample")
    with as_file(folder.joinpath("board.toml")) as board_path:
        config = load_board(board_path, display_name="sample/board.toml")
    with as_file(folder.joinpath("requests.csv")) as requests_path, db.atomic():
        if db.execute("SELECT EXISTS(SELECT 1 FROM board)").fetchone()[0]:
            raise Refusal("board_exists")
        kwargs: _ImportHooks = {}
        if progress:
            kwargs["progress"] = progress
        if cancelled:
            kwargs["cancelled"] = cancelled
        result = import_requests(db, requests_path, auth=None, display_name="sample/requests.csv", **kwargs)
        init_board(db, config)
        if demo_pins:
            pins.set_demo_pins(db)
        return result


# Events that set a member's PIN to something other than the published demo PIN.
_OWN_PIN_EVENTS = ("member.pin_set", "member.pin_reset", "member.pin_changed")


def demo_pins_in_force(db: Database) -> dict[str, str]:
    """The demo PINs still valid: members whose PIN was last set by the sample loader.

    A member who set their own PIN since then is left out, so the panel never shows a stale PIN.
    """
    demo: dict[str, bool] = {}
    for action, payload in db.execute(
        "SELECT action, payload FROM events WHERE action IN ('member.demo_pins_set', 'member.pin_set', "
        "'member.pin_reset', 'member.pin_changed') ORDER BY seq"
    ):
        data = json.loads(payload)
        if action == "member.demo_pins_set":
            demo.update(dict.fromkeys(data.get("members", []), True))
        elif action in _OWN_PIN_EVENTS and data.get("member"):
            demo[data["member"]] = False
    return {m: pin for m, pin in DEMO_PINS.items() if demo.get(m)}
