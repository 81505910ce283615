"""The criteria catalogue as TOML: loaded and validated, written back, and the copies kept in the store (DESIGN §3).

The shipped catalogue is ``data/criteria/default.toml``; a board may keep an edited copy, stored in the
database under its version (the SHA-256 of its validated content: comments and layout do not change it). A
broken catalogue is refused with every problem, each naming its key (e.g. ``criterion[3].weight``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import asdict
from importlib.resources import files
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from tripartite import store, tomlfile
from tripartite.clock import now
from tripartite.criteria import AUTO_CRITERIA, AUTO_GATES, BANDS_DESCENDING, Catalogue, Criterion, Family, Gate
from tripartite.errors import InputError, Problem, Refusal
from tripartite.models import ConditionKind, Constituency, Outcome
from tripartite.request_schema import BY_NAME


def default_text() -> str:
    """The shipped default catalogue's TOML text."""
    return files("tripartite.data").joinpath("criteria", "default.toml").read_text(encoding="utf-8")


def load_catalogue(source: str | Path = "default", *, base: Path | None = None) -> Catalogue:
    """Load and validate a catalogue.

    Args:
        source: ``"default"`` for the shipped catalogue, or a TOML file path.
        base: the folder a relative path is resolved against (the board file's folder).

    Raises:
        InputError: the file is missing or invalid; each problem names its key.
    """
    if str(source) == "default":
        return parse_catalogue(default_text(), "criteria/default.toml")
    path = Path(source)
    if base is not None and not path.is_absolute():
        path = base / path
    raw, text = tomlfile.read(path, str(path))
    return _Validator(str(path), text).run(raw)


def parse_catalogue(text: str, name: str = "criteria.toml") -> Catalogue:
    """Validate catalogue TOML text. See :func:`load_catalogue`."""
    return _Validator(name, text).run(tomlfile.parse(text, name))


