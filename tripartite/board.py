"""The board: its rules of procedure and members, loaded from ``board.toml`` (DESIGN §8.3, §8.4).

Loading validates everything before anything is written: unknown keys, duplicate ids, bad enum values
and inconsistent rules each become a :class:`~tripartite.errors.Problem` that names the key (and the
line, found by a light scan of the file).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from fractions import Fraction
from pathlib import Path
from typing import Any, Protocol

from sqlite_utils import Database

from tripartite import audit, classifications, languages, store, tomlfile
from tripartite.clock import now
from tripartite.errors import InputError, Problem, Refusal
from tripartite.models import Authority, BallotMode, Constituency, DecisionRule, Quorum, Role
from tripartite.request_schema import MAX_AMOUNT
from tripartite.text import CONTROL_RULE, control_in

SIGNATORY_ROLES = ("chair", "secretary", "government", "employer", "union")


@dataclass(frozen=True)
class Member:
    """A board member as configured.

    Attributes:
        id: short stable id used in meeting files (e.g. ``gov1``).
        name: full name as minuted.
        constituency: government, employer or union.
        role: chair, secretary or member.
        active: whether the member currently holds a seat.
        alternate_of: the member this one stands in for, if an alternate.
    """

    id: str
    name: str
    constituency: Constituency
    role: Role = Role.MEMBER
    active: bool = True
    alternate_of: str | None = None


@dataclass(frozen=True)
class BoardConfig:
    """A board's identity and rules of procedure (defaults per DESIGN §8.4)."""

    name: str
    country: str
    authority: Authority = Authority.DECIDES
    currency: str | None = None
    legal_basis: str | None = None
    decision_rule: DecisionRule = DecisionRule.GROUP_MAJORITY
    groups_required: int = 2
    qualified_fraction: str = "2/3"
    consensus_fallback: DecisionRule | None = None
    casting_vote: bool = False
    quorum: Quorum = Quorum.HALF_AND_EACH_GROUP
    ballot: BallotMode = BallotMode.NAMED
    secretary_votes: bool = False
    signatories: tuple[str, ...] = SIGNATORY_ROLES
    shortage_list: tuple[str, ...] = ()
    statutory_minimum_wage: float | None = None
    reliance_cap: float | None = None
    criteria: str = "default"
    language: str = languages.DEFAULT
    followup_default_days: int = 180  # a condition without a due date is due this long after the decision (§11)
    members: tuple[Member, ...] = field(default_factory=tuple)


_BOARD_KEYS = {
    "name",
    "country",
    "authority",
    "currency",
    "legal_basis",
    "decision_rule",
    "groups_required",
    "qualified_fraction",
    "consensus_fallback",
    "casting_vote",
    "quorum",
    "ballot",
    "secretary_votes",
    "signatories",
    "shortage_list",
    "statutory_minimum_wage",
    "reliance_cap",
    "criteria",
    "language",
    "followup_default_days",
}
_MEMBER_KEYS = {"id", "name", "constituency", "role", "active", "alternate_of"}
_ENUMS: dict[str, type[StrEnum]] = {
    "authority": Authority,
    "decision_rule": DecisionRule,
    "consensus_fallback": DecisionRule,
    "quorum": Quorum,
    "ballot": BallotMode,
    "constituency": Constituency,
    "role": Role,
}


def load_board(path: str | Path, *, display_name: str | None = None) -> BoardConfig:
    """Read and validate a ``board.toml``.

    Args:
        path: the file.
        display_name: how problems name the file.

    Returns:
        The validated configuration.

    Raises:
        InputError: every problem found, each naming its key.
    """
    name = display_name or str(path)
    raw, text = tomlfile.read(path, name)
    return parse_board(raw, name, tomlfile.Locator(text))


