from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QObject, Qt

from tripartite import assessment, board, criteria, criteria_toml, gates, pins, store
from tripartite.meetings import agenda, lifecycle
from tripartite.sample import DEMO_PINS
from tripartite.ui.models.dossier_models import CriterionTableModel, GateTableModel, HistoryTableModel, history_entries
from tripartite.ui.views.dossier_view import DossierView, family_scores


@pytest.fixture
def view(qtbot, db) -> DossierView:
    widget = DossierView(db)
    qtbot.addWidget(widget)
    widget.resize(600, 700)
    widget.show()
    return widget


def request_id(db: store.Database, reference: str) -> int:
    return db.execute("SELECT id FROM requests WHERE reference = ?", [reference]).fetchone()[0]


def column(model, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[object]:
    return [model.data(model.index(r, col), role) for r in range(model.rowCount())]


def test_no_request_shows_the_hint(view):
    view.show_request(None)
    assert view.hint.isVisible() and view.request_id() is None
    view.show_request(999_999)  # a request that does not exist
    assert view.hint.isVisible() and view.request_id() is None


def test_a_failed_gate_is_shown_with_icon_words_and_reason(view, db):
    view.show_request(request_id(db, "REQ-2026-0003"))
    assert view.title.text() == "REQ-2026-0003 — Hostelería Mañana Cañí S.L."
    assert view.recommendation.text() == "Recommendation: Reject"
    assert "A compliance gate failed: G1" in view.score_line.text()
    model = view.gate_model
    codes = column(model, 0)
    g1 = codes.index("G1")
    assert model.data(model.index(g1, 2)) == "Failed"
    assert not model.data(model.index(g1, 2), Qt.ItemDataRole.DecorationRole).isNull()  # an icon, not colour alone
    assert "wage" in model.data(model.index(g1, 3)) and "<" in model.data(model.index(g1, 3))
    assert "Failed" in model.data(model.index(g1, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert column(model, 2)[codes.index("G6")] == "Not assessed"


def test_missing_evidence_and_the_recommendation_to_defer(view, db):
    view.show_request(request_id(db, "REQ-2026-0011"))
    states = dict(zip(column(view.gate_model, 0), column(view.gate_model, 2), strict=True))
    assert states["G4"] == states["G5"] == "Missing evidence"
    assert view.recommendation.text() == "Recommendation: Defer"
    assert "Missing evidence for G4, G5" in view.score_line.text()


def test_conditional_recommendation_lists_its_conditions_and_sensitivity(view, db):
    view.show_request(request_id(db, "REQ-2026-0015"))
    assert view.recommendation.text() == "Recommendation: Approve with conditions"
    assert view.conditions.text() == (
        "Suggested conditions: training of local workers; integration support; housing standard."
    )
    assert view.sensitivity.text().startswith("Fragile on Income distribution")
    assert "Critical weight:" in view.sensitivity.text()
    assert "Technical score 43.5 of 100 (pass mark 50; conditions from 40)." in view.score_line.text()


def test_a_robust_result_says_so(view, db):
    view.show_request(request_id(db, "REQ-2026-0001"))
    assert view.sensitivity.text().startswith("Robust:")
    assert view.conditions.isHidden()


def test_criteria_and_chart_show_the_technical_points_by_family(view, db):
    rid = request_id(db, "REQ-2026-0015")
    view.show_request(rid)
    request = next(iter(db.query("SELECT * FROM requests WHERE id = ?", [rid])))
    catalogue = criteria_toml.for_board(db)
    expected = assessment.assess(request, catalogue, gates.BoardContext.of(board.read_board(db)))
    model = view.criterion_model
    assert column(model, 0) == [c.code for c in catalogue.criteria]
    points = dict(zip(column(model, 0), column(model, 4), strict=True))
    assert points["P2"] == "members judge"
    for code, value in expected.technical_points.items():
        if value is not None:
            assert points[code].startswith(f"{value} · ")
    chart = view.chart()
    assert chart is not None
    bar_set = view._bar_set
    scores = family_scores(catalogue, expected.technical_points)
    families = list(reversed(list(criteria.Family)))
    assert [bar_set.at(i) for i in range(bar_set.count())] == [round(scores[f] or 0) for f in families]
    assert view._categories.categories() == [
        f"{name}  {round(scores[family] or 0)}"
        for name, family in zip(("Social integration", "Income distribution", "Productivity"), families, strict=True)
    ]


def test_facts_say_when_a_value_is_missing(view, db):
    rid = request_id(db, "REQ-2026-0011")
    view.show_request(rid)
    facts = view.findChild(type(view.title), "fact-layoffs_last_12m")
    assert facts.text().startswith("— not given")
    wage = view.findChild(type(view.title), "fact-wage_offered")
    assert wage.text().endswith("EUR per month")


def test_history_lists_registration_agenda_and_status_changes(view, db):
    rid = request_id(db, "REQ-2026-0001")
    secretary = pins.verify(db, "sec1", DEMO_PINS["sec1"])
    meeting_id = lifecycle.create_meeting(db, "Ordinary session", "2026-12-01", None, secretary)
    agenda.add_item(db, meeting_id, rid, secretary)
    view.show_request(rid)
    what = column(view.history_model, 1)
    assert what[0] == "Registered"
    assert "Status: Pending → On agenda" in what
    assert "Put on the agenda of Ordinary session (2026-12-01)" in what  # the meeting's title, not its id
    assert "Ramón Álvarez Quiñones" in column(view.history_model, 2)  # the secretary, by name
    assert "Ordinary session (2026-12-01)" in column(view.history_model, 3)  # the status change's note
    assert view.subtitle.text().startswith("On agenda · ")


def test_history_never_shows_sealed_ballots(db):
    rid = request_id(db, "REQ-2026-0001")
    entries = history_entries(db, rid)
    assert all(not e.kind.startswith("ballot") for e in entries)


@pytest.mark.parametrize("model_class", [GateTableModel, CriterionTableModel, HistoryTableModel])
def test_dossier_models_pass_the_model_tester(qtmodeltester, view, db, model_class):
    view.show_request(request_id(db, "REQ-2026-0015"))
    model = {GateTableModel: view.gate_model, CriterionTableModel: view.criterion_model,
             HistoryTableModel: view.history_model}[model_class]  # fmt: skip
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_empty_dossier_models_pass_the_model_tester(qtmodeltester, qapp):
    owner = QObject()
    for model in (GateTableModel(owner), CriterionTableModel(owner), HistoryTableModel(owner)):
        qtmodeltester.check(model)
    owner.deleteLater()


@pytest.mark.slow
def test_start_up_does_not_import_heavy_modules():
    code = (
        "import sys; import tripartite.ui.app, tripartite.ui.mainwindow; "
        "heavy = ['PySide6.QtCharts', 'pandas', 'reportlab', 'pyhanko', 'openpyxl']; "
        "print([m for m in heavy if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_history_names_who_acted_as_the_audit_log_does(view, db):
    # One wording for an actor everywhere: the dossier's history and the audit log agree, two PINs included.
    from tripartite.authority import joint

    rid = request_id(db, "REQ-2026-0001")
    both = joint(pins.verify(db, "gov1", DEMO_PINS["gov1"]), pins.verify(db, "sec1", DEMO_PINS["sec1"]))
    meeting_id = lifecycle.create_meeting(db, "Ordinary session", "2026-12-01", None, both)
    agenda.add_item(db, meeting_id, rid, both)
    view.show_request(rid)
    assert "María Dolores Sánchez Ortega and Ramón Álvarez Quiñones" in column(view.history_model, 2)
