"""Write a criteria catalogue back to TOML, so the board's edited copy is stored as text like any other.

The text is validated again with ``tripartite.criteria.parse_catalogue`` before it is stored, and the
version (a hash of the validated content) follows from it. Writing the shipped catalogue unchanged gives
back the same version: a test holds this module to that.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from tripartite.criteria import Catalogue


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


def catalogue_to_toml(catalogue: Catalogue, weights: Mapping[str, float] | None = None) -> str:
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
