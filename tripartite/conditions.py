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


def check_condition(raw: Mapping[str, Any], workers_requested: int | None = None) -> list[tuple[str, str, object]]:
    """Problems of one condition as ``(key, problem code, value)``; an empty list means it is valid."""
    problems: list[tuple[str, str, object]] = []
    kind_value = raw.get("kind")
    try:
        kind = ConditionKind(kind_value)
    except ValueError:
        return [("kind", "bad_choice", kind_value)]
    allowed = {**PARAMETERS[kind], **COMMON}
    for key, value in raw.items():
        if key == "kind":
            continue
        if key not in allowed:
            problems.append((key, "unknown_key", key))
            continue
        expected, _ = allowed[key]
        numeric = expected in (int, float) and isinstance(value, int | float) and not isinstance(value, bool)
        if expected is int and numeric and not isinstance(value, int):
            numeric = False
        if not (numeric or (expected not in (int, float) and isinstance(value, expected))):
            problems.append((key, "wrong_type", value))
    for key, (_, required) in PARAMETERS[kind].items():
        if required and key not in raw:
            problems.append((key, "missing_key", ""))
    if problems:
        return problems
    if kind is ConditionKind.QUOTA and (
        raw["workers"] < 1 or (workers_requested and raw["workers"] > workers_requested)
    ):
        problems.append(("workers", "too_large" if raw["workers"] >= 1 else "too_small", raw["workers"]))
    if kind is ConditionKind.MAX_DURATION and not 1 <= raw["months"] <= 60:
        problems.append(("months", "too_large" if raw["months"] > 60 else "too_small", raw["months"]))
    if kind is ConditionKind.WAGE_FLOOR and raw["amount"] <= 0:
        problems.append(("amount", "not_positive", raw["amount"]))
    if kind is ConditionKind.TRAINING and raw["locals"] < 1:
        problems.append(("locals", "too_small", raw["locals"]))
    if kind is ConditionKind.LOCAL_HIRING and not 0 < raw["ratio"] <= 1:
        problems.append(("ratio", "wrong_type", raw["ratio"]))
    if kind is ConditionKind.REPORTING and raw["frequency"] not in FREQUENCIES:
        problems.append(("frequency", "bad_choice", raw["frequency"]))
    if "due" in raw:
        try:
            dt.date.fromisoformat(raw["due"])
        except ValueError:
            problems.append(("due", "not_date", raw["due"]))
    return problems


def normalise(raw: Mapping[str, Any]) -> dict[str, Any]:
    """A valid condition with its kind first and floats for amounts (what is stored and minuted)."""
    kind = ConditionKind(raw["kind"])
    out: dict[str, Any] = {"kind": kind.value}
    for key, value in raw.items():
        if key == "kind":
            continue
        expected = {**PARAMETERS[kind], **COMMON}[key][0]
        out[key] = float(value) if expected is float else value
    return out