class _Validator:
    """Collects every problem of a catalogue, each naming its key (e.g. ``criterion[3].weight``)."""

    def __init__(self, name: str, text: str):
        self.name = name
        self.locator = tomlfile.Locator(text)
        self.problems: list[Problem] = []

    def fail(self, table: str, index: int, key: str, code: str, value: object = "", **params: object) -> None:
        where = f"{table}[{index}].{key}" if table in ("gate", "criterion") else f"{table}.{key}"
        shown = "" if value == "" else str(value)
        self.problems.append(Problem(self.name, self.locator.line(table, index, key), where, code, shown, params))

    def run(self, raw: dict[str, Any]) -> Catalogue:
        for key in raw:
            if key not in ("catalogue", "gate", "criterion", "profiles"):
                self.fail(key, 0, "", "unknown_key", key)
        head = raw.get("catalogue", {})
        self._keys("catalogue", 0, head, {"name", "pass_mark", "conditional_mark", "advertised_days"})
        name = head.get("name", "Unnamed catalogue")
        pass_mark = self._number("catalogue", 0, head, "pass_mark", 50, low=0, high=100)
        conditional = self._number("catalogue", 0, head, "conditional_mark", 40, low=0, high=100)
        days = self._number("catalogue", 0, head, "advertised_days", 28, low=1, high=365, integer=True)
        if conditional > pass_mark:
            self.fail(
                "catalogue",
                0,
                "conditional_mark",
                "rule_conflict",
                conditional,
                reason="the conditional mark must not exceed the pass mark",
            )
        gates = [g for i, entry in enumerate(raw.get("gate", [])) if (g := self._gate(i, entry))]
        criteria = [c for i, entry in enumerate(raw.get("criterion", [])) if (c := self._criterion(i, entry))]
        self._unique("gate", [g.code for g in gates])
        self._unique("criterion", [c.code for c in criteria])
        if not criteria:
            self.fail("criterion", 0, "", "missing_key")
        total = sum(c.weight for c in criteria)
        # Only once every criterion is valid: a rejected entry would make the sum a second, false, problem.
        if criteria and len(criteria) == len(raw.get("criterion", [])) and abs(total - 100) > 1e-9:
            self.fail("criterion", 0, "weight", "rule_conflict", total, reason=f"weights sum to {total:g}, not 100")
        profiles = self._profiles(raw.get("profiles", {}))
        if self.problems:
            raise InputError(self.problems)
        catalogue = Catalogue(str(name), pass_mark, conditional, int(days), tuple(gates), tuple(criteria), profiles)
        content = json.dumps(asdict(catalogue), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return Catalogue(**{**catalogue.__dict__, "version": hashlib.sha256(content.encode()).hexdigest()})

    def _keys(self, table: str, index: int, entry: dict[str, Any], allowed: set[str]) -> None:
        for key in entry:
            if key not in allowed:
                self.fail(table, index, key, "unknown_key", key)

    def _number(
        self,
        table: str,
        index: int,
        entry: dict[str, Any],
        key: str,
        default: float,
        *,
        low: float,
        high: float,
        integer: bool = False,
    ) -> float:
        value = entry.get(key, default)
        kind = int if integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, kind) or not low <= value <= high:
            self.fail(table, index, key, "wrong_type", value, expected=f"a number from {low:g} to {high:g}")
            return default
        return value

    def _unique(self, table: str, codes: list[str]) -> None:
        seen: set[str] = set()
        for index, code in enumerate(codes):
            if code in seen:
                self.fail(table, index, "code", "duplicate_id", code)
            seen.add(code)

    def _fields(self, table: str, index: int, entry: dict[str, Any]) -> tuple[str, ...]:
        fields = entry.get("fields", [])
        if not isinstance(fields, list) or any(f not in BY_NAME for f in fields):
            bad = [f for f in fields if f not in BY_NAME] if isinstance(fields, list) else fields
            self.fail(table, index, "fields", "rule_conflict", bad, reason="fields must be request columns")
            return ()
        return tuple(fields)

    def _gate(self, index: int, entry: dict[str, Any]) -> Gate | None:
        allowed = {"code", "label", "description", "kind", "fields", "on_fail", "enabled", "cap"}
        self._keys("gate", index, entry, allowed)
        code, kind = entry.get("code", ""), entry.get("kind", "auto")
        ok = True
        if kind not in ("auto", "attestation"):
            self.fail("gate", index, "kind", "bad_choice", kind, allowed="auto, attestation")
            ok = False
        if kind == "auto" and code not in AUTO_GATES:
            self.fail(
                "gate",
                index,
                "code",
                "rule_conflict",
                code,
                reason=f"no automatic rule for this gate; automatic gates are {', '.join(sorted(AUTO_GATES))}",
            )
            ok = False
        if not isinstance(code, str) or not re.fullmatch(r"G[0-9]+", code):
            self.fail("gate", index, "code", "wrong_type", code, expected='a code like "G1"')
            ok = False
        on_fail = entry.get("on_fail")
        if on_fail not in (Outcome.REJECT, Outcome.DEFER):
            self.fail("gate", index, "on_fail", "bad_choice", on_fail, allowed="reject, defer")
            ok = False
        cap = entry.get("cap")
        if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int | float) or not 0 < cap <= 1):
            self.fail("gate", index, "cap", "wrong_type", cap, expected="a share between 0 and 1")
            ok = False
        fields = self._fields("gate", index, entry)
        for key in ("label", "description"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                self.fail("gate", index, key, "missing_key")
                ok = False
        if not ok:
            return None
        return Gate(
            code,
            entry["label"],
            entry["description"],
            kind,
            Outcome(entry["on_fail"]),  # checked above
            fields,
            bool(entry.get("enabled", True)),
            float(cap) if cap is not None else None,
        )

    def _criterion(self, index: int, entry: dict[str, Any]) -> Criterion | None:
        allowed = {
            "code",
            "family",
            "weight",
            "label",
            "description",
            "auto",
            "fields",
            "bands",
            "channels",
            "short_days",
            "suggests",
        }
        self._keys("criterion", index, entry, allowed)
        code = entry.get("code", "")
        ok = isinstance(code, str) and bool(re.fullmatch(r"[A-Z][0-9]+", code))
        if not ok:
            self.fail("criterion", index, "code", "wrong_type", code, expected='a code like "P1"')
        family = entry.get("family")
        if family not in set(Family):
            self.fail("criterion", index, "family", "bad_choice", family, allowed=", ".join(Family))
            ok = False
        weight = entry.get("weight")
        if isinstance(weight, bool) or not isinstance(weight, int | float) or weight <= 0:
            self.fail("criterion", index, "weight", "not_positive", weight)
            ok = False
        for key in ("label", "description"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                self.fail("criterion", index, key, "missing_key")
                ok = False
        auto = entry.get("auto", False)
        if auto and code not in AUTO_CRITERIA:
            self.fail(
                "criterion",
                index,
                "auto",
                "rule_conflict",
                code,
                reason=f"no automatic rule; automatic criteria are {', '.join(sorted(AUTO_CRITERIA))}",
            )
            ok = False
        suggests = entry.get("suggests")
        if suggests is not None and suggests not in set(ConditionKind):
            self.fail("criterion", index, "suggests", "bad_choice", suggests, allowed=", ".join(ConditionKind))
            ok = False
        bands = self._bands(index, code, entry) if auto else None
        channels = entry.get("channels")
        short_days = entry.get("short_days")
        if auto and code == "I3":
            if not isinstance(channels, int) or isinstance(channels, bool) or channels < 1:
                self.fail("criterion", index, "channels", "wrong_type", channels, expected="a whole number ≥ 1")
                ok = False
            if not isinstance(short_days, int) or isinstance(short_days, bool) or short_days < 0:
                self.fail("criterion", index, "short_days", "wrong_type", short_days, expected="a whole number ≥ 0")
                ok = False
        fields = self._fields("criterion", index, entry)
        if not ok or (code in BANDS_DESCENDING and auto and bands is None):
            return None
        return Criterion(
            code,
            Family(entry["family"]),  # both checked above
            float(entry["weight"]),
            entry["label"],
            entry["description"],
            bool(auto),
            fields,
            bands,
            channels,
            short_days,
            ConditionKind(suggests) if suggests else None,
        )

    def _bands(self, index: int, code: str, entry: dict[str, Any]) -> tuple[float, float] | None:
        if code not in BANDS_DESCENDING:
            return None
        bands = entry.get("bands")
        if (
            not isinstance(bands, list)
            or len(bands) != 2
            or any(isinstance(b, bool) or not isinstance(b, int | float) or b < 0 for b in bands)
        ):
            self.fail("criterion", index, "bands", "wrong_type", bands, expected="two thresholds, e.g. [1.2, 1.0]")
            return None
        upper, lower = float(bands[0]), float(bands[1])
        descending = BANDS_DESCENDING[code]
        if (descending and upper < lower) or (not descending and upper > lower):
            order = "the first threshold ≥ the second" if descending else "the first threshold ≤ the second"
            self.fail("criterion", index, "bands", "rule_conflict", bands, reason=f"thresholds out of order: {order}")
            return None
        return upper, lower

    def _profiles(self, raw: Any) -> dict[Constituency, dict[Family, float]]:
        profiles: dict[Constituency, dict[Family, float]] = {}
        if not isinstance(raw, dict):
            self.fail("profiles", 0, "", "wrong_type", expected="a table")
            return profiles
        for group, weights in raw.items():
            if group not in set(Constituency):
                self.fail("profiles", 0, group, "bad_choice", group, allowed=", ".join(Constituency))
                continue
            if (
                not isinstance(weights, dict)
                or set(weights) != set(Family)
                or any(isinstance(w, bool) or not isinstance(w, int | float) or w < 0 for w in weights.values())
                or abs(sum(weights.values()) - 100) > 1e-9
            ):
                self.fail("profiles", 0, group, "wrong_type", expected="a weight for each family, summing to 100")
                continue
            profiles[Constituency(group)] = {Family(f): float(w) for f, w in weights.items()}
        return profiles


def read_source(source: str | Path = "default", *, base: Path | None = None) -> tuple[Catalogue, str]:
    """Load a catalogue and keep its text (to store it with the board). See :func:`load_catalogue`."""
    if str(source) == "default":
        return load_catalogue(), default_text()
    path = Path(source) if base is None or Path(source).is_absolute() else base / source
    catalogue = load_catalogue(path)
    return catalogue, path.read_text(encoding="utf-8")


def save_catalogue(db: Database, catalogue: Catalogue, text: str) -> None:
    """Keep a catalogue's text under its version, so a meeting's catalogue can always be read back."""
    store.table(db, "criteria_catalogues").insert(
        {"version": catalogue.version, "name": catalogue.name, "toml": text, "created_at": now()}, ignore=True
    )


def for_board(db: Database) -> Catalogue:
    """The catalogue in force for the database's board: its own stored copy, or the default.

    Raises:
        Refusal: ``catalogue_missing``: the board names a catalogue version the database does not hold.
    """
    row = db.execute("SELECT criteria FROM board WHERE id = 1").fetchone()
    if row is None or row[0] in (None, "default"):
        return load_catalogue()
    stored = db.execute("SELECT toml FROM criteria_catalogues WHERE version = ?", [row[0]]).fetchone()
    if stored is None:
        raise Refusal("catalogue_missing", version=row[0][:12])
    return parse_catalogue(stored[0], f"catalogue {row[0][:12]}")


# ------------------------------------------------------------------------------------------- writing


def _text(value: str) -> str:
    # A JSON string is a valid TOML basic string (same escapes), and keeps non-ASCII text as it is.
    return json.dumps(value, ensure_ascii=False)


def _number(value: float) -> str:
    # The version hashes the parsed values, so an int must stay an int (50, not 50.0).
    if isinstance(value, bool):
        raise TypeError("a boolean is not a number here")
    return str(value) if isinstance(value, int) else repr(float(value))


def _list(values: tuple[str, ...] | list[str]) -> str:
    return "[" + ", ".join(_text(v) for v in values) + "]"


def to_toml(catalogue: Catalogue, weights: Mapping[str, float] | None = None) -> str:
    """The catalogue as TOML text, optionally with other criterion weights.

    Args:
        catalogue: a validated catalogue.
        weights: criterion code → new weight; criteria not named keep theirs.

    Returns:
        TOML text that ``parse_catalogue`` reads back into the same catalogue (with the new weights).
    """
    weights = weights or {}
    lines = [
        "# A board's own copy of a criteria catalogue, written by Tripartite (Board › Criteria weights).",
        "",
        "[catalogue]",
        f"name = {_text(catalogue.name)}",
        f"pass_mark = {_number(catalogue.pass_mark)}",
        f"conditional_mark = {_number(catalogue.conditional_mark)}",
        f"advertised_days = {_number(catalogue.advertised_days)}",
    ]
    for gate in catalogue.gates:
        lines += [
            "",
            "[[gate]]",
            f"code = {_text(gate.code)}",
            f"label = {_text(gate.label)}",
            f"description = {_text(gate.description)}",
            f"kind = {_text(gate.kind)}",
        ]
        if gate.fields:
            lines.append(f"fields = {_list(gate.fields)}")
        lines.append(f"on_fail = {_text(gate.on_fail.value)}")
        if not gate.enabled:
            lines.append("enabled = false")
        if gate.cap is not None:
            lines.append(f"cap = {_number(gate.cap)}")
    for criterion in catalogue.criteria:
        weight = weights.get(criterion.code, criterion.weight)
        lines += [
            "",
            "[[criterion]]",
            f"code = {_text(criterion.code)}",
            f"family = {_text(criterion.family.value)}",
            f"weight = {_number(float(weight))}",
            f"label = {_text(criterion.label)}",
            f"description = {_text(criterion.description)}",
        ]
        if criterion.auto:
            lines.append("auto = true")
        if criterion.fields:
            lines.append(f"fields = {_list(criterion.fields)}")
        if criterion.bands is not None:
            lines.append(f"bands = [{_number(criterion.bands[0])}, {_number(criterion.bands[1])}]")
        if criterion.channels is not None:
            lines.append(f"channels = {_number(criterion.channels)}")
        if criterion.short_days is not None:
            lines.append(f"short_days = {_number(criterion.short_days)}")
        if criterion.suggests is not None:
            lines.append(f"suggests = {_text(criterion.suggests.value)}")
    for group, profile in catalogue.profiles.items():
        lines += ["", f"[profiles.{group.value}]"]
        lines += [f"{family.value} = {_number(weight)}" for family, weight in profile.items()]
    return "\n".join(lines) + "\n"
