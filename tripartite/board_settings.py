"""Changes to the board's settings made in Board settings, each audited in its own transaction.

Plain functions on a sqlite-utils database, used by the app's Board settings page. Every
change is checked first by the core's own validator of a board file (``tripartite.board.parse_board``, run
on the board as it would be after the change), so the app can never store a board that
``tripartite init`` would refuse. Then the change and its audit event are written in one ``db.atomic()``.

Authority (DESIGN §4): a setting needs the chair's or the secretary's PIN; a change of the rules of
procedure or the ballot mode needs both. So does any change to who sits and with what role (adding a
member, or changing a member's constituency, role, seat or alternate): otherwise one officer could make
an accomplice the other officer, and then change the rules alone. A member's name needs one officer.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlite_utils import Database

from tripartite import audit, board, criteria_toml, store
from tripartite.authority import Act, Auth, require
from tripartite.board import BoardConfig, Member
from tripartite.errors import InputError, Problem, Refusal

# Rules of procedure and identity fields Board settings can change (the rest is fixed at ``init``).
RULE_KEYS = (
    "name", "legal_basis", "authority", "decision_rule", "groups_required", "qualified_fraction",
    "consensus_fallback", "casting_vote", "quorum", "ballot", "secretary_votes", "statutory_minimum_wage",
    "reliance_cap", "language",
)  # fmt: skip
# Settings that are not rules of procedure but still need both officers: the language the minutes are
# written and signed in is what the board adopts as its record.
BOTH_OFFICERS = ("language",)


def _plain(value: Any) -> Any:
    """A config value as it is stored and audited (enums as their strings, tuples as lists)."""
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "value"):
        return value.value
    return value


def to_raw(config: BoardConfig) -> dict[str, Any]:
    """The board as the parsed document of a ``board.toml`` (what :func:`tripartite.board.parse_board` reads)."""
    fields = {f.name for f in dataclasses.fields(BoardConfig)} - {"members"}
    table = {k: _plain(getattr(config, k)) for k in fields if getattr(config, k) is not None}
    members = []
    for m in config.members:
        entry = {"id": m.id, "name": m.name, "constituency": m.constituency.value, "role": m.role.value,
                 "active": m.active}  # fmt: skip
        if m.alternate_of:
            entry["alternate_of"] = m.alternate_of
        members.append(entry)
    return {"board": table, "member": members}


def problems_of(config: BoardConfig) -> list[Problem]:
    """Every problem the core's board validator finds in ``config`` (empty when it is valid)."""
    try:
        board.parse_board(to_raw(config), "board")
    except InputError as error:
        return list(error.problems)
    return []


def _require(db: Database) -> BoardConfig:
    config = board.read_board(db)
    if config is None:
        raise Refusal("no_board")
    return config


def _check(config: BoardConfig) -> None:
    problems = problems_of(config)
    if problems:
        raise InputError(problems)


# ----------------------------------------------------------------------------------------- rules


def save_rules(db: Database, changes: Mapping[str, Any], auth: Auth) -> list[str]:
    """Change the board's identity and rules of procedure.

    Args:
        db: the database.
        changes: keys of :data:`RULE_KEYS` → new values (enums or their strings; None clears an optional one).
        auth: the chair's or the secretary's PIN; both of them when a rule of procedure or the ballot mode
            changes (:func:`needs_both`).

    Returns:
        The keys that changed (nothing is written, not even an event, when none did).

    Raises:
        InputError: the board would be invalid (each problem names its key, e.g. ``board.consensus_fallback``).
        NotAuthorised: the PINs given do not allow the change.
    """
    require(db, auth, Act.SETTINGS)
    before, after, changed = _plan_rules(db, changes)
    if not changed:
        return []
    if needs_both(changed):
        require(db, auth, Act.RULES)
    row = {k: _plain(getattr(after, k)) for k in changed}
    for key in ("casting_vote", "secretary_votes"):
        if key in row:
            row[key] = int(row[key])
    with db.atomic():
        store.table(db, "board").update(1, row)
        audit.append(
            db,
            "board.rules_changed",
            {"before": {k: _plain(getattr(before, k)) for k in changed}, "after": {k: _plain(getattr(after, k))
                                                                                   for k in changed}},
            actor=auth.actor,
        )  # fmt: skip
    return changed


