"""The app's words for the core's enums and codes: outcomes, votes, roles, rules, statuses, conditions, signatures.

The core returns enums and codes, never sentences (DESIGN §1). This is the one table the app looks them
up in: each table is keyed by the core's enum members (:mod:`tripartite.models`, ``Family``,
``GateStatus``) or, where the core has codes but no enum yet, by those codes. Every English source is
marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` extracts it (style.md D16), and translated when
shown. An unknown value comes back as itself, so nothing is ever hidden. The words for refusals are in
:mod:`tripartite.ui.refusal_words`; ``tests/test_vocabulary.py`` checks that no enum value and no
refusal code lacks its words.

Some enums have two tables: a name that stands alone (a list, a title: "Quota of workers") and the
words inside a sentence ("… conditions: quota of workers"), which differ in more than case in some
languages.

About 500 lines on purpose: one vocabulary is flat tables a translator and the test read whole, and
splitting them by screen is what made four vocabularies of one before.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from tripartite.criteria import Family
from tripartite.gates import GateReason, GateStatus
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

_CONTEXT = "Labels"

# ------------------------------------------------------------------------------- the board, its members

CONSTITUENCIES = {
    Constituency.GOVERNMENT: QT_TRANSLATE_NOOP("Labels", "Government"),
    Constituency.EMPLOYER: QT_TRANSLATE_NOOP("Labels", "Employers"),
    Constituency.UNION: QT_TRANSLATE_NOOP("Labels", "Unions"),
}
ROLES = {
    Role.CHAIR: QT_TRANSLATE_NOOP("Labels", "Chair"),
    Role.SECRETARY: QT_TRANSLATE_NOOP("Labels", "Secretary"),
    Role.MEMBER: QT_TRANSLATE_NOOP("Labels", "Member"),
}
# Who signs a box of the minutes, in the board's settings ("The chair"); the boxes themselves are named
# by role() (Chair, Secretary, Government, Employers, Unions).
SIGNATORIES = {
    Role.CHAIR: QT_TRANSLATE_NOOP("Labels", "The chair"),
    Role.SECRETARY: QT_TRANSLATE_NOOP("Labels", "The secretary"),
    Constituency.GOVERNMENT: QT_TRANSLATE_NOOP("Labels", "A government member"),
    Constituency.EMPLOYER: QT_TRANSLATE_NOOP("Labels", "An employers' member"),
    Constituency.UNION: QT_TRANSLATE_NOOP("Labels", "A union member"),
}
AUTHORITIES = {
    Authority.DECIDES: QT_TRANSLATE_NOOP("Labels", "Decides (issues decisions)"),
    Authority.ADVISES: QT_TRANSLATE_NOOP("Labels", "Advises (issues opinions)"),
}
# A rule by its name, in a list of choices.
DECISION_RULES = {
    DecisionRule.CONSENSUS: QT_TRANSLATE_NOOP("Labels", "Consensus"),
    DecisionRule.SIMPLE_MAJORITY: QT_TRANSLATE_NOOP("Labels", "Simple majority"),
    DecisionRule.QUALIFIED_MAJORITY: QT_TRANSLATE_NOOP("Labels", "Qualified majority"),
    DecisionRule.GROUP_MAJORITY: QT_TRANSLATE_NOOP("Labels", "Majority of constituency groups"),
    DecisionRule.GROUP_WEIGHTED: QT_TRANSLATE_NOOP("Labels", "Groups weighted equally"),
}
# A rule inside a sentence ("adopted by group majority").
RULES_IN_TEXT = {
    DecisionRule.CONSENSUS: QT_TRANSLATE_NOOP("Labels", "consensus"),
    DecisionRule.SIMPLE_MAJORITY: QT_TRANSLATE_NOOP("Labels", "simple majority"),
    DecisionRule.QUALIFIED_MAJORITY: QT_TRANSLATE_NOOP("Labels", "qualified majority"),
    DecisionRule.GROUP_MAJORITY: QT_TRANSLATE_NOOP("Labels", "group majority"),
    DecisionRule.GROUP_WEIGHTED: QT_TRANSLATE_NOOP("Labels", "group-weighted vote"),
}
QUORUMS = {
    Quorum.HALF: QT_TRANSLATE_NOOP("Labels", "Half of the seats"),
    Quorum.HALF_AND_EACH_GROUP: QT_TRANSLATE_NOOP("Labels", "Half of the seats and every constituency"),
}
BALLOTS = {
    BallotMode.NAMED: QT_TRANSLATE_NOOP("Labels", "Named (each vote is minuted)"),
    BallotMode.SECRET: QT_TRANSLATE_NOOP("Labels", "Secret (only tallies are minuted)"),
}

# ---------------------------------------------------------------------------- requests, their assessment

REQUEST_STATUSES = {
    RequestStatus.PENDING: QT_TRANSLATE_NOOP("Labels", "Pending"),
    RequestStatus.ON_AGENDA: QT_TRANSLATE_NOOP("Labels", "On agenda"),
    RequestStatus.DECIDED: QT_TRANSLATE_NOOP("Labels", "Decided"),
    RequestStatus.DEFERRED: QT_TRANSLATE_NOOP("Labels", "Deferred"),
    RequestStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}
FAMILIES = {
    Family.PRODUCTIVITY: QT_TRANSLATE_NOOP("Labels", "Productivity"),
    Family.INCOME_DISTRIBUTION: QT_TRANSLATE_NOOP("Labels", "Income distribution"),
    Family.SOCIAL_INTEGRATION: QT_TRANSLATE_NOOP("Labels", "Social integration"),
}
GATE_STATES = {
    GateStatus.PASSED: QT_TRANSLATE_NOOP("Labels", "Passed"),
    GateStatus.FAILED: QT_TRANSLATE_NOOP("Labels", "Failed"),
    GateStatus.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Missing evidence"),
    GateStatus.NOT_ASSESSED: QT_TRANSLATE_NOOP("Labels", "Not assessed"),
}
GATE_STATES_IN_TEXT = {
    GateStatus.PASSED: QT_TRANSLATE_NOOP("Labels", "passed"),
    GateStatus.FAILED: QT_TRANSLATE_NOOP("Labels", "failed"),
    GateStatus.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "missing evidence"),
    GateStatus.NOT_ASSESSED: QT_TRANSLATE_NOOP("Labels", "not assessed"),
}
# A glyph for each state, so a state never reads from colour alone (projectors wash colours out).
GATE_GLYPHS = {GateStatus.PASSED: "✓", GateStatus.FAILED: "✗", GateStatus.UNKNOWN: "?", GateStatus.NOT_ASSESSED: "–"}
INTEGRATION_ITEMS = {
    "language_course": QT_TRANSLATE_NOOP("Labels", "language course"),
    "orientation": QT_TRANSLATE_NOOP("Labels", "orientation"),
    "health_info": QT_TRANSLATE_NOOP("Labels", "health information"),
    "family_support": QT_TRANSLATE_NOOP("Labels", "family support"),
    "skills_recognition": QT_TRANSLATE_NOOP("Labels", "recognition of skills"),
}
# The request's fields (the import columns) in words, for reasons and histories that name them; the column
# names themselves are for files.
FIELDS = {
    "reference": QT_TRANSLATE_NOOP("Labels", "reference"),
    "employer_name": QT_TRANSLATE_NOOP("Labels", "employer"),
    "employer_id": QT_TRANSLATE_NOOP("Labels", "employer id"),
    "sector_isic": QT_TRANSLATE_NOOP("Labels", "sector"),
    "occupation_isco": QT_TRANSLATE_NOOP("Labels", "occupation"),
    "job_title": QT_TRANSLATE_NOOP("Labels", "job title"),
    "region": QT_TRANSLATE_NOOP("Labels", "region"),
    "workers_requested": QT_TRANSLATE_NOOP("Labels", "workers requested"),
    "duration_months": QT_TRANSLATE_NOOP("Labels", "duration"),
    "wage_offered": QT_TRANSLATE_NOOP("Labels", "wage offered"),
    "prevailing_wage": QT_TRANSLATE_NOOP("Labels", "prevailing wage"),
    "currency": QT_TRANSLATE_NOOP("Labels", "currency"),
    "origin_countries": QT_TRANSLATE_NOOP("Labels", "origin countries"),
    "submitted_on": QT_TRANSLATE_NOOP("Labels", "date submitted"),
    "notes": QT_TRANSLATE_NOOP("Labels", "notes"),
    "vacancy_advertised_days": QT_TRANSLATE_NOOP("Labels", "days the vacancy was advertised"),
    "firm_employees": QT_TRANSLATE_NOOP("Labels", "the firm's employees"),
    "firm_foreign_employees": QT_TRANSLATE_NOOP("Labels", "the firm's foreign employees"),
    "labour_dispute": QT_TRANSLATE_NOOP("Labels", "labour dispute"),
    "layoffs_last_12m": QT_TRANSLATE_NOOP("Labels", "layoffs in the last 12 months"),
    "compliance_violations_3y": QT_TRANSLATE_NOOP("Labels", "violations in the last 3 years"),
    "fees_charged_to_workers": QT_TRANSLATE_NOOP("Labels", "fees charged to workers"),
    "housing_provided": QT_TRANSLATE_NOOP("Labels", "housing provided"),
    "housing_inspected": QT_TRANSLATE_NOOP("Labels", "housing inspected"),
    "local_applicants": QT_TRANSLATE_NOOP("Labels", "local applicants"),
    "local_hired": QT_TRANSLATE_NOOP("Labels", "local hires"),
    "local_jobs_created": QT_TRANSLATE_NOOP("Labels", "local jobs created"),
    "local_trainees": QT_TRANSLATE_NOOP("Labels", "local trainees"),
    "recruitment_channels": QT_TRANSLATE_NOOP("Labels", "recruitment channels"),
    "integration_support": QT_TRANSLATE_NOOP("Labels", "integration support"),
}

# -------------------------------------------------------------------------------- meetings and motions

MEETING_STATUSES = {
    MeetingStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    MeetingStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    MeetingStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    MeetingStatus.MINUTES_SIGNED: QT_TRANSLATE_NOOP("Labels", "Minutes signed"),
}
# An agenda item's state in the meeting room: its ItemStatus, where a pending item shows whether a motion
# on it is being voted ("voting") or was voted and not adopted ("not_adopted").
ITEM_STATUSES = {
    ItemStatus.PENDING: QT_TRANSLATE_NOOP("Labels", "Not yet voted"),
    "voting": QT_TRANSLATE_NOOP("Labels", "Voting open"),
    "not_adopted": QT_TRANSLATE_NOOP("Labels", "Motion not adopted"),
    ItemStatus.DECIDED: QT_TRANSLATE_NOOP("Labels", "Decided"),
    ItemStatus.NO_QUORUM: QT_TRANSLATE_NOOP("Labels", "No quorum: not decided"),
}
MOTION_STATUSES = {
    MotionStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Proposed"),
    MotionStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Voting open"),
    MotionStatus.REVEALED: QT_TRANSLATE_NOOP("Labels", "Counted"),
}
OUTCOMES = {
    Outcome.APPROVE: QT_TRANSLATE_NOOP("Labels", "Approve"),
    Outcome.APPROVE_WITH_CONDITIONS: QT_TRANSLATE_NOOP("Labels", "Approve with conditions"),
    Outcome.REJECT: QT_TRANSLATE_NOOP("Labels", "Reject"),
    Outcome.DEFER: QT_TRANSLATE_NOOP("Labels", "Defer"),
}
VOTES = {
    Vote.FOR: QT_TRANSLATE_NOOP("Labels", "For"),
    Vote.AGAINST: QT_TRANSLATE_NOOP("Labels", "Against"),
    Vote.ABSTAIN: QT_TRANSLATE_NOOP("Labels", "Abstain"),
}
CONDITIONS = {
    ConditionKind.QUOTA: QT_TRANSLATE_NOOP("Labels", "Quota of workers"),
    ConditionKind.MAX_DURATION: QT_TRANSLATE_NOOP("Labels", "Maximum duration"),
    ConditionKind.WAGE_FLOOR: QT_TRANSLATE_NOOP("Labels", "Wage floor"),
    ConditionKind.TRAINING: QT_TRANSLATE_NOOP("Labels", "Training of local workers"),
    ConditionKind.LOCAL_HIRING: QT_TRANSLATE_NOOP("Labels", "Local hiring ratio"),
    ConditionKind.HOUSING_STANDARD: QT_TRANSLATE_NOOP("Labels", "Housing standard"),
    ConditionKind.INTEGRATION_SUPPORT: QT_TRANSLATE_NOOP("Labels", "Integration support"),
    ConditionKind.RECRUITMENT_CHANNEL: QT_TRANSLATE_NOOP("Labels", "Recruitment channel"),
    ConditionKind.REPORTING: QT_TRANSLATE_NOOP("Labels", "Reporting"),
    ConditionKind.NO_FEES_ATTESTATION: QT_TRANSLATE_NOOP("Labels", "No-fees attestation"),
}
CONDITIONS_IN_TEXT = {
    ConditionKind.QUOTA: QT_TRANSLATE_NOOP("Labels", "quota of workers"),
    ConditionKind.MAX_DURATION: QT_TRANSLATE_NOOP("Labels", "maximum duration"),
    ConditionKind.WAGE_FLOOR: QT_TRANSLATE_NOOP("Labels", "wage floor"),
    ConditionKind.TRAINING: QT_TRANSLATE_NOOP("Labels", "training of local workers"),
    ConditionKind.LOCAL_HIRING: QT_TRANSLATE_NOOP("Labels", "local hiring ratio"),
    ConditionKind.HOUSING_STANDARD: QT_TRANSLATE_NOOP("Labels", "housing standard"),
    ConditionKind.INTEGRATION_SUPPORT: QT_TRANSLATE_NOOP("Labels", "integration support"),
    ConditionKind.RECRUITMENT_CHANNEL: QT_TRANSLATE_NOOP("Labels", "recruitment channel"),
    ConditionKind.REPORTING: QT_TRANSLATE_NOOP("Labels", "reporting"),
    ConditionKind.NO_FEES_ATTESTATION: QT_TRANSLATE_NOOP("Labels", "no-fees attestation"),
}
# The parameters of a condition (tripartite.conditions), as the motion editor labels its fields.
PARAMETERS = {
    "workers": QT_TRANSLATE_NOOP("Labels", "Workers"),
    "months": QT_TRANSLATE_NOOP("Labels", "Months"),
    "amount": QT_TRANSLATE_NOOP("Labels", "Amount"),
    "locals": QT_TRANSLATE_NOOP("Labels", "Local trainees"),
    "hours": QT_TRANSLATE_NOOP("Labels", "Hours"),
    "ratio": QT_TRANSLATE_NOOP("Labels", "Ratio"),
    "standard": QT_TRANSLATE_NOOP("Labels", "Standard"),
    "items": QT_TRANSLATE_NOOP("Labels", "Items"),
    "channel": QT_TRANSLATE_NOOP("Labels", "Channel"),
    "frequency": QT_TRANSLATE_NOOP("Labels", "Frequency"),
}
FREQUENCIES = {
    "monthly": QT_TRANSLATE_NOOP("Labels", "monthly"),
    "quarterly": QT_TRANSLATE_NOOP("Labels", "quarterly"),
    "half_yearly": QT_TRANSLATE_NOOP("Labels", "half-yearly"),
    "yearly": QT_TRANSLATE_NOOP("Labels", "yearly"),
}

# A follow-up record's state (tripartite.followup.State: the register's own enum, not one of models, so
# not in TABLES; tests/test_vocabulary.py checks it is whole).
FOLLOWUP_STATES = {
    "pending": QT_TRANSLATE_NOOP("Labels", "Pending"),
    "evidence_submitted": QT_TRANSLATE_NOOP("Labels", "Evidence filed"),
    "verified": QT_TRANSLATE_NOOP("Labels", "Verified"),
    "breached": QT_TRANSLATE_NOOP("Labels", "Breached"),
    "waived": QT_TRANSLATE_NOOP("Labels", "Waived"),
}

# ------------------------------------------------------------------------------- signing and verifying

# What part of the file a signature covers (pyHanko's SignatureCoverageLevel).
COVERAGE = {
    "ENTIRE_FILE": QT_TRANSLATE_NOOP("Labels", "The whole file"),
    "ENTIRE_REVISION": QT_TRANSLATE_NOOP("Labels", "Up to its signature"),
    "CONTIGUOUS_BLOCK_FROM_START": QT_TRANSLATE_NOOP("Labels", "Part of the file"),
}
# What changed after a signature (pyHanko's ModificationLevel); the first three are allowed.
MODIFICATIONS = {
    "NONE": QT_TRANSLATE_NOOP("Labels", "Nothing"),
    "LTA_UPDATES": QT_TRANSLATE_NOOP("Labels", "Timestamps only"),
    "FORM_FILLING": QT_TRANSLATE_NOOP("Labels", "Later signatures only"),
    "ANNOTATIONS": QT_TRANSLATE_NOOP("Labels", "Annotations"),
    "OTHER": QT_TRANSLATE_NOOP("Labels", "Other changes"),
}
ALLOWED_MODIFICATIONS = frozenset({"NONE", "LTA_UPDATES", "FORM_FILLING"})
# Why one signature does not count (reports.signing.SIGNATURE_REASONS), in a few words for the table.
SIGNATURE_REASONS = {
    "unreadable": QT_TRANSLATE_NOOP("Labels", "Cannot be read"),
    "tampered": QT_TRANSLATE_NOOP("Labels", "Changed after signing"),
    "padding": QT_TRANSLATE_NOOP("Labels", "Data hidden in the signature"),
    "changed_after": QT_TRANSLATE_NOOP("Labels", "Changes not allowed after it"),
    "unknown_box": QT_TRANSLATE_NOOP("Labels", "Not in a signatory's box"),
    "untrusted": QT_TRANSLATE_NOOP("Labels", "Certificate not trusted"),
    "role_mismatch": QT_TRANSLATE_NOOP("Labels", "Signer trusted for another box"),
    "same_signer": QT_TRANSLATE_NOOP("Labels", "Same signer in another box"),
}
# Why the file as a whole is refused (reports.signing.FILE_REASONS), one sentence each.
FILE_REASONS = {
    "unreadable": QT_TRANSLATE_NOOP("Labels", "The file cannot be read as a PDF: it may be damaged or cut short."),
    "unsigned": QT_TRANSLATE_NOOP("Labels", "Nobody has signed this file."),
    "not_minutes": QT_TRANSLATE_NOOP(
        "Labels", "This file is not minutes made by Tripartite: it has no evidence annex and no signature boxes."
    ),
    "annex_missing": QT_TRANSLATE_NOOP(
        "Labels", "The minutes carry no evidence annex, so the signatures vouch for no figures."
    ),
    "annex_not_covered": QT_TRANSLATE_NOOP(
        "Labels", "The evidence annex is not the one the first signature signed: it was added or replaced later."
    ),
    "annex_mismatch": QT_TRANSLATE_NOOP("Labels", "The evidence annex is for another meeting than these minutes."),
    "changed_after": QT_TRANSLATE_NOOP("Labels", "The file was changed after the last signature."),
    "partly_signed": QT_TRANSLATE_NOOP("Labels", "Not every signatory has signed: still to sign: %1."),
}

# The table of each enum the app shows, for words() and tests/test_vocabulary.py.
TABLES: dict[type[Enum], Mapping[Any, str]] = {
    Constituency: CONSTITUENCIES,
    Role: ROLES,
    Authority: AUTHORITIES,
    DecisionRule: DECISION_RULES,
    Quorum: QUORUMS,
    BallotMode: BALLOTS,
    RequestStatus: REQUEST_STATUSES,
    Family: FAMILIES,
    GateStatus: GATE_STATES,
    MeetingStatus: MEETING_STATUSES,
    ItemStatus: ITEM_STATUSES,
    MotionStatus: MOTION_STATUSES,
    Outcome: OUTCOMES,
    Vote: VOTES,
    ConditionKind: CONDITIONS,
}

# A gate's reason by its code (tripartite.gates.REASONS), with the facts it names as {placeholders}.
GATE_REASONS = {
    "wage_below_prevailing": QT_TRANSLATE_NOOP("Labels", "wage {wage} < prevailing {prevailing}"),
    "wage_below_minimum": QT_TRANSLATE_NOOP("Labels", "wage {wage} < statutory minimum {minimum}"),
    "wage_at_least_prevailing": QT_TRANSLATE_NOOP("Labels", "wage {wage} ≥ prevailing {prevailing}"),
    "missing": QT_TRANSLATE_NOOP("Labels", "not given: {fields}"),
    "missing_advertising": QT_TRANSLATE_NOOP("Labels", "not given: {fields} (occupation not on the shortage list)"),
    "reported": QT_TRANSLATE_NOOP("Labels", "{field} reported"),
    "none_reported": QT_TRANSLATE_NOOP("Labels", "no {field}"),
    "count_above_zero": QT_TRANSLATE_NOOP("Labels", "{field} {value} > 0"),
    "count_zero": QT_TRANSLATE_NOOP("Labels", "{field} 0"),
    "on_shortage_list": QT_TRANSLATE_NOOP("Labels", "occupation {occupation} on the shortage list"),
    "advertised_enough": QT_TRANSLATE_NOOP("Labels", "advertised {days} days ≥ {required}"),
    "advertised_too_short": QT_TRANSLATE_NOOP(
        "Labels", "advertised {days} days < {required}, occupation not on the shortage list"
    ),
    "share_floor_above_cap": QT_TRANSLATE_NOOP("Labels", "share at least {share} > cap {cap}"),
    "share_above_cap": QT_TRANSLATE_NOOP("Labels", "foreign share {share} > cap {cap}"),
    "share_within_cap": QT_TRANSLATE_NOOP("Labels", "foreign share {share} ≤ cap {cap}"),
    "disabled": QT_TRANSLATE_NOOP("Labels", "disabled"),
    "not_attested": QT_TRANSLATE_NOOP("Labels", "not yet attested"),
    "attested": QT_TRANSLATE_NOOP("Labels", "attested by the board"),
    "attestation_refused": QT_TRANSLATE_NOOP("Labels", "attestation refused"),
}
# The field a yes/no or count gate reads, as its reason names it ("no labour dispute", "layoffs 0").
GATE_FIELDS = {
    "labour_dispute": QT_TRANSLATE_NOOP("Labels", "labour dispute"),
    "layoffs_last_12m": QT_TRANSLATE_NOOP("Labels", "layoffs"),
    "compliance_violations_3y": QT_TRANSLATE_NOOP("Labels", "violations"),
    "fees_charged_to_workers": QT_TRANSLATE_NOOP("Labels", "fees charged to workers"),
}


def label(table: Mapping[Any, str], code: object) -> str:
    """The translated words for ``code`` (an enum member or its value) in ``table``; the code itself if unknown."""
    key = str(getattr(code, "value", code))
    source = table.get(key)
    return QCoreApplication.translate(_CONTEXT, source) if source else key


def words(member: Enum) -> str:
    """Any enum member the app shows, by the name its table gives it (a refusal's parameters, for one)."""
    return label(TABLES.get(type(member), {}), member)


def outcome(value: object) -> str:
    """An outcome (Approve, Approve with conditions, Reject, Defer)."""
    return label(OUTCOMES, value)


def vote(value: object) -> str:
    """A vote (For, Against, Abstain)."""
    return label(VOTES, value)


def family(value: object) -> str:
    """A criteria family."""
    return label(FAMILIES, value)


def condition(value: object) -> str:
    """A condition kind by its name (Wage floor…)."""
    return label(CONDITIONS, value)


def condition_in_text(value: object) -> str:
    """A condition kind inside a sentence (wage floor…)."""
    return label(CONDITIONS_IN_TEXT, value)


def followup_state(value: object) -> str:
    """A follow-up record's state (Pending, Evidence filed, Verified, Breached, Waived)."""
    return label(FOLLOWUP_STATES, value)


def gate_state(value: object) -> str:
    """A gate's state, without its glyph."""
    return label(GATE_STATES, value)


def gate_glyph(value: object) -> str:
    """The glyph of a gate state: ✓ ✗ ? –."""
    return GATE_GLYPHS.get(str(value), "")


def constituency(value: object) -> str:
    """A constituency, as its group is called (Government, Employers, Unions)."""
    return label(CONSTITUENCIES, value)


def role(value: object) -> str:
    """A member's role, or a signatory role of the minutes (an officer's role or a constituency).

    A signatory role is either, and both read the same (Chair, Secretary, Government, Employers, Unions);
    None is a signature in no known box ("Unknown").
    """
    if value is None:
        return QCoreApplication.translate("Labels", "Unknown")
    key = str(getattr(value, "value", value))
    return label(ROLES if key in ROLES else CONSTITUENCIES, key)


def decision_rule(value: object) -> str:
    """A decision rule by its name, in a list of choices (Majority of constituency groups…)."""
    return label(DECISION_RULES, value)


def rule(value: object) -> str:
    """A decision rule inside a sentence (group majority…)."""
    return label(RULES_IN_TEXT, value)


def quorum(value: object) -> str:
    """A quorum rule."""
    return label(QUORUMS, value)


def ballot(value: object) -> str:
    """A ballot mode."""
    return label(BALLOTS, value)


def request_status(value: object) -> str:
    """A request's status (Pending, On agenda…)."""
    return label(REQUEST_STATUSES, value)


def meeting_status(value: object) -> str:
    """A meeting's status (Draft, Open, Closed, Minutes signed)."""
    return label(MEETING_STATUSES, value)


def motion_status(value: object) -> str:
    """A motion's state (Proposed, Voting open, Counted)."""
    return label(MOTION_STATUSES, value)


def item_status(value: object) -> str:
    """An agenda item's state in the meeting room (Not yet voted, Voting open…)."""
    return label(ITEM_STATUSES, value)


def signatory(value: object) -> str:
    """Who signs a box of the minutes, in the board's settings (The chair, A union member…)."""
    return label(SIGNATORIES, value)


def integration_item(value: object) -> str:
    """An item of an integration support package."""
    return label(INTEGRATION_ITEMS, value)


def authority(value: object) -> str:
    """Whether the board decides or advises."""
    return label(AUTHORITIES, value)


def coverage(code: str | None) -> str:
    """What a signature covers, in words."""
    return label(COVERAGE, code) if code is not None else QCoreApplication.translate("Labels", "Unknown")


def modification(code: str | None) -> str:
    """What changed after a signature, in words."""
    return label(MODIFICATIONS, code) if code is not None else QCoreApplication.translate("Labels", "Unknown")


def signature_reason(code: str) -> str:
    """Why a signature does not count, in a few words."""
    return label(SIGNATURE_REASONS, code)


def file_reason(code: str) -> str:
    """Why the file is refused, in one sentence (``partly_signed`` keeps its %1 for the roles)."""
    return label(FILE_REASONS, code)


def field(name: str) -> str:
    """A request field (an import column) in words; an unknown one loses its underscores."""
    source = FIELDS.get(name)
    return QCoreApplication.translate(_CONTEXT, source) if source else name.replace("_", " ")


def gate_reason(why: GateReason) -> str:
    """A gate's reason in words, its figures in the app's locale ("wage 1.720 ≥ prevailing 1.400" in Spanish).

    The import columns a reason names read in words ("not given: days the vacancy was advertised"); a code
    the table does not know shows the core's English.
    """
    source = GATE_REASONS.get(why.code)
    if source is None:
        return why.text()
    locale = QLocale()

    def number(value: float) -> str:
        return locale.toString(value, "f", 2) if value != int(value) else locale.toString(int(value))

    shown = why.shown(
        field=lambda name: label(GATE_FIELDS, name),
        fields=lambda names: ", ".join(field(f) for f in names),
        share=lambda value: locale.toString(value, "f", 2),
        number=number,
    )
    return QCoreApplication.translate(_CONTEXT, source).format_map(_Missing(shown))


class _Missing(dict[str, str]):
    """Leaves a placeholder the facts do not fill as it is, instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def format_condition(condition_: Mapping[str, object]) -> str:
    """One condition in words: ``Wage floor: amount 2,400 · due 2027-06-30``."""
    parts = []
    for key, value in condition_.items():
        if key in ("kind", "due", "verification"):
            continue
        if key == "frequency":
            shown = label(FREQUENCIES, value)
        elif key == "items" and isinstance(value, list):
            shown = ", ".join(integration_item(v) for v in value)
        elif isinstance(value, float) and value != int(value):
            shown = QLocale().toString(value, "f", 2)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            shown = QLocale().toString(int(value))
        else:
            shown = str(value)
        parts.append(f"{label(PARAMETERS, key).lower()} {shown}")
    text = condition(condition_.get("kind"))
    if parts:
        text += ": " + ", ".join(parts)
    if condition_.get("due"):
        text += " · " + QCoreApplication.translate("Labels", "due %1").replace("%1", str(condition_["due"]))
    return text


def when(iso: str | None) -> str:
    """A claimed signing time (UTC ISO 8601) as ``2026-12-04 10:31 UTC``; "not given" when absent.

    UTC on purpose: the signatories may sign on laptops in different time zones, and the minutes,
    the stamps and ``tripartite verify`` all speak UTC.
    """
    if not iso:
        return QCoreApplication.translate("Labels", "not given")
    try:
        moment = dt.datetime.fromisoformat(iso).astimezone(dt.UTC)
    except ValueError:
        return iso
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def fill(text: str, *values: str) -> str:
    """Put values in for %1, %2… of a translated text, in one pass (a name that holds "%2" stays as it is)."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 1 <= number <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, text)
