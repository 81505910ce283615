"""Translated words for the core's enum values (outcomes, families, gate states, roles, rules …).

The core returns enums, never sentences (DESIGN §1). Each table here marks its English source texts with
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` extracts them (style.md D16), and the functions translate at
display time. Unknown values come back as themselves, so nothing is ever hidden.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Labels"

OUTCOMES = {
    "approve": QT_TRANSLATE_NOOP("Labels", "Approve"),
    "approve_with_conditions": QT_TRANSLATE_NOOP("Labels", "Approve with conditions"),
    "reject": QT_TRANSLATE_NOOP("Labels", "Reject"),
    "defer": QT_TRANSLATE_NOOP("Labels", "Defer"),
}
FAMILIES = {
    "productivity": QT_TRANSLATE_NOOP("Labels", "Productivity"),
    "income_distribution": QT_TRANSLATE_NOOP("Labels", "Income distribution"),
    "social_integration": QT_TRANSLATE_NOOP("Labels", "Social integration"),
}
CONDITIONS = {
    "quota": QT_TRANSLATE_NOOP("Labels", "quota of workers"),
    "max_duration": QT_TRANSLATE_NOOP("Labels", "maximum duration"),
    "wage_floor": QT_TRANSLATE_NOOP("Labels", "wage floor"),
    "training": QT_TRANSLATE_NOOP("Labels", "training of local workers"),
    "local_hiring": QT_TRANSLATE_NOOP("Labels", "local hiring ratio"),
    "housing_standard": QT_TRANSLATE_NOOP("Labels", "housing standard"),
    "integration_support": QT_TRANSLATE_NOOP("Labels", "integration support"),
    "recruitment_channel": QT_TRANSLATE_NOOP("Labels", "recruitment channel"),
    "reporting": QT_TRANSLATE_NOOP("Labels", "reporting"),
    "no_fees_attestation": QT_TRANSLATE_NOOP("Labels", "no-fees attestation"),
}
GATE_STATES = {
    "passed": QT_TRANSLATE_NOOP("Labels", "Passed"),
    "failed": QT_TRANSLATE_NOOP("Labels", "Failed"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Missing evidence"),
    "not_assessed": QT_TRANSLATE_NOOP("Labels", "Not assessed"),
}
# A glyph for each state, so a state never reads from colour alone (projectors wash colours out).
GATE_GLYPHS = {"passed": "✓", "failed": "✗", "unknown": "?", "not_assessed": "–"}
CONSTITUENCIES = {
    "government": QT_TRANSLATE_NOOP("Labels", "Government"),
    "employer": QT_TRANSLATE_NOOP("Labels", "Employers"),
    "union": QT_TRANSLATE_NOOP("Labels", "Unions"),
}
ROLES = {
    "chair": QT_TRANSLATE_NOOP("Labels", "Chair"),
    "secretary": QT_TRANSLATE_NOOP("Labels", "Secretary"),
    "member": QT_TRANSLATE_NOOP("Labels", "Member"),
}
DECISION_RULES = {
    "consensus": QT_TRANSLATE_NOOP("Labels", "Consensus"),
    "simple_majority": QT_TRANSLATE_NOOP("Labels", "Simple majority"),
    "qualified_majority": QT_TRANSLATE_NOOP("Labels", "Qualified majority"),
    "group_majority": QT_TRANSLATE_NOOP("Labels", "Majority of constituency groups"),
    "group_weighted": QT_TRANSLATE_NOOP("Labels", "Groups weighted equally"),
}
AUTHORITIES = {
    "decides": QT_TRANSLATE_NOOP("Labels", "Decides (issues decisions)"),
    "advises": QT_TRANSLATE_NOOP("Labels", "Advises (issues opinions)"),
}
QUORUMS = {
    "half": QT_TRANSLATE_NOOP("Labels", "Half of the seats"),
    "half_and_each_group": QT_TRANSLATE_NOOP("Labels", "Half of the seats and every constituency"),
}
BALLOTS = {
    "named": QT_TRANSLATE_NOOP("Labels", "Named (each vote is minuted)"),
    "secret": QT_TRANSLATE_NOOP("Labels", "Secret (only tallies are minuted)"),
}
INTEGRATION_ITEMS = {
    "language_course": QT_TRANSLATE_NOOP("Labels", "language course"),
    "orientation": QT_TRANSLATE_NOOP("Labels", "orientation"),
    "health_info": QT_TRANSLATE_NOOP("Labels", "health information"),
    "family_support": QT_TRANSLATE_NOOP("Labels", "family support"),
    "skills_recognition": QT_TRANSLATE_NOOP("Labels", "recognition of skills"),
}
SIGNATORIES = {
    "chair": QT_TRANSLATE_NOOP("Labels", "The chair"),
    "secretary": QT_TRANSLATE_NOOP("Labels", "The secretary"),
    "government": QT_TRANSLATE_NOOP("Labels", "A government member"),
    "employer": QT_TRANSLATE_NOOP("Labels", "An employers' member"),
    "union": QT_TRANSLATE_NOOP("Labels", "A union member"),
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
_MISSING = "missing evidence: "
_SNAKE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")


def _label(table: dict[str, str], value: object) -> str:
    key = str(value)
    source = table.get(key)
    return QCoreApplication.translate(_CONTEXT, source) if source else key


def outcome(value: object) -> str:
    """An outcome (approve, approve_with_conditions, reject, defer)."""
    return _label(OUTCOMES, value)


def family(value: object) -> str:
    """A criteria family."""
    return _label(FAMILIES, value)


def condition(value: object) -> str:
    """A condition kind, as a noun phrase."""
    return _label(CONDITIONS, value)


def gate_state(value: object) -> str:
    """A gate's state, without its glyph."""
    return _label(GATE_STATES, value)


def gate_glyph(value: object) -> str:
    """The glyph of a gate state: ✓ ✗ ? –."""
    return GATE_GLYPHS.get(str(value), "")


def constituency(value: object) -> str:
    """A constituency, as its group is called (Government, Employers, Unions)."""
    return _label(CONSTITUENCIES, value)


def role(value: object) -> str:
    """A member's role."""
    return _label(ROLES, value)


def decision_rule(value: object) -> str:
    """A decision rule."""
    return _label(DECISION_RULES, value)


def quorum(value: object) -> str:
    """A quorum rule."""
    return _label(QUORUMS, value)


def ballot(value: object) -> str:
    """A ballot mode."""
    return _label(BALLOTS, value)


def signatory(value: object) -> str:
    """A signatory role of the minutes."""
    return _label(SIGNATORIES, value)


def integration_item(value: object) -> str:
    """An item of an integration support package."""
    return _label(INTEGRATION_ITEMS, value)


def authority(value: object) -> str:
    """Whether the board decides or advises."""
    return _label(AUTHORITIES, value)


def field(name: str) -> str:
    """A request field (an import column) in words; an unknown one loses its underscores."""
    source = FIELDS.get(name)
    return QCoreApplication.translate(_CONTEXT, source) if source else name.replace("_", " ")


def gate_reason(reason: str) -> str:
    """A gate's reason as shown: the import columns it names in words, never as the file spells them.

    The core states a reason in data terms, and names a missing column by its import name
    (``missing evidence: vacancy_advertised_days``); here that reads "not given: days the vacancy was
    advertised". A column the table does not know still loses its underscores.
    """

    def word(match: re.Match[str]) -> str:
        return field(match[0])

    if reason.startswith(_MISSING):
        reason = QCoreApplication.translate("Labels", "not given: %1").replace("%1", reason.removeprefix(_MISSING))
    return _SNAKE.sub(word, reason)
