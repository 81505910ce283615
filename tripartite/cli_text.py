"""Plain-text reports and words for the command line: an assessment, the criteria catalogue, roles and rules.

Written for a board secretary reading a terminal, not for a parser (``--json`` is for that). Only the
command line uses this module. It names things as the app and the minutes do (Government, Employers,
Unions; "approve with conditions", never ``approve_with_conditions``), and never prints a member id.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from typing import Any

from tripartite import classifications
from tripartite.assessment import Assessment, GateStatus
from tripartite.criteria import Catalogue, Family
from tripartite.reasons import gate_reason

OUTCOMES = {
    "approve": "APPROVE",
    "approve_with_conditions": "APPROVE WITH CONDITIONS",
    "reject": "REJECT",
    "defer": "DEFER",
}
FAMILIES = {
    Family.PRODUCTIVITY: "Productivity",
    Family.INCOME_DISTRIBUTION: "Income distribution",
    Family.SOCIAL_INTEGRATION: "Social integration",
}
STATUS = {
    GateStatus.PASSED: "passed",
    GateStatus.FAILED: "FAILED",
    GateStatus.UNKNOWN: "missing evidence",
    GateStatus.NOT_ASSESSED: "not assessed",
}
MARK = {GateStatus.PASSED: "✓", GateStatus.FAILED: "✗", GateStatus.UNKNOWN: "?", GateStatus.NOT_ASSESSED: "·"}
CONDITIONS = {
    "wage_floor": "a wage floor",
    "training": "training for local workers",
    "housing_standard": "a housing standard",
    "quota": "a lower quota of workers",
    "integration_support": "an integration support package",
    "max_duration": "a shorter duration",
    "local_hiring": "a local hiring ratio",
    "recruitment_channel": "an approved recruitment channel",
    "reporting": "reporting to the board",
    "no_fees_attestation": "an attestation that workers pay no fees",
}
# The constituencies and signatory roles by the one name the app and the minutes use.
ROLES = {
    "chair": "Chair",
    "secretary": "Secretary",
    "government": "Government",
    "employer": "Employers",
    "union": "Unions",
}
RULES = {
    "consensus": "consensus",
    "simple_majority": "simple majority",
    "qualified_majority": "qualified majority",
    "group_majority": "group majority",
    "group_weighted": "group-weighted vote",
}


def role(code: str | None) -> str:
    """A signatory role or constituency in words (``union`` → Unions); an unknown code as it is."""
    return ROLES.get(code or "", code or "?")


def roles(codes: list[str] | tuple[str, ...]) -> str:
    """Roles in words, comma-separated."""
    return ", ".join(role(c) for c in codes)


def outcome(code: str) -> str:
    """An outcome in words, lower case (``approve_with_conditions`` → approve with conditions)."""
    return OUTCOMES.get(code, code).lower()


def rule(code: str) -> str:
    """A decision rule in words."""
    return RULES.get(code, code.replace("_", " "))


def _money(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.2f}".replace(".00", "")


def _bar(points: float | None) -> str:
    if points is None:
        return ""
    filled = round(points / 20 * 10)
    return "█" * filled + "░" * (10 - filled)


def _why(assessment: Assessment, catalogue: Catalogue) -> str:
    rec = assessment.recommendation
    labels = {g.code: g.label for g in catalogue.gates}
    if rec.reason == "gate_failed":
        gates = ", ".join(f"{code} ({labels[code].lower()})" for code in rec.gates)
        return f"gate{'s' if len(rec.gates) > 1 else ''} failed: {gates}"
    if rec.reason == "missing_evidence":
        return "missing evidence for " + ", ".join(f"{code} ({labels[code].lower()})" for code in rec.gates)
    if rec.reason == "no_score":
        return "no criterion could be scored from the dossier"
    score = f"score {rec.score:.1f}"
    if rec.reason == "score_approve":
        return f"{score} ≥ pass mark {catalogue.pass_mark:g}"
    if rec.reason == "score_reject":
        return f"{score} < {catalogue.conditional_mark:g}"
    return f"{score} between {catalogue.conditional_mark:g} and {catalogue.pass_mark:g}"


def assessment_report(request: Mapping[str, Any], assessment: Assessment, catalogue: Catalogue) -> str:
    """A readable report of one assessment."""
    isco = classifications.isco_titles().get(request["occupation_isco"], "")
    rec = assessment.recommendation
    lines = [
        f"{request['reference']} — {request['employer_name']}",
        f"{request['job_title'] or isco} (ISCO {request['occupation_isco']} {isco}), {request['region']}",
        f"{request['workers_requested']} worker(s) for {request['duration_months']} months; wage "
        f"{_money(request['wage_offered'])} {request['currency']} against a prevailing "
        f"{_money(request['prevailing_wage'])}",
        "",
        f"Recommendation: {OUTCOMES[rec.outcome.value]} — {_why(assessment, catalogue)}",
    ]
    if rec.conditions:
        lines.append("  Suggested conditions: " + "; ".join(CONDITIONS.get(c.value, c.value) for c in rec.conditions))
    lines += ["  (advisory: the board's vote decides)", "", "Compliance gates"]
    labels = {g.code: g.label for g in catalogue.gates}
    for gate in assessment.gates:
        lines.append(
            f"  {MARK[gate.status]} {gate.code}  {labels[gate.code]:<36} {STATUS[gate.status]:<17} "
            f"{gate_reason(gate.reason)}"
        )
    known = [c for c in catalogue.criteria if c.auto and assessment.technical_points[c.code] is not None]
    autos = [c for c in catalogue.criteria if c.auto]
    score = "–" if assessment.technical_score is None else f"{assessment.technical_score:.1f} / 100"
    lines += [
        "",
        f"Technical score: {score}  ({len(known)} of {len(autos)} automatic criteria known; "
        f"pass mark {catalogue.pass_mark:g}, conditions from {catalogue.conditional_mark:g})",
    ]
    for family in Family:
        lines.append(f"  {FAMILIES[family]}")
        for criterion in (c for c in catalogue.criteria if c.family is family):
            points = assessment.technical_points[criterion.code]
            if not criterion.auto:
                shown = "member judgement"
            elif points is None:
                shown = "missing evidence"
            else:
                shown = f"{points:>2}  {_bar(points)}"
            lines.append(f"    {criterion.code}  {criterion.label:<48} w{criterion.weight:<4g} {shown}")
    lines += ["", *_sensitivity_lines(assessment)]
    return "\n".join(lines)


def _sensitivity_lines(assessment: Assessment) -> list[str]:
    sens = assessment.sensitivity
    if sens is None:
        return ["Sensitivity: no score to test."]
    if sens.robust:
        lines = ["Sensitivity: robust — no ±10-point move of a family weight changes the band."]
    else:
        names = ", ".join(FAMILIES.get(Family(f), f) if f in set(Family) else f for f in sens.fragile_on)
        lines = [f"Sensitivity: FRAGILE on {names} — a ±10-point move of that family weight changes the band."]
    if sens.critical is not None:
        c = sens.critical
        lines.append(
            f"  Critical weight: {c.criterion} {c.delta:+d} points (to {c.weight:g}) would move the score to "
            f"{c.score:.1f}, across the pass mark."
        )
    if sens.divergence is not None:
        split = "constituency split" if sens.split else "no split"
        lines.append(f"  Divergence between constituencies: {sens.divergence:.1f} ({split})")
    return lines


def catalogue_report(catalogue: Catalogue) -> str:
    """The catalogue in force, as a readable table."""
    lines = [
        catalogue.name,
        f"version {catalogue.version[:16]}…  pass mark {catalogue.pass_mark:g}, conditions from "
        f"{catalogue.conditional_mark:g}, advertising period {catalogue.advertised_days} days",
        "",
        "Gates (non-compensatory)",
    ]
    for gate in catalogue.gates:
        state = "" if gate.enabled else " [off unless the board sets a reliance cap]"
        kind = "attested by members" if gate.kind == "attestation" else "from the dossier"
        lines.append(f"  {gate.code}  {gate.label} — on fail: {outcome(gate.on_fail.value)}; {kind}{state}")
        lines += [f"        {t}" for t in textwrap.wrap(gate.description, 96)]
    weights = catalogue.family_weights()
    for family in Family:
        lines += ["", f"{FAMILIES[family]} ({weights[family]:g})"]
        for criterion in (c for c in catalogue.criteria if c.family is family):
            auto = "auto" if criterion.auto else "judgement"
            lines.append(f"  {criterion.code}  w{criterion.weight:<3g} {criterion.label} ({auto})")
            lines += [f"        {t}" for t in textwrap.wrap(criterion.description, 96)]
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------- audit

_FINDINGS = {
    "event_changed": "event {seq} was changed after it was written (it no longer matches its own hash)",
    "event_rewritten": "event {seq} was rewritten and its hash recomputed (the next event committed to another "
    "version of it)",
    "events_deleted": "{count} event(s) from event {seq} on were deleted",
    "events_renumbered": "{count} event(s) were deleted before event {seq} and the rest renumbered",
    "anchor_mismatch": "the record up to event {seq} was rewritten: {source} commits to another hash for it",
    "anchor_missing": "the record was cut short or rewritten: {source} commits to event {seq}, which is not there",
    "row_changed": "{table}, {key}: differs from its audit event (event {seq})",
    "row_without_event": "{table}, {key}: no audit event vouches for it (written outside the app)",
    "row_deleted": "{table}, {key}: was deleted (its audit event {seq} remains)",
    "votes_changed": "secret ballot of {key}: the votes differ from what the reveal committed to (event {seq})",
    "votes_count": "secret ballot of {key}: the number of votes differs from the number of members who voted",
}


def audit_finding(finding: Any) -> str:
    """One finding of ``audit verify`` as a sentence."""
    return _FINDINGS[finding.code].format(
        seq=finding.seq, count=finding.count, table=finding.table, key=finding.key, source=finding.source
    )
