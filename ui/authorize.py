"""Asking for the PINs an action needs, on the shared laptop (DESIGN §4, "Who may do what").

Every change the app makes to the record is authorised by a PIN, and the core refuses it otherwise.
:func:`ask` opens the PIN dialog for the members who may act (the chair or the secretary, the
presiding member, one member) and calls back with the :class:`~tripartite.authority.Auth`; for an
action that needs two people (the chair and the secretary together) it opens a second dialog for the
other one and joins the two proofs. Nothing is cached: each action asks again.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlite_utils import Database

from tripartite import authority
from tripartite.authority import Auth
from tripartite.names import member_names

if TYPE_CHECKING:
    from tripartite.ui.dialogs.pin_prompt import PinPrompt


class Need(Enum):
    """Whose PIN an action needs."""

    OFFICER = "officer"  # the chair or the secretary
    BOTH = "both"  # the chair and the secretary together (or, when one of them is concerned, the other and a member)
    PRESIDING = "presiding"  # the chair, or the stand-in presiding over the meeting
    MEMBER = "member"  # one given member
    MEMBER_AND_OFFICER = "member_and_officer"  # one given member, then the chair or the secretary vouches


def _names(db: Database) -> dict[str, str]:
    return member_names(db)


class _Request(QObject):
    """One request for PINs: a dialog, or two one after the other; emits :attr:`granted` with the proof."""

    granted = Signal(object)

    def __init__(self, db: Database, parent: QWidget, steps: list[tuple[list[tuple[str, str]], str]], ok_text: str):
        super().__init__(parent)
        self._db = db
        self._parent = parent
        self._steps = steps
        self._ok_text = ok_text
        self._proofs: list[Auth] = []
        self.dialog: PinPrompt | None = None

    def start(self) -> None:
        self._next()

    def _next(self) -> None:
        # On first use: importing the meeting-room package at start-up would build it all before the first paint.
        from tripartite.ui.dialogs.pin_prompt import PinPrompt

        members, intro = self._steps[len(self._proofs)]
        if self._proofs:
            intro += "\n" + self.tr("Now a second person confirms with their PIN.")
        done = {a.member_id for a in self._proofs}
        members = [(m, n) for m, n in members if m not in done]
        dialog = PinPrompt(self._db, members, intro, self._parent, ok_text=self._ok_text)
        dialog.setWindowTitle(self.tr("PIN needed"))
        dialog.authenticated.connect(self._on_authenticated)
        dialog.rejected.connect(self.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _on_authenticated(self, auth: Auth) -> None:
        self._proofs.append(auth)
        if len(self._proofs) < len(self._steps):
            self._next()
            return
        proof = self._proofs[0]
        for other in self._proofs[1:]:
            proof = authority.joint(proof, other)
        self.granted.emit(proof)
        self.deleteLater()


def ask(
    parent: QWidget,
    db: Database,
    need: Need,
    intro: str,
    on_granted: Callable[[Auth], None],
    *,
    member: str | None = None,
    meeting_id: int | None = None,
    ok_text: str = "",
) -> PinPrompt | None:
    """Ask for the PINs ``need`` says, then call ``on_granted`` (a bound method) with the proof.

    Args:
        parent: the widget the dialogs belong to.
        db: the GUI thread's connection.
        need: whose PIN.
        intro: one sentence saying what the PIN is for.
        on_granted: called with the Auth once every PIN needed was typed.
        member: for :attr:`Need.MEMBER` and :attr:`Need.MEMBER_AND_OFFICER`, who; for :attr:`Need.BOTH`, the
            member concerned, who may not vouch for themself (a reset of the chair's own PIN needs the
            secretary and another member).
        meeting_id: for :attr:`Need.PRESIDING`, the meeting.
        ok_text: the accept button's text.

    Returns:
        The first PIN dialog (tests type into it), or None when nobody on the board may do it.
    """
    names = _names(db)
    chair, secretary = authority.officers(db)
    officers = [(m, names[m]) for m in (chair, secretary) if m]
    steps: list[tuple[list[tuple[str, str]], str]]
    if need in (Need.MEMBER, Need.MEMBER_AND_OFFICER):
        steps = [([(member or "", names.get(member or "", member or ""))], intro)]
        if need is Need.MEMBER_AND_OFFICER:
            # The secretary first: a stand-in is named because the chair is not there.
            steps.append(([o for o in reversed(officers) if o[0] != member], intro))
    elif need is Need.PRESIDING:
        lead = authority.presiding(db, meeting_id)
        steps = [([(lead, names[lead])], intro)] if lead else []
    elif need is Need.OFFICER:
        steps = [(officers, intro)] if officers else []
    else:
        first = [o for o in officers if o[0] != member]
        others = [(m, n) for m, n in names.items() if m != member]
        second = [o for o in officers if o[0] != member] if len(first) == 2 else others
        steps = [(first, intro), (second, intro)] if first else []
    if not steps or not steps[0][0]:
        return None
    request = _Request(db, parent, steps, ok_text)
    request.granted.connect(on_granted)
    request.start()
    return request.dialog
