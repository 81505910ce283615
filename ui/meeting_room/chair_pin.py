"""Chair actions need the chair's PIN (DESIGN §4 "Who may do what"): the one place in the room that asks for it.

:func:`ask_chair_pin` opens the PIN dialog for the board's chair. :class:`ChairAuthority` asks once for a
dialog and then vouches for the chair until that dialog closes: attendance, recusals and attestations are
several changes in a row at the chair's hands, and one PIN per tick would only teach people to share it.
Each change recorded with it names the chair as its audit actor.

The PIN is the presiding member's: the board's chair, or the stand-in named for the meeting before it
opens (:class:`~tripartite.ui.meeting_room.chair_dialogs.StandInDialog`). Every PIN dialog asked here
says who that is, first line of its prompt ("Presiding: Javier Martín Góngora (stand-in for the chair)"),
and its title says whether the chair's or the stand-in's PIN is wanted; the callers' prompts say only
what it is for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlite_utils import Database

from tripartite import authority
from tripartite.authority import Auth
from tripartite.names import member_name
from tripartite.ui import boxes
from tripartite.ui.dialogs.pin_prompt import PinPrompt

# lupdate reads translate("Context", "text") as a message; an alias named tr it would misread.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Presiding:
    """Who conducts a meeting.

    Attributes:
        member_id: the member.
        name: their name.
        stand_in: True when they stand in for the board's chair (named when the meeting opened).
    """

    member_id: str
    name: str
    stand_in: bool

    def words(self) -> str:
        """In words: ``Presiding: name (chair)``, or ``Presiding: name (stand-in for the chair)``."""
        if self.stand_in:
            return translate("ChairPin", "Presiding: %1 (stand-in for the chair)").replace("%1", self.name)
        return translate("ChairPin", "Presiding: %1 (chair)").replace("%1", self.name)


def presiding(db: Database, meeting_id: int | None) -> Presiding | None:
    """Who presides over the meeting (the board's chair unless a stand-in was named); None without a chair."""
    lead = authority.presiding(db, meeting_id)
    if lead is None:
        return None
    return Presiding(lead, member_name(db, lead) or lead, lead != authority.officers(db)[0])


def ask_chair_pin(
    db: Database,
    parent: QWidget,
    intro: str,
    on_authenticated: Callable[[Auth], None],
    meeting_id: int | None = None,
) -> PinPrompt | None:
    """Ask the presiding member (the chair, or the meeting's stand-in) for their PIN; then ``on_authenticated(auth)``.

    Args:
        db: the GUI thread's connection.
        parent: the widget the dialog belongs to.
        intro: one sentence saying what the PIN is for ("Enter your PIN to …"); a first line naming who
            presides is put before it.
        on_authenticated: a bound method of a QObject (it is disconnected when that object dies).
        meeting_id: the meeting, whose stand-in presides if one was named.

    Returns:
        The dialog (open, window-modal), or None when the board has no chair (a warning says so).
    """
    lead = presiding(db, meeting_id)
    if lead is None:
        boxes.warn(parent, translate("ChairPin", "The board has no chair: set one in the board settings."))
        return None
    prompt = lead.words() + "\n" + intro
    dialog = PinPrompt(db, [(lead.member_id, lead.name)], prompt, parent, ok_text=translate("ChairPin", "&Confirm"))
    dialog.setWindowTitle(
        translate("ChairPin", "Stand-in's PIN") if lead.stand_in else translate("ChairPin", "Chair's PIN")
    )
    dialog.authenticated.connect(on_authenticated)
    dialog.open()
    return dialog


class ChairAuthority(QObject):
    """The chair's PIN, asked once for one dialog; it vouches for the chair while that dialog lives.

    Signals:
        granted(object): the chair proved their PIN (their :class:`~tripartite.authority.Auth`).

    Args:
        db: the GUI thread's connection.
        parent: the dialog whose changes it authorises (the PIN dialog opens over it).
        intro: what the chair is asked the PIN for.
        meeting_id: the meeting, whose stand-in presides if one was named.
    """

    granted = Signal(object)

    def __init__(self, db: Database, parent: QWidget, intro: str, meeting_id: int | None = None):
        super().__init__(parent)
        self._db = db
        self._meeting_id = meeting_id
        self._widget = parent
        self._intro = intro
        self._auth: Auth | None = None
        self._then: Callable[[], object] | None = None

    def auth(self) -> Auth | None:
        """The chair's proof once their PIN matched here, else None."""
        return self._auth

    def require(self, then: Callable[[], object]) -> bool:
        """Whether the chair already proved their PIN here; if not, ask for it and call ``then`` afterwards.

        Args:
            then: what to do once the PIN matched (usually the very action that asked; a bound method).

        Returns:
            True to go ahead now; False when the PIN is being asked (nothing may be recorded yet).
        """
        if self._auth is not None and authority.is_fresh(self._auth):
            return True
        self._then = then
        ask_chair_pin(self._db, self._widget, self._intro, self._on_authenticated, self._meeting_id)
        return False

    def _on_authenticated(self, auth: Auth) -> None:
        self._auth = auth
        self.granted.emit(auth)
        then, self._then = self._then, None
        if then is not None:
            then()
