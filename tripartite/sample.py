"""The sample board and requests shipped in ``data/sample`` (first start, ``tripartite demo``, tests)."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib.resources import as_file, files

from sqlite_utils import Database

from tripartite import pins
from tripartite.board import init_board, load_board
from tripartite.importer import ImportResult, import_requests

# PINs of the sample board's members, shown on the welcome screen and in the README so that a whole vote
# can be tried at once. pins.set_pin refuses them for a real board.
DEMO_PINS: dict[str, str] = {
    "gov1": "1001", "gov2": "1002", "gov3": "1003",
    "emp1": "2001", "emp2": "2002", "emp3": "2003", "emp4": "2004",
    "uni1": "3001", "uni2": "3002", "uni3": "3003",
    "sec1": "4001",
}  # fmt: skip


def load_sample(
    db: Database,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    demo_pins: bool = False,
) -> ImportResult:
    """Create the sample board and import the sample requests into an empty database.

    With ``demo_pins`` every member gets the PIN of :data:`DEMO_PINS` (about 50 ms each: scrypt).

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
        result = import_requests(db, requests_path, display_name="sample/requests.csv", **kwargs)
        if demo_pins:
            for member_id, pin in DEMO_PINS.items():
                pins.set_pin(db, member_id, pin, actor="system", demo=True)
        return result


def demo_pins_in_force(db: Database) -> dict[str, str]:
    """The demo PINs still valid: members whose PIN was last set by the sample loader (actor ``system``).

    A member who set their own PIN since then is left out, so the panel never shows a stale PIN.
    """
    last: dict[str, str] = {}
    for actor, payload in db.execute("SELECT actor, payload FROM events WHERE action = 'member.pin_set' ORDER BY seq"):
        member = json.loads(payload).get("member")
        if member:
            last[member] = actor
    return {m: pin for m, pin in DEMO_PINS.items() if last.get(m) == "system"}