def parse_board(raw: dict[str, Any], name: str = "board.toml", locator: tomlfile.Locator | None = None) -> BoardConfig:
    """Validate a parsed board TOML document. See :func:`load_board`."""
    locator = locator or tomlfile.Locator("")
    problems: list[Problem] = []

    def problem(table: str, index: int, key: str, code: str, value: object = "", **params: object) -> None:
        where = f"member[{index}].{key}" if table == "member" else (f"{table}.{key}" if key else table)
        shown = "" if value == "" else str(value)
        problems.append(Problem(name, locator.line(table, index, key), where, code, shown, params))

    for key in raw:
        if key not in ("board", "member"):
            problem(key, 0, "", "unknown_key", key)
    board = raw.get("board")
    if not isinstance(board, dict):
        problem("board", 0, "", "missing_key")
        raise InputError(problems)
    members_raw = raw.get("member", [])
    if not isinstance(members_raw, list):
        problem("member", 0, "", "wrong_type", expected="an array of [[member]] tables")
        members_raw = []

    values: dict[str, Any] = {}
    for key, value in board.items():
        if key not in _BOARD_KEYS:
            problem("board", 0, key, "unknown_key", key)
            continue
        checked = _check_board_value(key, value, lambda code, v=value, k=key, **p: problem("board", 0, k, code, v, **p))
        if checked is not None:
            values[key] = checked
    for key in ("name", "country"):
        if key not in board:
            problem("board", 0, key, "missing_key")

    members: list[Member] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(members_raw):
        if not isinstance(entry, dict):
            problem("member", index, "", "wrong_type", expected="a table")
            continue
        member = _check_member(entry, index, problem)
        if member is None:
            continue
        if member.id in seen:
            problem("member", index, "id", "duplicate_id", member.id)
        else:
            seen[member.id] = index
            members.append(member)
    by_id = {m.id: m for m in members}
    for member in members:
        if member.alternate_of is not None:
            principal = by_id.get(member.alternate_of)
            if principal is None:
                problem("member", seen[member.id], "alternate_of", "unknown_member", member.alternate_of)
            elif principal.constituency != member.constituency:
                problem(
                    "member",
                    seen[member.id],
                    "alternate_of",
                    "rule_conflict",
                    member.alternate_of,
                    reason="an alternate must belong to the same constituency",
                )

    chairs = [m for m in members if m.role is Role.CHAIR and m.active]
    if members and len(chairs) != 1:
        problem("member", 0, "role", "no_chair", found=len(chairs))
    if not members_raw:
        problem("member", 0, "", "missing_key")
    rule = values.get("decision_rule", DecisionRule.GROUP_MAJORITY)
    fallback = values.get("consensus_fallback")
    if fallback is not None and rule is not DecisionRule.CONSENSUS:
        problem(
            "board",
            0,
            "consensus_fallback",
            "rule_conflict",
            fallback,
            reason="a fallback applies only when decision_rule is consensus",
        )
    if fallback is DecisionRule.CONSENSUS:
        problem(
            "board",
            0,
            "consensus_fallback",
            "rule_conflict",
            fallback,
            reason="the fallback must be another rule than consensus",
        )
    if problems:
        raise InputError(problems)
    return BoardConfig(**values, members=tuple(members))


class _Problem(Protocol):
    """Reports a problem of the file at a table, entry and key (``parse_board``'s ``problem``)."""

    def __call__(self, table: str, index: int, key: str, code: str, value: object = "", **params: object) -> None: ...


# Reports a problem of the value being checked: ``fail(code, **message_parameters)``.
_Fail = Callable[..., None]


