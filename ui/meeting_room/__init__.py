"""The Meetings page and the meeting room (DESIGN §4 "Shared-laptop voting", §7).

The shell imports :class:`MeetingsPage`; everything else is internal to this package.
"""

from __future__ import annotations

from tripartite.ui.meeting_room.page import MeetingsPage

__all__ = ["MeetingsPage"]
