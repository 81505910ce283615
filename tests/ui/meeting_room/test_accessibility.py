"""The accessibility bus: after a cast or an idle lock nothing of the ballot is left on it, and one thing has focus.

Screen readers (and anything else on the AT-SPI bus) read the QAccessible tree, not the widgets: it is
walked here from every top-level window, reading each node's name, description and value.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication

from tripartite import authority, pins, store
from tripartite.ui.meeting_room.pane import ConstituencyPane

from .conftest import PINS, Driver, type_text, vote_word_counts

PIN = "583927"  # a PIN of its own, so its digits cannot be mistaken for a date or a reference
SECRET = "explicación-9e41 sellada"
SCORE_SECRET = "comentario-d07a"
_TEXTS = (QAccessible.Text.Name, QAccessible.Text.Description, QAccessible.Text.Value, QAccessible.Text.Help)


@dataclass
class Node:
    role: QAccessible.Role
    texts: tuple[str, ...]
    focused: bool
    checked: bool
    where: str
    invisible: bool = False
    inside_focused: bool = False  # a part of a focused control (a text edit's viewport): the same claim


def _walk(
    interface: QAccessibleInterface | None, out: list[Node], depth: int = 0, hidden: bool = False, within: bool = False
) -> None:
    if interface is None or not interface.isValid() or depth > 40:
        return
    state = interface.state()
    owner = interface.object()
    hidden = hidden or bool(state.invisible)  # inside a hidden widget (a closed combo's list): not on screen
    out.append(Node(interface.role(), tuple(interface.text(t) for t in _TEXTS), bool(state.focused),
                    bool(state.checked), owner.objectName() if owner is not None else "", hidden, within))  # fmt: skip
    for index in range(interface.childCount()):
        _walk(interface.child(index), out, depth + 1, hidden, within or bool(state.focused))


def bus() -> list[Node]:
    """Every node of the accessibility tree, from the application down (deleted widgets gone first)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    nodes: list[Node] = []
    _walk(QAccessible.queryAccessibleInterface(QApplication.instance()), nodes)
    return nodes


def _leaks(nodes: list[Node], *needles: str) -> list[str]:
    return [f"{n.role.name} {n.where!r}: {t!r}" for n in nodes for t in n.texts for s in needles if s in t]


def _ballot_nodes(nodes: list[Node]) -> list[str]:
    names = {"Vote for the motion", "Vote against the motion", "Explanation of vote", "Private ballot", "Cast ballot"}
    headers = (QAccessible.Role.ColumnHeader, QAccessible.Role.RowHeader)  # the results table's column titles
    return [f"{n.role.name} {n.where!r}" for n in nodes if n.texts[0] in names and n.role not in headers]


def _focused(nodes: list[Node]) -> list[str]:
    """The nodes on screen that claim the keyboard focus (a screen reader expects one)."""
    return [f"{n.role.name} {n.where!r} {n.texts[0]!r}" for n in nodes
            if n.focused and not n.invisible and not n.inside_focused]  # fmt: skip


@pytest.fixture
def voting(driver: Driver) -> Driver:
    db = store.connect(driver.page._db_path)
    try:
        both = authority.joint(pins.verify(db, "gov1", PINS["gov1"]), pins.verify(db, "sec1", PINS["sec1"]))
        for member in ("gov2", "uni1"):
            pins.set_pin(db, member, PIN, both)
    finally:
        db.close()
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    driver.open_vote()
    return driver


def _words(nodes: list[Node]) -> dict[str, int]:
    return vote_word_counts([t for n in nodes for t in n.texts])


def _fill(driver: Driver, member: str, vote: str) -> ConstituencyPane:
    pane = driver.pane(member)
    driver.qtbot.mouseClick(pane.unlock_button, Qt.MouseButton.LeftButton)
    driver.enter_pin(PIN, member)
    driver.qtbot.waitUntil(pane.is_unlocked)
    ballot = pane.ballot
    {"for": ballot.vote_for, "against": ballot.vote_against}[vote].click()
    combo = ballot.score_grid.combos["P1"]
    combo.setCurrentIndex(combo.findData(0))
    type_text(ballot.score_grid.comment_edits["P1"], SCORE_SECRET)
    ballot.comment_edit.setFocus()
    type_text(ballot.comment_edit, SECRET)
    return pane


def test_nothing_of_a_cast_ballot_is_left_on_the_accessibility_bus(voting: Driver, qtbot) -> None:
    before = _words(bus())  # "for", "against"… as the locked room says them (the results table's titles)
    pane = _fill(voting, "gov2", "against")
    during = bus()
    assert _leaks(during, SECRET)  # the walk does see the ballot while it is open
    assert len(_focused(during)) == 1, _focused(during)
    pane.ballot.cast_button.click()
    qtbot.waitUntil(lambda: not pane.is_unlocked())
    after = bus()
    assert _leaks(after, SECRET, SCORE_SECRET, PIN) == []
    assert _ballot_nodes(after) == []
    assert _words(after) == before  # the vote appears nowhere, not even as one more "against"
    assert len(_focused(after)) <= 1, _focused(after)


def test_nothing_of_an_idle_ballot_is_left_on_the_accessibility_bus(voting: Driver, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(ConstituencyPane, "TICK_MS", 3_600_000)
    before = _words(bus())
    pane = _fill(voting, "uni1", "for")
    for _ in range(ConstituencyPane.IDLE_SECONDS):
        pane._on_idle_timeout()
    assert not pane.is_unlocked()
    after = bus()
    assert _leaks(after, SECRET, SCORE_SECRET, PIN) == []
    assert _ballot_nodes(after) == []
    assert _words(after) == before
    assert len(_focused(after)) <= 1, _focused(after)


def test_only_the_field_being_typed_in_claims_the_focus_not_the_sidebar_too(app_driver: Driver, qtbot) -> None:
    driver = app_driver
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    driver.open_vote()
    pane = driver.unlock("emp1")
    pane.ballot.comment_edit.setFocus()
    qtbot.waitUntil(pane.ballot.comment_edit.hasFocus)
    type_text(pane.ballot.comment_edit, "x")
    assert _focused(bus()) == ["EditableText 'commentEdit' 'Explanation of vote'"]
    # The sidebar still shows the page it is on, and is back on it as soon as it has the focus.
    window = driver.window
    assert window.nav.selectedItems() == [window.nav.item(1)]
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    assert window.nav.currentRow() == 1 and window.current_page() == 1
    assert _focused(bus()) == ["List 'navList' 'Sections'"]  # its current item, Meetings, is part of it