def rule_changes(db: Database, changes: Mapping[str, Any]) -> list[str]:
    """The keys that :func:`save_rules` would change, after the same checks (so a face knows whose PINs to ask).

    Raises:
        InputError: the board would be invalid.
    """
    return _plan_rules(db, changes)[2]


def _plan_rules(db: Database, changes: Mapping[str, Any]) -> tuple[BoardConfig, BoardConfig, list[str]]:
    unknown = set(changes) - set(RULE_KEYS)
    if unknown:
        raise ValueError(f"not a rule: {sorted(unknown)}")
    before = _require(db)
    after_raw = to_raw(before)
    for key, value in changes.items():
        if value is None or value == "":
            after_raw["board"].pop(key, None)
        else:
            after_raw["board"][key] = _plain(value)
    after = board.parse_board(after_raw, "board")  # InputError: each problem names its key
    return before, after, [k for k in RULE_KEYS if _plain(getattr(before, k)) != _plain(getattr(after, k))]


def needs_both(keys: Sequence[str]) -> bool:
    """Whether changing these settings needs the chair and the secretary together (a rule of procedure)."""
    return any(k in board.RULE_KEYS or k in BOTH_OFFICERS for k in keys)


# A member's fields that decide who sits and with what authority: changing one needs both officers.
SEAT_FIELDS = ("constituency", "role", "active", "alternate_of")


# ---------------------------------------------------------------------------------------- members


def save_member(db: Database, member: Member, auth: Auth, *, new: bool) -> list[str]:
    """Add a member, or change one's name, constituency, role, seat (active) or alternate.

    Args:
        db: the database.
        member: the member as it should be.
        auth: the chair's or the secretary's PIN for a name; both of them to add a member or to change a
            seat (:data:`SEAT_FIELDS`).
        new: True to add (the id must be unused), False to change the member with this id.

    Returns:
        The fields that changed (all of them for a new member; nothing written when none did).

    Raises:
        InputError: the board would be invalid (e.g. two chairs, an alternate from another constituency).
        Refusal: ``unknown_member``: editing a member that does not exist.
        NotAuthorised: the PINs given do not allow the change.
    """
    require(db, auth, Act.SETTINGS)
    changed = member_changes(db, member, new=new)
    if not changed:
        return []
    if new or any(f in SEAT_FIELDS for f in changed):
        require(db, auth, Act.RULES)
    row = {"name": member.name, "constituency": member.constituency.value, "role": member.role.value,
           "active": int(member.active), "alternate_of": member.alternate_of}  # fmt: skip
    with db.atomic():
        if new:
            store.table(db, "members").insert({"id": member.id, **row, "failed_pins": 0})
        else:
            store.table(db, "members").update(member.id, row)
        payload = {"member": member.id, **{f: _plain(getattr(member, f)) for f in changed}}
        audit.append(db, "member.added" if new else "member.edited", payload, actor=auth.actor)
    return changed


def member_changes(db: Database, member: Member, *, new: bool) -> list[str]:
    """The fields :func:`save_member` would change, after the same checks (all of them for a new member).

    Raises:
        InputError: the board would be invalid.
        Refusal: ``unknown_member``: editing a member that does not exist.
    """
    before = _require(db)
    existing = {m.id: m for m in before.members}
    if new:
        members = (*before.members, member)
    else:
        if member.id not in existing:
            raise Refusal("unknown_member", member=member.id)
        members = tuple(member if m.id == member.id else m for m in before.members)
    _check(dataclasses.replace(before, members=members))
    fields = ("name", "constituency", "role", "active", "alternate_of")
    if new:
        changed = list(fields)
    else:
        old = existing[member.id]
        changed = [f for f in fields if _plain(getattr(old, f)) != _plain(getattr(member, f))]
    return changed


