"""Conditions attached to an approval, each with its parameters, a due date and a verification note (DESIGN §2).

A condition is kept as ``{"kind": …, <parameters>…, "due": "YYYY-MM-DD", "verification": "…"}`` so it
can be monitored after the decision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from tripartite.models import ConditionKind

# kind → {parameter: (type, required)}; "due" and "verification" are allowed on every kind.
PARAMETERS: dict[ConditionKind, dict[str, tuple[type, bool]]] = {
    ConditionKind.QUOTA: {"workers": (int, True)},
    ConditionKind.MAX_DURATION: {"months": (int, True)},
    ConditionKind.WAGE_FLOOR: {"amount": (float, True)},
    ConditionKind.TRAINING: {"locals": (int, True), "hours": (int, False)},
    ConditionKind.LOCAL_HIRING: {"ratio": (float, True)},
    ConditionKind.HOUSING_STANDARD: {"standard": (str, False)},
    ConditionKind.INTEGRATION_SUPPORT: {"items": (list, False)},
    ConditionKind.RECRUITMENT_CHANNEL: {"channel": (str, False)},
    ConditionKind.REPORTING: {"frequency": (str, True)},
    ConditionKind.NO_FEES_ATTESTATION: {},
}
COMMON = {"due": (str, False), "verification": (str, False)}
FREQUENCIES = ("monthly", "quarterly", "half_yearly", "yearly")


Check = tuple[str, str, object, dict[str, object]]


def check_condition(raw: Mapping[str, Any], workers_requested: int | None = None) -> list[Check]:
    """Problems of one condition as ``(key, problem code, value, message parameters)``; none means valid."""
    problems: list[Check] = []
    kind_value = raw.get("kind")
    try:
        if not isinstance(kind_value, str):
            raise ValueError(kind_value)  # as ConditionKind() itself would
        kind = ConditionKind(kind_value)
    except ValueError:
        return [("kind", "bad_choice", kind_value, {"allowed": ", ".join(ConditionKind)})]
    allowed = {**PARAMETERS[kind], **COMMON}
    for key, value in raw.items():
        if key == "kind":
            continue
        if key not in allowed:
            problems.append((key, "unknown_key", key, {}))
            continue
        expected, _ = allowed[key]
        if key == "due" and isinstance(value, dt.date):
            continue  # a TOML date literal (due = 2027-06-30) is as good as its text
        numeric = expected in (int, float) and isinstance(value, int | float) and not isinstance(value, bool)
        if expected is int and numeric and not isinstance(value, int):
            numeric = False
        if not (numeric or (expected not in (int, float) and isinstance(value, expected))):
            names = {int: "a whole number", float: "a number", str: "text", list: "a list"}
            problems.append((key, "wrong_type", value, {"expected": names[expected]}))
    for key, (_, required) in PARAMETERS[kind].items():
        if required and key not in raw:
            problems.append((key, "missing_key", "", {}))
    if problems:
        return problems
    top = workers_requested or 10**9
    if kind is ConditionKind.QUOTA and not 1 <= raw["workers"] <= top:
        problems.append(("workers", "workers_range", raw["workers"], {"low": 1, "max": workers_requested}))
    if kind is ConditionKind.MAX_DURATION and not 1 <= raw["months"] <= 60:
        bound: dict[str, object] = {"max": 60} if raw["months"] > 60 else {"min": 1}
        problems.append(("months", "too_large" if raw["months"] > 60 else "too_small", raw["months"], bound))
    if kind is ConditionKind.WAGE_FLOOR and raw["amount"] <= 0:
        problems.append(("amount", "not_positive", raw["amount"], {}))
    if kind is ConditionKind.TRAINING and raw["locals"] < 1:
        problems.append(("locals", "too_small", raw["locals"], {"min": 1}))
    if kind is ConditionKind.LOCAL_HIRING and not 0 < raw["ratio"] <= 1:
        problems.append(("ratio", "wrong_type", raw["ratio"], {"expected": "a share between 0 and 1"}))
    if kind is ConditionKind.REPORTING and raw["frequency"] not in FREQUENCIES:
        problems.append(("frequency", "bad_choice", raw["frequency"], {"allowed": ", ".join(FREQUENCIES)}))
    if "due" in raw and not isinstance(raw["due"], dt.date):
        try:
            dt.date.fromisoformat(raw["due"])
        except ValueError:
            problems.append(("due", "not_date", raw["due"], {}))
    return problems


def normalise(raw: Mapping[str, Any]) -> dict[str, Any]:
    """A valid condition with its kind first and floats for amounts (what is stored and minuted)."""
    kind = ConditionKind(raw["kind"])
    out: dict[str, Any] = {"kind": kind.value}
    for key, value in raw.items():
        if key == "kind":
            continue
        expected = {**PARAMETERS[kind], **COMMON}[key][0]
        if isinstance(value, dt.date):
            value = value.isoformat()
        out[key] = float(value) if expected is float else value
    return out


def of_motion(db: Any, motion_id: int) -> list[dict[str, Any]]:
    """A motion's stored conditions, each ``{"kind", parameters…, "due"?, "verification"?}``, in order."""
    import json

    out = []
    for kind, params, due, verification in db.execute(
        "SELECT kind, params, due_on, verification_note FROM conditions WHERE motion_id = ? ORDER BY position",
        [motion_id],
    ):
        condition = {"kind": kind, **json.loads(params or "{}")}
        if due:
            condition["due"] = due
        if verification:
            condition["verification"] = verification
        out.append(condition)
    return out
