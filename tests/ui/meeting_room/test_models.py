"""Every model of the meeting room passes pytest-qt's model tester."""

from __future__ import annotations

from tripartite import pins, sample, store
from tripartite.meetings import agenda, lifecycle
from tripartite.meetings.ballots import Ballot
from tripartite.models import Constituency, Vote
from tripartite.ui.meeting_room.attendance import AttendanceModel
from tripartite.ui.meeting_room.models import AgendaModel, MeetingListModel, PaneMembersModel, PendingRequestsModel
from tripartite.ui.meeting_room.result_models import BallotModel, DissentModel, TallyModel


def test_models_pass_the_model_tester(qtmodeltester, demo_file) -> None:
    db = store.open_db(demo_file)
    try:
        secretary = pins.verify(db, "sec1", sample.DEMO_PINS["sec1"])
        meeting_id = lifecycle.create_meeting(db, "Test", "2026-12-04", "Sala", secretary)
        for reference in ("REQ-2026-0001", "REQ-2026-0002"):
            request = db.execute("SELECT id FROM requests WHERE reference = ?", [reference]).fetchone()[0]
            agenda.add_item(db, meeting_id, request, secretary)
        attendance = AttendanceModel(db, meeting_id, clock=lambda: "09:30")
        for model in (
            MeetingListModel(db),
            AgendaModel(db, meeting_id),
            PendingRequestsModel(db),
            attendance,
        ):
            qtmodeltester.check(model, force_py=True)
        attendance.auth = pins.verify(db, "gov1", sample.DEMO_PINS["gov1"])  # the chair's PIN (the dialog sets it)
        attendance.set_present(0, True)
        assert attendance.data(attendance.index(0, AttendanceModel.ARRIVED)) == "09:30"
        qtmodeltester.check(attendance, force_py=True)
        members = PaneMembersModel()
        members.set_members([("uni1", "Rocío", True), ("uni2", "Andrés", False)])
        qtmodeltester.check(members, force_py=True)
        tally = TallyModel()
        tally.set_tally({"government": {"for": 2, "against": 0, "abstain": 1},
                         "employer": {"for": 1, "against": 1, "abstain": 0},
                         "union": {"for": 0, "against": 3, "abstain": 0}})  # fmt: skip
        qtmodeltester.check(tally, force_py=True)
        ballots = BallotModel()
        ballots.set_ballots([Ballot("uni1", Vote.AGAINST, "Wage", "2026")], {"uni1": "Rocío"},
                            {"uni1": Constituency.UNION})  # fmt: skip
        qtmodeltester.check(ballots, force_py=True)
        dissents = DissentModel()
        dissents.set_dissents([{"member_id": "uni1", "filed_at": "2026-12-04T10:00:00", "text": "No."}], {})
        qtmodeltester.check(dissents, force_py=True)
    finally:
        db.close()
