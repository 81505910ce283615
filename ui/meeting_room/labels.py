"""Translated words for the core's codes (outcomes, votes, rules, conditions…) shown in the meeting room.

The core returns enums and codes, never sentences (DESIGN §1). The sources are marked with
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` extracts them, and translated when shown (style.md D16).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tripartite.ui import labels as shared

_CONTEXT = "MeetingLabels"

# Words the whole app shares (outcomes, constituencies, roles, families, integration items) live in
# tripartite.ui.labels; this module keeps the meeting room's own (votes, rules in a sentence, statuses…).

VOTES: dict[str, str] = {
    "for": QT_TRANSLATE_NOOP("MeetingLabels", "For"),
    "against": QT_TRANSLATE_NOOP("MeetingLabels", "Against"),
    "abstain": QT_TRANSLATE_NOOP("MeetingLabels", "Abstain"),
}
RULES: dict[str, str] = {
    "consensus": QT_TRANSLATE_NOOP("MeetingLabels", "consensus"),
    "simple_majority": QT_TRANSLATE_NOOP("MeetingLabels", "simple majority"),
    "qualified_majority": QT_TRANSLATE_NOOP("MeetingLabels", "qualified majority"),
    "group_majority": QT_TRANSLATE_NOOP("MeetingLabels", "group majority"),
    "group_weighted": QT_TRANSLATE_NOOP("MeetingLabels", "group-weighted vote"),
}
MEETING_STATUSES: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("MeetingLabels", "Draft"),
    "open": QT_TRANSLATE_NOOP("MeetingLabels", "Open"),
    "closed": QT_TRANSLATE_NOOP("MeetingLabels", "Closed"),
    "minutes_signed": QT_TRANSLATE_NOOP("MeetingLabels", "Minutes signed"),
}
ITEM_STATUSES: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("MeetingLabels", "Not yet voted"),
    "voting": QT_TRANSLATE_NOOP("MeetingLabels", "Voting open"),
    "not_adopted": QT_TRANSLATE_NOOP("MeetingLabels", "Motion not adopted"),
    "decided": QT_TRANSLATE_NOOP("MeetingLabels", "Decided"),
    "no_quorum": QT_TRANSLATE_NOOP("MeetingLabels", "No quorum: not decided"),
}
CONDITIONS: dict[str, str] = {
    "quota": QT_TRANSLATE_NOOP("MeetingLabels", "Quota of workers"),
    "max_duration": QT_TRANSLATE_NOOP("MeetingLabels", "Maximum duration"),
    "wage_floor": QT_TRANSLATE_NOOP("MeetingLabels", "Wage floor"),
    "training": QT_TRANSLATE_NOOP("MeetingLabels", "Training of local workers"),
    "local_hiring": QT_TRANSLATE_NOOP("MeetingLabels", "Local hiring ratio"),
    "housing_standard": QT_TRANSLATE_NOOP("MeetingLabels", "Housing standard"),
    "integration_support": QT_TRANSLATE_NOOP("MeetingLabels", "Integration support"),
    "recruitment_channel": QT_TRANSLATE_NOOP("MeetingLabels", "Recruitment channel"),
    "reporting": QT_TRANSLATE_NOOP("MeetingLabels", "Reporting"),
    "no_fees_attestation": QT_TRANSLATE_NOOP("MeetingLabels", "No-fees attestation"),
}
PARAMETERS: dict[str, str] = {
    "workers": QT_TRANSLATE_NOOP("MeetingLabels", "Workers"),
    "months": QT_TRANSLATE_NOOP("MeetingLabels", "Months"),
    "amount": QT_TRANSLATE_NOOP("MeetingLabels", "Amount"),
    "locals": QT_TRANSLATE_NOOP("MeetingLabels", "Local trainees"),
    "hours": QT_TRANSLATE_NOOP("MeetingLabels", "Hours"),
    "ratio": QT_TRANSLATE_NOOP("MeetingLabels", "Ratio"),
    "standard": QT_TRANSLATE_NOOP("MeetingLabels", "Standard"),
    "items": QT_TRANSLATE_NOOP("MeetingLabels", "Items"),
    "channel": QT_TRANSLATE_NOOP("MeetingLabels", "Channel"),
    "frequency": QT_TRANSLATE_NOOP("MeetingLabels", "Frequency"),
}
FREQUENCIES: dict[str, str] = {
    "monthly": QT_TRANSLATE_NOOP("MeetingLabels", "monthly"),
    "quarterly": QT_TRANSLATE_NOOP("MeetingLabels", "quarterly"),
    "half_yearly": QT_TRANSLATE_NOOP("MeetingLabels", "half-yearly"),
    "yearly": QT_TRANSLATE_NOOP("MeetingLabels", "yearly"),
}
GATE_STATUSES: dict[str, str] = {
    "passed": QT_TRANSLATE_NOOP("MeetingLabels", "passed"),
    "failed": QT_TRANSLATE_NOOP("MeetingLabels", "failed"),
    "unknown": QT_TRANSLATE_NOOP("MeetingLabels", "missing evidence"),
    "not_assessed": QT_TRANSLATE_NOOP("MeetingLabels", "not assessed"),
}


def label(table: dict[str, str], code: object) -> str:
    """The translated label of ``code`` in ``table``; the raw code if unknown, so nothing is hidden."""
    key = getattr(code, "value", code)
    source = table.get(str(key))
    return QCoreApplication.translate(_CONTEXT, source) if source else str(key)


def outcome(code: object) -> str:
    """The translated outcome (Approve, Reject…)."""
    return shared.outcome(code)


def vote(code: object) -> str:
    """The translated vote (For, Against, Abstain)."""
    return label(VOTES, code)


def constituency(code: object) -> str:
    """The translated constituency (Government, Employers, Unions)."""
    return shared.constituency(code)


def rule(code: object) -> str:
    """The translated decision rule (group majority…)."""
    return label(RULES, code)


def condition(code: object) -> str:
    """The translated condition kind (Wage floor…)."""
    return label(CONDITIONS, code)


def family(code: object) -> str:
    """The translated family of criteria (Productivity…)."""
    return shared.family(code)


def format_condition(condition_: dict[str, object]) -> str:
    """One condition in words: ``Wage floor: amount 2,400 · due 2027-06-30``."""
    parts = []
    for key, value in condition_.items():
        if key in ("kind", "due", "verification"):
            continue
        if key == "frequency":
            shown = label(FREQUENCIES, value)
        elif key == "items" and isinstance(value, list):
            shown = ", ".join(shared.integration_item(v) for v in value)
        elif isinstance(value, float):
            shown = f"{value:,.2f}".rstrip("0").rstrip(".")
        else:
            shown = str(value)
        parts.append(f"{label(PARAMETERS, key).lower()} {shown}")
    text = condition(condition_.get("kind"))
    if parts:
        text += ": " + ", ".join(parts)
    if condition_.get("due"):
        text += " · " + QCoreApplication.translate(_CONTEXT, "due %1").replace("%1", str(condition_["due"]))
    return text


_PROCEDURE: dict[str, str] = {
    "chair_only": QT_TRANSLATE_NOOP("MeetingLabels", "Only the chair, with the chair's PIN, may do this."),
    "needs_chair": QT_TRANSLATE_NOOP(
        "MeetingLabels", "Only the member presiding (the chair, or the stand-in named at the opening) may do this."
    ),
    "stand_in_absent": QT_TRANSLATE_NOOP(
        "MeetingLabels", "The stand-in named is not marked present: mark them present, or name another."
    ),
    "stand_in_not_member": QT_TRANSLATE_NOOP("MeetingLabels", "Only a voting member of the board may preside."),
    "vote_not_open": QT_TRANSLATE_NOOP("MeetingLabels", "Voting on this motion is not open."),
    "not_entitled": QT_TRANSLATE_NOOP("MeetingLabels", "This member is not entitled to vote on this item."),
    "already_voted": QT_TRANSLATE_NOOP("MeetingLabels", "This member has already voted on this motion."),
    "not_your_ballot": QT_TRANSLATE_NOOP("MeetingLabels", "A ballot is cast only by its member, after their PIN."),
    "no_quorum": QT_TRANSLATE_NOOP("MeetingLabels", "The item has no quorum; it cannot be voted."),
    "votes_missing": QT_TRANSLATE_NOOP("MeetingLabels", "Not everyone has voted; the chair may close the vote."),
    "item_closed": QT_TRANSLATE_NOOP("MeetingLabels", "The item is already settled."),
    "vote_open": QT_TRANSLATE_NOOP("MeetingLabels", "A vote is still open; reveal it first."),
    "bad_workers": QT_TRANSLATE_NOOP("MeetingLabels", "Workers approved must be between 1 and the number requested."),
    "bad_condition": QT_TRANSLATE_NOOP("MeetingLabels", "A condition is incomplete or out of range."),
    "meeting_state": QT_TRANSLATE_NOOP("MeetingLabels", "The meeting's state does not allow this now."),
    "vote_started": QT_TRANSLATE_NOOP("MeetingLabels", "Recusals are recorded before voting on the item starts."),
    "dissent_closed": QT_TRANSLATE_NOOP("MeetingLabels", "The 48-hour window for written dissents has closed."),
    "not_decided": QT_TRANSLATE_NOOP("MeetingLabels", "A dissent is filed against a decision."),
    "empty": QT_TRANSLATE_NOOP("MeetingLabels", "A dissent needs its text."),
    "request_state": QT_TRANSLATE_NOOP("MeetingLabels", "That request is no longer pending."),
    "motion_state": QT_TRANSLATE_NOOP("MeetingLabels", "The motion is not in a state that allows this."),
}


def problem(exc: BaseException) -> str:
    """A refused action in words: the translated reason for a known procedure code, else the error's text."""
    source = _PROCEDURE.get(getattr(exc, "code", ""))
    return QCoreApplication.translate(_CONTEXT, source) if source else str(exc)
