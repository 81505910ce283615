"""The command line's vocabulary: plain-text reports and the words for the core's enums and refusals.

Written for a board secretary reading a terminal, not for a parser (``--json`` is for that). Only the
command line uses this module. It names things as the app and the minutes do (Government, Employers,
Unions; "approve with conditions", never ``approve_with_conditions``), and never prints a member id
except where a refusal must say whose PIN or ballot it is.

Its tables are keyed by the core's enum members (:mod:`tripartite.models`, ``Family``, ``GateStatus``)
and its refusal sentences by the codes of :data:`tripartite.refusals.REFUSALS`;
``tests/test_vocabulary.py`` checks that none is missing. :func:`say` renders any known error.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from enum import Enum, StrEnum
from typing import Any

from tripartite import classifications
from tripartite.assessment import Assessment
from tripartite.criteria import Catalogue, Family
from tripartite.errors import Refusal
from tripartite.gates import GateStatus
from tripartite.models import (
    Authority,
    BallotMode,
    ConditionKind,
    Constituency,
    DecisionRule,
    ItemStatus,
    MeetingStatus,
    MotionStatus,
    Outcome,
    Quorum,
    RequestStatus,
    Role,
    Vote,
)
from tripartite.reasons import gate_reason

OUTCOMES: dict[str, str] = {
    Outcome.APPROVE: "APPROVE",
    Outcome.APPROVE_WITH_CONDITIONS: "APPROVE WITH CONDITIONS",
    Outcome.REJECT: "REJECT",
    Outcome.DEFER: "DEFER",
}
FAMILIES: dict[str, str] = {
    Family.PRODUCTIVITY: "Productivity",
    Family.INCOME_DISTRIBUTION: "Income distribution",
    Family.SOCIAL_INTEGRATION: "Social integration",
}
STATUS: dict[str, str] = {
    GateStatus.PASSED: "passed",
    GateStatus.FAILED: "FAILED",
    GateStatus.UNKNOWN: "missing evidence",
    GateStatus.NOT_ASSESSED: "not assessed",
}
MARK: dict[str, str] = {
    GateStatus.PASSED: "✓",
    GateStatus.FAILED: "✗",
    GateStatus.UNKNOWN: "?",
    GateStatus.NOT_ASSESSED: "·",
}
CONDITIONS: dict[str, str] = {
    ConditionKind.WAGE_FLOOR: "a wage floor",
    ConditionKind.TRAINING: "training for local workers",
    ConditionKind.HOUSING_STANDARD: "a housing standard",
    ConditionKind.QUOTA: "a lower quota of workers",
    ConditionKind.INTEGRATION_SUPPORT: "an integration support package",
    ConditionKind.MAX_DURATION: "a shorter duration",
    ConditionKind.LOCAL_HIRING: "a local hiring ratio",
    ConditionKind.RECRUITMENT_CHANNEL: "an approved recruitment channel",
    ConditionKind.REPORTING: "reporting to the board",
    ConditionKind.NO_FEES_ATTESTATION: "an attestation that workers pay no fees",
}
# The constituencies and the roles by the one name the app and the minutes use; a signatory role is either.
CONSTITUENCIES: dict[str, str] = {
    Constituency.GOVERNMENT: "Government",
    Constituency.EMPLOYER: "Employers",
    Constituency.UNION: "Unions",
}
ROLES: dict[str, str] = {Role.CHAIR: "Chair", Role.SECRETARY: "Secretary", Role.MEMBER: "Member"}
RULES: dict[str, str] = {
    DecisionRule.CONSENSUS: "consensus",
    DecisionRule.SIMPLE_MAJORITY: "simple majority",
    DecisionRule.QUALIFIED_MAJORITY: "qualified majority",
    DecisionRule.GROUP_MAJORITY: "group majority",
    DecisionRule.GROUP_WEIGHTED: "group-weighted vote",
}
AUTHORITIES: dict[str, str] = {
    Authority.DECIDES: "decides (issues decisions)",
    Authority.ADVISES: "advises (issues opinions)",
}
QUORUMS: dict[str, str] = {
    Quorum.HALF: "half of the seats",
    Quorum.HALF_AND_EACH_GROUP: "half of the seats and every constituency",
}
BALLOTS: dict[str, str] = {BallotMode.NAMED: "named ballots", BallotMode.SECRET: "secret ballots"}
VOTES: dict[str, str] = {Vote.FOR: "for", Vote.AGAINST: "against", Vote.ABSTAIN: "abstain"}
REQUEST_STATUSES: dict[str, str] = {
    RequestStatus.PENDING: "pending",
    RequestStatus.ON_AGENDA: "on the agenda",
    RequestStatus.DECIDED: "decided",
    RequestStatus.DEFERRED: "deferred",
    RequestStatus.WITHDRAWN: "withdrawn",
}
MEETING_STATUSES: dict[str, str] = {
    MeetingStatus.DRAFT: "draft",
    MeetingStatus.OPEN: "open",
    MeetingStatus.CLOSED: "closed",
    MeetingStatus.MINUTES_SIGNED: "minutes signed",
}
ITEM_STATUSES: dict[str, str] = {
    ItemStatus.PENDING: "pending",
    ItemStatus.DECIDED: "decided",
    ItemStatus.NO_QUORUM: "no quorum",
}
MOTION_STATUSES: dict[str, str] = {
    MotionStatus.DRAFT: "proposed",
    MotionStatus.OPEN: "open for voting",
    MotionStatus.REVEALED: "revealed",
}
# A follow-up record's states (tripartite.followup.State: the register's own enum, not one of models).
FOLLOWUP_STATES: dict[str, str] = {
    "pending": "pending",
    "evidence_submitted": "evidence filed",
    "verified": "verified",
    "breached": "BREACHED",
    "waived": "waived",
}
# The table of each enum, for tests/test_vocabulary.py and for words() below.
TABLES: dict[type[StrEnum], Mapping[str, str]] = {
    Outcome: OUTCOMES,
    Family: FAMILIES,
    GateStatus: STATUS,
    ConditionKind: CONDITIONS,
    Constituency: CONSTITUENCIES,
    Role: ROLES,
    DecisionRule: RULES,
    Authority: AUTHORITIES,
    Quorum: QUORUMS,
    BallotMode: BALLOTS,
    Vote: VOTES,
    RequestStatus: REQUEST_STATUSES,
    MeetingStatus: MEETING_STATUSES,
    ItemStatus: ITEM_STATUSES,
    MotionStatus: MOTION_STATUSES,
}


def words(member: StrEnum) -> str:
    """Any enum member of the core in words; one without a table comes back as its stored value."""
    return TABLES.get(type(member), {}).get(member, str(member))


def role(code: str | None) -> str:
    """A signatory role (an officer or a constituency) in words (``union`` → Unions); an unknown code as it is."""
    return ROLES.get(code or "") or CONSTITUENCIES.get(code or "") or code or "?"


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


# ---------------------------------------------------------------------------------------- refusals

def followup_report(records: Any, as_of: Any) -> str:
    """The follow-up register as a table: one line per record, by due date, overdue ones marked."""
    if not records:
        return f"No follow-up records (as of {as_of.isoformat()})."
    lines = [f"Follow-up register as of {as_of.isoformat()}: {len(records)} record(s)"]
    width = max(len(r.request) for r in records)
    for r in records:
        state = FOLLOWUP_STATES.get(r.state.value, r.state.value)
        if r.overdue:
            state += ", OVERDUE"
        what = CONDITIONS.get(r.kind, r.kind.value) + (f" (period {r.period})" if r.period else "")
        lines.append(f"{r.id:>5}  {r.request:<{width}}  due {r.due_on}  {what}: {state}")
    overdue = sum(1 for r in records if r.overdue)
    if overdue:
        lines.append(f"{overdue} overdue")
    return "\n".join(lines)


# One sentence per code of tripartite.refusals.REFUSALS, filled with str.format from the refusal's
# parameters (a sequence is joined, an enum member shown by its stored value, as the files spell it).
REFUSALS: dict[str, str] = {
    # who may act
    "needs_pins": "two members must each type their PIN",
    "other_database": "this authority was given for another board's database",
    "same_member": "two different members must type their PIN",
    "not_recorded": "only a meeting created for recording, still in draft, can be recorded",
    "no_proof": "this needs a member's PIN",
    "stale": "this PIN was typed too long ago; type it again",
    "recording_only": "recording a held meeting gives authority over that meeting only",
    "needs_pin": "this needs the PINs of the members concerned; the command line cannot",
    "not_yours": "only the member themself may do this, after their own PIN",
    "needs_chair": "only the chair (or the chair's stand-in for the meeting) may do this",
    "needs_officer": "only the chair or the secretary may do this, with their PIN",
    "needs_both": "a change of the rules needs the chair's and the secretary's PINs",
    "reset_needs_both": "resetting a PIN needs the chair's and the secretary's PINs",
    "use_change": "to change your own PIN, give your old PIN (Change my PIN)",
    "first_pin_needs_officer": "a first PIN is set with the chair's or the secretary's PIN",
    "stand_in_needs_pins": "a stand-in is named with their own PIN and the secretary's (or the chair's)",
    # PINs
    "unreadable_pin_hash": "unreadable PIN hash parameters ({stored!r}); reset the PIN",
    "demo_pin": "that PIN is published as a demo PIN; choose another",
    "weak_pin": "a PIN is at least {min_digits} digits, digits only",
    "demo_pins_fresh_only": "demo PINs are only for a freshly loaded sample board",
    "wrong_pin": "wrong PIN for {member}; {remaining} tries left before a lockout",
    "locked_out": "{member} is locked out for {seconds} s after too many wrong PINs",
    "no_pin": "{member} has no PIN yet; set one first",
    # the board
    "board_exists": "this database already has a board; use a new database file",
    "no_board": "this database has no board yet; run `tripartite init` first",
    "unknown_member": "no member with id {member}",
    "catalogue_missing": "the board's criteria catalogue {version}… is missing from the database",
    # files
    "unsupported_export": "{path}: unsupported file type; use .csv or .xlsx",
    "cannot_write": "{path}: cannot write ({reason})",
    "cannot_read": "{path}: cannot read ({reason})",
    "no_such_file": "{path}: no such {what}",
    # the environment
    "database_busy": "{path}: database is busy (another program holds it) ({detail})",
    "database_locked": "{path}: database table is locked ({detail})",
    "out_of_memory": "{path}: out of memory ({detail})",
    "database_read_only": "{path}: database is read-only ({detail})",
    "disk_io_error": "{path}: disk I/O error ({detail})",
    "database_damaged": "{path}: database file is damaged ({detail})",
    "disk_full": "{path}: disk is full ({detail})",
    "cannot_open_database": "{path}: cannot open the database file ({detail})",
    "database_access_denied": "{path}: access to the database was denied ({detail})",
    "not_a_database": "{path}: file is not a Tripartite database ({detail})",
    "cannot_create_folder": "{path}: cannot create the folder ({reason})",
    "file_exists": "{path}: already exists; choose another name",
    "secret_vote_in_progress": "a secret ballot is being cast; back up after its reveal",
    # meetings
    "minutes_signed": "the minutes of meeting {meeting} are signed, so the meeting is read-only; "
    "create an amendment to correct it",
    "no_item": "no such agenda item",
    "no_motion": "no such motion",
    "not_found": "no such record",
    "meeting_state": "the meeting is {status}; this needs it {allowed}",
    "stand_in_not_member": "{member} is not a voting member of the board, so cannot preside",
    "stand_in_absent": "{member} is not marked present, so cannot preside",
    "vote_open": "a vote is still open; reveal it before closing the meeting",
    "motion_open": "a motion on this item is still being voted",
    "request_state": "{reference} is {status}, not pending",
    "recusals_closed": "recusals are recorded before voting on the item starts",
    "attestations_closed": "attestations are settled before voting on the item starts",
    "item_closed": "the item is already settled",
    "bad_workers": "workers approved must be between 1 and the {requested} requested",
    "bad_condition": "condition {kind}: {key} {problem} ({value})",
    "no_quorum": "the item has no quorum; it cannot be voted",
    "motion_state": "the motion is {status}",
    "vote_not_open": "voting on this motion is not open",
    "not_entitled": "{member} is not entitled to vote on this item",
    "already_voted": "{member} has already voted on this motion",
    "sealed": "the ballots of motion {motion} are sealed until the reveal",
    "votes_missing": "not everyone has voted ({missing}); the chair may close",
    "recorded_only": "a bare tally is accepted only when recording a held meeting",
    "dissent_closed": "the window for dissents closed at {closes}",
    "not_decided": "a dissent is filed against a decision",
    "did_not_sit": "{member} did not sit on this item",
    "dissent_empty": "a dissent needs its text",
    # the conditions follow-up register
    "no_followup": "no follow-up record with id {followup}",
    "followup_settled": "follow-up {followup} is already {state}; it takes no more evidence or findings",
    "followup_no_evidence": "follow-up {followup} has no evidence filed yet; file it first "
    "(`tripartite followup evidence`), or find it breached",
    "followup_note_empty": "a finding needs its note (--note)",
    # minutes
    "no_meeting": "no meeting with id {meeting}",
    "not_signed_yet": "the minutes of meeting {meeting} are not signed yet; correct the meeting and build them again",
    "meeting_not_closed": "meeting {meeting} is {status}: close it before building its minutes",
    "being_signed": "the minutes of meeting {meeting} are being signed ({roles} signed); finish the signatures",
    "no_minutes": "no minutes with id {minutes}",
    "rebuilt_since": "these minutes were built again since (minutes {newest}); sign the newer file",
    "older_revision": "this file is an older revision of the minutes: sign the latest signed file instead",
    "not_stored_minutes": "this file is not minutes stored in this database (build them with `tripartite minutes`)",
    "demo_folder_taken": "{folder}: not empty and not an earlier demo folder; choose a new folder",
    # signing
    "empty_signer_name": "the signer's name is empty",
    "unknown_role": "unknown signatory role {role!r}; choose one of: {roles}",
    "unknown_algorithm": "unknown key algorithm {algorithm!r}; choose one of: {algorithms}",
    "short_passphrase": "the passphrase must have at least {min_length} characters",
    "not_a_certificate": "not a certificate ({reason})",
    "no_certificate": "no certificate found",
    "not_a_key_file": "this file is not a signing key (a PKCS#12 .p12 file)",
    "wrong_passphrase": "wrong passphrase for this key file",
    "unreadable_pdf": "not a readable PDF ({reason})",
    "no_readable_signature": "the file has no readable signature ({reason})",
    "no_annex": "this file is not minutes made by Tripartite (it has no evidence annex)",
    "no_box_for_role": "these minutes have no signature box for the role {role!r} (their roles: {roles})",
    "role_signed": "the role {role!r} has already signed these minutes",
    "key_for_another_role": "this key was made for the {key_role!r} role, not {role!r}",
    "key_signed_already": "this key has already signed the {box!r} box; each box needs its own signatory",
    "changed_after_signature": "this file was changed after the {role!r} signature; do not sign it, "
    "get the signed minutes again",
    "certificate_for_another_role": "this certificate was made for the {certificate_role!r} role, not {role!r}",
    "certificate_names_no_role": "the certificate of {subject} names no signatory role; "
    "give the role it signs for (--role)",
    "role_not_held": "member {member} ({name}) does not hold the {role!r} signatory role",
    "trusted_elsewhere": "the certificate of {subject} is trusted already, for member {member} as {role!r}; "
    "remove it first",
    "untrusted_fingerprint": "the board trusts no certificate with fingerprint {fingerprint}",
}
# How a sequence parameter is joined: the statuses a meeting needs read as alternatives.
_JOINERS = {"allowed": " or "}


def _filled(name: str, value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple, set, frozenset)):
        shown = [str(v.value if isinstance(v, Enum) else v) for v in value]
        return _JOINERS.get(name, ", ").join(shown) or "none"
    return value


def refusal(exc: Refusal) -> str:
    """A refusal as the command line says it; a code without a sentence shows as its log form."""
    template = REFUSALS.get(exc.code)
    if template is None:
        return str(exc)
    try:
        return template.format(**{name: _filled(name, value) for name, value in exc.params.items()})
    except (KeyError, IndexError):
        return str(exc)


def say(exc: BaseException) -> str:
    """Any error the command line reports: a refusal through :data:`REFUSALS`, another one as its message."""
    return refusal(exc) if isinstance(exc, Refusal) else str(exc)
