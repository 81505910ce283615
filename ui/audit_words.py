"""The audit log in words: who acted and what they did, for the Audit log page (DESIGN §6).

The core writes each event as an action code and a JSON payload of ids; a person reads names, request
references and meeting titles. :class:`AuditWords` reads those once from the database and words any
event. It never words what the record keeps sealed: a cast says who voted, never how; a score sheet
names the criteria scored, never the points; the rows' digests are the record's commitment, not its story.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlite_utils import Database

from tripartite.names import (
    item_references,
    meeting_titles,
    member_names,
    minutes_meetings,
    motion_refs,
    request_references,
)
from tripartite.ui import labels
from tripartite.ui.language import native_name

_CONTEXT = "AuditWords"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


# Kinds of action, for the page's filter: the label, and the action prefixes each holds.
KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("AuditWords", "Members and PINs"), ("member.",)),
    (QT_TRANSLATE_NOOP("AuditWords", "Board settings and certificates"), ("board.", "certificate.")),
    (QT_TRANSLATE_NOOP("AuditWords", "Requests"), ("request.", "requests.")),
    (
        QT_TRANSLATE_NOOP("AuditWords", "Meetings and votes"),
        (
            "meeting.",
            "attendance.",
            "agenda.",
            "item.",
            "motion.",
            "vote.",
            "ballot.",
            "decision.",
            "dissent.",
            "scores.",
        ),
    ),
    (QT_TRANSLATE_NOOP("AuditWords", "Minutes and signatures"), ("minutes.",)),
    (QT_TRANSLATE_NOOP("AuditWords", "Follow-up of conditions"), ("followup.",)),
    (QT_TRANSLATE_NOOP("AuditWords", "The record itself"), ("audit.",)),
)

# What each action did; {fields} come from the event, in words (names, references, titles).
WHAT: dict[str, str] = {
    "board.created": QT_TRANSLATE_NOOP("AuditWords", "Created the board “{name}” with {count} members"),
    "board.rules_changed": QT_TRANSLATE_NOOP("AuditWords", "Changed the board's settings: {changes}"),
    "board.shortage_list_changed": QT_TRANSLATE_NOOP("AuditWords", "Changed the shortage list: {changes}"),
    "board.signatories_changed": QT_TRANSLATE_NOOP("AuditWords", "Changed who signs the minutes: {after}"),
    "board.criteria_changed": QT_TRANSLATE_NOOP("AuditWords", "Changed the criteria weights: {changes}"),
    "member.added": QT_TRANSLATE_NOOP("AuditWords", "Added {member} to the board"),
    "member.edited": QT_TRANSLATE_NOOP("AuditWords", "Changed {member}: {changes}"),
    "member.pin_set": QT_TRANSLATE_NOOP("AuditWords", "Set the first PIN of {member}"),
    "member.pin_reset": QT_TRANSLATE_NOOP("AuditWords", "Reset the forgotten PIN of {member}"),
    "member.pin_changed": QT_TRANSLATE_NOOP("AuditWords", "{member} changed their own PIN"),
    "member.pin_failed": QT_TRANSLATE_NOOP("AuditWords", "A wrong PIN for {member} ({failures} in a row)"),
    "member.locked_out": QT_TRANSLATE_NOOP("AuditWords", "{member} locked out for {seconds} s after wrong PINs"),
    "member.pin_accepted": QT_TRANSLATE_NOOP("AuditWords", "{member} unlocked with their PIN ({changes})"),
    "member.demo_pins_set": QT_TRANSLATE_NOOP("AuditWords", "Gave the sample board its published demo PINs"),
    "meeting.created": QT_TRANSLATE_NOOP("AuditWords", "Created the meeting {meeting}"),
    "meeting.opened": QT_TRANSLATE_NOOP("AuditWords", "Opened {meeting}, presided by {presiding}"),
    "meeting.stand_in": QT_TRANSLATE_NOOP("AuditWords", "Named {presiding} to preside over {meeting}"),
    "meeting.closed": QT_TRANSLATE_NOOP("AuditWords", "Closed {meeting}"),
    "meeting.amendment_created": QT_TRANSLATE_NOOP("AuditWords", "Opened {meeting} to amend {amends}"),
    "meeting.recorded_from_file": QT_TRANSLATE_NOOP("AuditWords", "Recorded {meeting} from the file {file}"),
    "attendance.set": QT_TRANSLATE_NOOP("AuditWords", "{member}: {state} at {meeting}"),
    "agenda.item_added": QT_TRANSLATE_NOOP("AuditWords", "Put {request} on the agenda of {meeting}"),
    "item.recusal": QT_TRANSLATE_NOOP("AuditWords", "{member} recused from {request}: “{reason}”"),
    "item.attested": QT_TRANSLATE_NOOP("AuditWords", "Answered gate {gate} for {request}: {answer}"),
    "item.attestation_cleared": QT_TRANSLATE_NOOP("AuditWords", "Took back the answer to gate {gate} for {request}"),
    "item.no_quorum": QT_TRANSLATE_NOOP("AuditWords", "{request} not decided: no quorum"),
    "motion.proposed": QT_TRANSLATE_NOOP("AuditWords", "Put motion {round} on {request}: {outcome}"),
    "vote.opened": QT_TRANSLATE_NOOP("AuditWords", "Opened the vote on motion {round} on {request}"),
    "ballot.cast": QT_TRANSLATE_NOOP("AuditWords", "{member} cast a ballot on motion {round} on {request}"),
    "motion.revealed": QT_TRANSLATE_NOOP("AuditWords", "Revealed motion {round} on {request}: {result}"),
    "decision.recorded": QT_TRANSLATE_NOOP("AuditWords", "Decision on {request}: {outcome}"),
    "dissent.filed": QT_TRANSLATE_NOOP("AuditWords", "{member} filed a written dissent on {request}"),
    "scores.saved": QT_TRANSLATE_NOOP("AuditWords", "{member} scored {request} on {criteria}"),
    "requests.imported": QT_TRANSLATE_NOOP("AuditWords", "Imported {count} requests from {file}"),
    "request.created": QT_TRANSLATE_NOOP("AuditWords", "Entered the request {request}"),
    "request.edited": QT_TRANSLATE_NOOP("AuditWords", "Edited the request {request}: {changes}"),
    "minutes.built": QT_TRANSLATE_NOOP("AuditWords", "Built the minutes of {meeting}"),
    "minutes.signed": QT_TRANSLATE_NOOP("AuditWords", "{signer} signed the minutes of {meeting} as {role}"),
    "minutes.locked": QT_TRANSLATE_NOOP("AuditWords", "Every signatory signed: {meeting} is final"),
    "followup.evidence_filed": QT_TRANSLATE_NOOP(
        "AuditWords", "Filed evidence for follow-up record {followup} of {request}"
    ),
    "followup.verified": QT_TRANSLATE_NOOP("AuditWords", "Follow-up record {followup} of {request}: verified"),
    "followup.breached": QT_TRANSLATE_NOOP("AuditWords", "Follow-up record {followup} of {request}: breached"),
    "followup.created_for_earlier_decisions": QT_TRANSLATE_NOOP(
        "AuditWords", "Opened the follow-up register for the conditions of earlier decisions"
    ),
    "certificate.trusted": QT_TRANSLATE_NOOP("AuditWords", "Trusted the certificate of {subject} for {member}, {role}"),
    "certificate.untrusted": QT_TRANSLATE_NOOP("AuditWords", "Stopped trusting the certificate of {subject}"),
    "audit.coverage_started": QT_TRANSLATE_NOOP(
        "AuditWords", "The record began to vouch for every table (rows written before it are taken as they were)"
    ),
}
_UNKNOWN = QT_TRANSLATE_NOOP("AuditWords", "An action of a later version ({action})")
_ACTORS = {
    "system": QT_TRANSLATE_NOOP("AuditWords", "Tripartite"),
    "cli:secretary": QT_TRANSLATE_NOOP("AuditWords", "Command line (for the secretary)"),
    "cli": QT_TRANSLATE_NOOP("AuditWords", "Command line (for the secretary)"),
    "secretary": QT_TRANSLATE_NOOP("AuditWords", "Secretary"),
}
_AND = QT_TRANSLATE_NOOP("AuditWords", "{first} and {second}")
_KEY = QT_TRANSLATE_NOOP("AuditWords", "{name} (signing key)")
_PRESENT = QT_TRANSLATE_NOOP("AuditWords", "present")
_ABSENT = QT_TRANSLATE_NOOP("AuditWords", "absent")
_APOLOGIES = QT_TRANSLATE_NOOP("AuditWords", "absent with apologies")
_YES = QT_TRANSLATE_NOOP("AuditWords", "yes")
_NO = QT_TRANSLATE_NOOP("AuditWords", "no")
_ADOPTED = QT_TRANSLATE_NOOP("AuditWords", "adopted")
_NOT_ADOPTED = QT_TRANSLATE_NOOP("AuditWords", "not adopted")
_ADDED = QT_TRANSLATE_NOOP("AuditWords", "added {codes}")
_REMOVED = QT_TRANSLATE_NOOP("AuditWords", "removed {codes}")
_FAILURES_CLEARED = QT_TRANSLATE_NOOP("AuditWords", "wrong tries forgotten")
_REHASHED = QT_TRANSLATE_NOOP("AuditWords", "PIN hash renewed")
_RESET_SEEN = QT_TRANSLATE_NOOP("AuditWords", "told of the reset")
# Settings, as Board settings names them.
_SETTINGS = {
    "name": QT_TRANSLATE_NOOP("AuditWords", "name"),
    "legal_basis": QT_TRANSLATE_NOOP("AuditWords", "legal basis"),
    "authority": QT_TRANSLATE_NOOP("AuditWords", "authority"),
    "decision_rule": QT_TRANSLATE_NOOP("AuditWords", "decision rule"),
    "groups_required": QT_TRANSLATE_NOOP("AuditWords", "groups required"),
    "qualified_fraction": QT_TRANSLATE_NOOP("AuditWords", "qualified fraction"),
    "consensus_fallback": QT_TRANSLATE_NOOP("AuditWords", "consensus fallback"),
    "casting_vote": QT_TRANSLATE_NOOP("AuditWords", "casting vote"),
    "quorum": QT_TRANSLATE_NOOP("AuditWords", "quorum"),
    "ballot": QT_TRANSLATE_NOOP("AuditWords", "ballot"),
    "secretary_votes": QT_TRANSLATE_NOOP("AuditWords", "secretary votes"),
    "statutory_minimum_wage": QT_TRANSLATE_NOOP("AuditWords", "statutory minimum wage"),
    "reliance_cap": QT_TRANSLATE_NOOP("AuditWords", "reliance cap"),
    "language": QT_TRANSLATE_NOOP("AuditWords", "language of the minutes"),
    "constituency": QT_TRANSLATE_NOOP("AuditWords", "constituency"),
    "role": QT_TRANSLATE_NOOP("AuditWords", "role"),
    "active": QT_TRANSLATE_NOOP("AuditWords", "holds a seat"),
    "alternate_of": QT_TRANSLATE_NOOP("AuditWords", "alternate of"),
}
_NOT_SET = QT_TRANSLATE_NOOP("AuditWords", "not set")
# Settings whose values are codes the shared labels word.
_VALUE_WORDS: dict[str, Callable[[object], str]] = {
    "decision_rule": labels.decision_rule,
    "consensus_fallback": labels.decision_rule,
    "quorum": labels.quorum,
    "ballot": labels.ballot,
    "authority": labels.authority,
    "constituency": labels.constituency,
    "role": labels.role,
    "language": lambda code: native_name(str(code)),
}


def who(actor: str | None, names: dict[str, str]) -> str:
    """Who acted, in words: a name, two names, the command line, a signing key, or Tripartite.

    Args:
        actor: an event's actor (``gov1``, ``gov2+sec1``, ``cli:secretary``, ``key:…``, ``system``).
        names: member id → name.
    """
    actor = actor or ""
    if actor in names:
        return names[actor]
    if "+" in actor:
        first, _, second = actor.partition("+")
        return _tr(_AND).format(first=who(first, names), second=who(second, names))
    if actor.startswith("key:"):
        return _tr(_KEY).format(name=actor.removeprefix("key:"))
    source = _ACTORS.get(actor)
    return _tr(source) if source else actor


class AuditWords:
    """Words for the events of one database: names, references and titles, read once.

    Args:
        db: the database (read only).
    """

    def __init__(self, db: Database):
        self.names = member_names(db)
        self.meetings = {i: f"“{m.title}” ({m.date})" for i, m in meeting_titles(db).items()}
        self.requests = request_references(db)
        self.items = item_references(db)
        self.motions = {i: (m.round, self.items.get(m.item_id, "—")) for i, m in motion_refs(db).items()}
        self.minutes = minutes_meetings(db)

    # --------------------------------------------------------------------------------------------- who

    def who(self, actor: str | None) -> str:
        """Who acted, in words: a name, two names, the command line, a signing key, or Tripartite."""
        return who(actor, self.names)

    # -------------------------------------------------------------------------------------------- what

    def what(self, action: str, data: Mapping[str, Any]) -> str:
        """What the event did, in words (a fallback names an action this version does not know)."""
        template = WHAT.get(action)
        if template is None:
            return _tr(_UNKNOWN).format(action=action)
        return _tr(template).format_map(_Fields(self, action, data))

    def known(self, action: str) -> bool:
        """Whether this version has words for an action."""
        return action in WHAT

    def member(self, member_id: object) -> str:
        """A member's name (the id when the board no longer has them)."""
        return self.names.get(str(member_id), str(member_id))

    def meeting(self, meeting_id: object) -> str:
        """A meeting's title and date."""
        try:
            return self.meetings.get(int(str(meeting_id)), "—")
        except ValueError:
            return "—"

    def setting(self, key: str, value: object) -> str:
        """A setting's value in words."""
        if value is None or value == "":
            return _tr(_NOT_SET)
        if key in _VALUE_WORDS:
            return _VALUE_WORDS[key](value)
        if key == "alternate_of":
            return self.member(value)
        if isinstance(value, bool):
            return _tr(_YES) if value else _tr(_NO)
        return str(value)


