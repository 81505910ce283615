"""Putting requests from the register on a meeting's agenda: which meeting, whose PIN, then each addition.

Each addition is audited by the core; a request the core refuses (taken by another meeting meanwhile) is
named in one box at the end, and the others are added all the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget
from sqlite_utils import Database

from tripartite.authority import Auth
from tripartite.errors import KnownError
from tripartite.ui import authorize, boxes, refusal_words

if TYPE_CHECKING:
    from tripartite.ui.dialogs.agenda_dialog import AgendaChoice

_ADDED_MS = 10000  # how long the status bar says what was added


class AgendaAdder(QObject):
    """Asks for the meeting and the officer's PIN, then adds the requests.

    Signals:
        added(int): the meeting whose agenda grew (the register and the Meetings page re-read it).
        message(str, int): a line for the status bar, and how long it stays (ms).

    Args:
        db: the GUI thread's connection.
        parent: the register page, over which the dialogs open.
    """

    added = Signal(int)
    message = Signal(str, int)

    def __init__(self, db: Database, parent: QWidget):
        super().__init__(parent)
        self._db = db
        self._widget = parent
        self._pending: tuple[list[int], AgendaChoice] | None = None
        self._closed = False

    def shut(self) -> None:
        """The window is closing: a PIN typed from now on adds nothing."""
        self._closed = True

    def ask(self, request_ids: list[int], references: list[str]) -> QDialog | None:
        """Ask which meeting, then the secretary's or the chair's PIN; the requests are added once it is typed.

        Returns:
            The PIN dialog now open, or None when no meeting was chosen.
        """
        from tripartite.ui.dialogs.agenda_dialog import AgendaDialog  # on first use

        choice = AgendaDialog.ask(self._db, references, self._widget)
        if choice is None:
            return None
        self._pending = (request_ids, choice)
        return authorize.ask(
            self._widget,
            self._db,
            authorize.Need.OFFICER,
            self.tr("The secretary or the chair puts these requests on the agenda."),
            self._on_authorised,
            ok_text=self.tr("&Add to agenda"),
        )

    def _on_authorised(self, auth: Auth) -> None:
        pending, self._pending = self._pending, None
        if pending is not None and not self._closed:
            self.add(*pending, auth)

    def add(self, request_ids: list[int], choice: AgendaChoice, auth: Auth) -> int | None:
        """Put requests on a meeting's agenda (creating the meeting if asked); each addition is audited.

        Args:
            request_ids: the requests.
            choice: the meeting, or a new one to create.
            auth: the secretary's or the chair's PIN.

        Returns:
            The meeting's id, or None if the meeting could not be created.
        """
        from tripartite.meetings import agenda, lifecycle, lookup

        try:
            meeting_id = choice.meeting_id
            if meeting_id is None:
                meeting_id = lifecycle.create_meeting(self._db, choice.title, choice.date, choice.place, auth)
        except KnownError as exc:
            boxes.show_error(self._widget, refusal_words.say(exc))
            return None
        added, refused = 0, []
        for request_id in request_ids:
            try:
                agenda.add_item(self._db, meeting_id, request_id, auth)
                added += 1
            except KnownError as exc:
                refused.append(refusal_words.say(exc))
        self.added.emit(meeting_id)
        title = lookup.meeting_row(self._db, meeting_id)["title"]
        self.message.emit(
            self.tr("Added %n request(s) to the agenda of “{title}”.", "", added).format(title=title),
            _ADDED_MS,
        )  # fmt: skip
        if refused:
            boxes.show_error(self._widget, self.tr("Not added:") + "\n" + "\n".join(refused))
        return meeting_id
