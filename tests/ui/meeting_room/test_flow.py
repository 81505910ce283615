"""The whole meeting through the UI only: create, attendance, agenda, private votes, reveal, decision."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tripartite import rules, store
from tripartite.board import read_board
from tripartite.models import Constituency, Vote
from tripartite.ui.meeting_room.room import MeetingRoom

from .conftest import GROUP, Driver

VOTES = {
    "gov1": ("for", "Cumple la prueba de mercado."),
    "gov2": ("for", ""),
    "emp1": ("for", "Necesidad acreditada; campaña de fresa."),
    "emp2": ("for", ""),
    "emp3": ("abstain", "Me abstengo: conflicto de calendario."),
    "uni1": ("against", "Salario por debajo del convenio del sector, señoría."),
    "uni2": ("against", ""),
    "uni3": ("for", "Con formación local comprometida."),
}


def test_a_whole_meeting_through_the_ui(driver: Driver, qtbot) -> None:
    room = driver.create_meeting()
    assert room.objectName() == "meetingRoom" and room.isVisible()
    driver.set_attendance(absent=("gov3",))
    assert "Quorum met" in driver.attendance_text
    with qtbot.waitSignal(driver.page.requests_changed, timeout=3000):
        driver.add_items(["REQ-2026-0001", "REQ-2026-0015"])
    assert room.agenda_model.rowCount() == 2
    assert room.current_item() == room.agenda_model.rows()[0].item_id
    assert "REQ-2026-0001" in room.dossier.heading.text()

    driver.open_vote()
    for member, (vote, comment) in VOTES.items():
        scores = {"P1": 10, "I1": 20} if member == "uni3" else {"P2": 20} if member == "emp1" else None
        notes = {"P1": "Sin certificado de escasez.", "I1": "Salario alto."} if member == "uni3" else None
        driver.vote(member, vote, comment, scores, notes)
        driver.pass_laptop()
        assert member in [m for m, _, voted in driver.pane(member).model.members() if voted]
    assert driver.room.chair_bar.reveal_button.text().replace("&", "") == "Reveal result…"
    with qtbot.waitSignal(driver.page.requests_changed, timeout=3000):
        driver.reveal()

    db = store.connect(driver.page._db_path)
    try:
        config = read_board(db)
        item_id = room.agenda_model.rows()[0].item_id
        (motion,) = db.query("SELECT * FROM motions WHERE item_id = ?", [item_id])
        votes = {m: Vote(v) for m, (v, _) in VOTES.items()}
        seats = {m: GROUP[m] for m in votes}
        expected = rules.decide(rules.tally_votes(votes, seats), rules.Rules.of(config), votes["gov1"])
        assert bool(motion["adopted"]) == expected.adopted
        assert motion["rule"] == expected.rule.value
        decision = list(db.query("SELECT * FROM decisions WHERE item_id = ?", [item_id]))
        assert bool(decision) == expected.adopted
        if expected.adopted:
            assert decision[0]["outcome"] == motion["outcome"]
            status = db.execute("SELECT status FROM requests WHERE reference = 'REQ-2026-0001'").fetchone()[0]
            assert status in ("decided", "deferred")
        scores = {(r["member_id"], r["criterion"], r["points"], r["comment"])
                  for r in db.query("SELECT * FROM scores WHERE item_id = ?", [item_id])}  # fmt: skip
        assert scores == {
            ("uni3", "P1", 10, "Sin certificado de escasez."),
            ("uni3", "I1", 20, "Salario alto."),
            ("emp1", "P2", 20, None),
        }
    finally:
        db.close()

    results = room.results
    assert room.stack.currentIndex() == MeetingRoom.RESULTS
    assert results.headline.text().startswith("Adopted" if expected.adopted else "Not adopted")
    assert "Group majority" in results.rule_label.text()
    ballots = results.ballot_model
    texts = {ballots.index(r, 3).data() for r in range(ballots.rowCount())}
    assert "Salario por debajo del convenio del sector, señoría." in texts
    tally = results.tally_model
    union_row = [tally.index(2, c).data() for c in range(4)]
    assert union_row == [str(Constituency.UNION.value).capitalize() + "s", "1", "2", "0"]
    assert results._chart is not None and results._chart.objectName() == "resultsChart"

    # Next item: the room moves on, with the panes locked and fresh.
    qtbot.mouseClick(room.chair_bar.next_button, Qt.MouseButton.LeftButton)
    assert room.current_item() == room.agenda_model.rows()[1].item_id
    assert room.stack.currentIndex() == MeetingRoom.PANES