class _Fields(dict):  # type: ignore[type-arg]
    """The fields of one event's words, computed on demand from its payload."""

    def __init__(self, words: AuditWords, action: str, data: Mapping[str, Any]):
        super().__init__()
        self.words, self.action, self.data = words, action, data

    def __missing__(self, key: str) -> str:
        w, d = self.words, self.data
        motion = w.motions.get(int(d["motion"])) if isinstance(d.get("motion"), int) else None
        simple: dict[str, Callable[[], object]] = {
            "name": lambda: d.get("name", ""),
            "count": lambda: len(d["members"]) if "members" in d else d.get("count", ""),
            "member": lambda: w.member(d.get("member", "")),
            "meeting": lambda: w.meeting(d.get("meeting", w.minutes.get(int(d.get("minutes", 0) or 0), ""))),
            "amends": lambda: w.meeting(d.get("amends", "")),
            "presiding": lambda: w.member(d.get("presiding", "")),
            "file": lambda: d.get("file", ""),
            "request": lambda: self._request(motion),
            "round": lambda: motion[0] if motion else d.get("round", "—"),
            "reason": lambda: d.get("reason") or "—",
            "gate": lambda: d.get("gate", ""),
            "answer": lambda: _tr(_YES) if d.get("answer") else _tr(_NO),
            "outcome": lambda: labels.outcome(d.get("outcome", "")),
            "result": lambda: _tr(_ADOPTED) if d.get("adopted") else _tr(_NOT_ADOPTED),
            "criteria": lambda: ", ".join(d.get("criteria", [])) or "—",
            "failures": lambda: d.get("failures", ""),
            "seconds": lambda: d.get("seconds", ""),
            "signer": lambda: d.get("signer", ""),
            "role": lambda: labels.signatory(d.get("role", "")) if d.get("role") else "—",
            "subject": lambda: d.get("subject", ""),
            "followup": lambda: d.get("followup", "—"),
            "state": self._attendance,
            "after": lambda: ", ".join(labels.signatory(r) for r in d.get("after", [])),
            "changes": self._changes,
        }
        return str(simple[key]()) if key in simple else "—"

    def _request(self, motion: tuple[int, str] | None) -> str:
        w, d = self.words, self.data
        if motion is not None:
            return motion[1]
        if isinstance(d.get("item"), int):
            return w.items.get(d["item"], "—")
        request = d.get("request")
        if isinstance(request, int):
            return w.requests.get(request, "—")
        return str(d.get("reference") or request or "—")

    def _attendance(self) -> str:
        if self.data.get("present"):
            return _tr(_PRESENT)
        return _tr(_APOLOGIES) if self.data.get("apologies") else _tr(_ABSENT)

    def _changes(self) -> str:
        w, d, action = self.words, self.data, self.action
        if action == "board.rules_changed":
            before, after = d.get("before", {}), d.get("after", {})
            return "; ".join(
                f"{_tr(_SETTINGS.get(k, k))}: {w.setting(k, before.get(k))} → {w.setting(k, after.get(k))}"
                for k in after
            )
        if action == "board.shortage_list_changed":
            parts = []
            if d.get("added"):
                parts.append(_tr(_ADDED).format(codes=", ".join(d["added"])))
            if d.get("removed"):
                parts.append(_tr(_REMOVED).format(codes=", ".join(d["removed"])))
            return "; ".join(parts) or "—"
        if action == "board.criteria_changed":
            return ", ".join(f"{code} {old:g} → {new:g}" for code, (old, new) in d.get("weights", {}).items())
        if action == "member.edited":
            skip = {"member", "rows"}
            return "; ".join(f"{_tr(_SETTINGS.get(k, k))}: {w.setting(k, v)}" for k, v in d.items() if k not in skip)
        if action == "member.pin_accepted":
            marks = (("failures_cleared", _FAILURES_CLEARED), ("rehashed", _REHASHED), ("reset_seen", _RESET_SEEN))
            return ", ".join(_tr(text) for key, text in marks if d.get(key))
        if action == "request.edited":
            return ", ".join(labels.field(f) for f in d.get("changed", [])) or "—"
        return "—"
