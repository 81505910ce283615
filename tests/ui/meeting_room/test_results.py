"""After the reveal: tallies, the rule in words, secret ballots, the chart, dissents and their window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tripartite import authority, board_settings, pins, rules, store
from tripartite.models import DecisionRule, Vote
from tripartite.ui.meeting_room import explain
from tripartite.ui.meeting_room.results import DissentDialog
from tripartite.ui.minutes import MinutesDialog

from .conftest import PINS, Driver, every_string, type_text


def _secret(path) -> None:
    db = store.connect(path)
    try:
        db.execute("UPDATE board SET ballot = 'secret'")  # board settings are another page: set it directly
        db.conn.commit()
    finally:
        db.close()


def test_a_secret_ballot_shows_tallies_only_and_warns_of_a_lone_voter(open_page, demo_file, qtbot) -> None:
    _secret(demo_file)
    driver: Driver = open_page(demo_file)
    driver.create_meeting()
    driver.set_attendance(absent=("uni2", "uni3"))  # one union member: the union tally names her vote
    driver.add_items(["REQ-2026-0002"])
    driver.open_vote()
    votes = {"gov1": "for", "gov2": "against", "gov3": "for", "emp1": "for", "emp2": "for", "emp3": "abstain",
             "uni1": "against"}  # fmt: skip
    for member, vote in votes.items():
        driver.vote(member, vote, f"why-{member}-c0de")
        driver.pass_laptop()
    driver.reveal()
    results = driver.room.results
    assert not results.ballot_view.isVisible() and results.ballot_model.rowCount() == 0
    assert "Secret ballot" in results.secret_label.text()
    assert "Warning" in results.secret_label.text() and "Unions" in results.secret_label.text()
    tally = results.tally_model
    assert [tally.index(0, c).data() for c in range(4)] == ["Government", "2", "1", "0"]
    assert [tally.index(2, c).data() for c in range(4)] == ["Unions", "0", "1", "0"]
    strings = "\n".join(every_string(driver.window))
    assert "c0de" not in strings  # no explanation of vote is ever shown in secret mode


def test_a_held_meeting_keeps_its_rules_and_named_votes_after_the_board_changes_them(
    driver: Driver, qtbot, room_boxes
) -> None:
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    driver.open_vote()
    votes = {"gov1": "for", "gov2": "for", "gov3": "against", "emp1": "for", "emp2": "for", "emp3": "abstain",
             "uni1": "against", "uni2": "against"}  # fmt: skip
    for member, vote in votes.items():
        driver.vote(member, vote, f"Reasons of {member}.")
        driver.pass_laptop()
    driver.reveal()  # uni3 has not voted: the chair closes the vote
    assert room_boxes.questions  # the chair confirmed closing the vote with a ballot missing

    def shown() -> tuple[str, str, int, bool, str, str]:
        results = driver.room.results
        return (
            results.headline.text(),
            results.rule_label.text(),
            results.ballot_model.rowCount(),
            results.ballot_view.isVisible(),
            results.not_voted_label.text(),
            driver.room.chair_bar.quorum_label.text(),
        )

    before = shown()
    assert "2 of 3 group blocks for (2 required)" in before[1] and before[2:4] == (8, True)
    assert before[4] == "Did not vote: Nuria Castañeda Ríos (Unions)."
    assert "Every group is represented." in before[5]

    # Later the board moves to secret ballots, unanimity of the groups, a looser quorum and a voting
    # secretary (Board settings is another page; its core function is what that page calls).
    db = store.connect(driver.page._db_path)
    try:
        both = authority.joint(pins.verify(db, "gov1", PINS["gov1"]), pins.verify(db, "sec1", PINS["sec1"]))
        assert board_settings.save_rules(
            db, {"ballot": "secret", "groups_required": 3, "quorum": "half", "secretary_votes": True}, both
        )
    finally:
        db.close()
    driver.page.reload()
    assert shown() == before
    results = driver.room.results
    assert not results.secret_label.isVisible()
    assert results.ballot_model.index(0, 3).data() == "Reasons of gov1."


def test_dissents_are_filed_within_the_window_and_it_closes(driver: Driver, qtbot) -> None:
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    driver.open_vote()
    for member in ("gov1", "gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2", "uni3"):
        driver.vote(member, "against" if member.startswith("uni") else "for")
        driver.pass_laptop()
    driver.reveal()
    results = driver.room.results
    assert results.dissent_window.text().startswith("Open")
    QTest.keyClick(results.dissent_button, Qt.Key.Key_Space)
    dialog = driver.dialog(DissentDialog)
    dialog.member_combo.setCurrentIndex(dialog.member_combo.findData("uni2"))
    type_text(dialog.text_edit, "Los sindicatos disienten: salario inferior al convenio.")
    dialog.accept()
    driver.enter_pin(PINS["uni2"], "uni2")  # a dissent is the member's own
    driver.reactivate()
    assert results.dissent_model.rowCount() == 1
    assert results.dissent_model.index(0, 0).data() == "Andrés Muñoz Beltrán"

    # The meeting closed three days ago: the window has closed and says so.
    db = store.connect(driver.page._db_path)
    try:
        closed = (dt.datetime.now(dt.UTC) - dt.timedelta(days=3)).isoformat(timespec="seconds")
        db.execute("UPDATE meetings SET status = 'closed', closed_at = ?", [closed])
        db.conn.commit()
    finally:
        db.close()
    driver.page.reload()
    assert driver.room.results.dissent_window.text().startswith("Closed on")
    assert not driver.room.results.dissent_button.isEnabled()
    assert driver.room.chair_bar.export_button.isEnabled()


def test_the_chair_closes_the_meeting_and_asks_for_the_minutes(driver: Driver, qtbot, room_boxes) -> None:
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    driver.open_vote()  # opens the meeting too
    for member in ("gov1", "gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2", "uni3"):
        driver.vote(member, "for")
        driver.pass_laptop()
    driver.reveal()
    bar = driver.room.chair_bar
    assert not bar.export_button.isEnabled()
    qtbot.mouseClick(bar.close_meeting_button, Qt.MouseButton.LeftButton)
    driver.chair_pin()
    assert "Closed" in driver.room.title.text()
    assert driver.room.results.dissent_window.text().startswith("Open until")
    qtbot.mouseClick(bar.export_button, Qt.MouseButton.LeftButton)
    dialog = driver.page.findChild(MinutesDialog)
    assert dialog is not None and dialog.isVisible()
    driver.secretary_pin()  # building the minutes is the secretary's (or the chair's)
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=15_000)
    assert dialog.preview.page_count() > 0 and not room_boxes.infos


def _motion(rule: DecisionRule, adopted: bool, note: str | None = None, casting: bool = False) -> dict[str, object]:
    return {"rule": rule.value, "adopted": int(adopted), "note": note, "casting_vote_used": int(casting)}


def test_the_rule_is_explained_in_words(qapp) -> None:
    procedure = rules.Rules(DecisionRule.CONSENSUS, consensus_fallback=DecisionRule.SIMPLE_MAJORITY, casting_vote=True)
    votes = {"gov1": Vote.FOR, "emp1": Vote.AGAINST}
    from tripartite.models import Constituency

    tally = rules.tally_votes(votes, {"gov1": Constituency.GOVERNMENT, "emp1": Constituency.EMPLOYER})
    result = rules.decide(tally, procedure, chair_vote=Vote.FOR)
    motion = _motion(result.rule, result.adopted, result.note, result.casting_vote_used)
    text = " ".join(explain.decision(motion, tally, procedure))
    assert "Consensus needs nobody against; 1 voted against." in text
    assert "the fallback rule decided: simple majority" in text
    assert "casting vote decided" in text and "is adopted" in text
    tie = _motion(DecisionRule.SIMPLE_MAJORITY, False, "tie")
    assert "no casting vote" in " ".join(explain.decision(tie, tally, rules.Rules(DecisionRule.SIMPLE_MAJORITY)))
    blocks = " ".join(explain.decision(_motion(DecisionRule.GROUP_MAJORITY, False), tally, rules.Rules()))
    assert "1 of 3 group blocks for (2 required)" in blocks and "Against: Employers." in blocks
