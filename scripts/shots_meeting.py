"""Screenshots of the meeting room for the README: during a vote, and after the reveal.

Run under Xvfb so the window is real (fonts, styles, QtCharts)::

    xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/python scripts/shots_meeting.py docs/

It builds the sample board with its demo PINs in a temporary folder, creates a meeting with three items,
casts some ballots through the core (as members would in their panes), unlocks one pane, and saves
``meeting-room.png``; then the remaining members vote, the chair reveals, and it saves ``results.png``;
last, the audit log of that morning with the record checked, as ``audit-log.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from tripartite import pins, sample, scoring, store
from tripartite.meetings import agenda, attendance, ballots, lifecycle, motions
from tripartite.models import Constituency, Outcome, Vote
from tripartite.ui import language
from tripartite.ui.meeting_room import MeetingsPage
from tripartite.ui.views.audit_view import AuditView

# The app's language for the shots (SHOTS_LANG=es|fr|ar); other languages' files end in -<lang>.
LANG = os.environ.get("SHOTS_LANG", "en")
SUFFIX = "" if LANG == "en" else f"-{LANG}"
SIZE = (1280, 760)
ITEMS = ("REQ-2026-0015", "REQ-2026-0001", "REQ-2026-0004")
# Ballots cast before the first screenshot, and the rest after it (member → vote).
EARLY = {"gov1": Vote.FOR, "gov2": Vote.FOR, "emp1": Vote.FOR, "uni1": Vote.AGAINST}
LATE = {"gov3": Vote.FOR, "emp2": Vote.FOR, "emp3": Vote.ABSTAIN, "uni2": Vote.AGAINST, "uni3": Vote.FOR}
COMMENTS = {
    "uni1": "Salario inferior al convenio provincial de hostelería.",
    "emp1": "Necesidad acreditada; vacante publicada 35 días.",
    "uni3": "A favor con la formación de dos trabajadores locales.",
}
SCORES = {  # a few members score, so the chart has one bar per constituency
    "gov1": {"P1": 10, "P3": 10, "I1": 10, "S1": 10, "S2": 10, "P2": 10},
    "emp1": {"P1": 20, "P3": 10, "I1": 10, "S1": 10, "S2": 10, "P2": 20, "P5": 20},
    "uni1": {"P1": 0, "P3": 0, "I1": 0, "S1": 10, "S2": 0, "P2": 10, "I5": 0},
    "uni3": {"P1": 10, "P3": 10, "I1": 10, "S1": 10, "S2": 10},
}


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _cast(db, motion_id: int, item_id: int, votes: dict[str, Vote], technical: dict) -> None:
    for member, vote in votes.items():
        auth = pins.verify(db, member, sample.DEMO_PINS[member])
        if member in SCORES:
            points = SCORES[member]
            comments = {c: "Evaluación propia." for c, p in points.items() if technical.get(c) not in (None, p)}
            scoring.save_scores(db, item_id, member, points, comments, auth)
        ballots.cast(db, motion_id, member, vote, COMMENTS.get(member), auth)


def main(out_dir: str) -> int:
    """Build the sample meeting and save the three screenshots into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    language.install_translators(app, LANG)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "board.db"
        db = store.open_db(path)
        sample.load_sample(db, demo_pins=True)
        secretary = pins.verify(db, "sec1", sample.DEMO_PINS["sec1"])
        meeting_id = lifecycle.create_meeting(
            db, "Sesión ordinaria 12/2026", "2026-12-04", "Ministerio, sala 3", secretary
        )
        chair = pins.verify(db, "gov1", sample.DEMO_PINS["gov1"])
        for member in ("gov1", "gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2", "uni3", "sec1"):
            attendance.set_attendance(db, meeting_id, member, True, arrived_at="2026-12-04T09:30", auth=chair)
        lifecycle.open_meeting(db, meeting_id, chair)
        items = []
        for reference in ITEMS:
            request_id = db.execute("SELECT id FROM requests WHERE reference = ?", [reference]).fetchone()[0]
            items.append(agenda.add_item(db, meeting_id, request_id, secretary))

        window = QMainWindow()
        window.setWindowTitle("Tripartite")
        page = MeetingsPage(path, window)
        window.setCentralWidget(page)
        window.resize(*SIZE)
        window.show()
        room = page.open_meeting(meeting_id)
        room.select_item(items[0])
        _settle(app)

        # The chair opens the vote on the recommended motion (as the chair's bar does after the PIN).
        draft = room.chair_bar.draft()
        motion_id = motions.propose(
            db, items[0], draft.outcome, draft.workers, draft.conditions, auth=chair, proposed_by="gov1"
        )
        motions.open_vote(db, motion_id, chair)
        assert draft.outcome is Outcome.APPROVE_WITH_CONDITIONS
        technical = dict(room._ctx.assessment.technical_points) if room._ctx else {}
        _cast(db, motion_id, items[0], EARLY, technical)
        room.refresh()
        pane = room.panes[Constituency.EMPLOYER]
        pane.unlock(pins.verify(db, "emp2", sample.DEMO_PINS["emp2"]))
        ballot = pane.ballot
        assert ballot is not None
        ballot.score_grid.accept_technical()
        ballot.score_grid.combos["P2"].setCurrentIndex(3)
        ballot.vote_for.setChecked(True)
        _settle(app)
        page.grab().save(str(out / f"meeting-room{SUFFIX}.png"))

        pane.lock()
        _cast(db, motion_id, items[0], LATE, technical)
        ballots.reveal(db, motion_id, chair)
        room.refresh()
        _settle(app)
        page.grab().save(str(out / f"results{SUFFIX}.png"))
        window.close()
        page.deleteLater()
        _settle(app)

        # The audit log of the same morning, with the whole record checked.
        log = QMainWindow()
        log.setWindowTitle("Tripartite")
        view = AuditView(db, path, log)
        log.setCentralWidget(view)
        log.resize(*SIZE)
        log.show()
        view.verify_button.click()
        deadline = time.monotonic() + 30
        while view.is_busy() and time.monotonic() < deadline:
            _settle(app)
            time.sleep(0.02)
        _settle(app)
        view.grab().save(str(out / f"audit-log{SUFFIX}.png"))
        log.close()
        view.deleteLater()
        _settle(app)
        db.close()
    print(f"saved meeting-room{SUFFIX}.png, results{SUFFIX}.png and audit-log{SUFFIX}.png in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs"))