# -------------------------------------------------------------------------------- lists of the board


def save_shortage_list(db: Database, codes: Sequence[str], auth: Auth) -> bool:
    """Replace the shortage list (ISCO-08 unit groups; gate G3 and criterion P1).

    Returns:
        Whether anything changed.

    Raises:
        InputError: a code is not an ISCO-08 unit group.
        NotAuthorised: neither the chair's nor the secretary's PIN.
    """
    require(db, auth, Act.SETTINGS)
    before = _require(db)
    after = tuple(dict.fromkeys(codes))
    _check(dataclasses.replace(before, shortage_list=after))
    added = [c for c in after if c not in before.shortage_list]
    removed = [c for c in before.shortage_list if c not in after]
    if not added and not removed and after == before.shortage_list:
        return False
    with db.atomic():
        store.table(db, "board").update(1, {"shortage_list": json.dumps(list(after))})
        audit.append(db, "board.shortage_list_changed", {"added": added, "removed": removed, "list": list(after)},
                     actor=auth.actor)  # fmt: skip
    return True


def save_signatories(db: Database, roles: Sequence[str], auth: Auth) -> bool:
    """Replace who signs the minutes (roles of :data:`tripartite.board.SIGNATORY_ROLES`, in that order).

    Returns:
        Whether anything changed.

    Raises:
        InputError: no role, or an unknown one.
        NotAuthorised: neither the chair's nor the secretary's PIN.
    """
    require(db, auth, Act.SETTINGS)
    before = _require(db)
    after = tuple(r for r in board.SIGNATORY_ROLES if r in roles) + tuple(
        r for r in roles if r not in board.SIGNATORY_ROLES
    )
    _check(dataclasses.replace(before, signatories=after))
    if after == before.signatories:
        return False
    with db.atomic():
        store.table(db, "board").update(1, {"signatories": json.dumps(list(after))})
        audit.append(db, "board.signatories_changed", {"before": list(before.signatories), "after": list(after)},
                     actor=auth.actor)  # fmt: skip
    return True


def save_weights(db: Database, weights: Mapping[str, float], auth: Auth) -> str | None:
    """Store the board's own copy of its catalogue with new criterion weights, and put it in force.

    Meetings already created keep the catalogue version they froze.

    Args:
        db: the database.
        weights: criterion code → weight (the weights must still sum to 100).
        auth: the chair's or the secretary's PIN.

    Returns:
        The new catalogue version, or None when no weight changed.

    Raises:
        InputError: the edited catalogue is invalid (e.g. the weights do not sum to 100).
        NotAuthorised: neither the chair's nor the secretary's PIN.
    """
    require(db, auth, Act.SETTINGS)
    _require(db)
    current = criteria_toml.for_board(db)
    changed = {code: w for code, w in weights.items() if code in current.weights and current.weights[code] != w}
    unknown = [code for code in weights if code not in current.weights]
    if unknown:
        raise InputError([Problem("catalogue", 0, code, "unknown_criterion", value=code) for code in unknown])
    if not changed:
        return None
    text = criteria_toml.to_toml(current, weights)
    edited = criteria_toml.parse_catalogue(text, "board catalogue")
    with db.atomic():
        criteria_toml.save_catalogue(db, edited, text)
        store.table(db, "board").update(1, {"criteria": edited.version})
        audit.append(
            db,
            "board.criteria_changed",
            {
                "previous": current.version,
                "version": edited.version,
                "weights": {code: [current.weights[code], float(w)] for code, w in sorted(changed.items())},
            },
            actor=auth.actor,
        )
    return edited.version
