"""The Meetings page and the meeting room (DESIGN §4 "Shared-laptop voting", §7).

The shell imports :class:`MeetingsPage`; everything else is internal to this package.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["MeetingsPage"]


def __getattr__(name: str) -> Any:
    # Loaded on first use, so that a module of this package (the chair's PIN, the style) can be imported
    # without building the whole room, and the room's modules can import each other without a cycle.
    if name == "MeetingsPage":
        return importlib.import_module("tripartite.ui.meeting_room.page").MeetingsPage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