def _check_board_value(key: str, value: Any, fail: _Fail) -> Any:
    """Check one ``[board]`` value; returns it converted, or None after reporting a problem."""
    if key in _ENUMS:
        return _enum(_ENUMS[key], value, fail)
    if key in ("name", "legal_basis", "criteria"):
        if not isinstance(value, str) or not value.strip():
            return fail("wrong_type", expected="non-empty text")
        if char := control_in(value.strip()):  # a name on the minutes, or a file path: one line, no controls
            return fail("control_character", char=char, rule=CONTROL_RULE[False])
        return value.strip()
    if key == "language":  # the documents' language (DESIGN §14)
        if value not in languages.LANGUAGES:
            return fail("bad_choice", allowed=", ".join(languages.LANGUAGES))
        return value
    if key == "country":
        if not isinstance(value, str) or value.upper() not in classifications.country_codes():
            return fail("bad_country")
        return value.upper()
    if key == "currency":
        if not isinstance(value, str) or value.upper() not in classifications.currency_codes():
            return fail("bad_currency")
        return value.upper()
    if key in ("casting_vote", "secretary_votes"):
        return value if isinstance(value, bool) else fail("wrong_type", expected="true or false")
    if key == "followup_default_days":  # DESIGN §11, §13.1
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 3660:
            return fail("wrong_type", expected="a whole number of days from 1 to 3660")
        return value
    if key == "groups_required":
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 3:
            return fail("wrong_type", expected="a whole number from 1 to 3")
        return value
    if key == "qualified_fraction":
        return _fraction(value, fail)
    if key == "signatories":
        if not isinstance(value, list) or not value or any(v not in SIGNATORY_ROLES for v in value):
            return fail("bad_choice", allowed=", ".join(SIGNATORY_ROLES))
        if len(set(value)) != len(value):
            return fail("rule_conflict", reason="a signatory role is listed twice")
        return tuple(value)
    if key == "shortage_list":
        if not isinstance(value, list) or any(not isinstance(v, str) for v in value):
            return fail("wrong_type", expected="a list of ISCO-08 codes as strings")
        bad = [v for v in value if v not in classifications.isco_titles()]
        return (
            fail(
                "bad_isco",
            )
            if bad
            else tuple(value)
        )
    if key == "statutory_minimum_wage":
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            return fail("not_positive")
        if value != value or value == float("inf"):  # TOML allows nan and inf
            return fail("bad_number")
        if value > MAX_AMOUNT:
            return fail("too_large", max=MAX_AMOUNT)
        return float(value)
    if key == "reliance_cap":
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
            return fail("wrong_type", expected="a share between 0 and 1, e.g. 0.10")
        return float(value)
    raise AssertionError(key)  # every key of _BOARD_KEYS is handled above


def _enum(kind: type[StrEnum], value: Any, fail: _Fail) -> StrEnum | None:
    try:
        return kind(value)
    except ValueError:
        fail("bad_choice", allowed=", ".join(m.value for m in kind))
        return None


def _fraction(value: object, fail: _Fail) -> str | None:
    try:
        fraction = Fraction(value) if isinstance(value, str) else None
    except (ValueError, ZeroDivisionError):
        fraction = None
    if fraction is None or not 0 < fraction <= 1:
        fail("bad_fraction")
        return None
    return str(value)


def _check_member(entry: dict[str, Any], index: int, problem: _Problem) -> Member | None:
    ok = True
    for key in entry:
        if key not in _MEMBER_KEYS:
            problem("member", index, key, "unknown_key", key)  # reported, but the rest still counts
    for key in ("id", "name", "constituency"):
        if key not in entry:
            problem("member", index, key, "missing_key")
            ok = False
    member_id, name = entry.get("id"), entry.get("name")
    if "id" in entry and (not isinstance(member_id, str) or not re.fullmatch(r"[A-Za-z0-9_\-]+", member_id)):
        problem("member", index, "id", "wrong_type", member_id, expected="letters, digits, '-' or '_'")
        ok = False
    if "name" in entry and (not isinstance(name, str) or not name.strip()):
        problem("member", index, "name", "wrong_type", name, expected="non-empty text")
        ok = False
    elif isinstance(name, str) and (char := control_in(name.strip())):
        problem("member", index, "name", "control_character", name, char=char, rule=CONTROL_RULE[False])
        ok = False
    converted: dict[str, Any] = {}
    for key in ("constituency", "role"):
        if key in entry:
            value = _enum(
                _ENUMS[key], entry[key], lambda code, k=key, **p: problem("member", index, k, code, entry[k], **p)
            )
            ok = ok and value is not None
            converted[key] = value
    active = entry.get("active", True)
    if not isinstance(active, bool):
        problem("member", index, "active", "wrong_type", active, expected="true or false")
        ok = False
    alternate = entry.get("alternate_of")
    if alternate is not None and not isinstance(alternate, str):
        problem("member", index, "alternate_of", "wrong_type", alternate, expected="a member id")
        ok = False
    if not ok:
        return None
    assert isinstance(member_id, str) and isinstance(name, str), "ok: both were checked above"
    return Member(
        id=member_id,
        name=name.strip(),
        constituency=converted["constituency"],
        role=converted.get("role") or Role.MEMBER,
        active=active,
        alternate_of=alternate,
    )


def init_board(
    db: Database, config: BoardConfig, *, actor: str = "system", catalogue: tuple[Any, str] | None = None
) -> None:
    """Write a new board and its members, with one audit event, in one transaction.

    Args:
        db: the database.
        config: the validated board.
        actor: who creates it, for the audit log.
        catalogue: the board's own criteria catalogue and its TOML text, stored with the board so the
            database carries it; None keeps the default catalogue.

    Raises:
        Refusal: ``board_exists``.
    """
    if db.execute("SELECT EXISTS(SELECT 1 FROM board)").fetchone()[0]:
        raise Refusal("board_exists")
    row = {k: v for k, v in asdict(config).items() if k != "members"}
    row.update(
        id=1,
        signatories=json.dumps(list(config.signatories)),
        shortage_list=json.dumps(list(config.shortage_list)),
        casting_vote=int(config.casting_vote),
        secretary_votes=int(config.secretary_votes),
        created_at=now(),
    )
    with db.atomic():
        if catalogue is not None and config.criteria != "default":
            from tripartite.criteria_toml import save_catalogue

            save_catalogue(db, catalogue[0], catalogue[1])
            row["criteria"] = catalogue[0].version
        store.table(db, "board").insert(row)
        # Members keep the file's order even when an alternate comes before its principal.
        db.execute("PRAGMA defer_foreign_keys = ON")
        store.table(db, "members").insert_all(
            {
                "id": m.id,
                "name": m.name,
                "constituency": m.constituency.value,
                "role": m.role.value,
                "alternate_of": m.alternate_of,
                "active": int(m.active),
                "failed_pins": 0,
            }
            for m in config.members
        )
        audit.append(
            db,
            "board.created",
            {"name": config.name, "rules": rules_payload(config), "members": [m.id for m in config.members]},
            actor=actor,
        )


RULE_KEYS = (
    "decision_rule",
    "groups_required",
    "qualified_fraction",
    "consensus_fallback",
    "casting_vote",
    "quorum",
    "ballot",
    "secretary_votes",
    "authority",
)


def rules_payload(config: BoardConfig) -> dict[str, Any]:
    """The rules of procedure in force, as minuted and frozen with each meeting."""
    return {k: getattr(config, k) for k in RULE_KEYS}


def read_board(db: Database) -> BoardConfig | None:
    """The board stored in the database, or None before ``init``."""
    rows = list(db.query("SELECT * FROM board WHERE id = 1"))
    if not rows:
        return None
    row = rows[0]
    members = tuple(
        Member(
            id=m["id"],
            name=m["name"],
            constituency=Constituency(m["constituency"]),
            role=Role(m["role"]),
            active=bool(m["active"]),
            alternate_of=m["alternate_of"],
        )
        for m in db.query("SELECT * FROM members ORDER BY rowid")
    )
    return BoardConfig(
        name=row["name"],
        country=row["country"],
        authority=Authority(row["authority"]),
        currency=row["currency"],
        legal_basis=row["legal_basis"],
        decision_rule=DecisionRule(row["decision_rule"]),
        groups_required=row["groups_required"],
        qualified_fraction=row["qualified_fraction"],
        consensus_fallback=DecisionRule(row["consensus_fallback"]) if row["consensus_fallback"] else None,
        casting_vote=bool(row["casting_vote"]),
        quorum=Quorum(row["quorum"]),
        ballot=BallotMode(row["ballot"]),
        secretary_votes=bool(row["secretary_votes"]),
        signatories=tuple(json.loads(row["signatories"])),
        shortage_list=tuple(json.loads(row["shortage_list"])),
        statutory_minimum_wage=row["statutory_minimum_wage"],
        reliance_cap=row["reliance_cap"],
        criteria=row["criteria"],
        language=row.get("language") or languages.DEFAULT,
        followup_default_days=row.get("followup_default_days") or 180,
        members=members,
    )
