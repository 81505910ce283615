"""The gates of DESIGN §3: the board's context, each gate's rule and verdict, :func:`evaluate_gates`.

A gate passes, fails (with the outcome the catalogue gives it), lacks evidence, or is not assessed
(an unanswered attestation, a disabled gate). Each verdict carries its reason in data terms; the
faces word the status. :func:`reliance` is here because G9 is its first reader; the technical score
(I4, in :mod:`tripartite.assessment`) reads it too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from tripartite.criteria import Catalogue
from tripartite.models import Outcome

Request = Mapping[str, Any]


class GateStatus(StrEnum):
    """A gate's state for one request (DESIGN §3 "Gates", §8.4 ``assess --json``)."""

    PASSED = "passed"
    FAILED = "failed"
    UNKNOWN = "unknown"  # an automatic gate whose data is missing: missing evidence
    NOT_ASSESSED = "not_assessed"  # an attestation gate nobody has answered yet, or a disabled gate


@dataclass(frozen=True)
class BoardContext:
    """The board settings the gates and criteria read (board.toml, DESIGN §8.3).

    Attributes:
        shortage_list: ISCO-08 unit groups on the shortage list (G3, P1).
        statutory_minimum_wage: the monthly minimum in the board's currency (G1), if set.
        currency: the board's currency; the statutory minimum applies only to wages in it.
        reliance_cap: the board's G9 cap; when set it enables G9, else the catalogue decides.
    """

    shortage_list: frozenset[str] = frozenset()
    statutory_minimum_wage: float | None = None
    currency: str | None = None
    reliance_cap: float | None = None

    @classmethod
    def of(cls, config: Any) -> BoardContext:
        """The context of a :class:`~tripartite.board.BoardConfig` (or None: no shortage list, no minimum)."""
        if config is None:
            return cls()
        return cls(frozenset(config.shortage_list), config.statutory_minimum_wage, config.currency, config.reliance_cap)


# A reason's code, and its English in data terms: the terminal and ``assess --json`` print it as it is; the
# app and the minutes word the code in their language from the facts (DESIGN §14).
REASONS = {
    "wage_below_prevailing": "wage {wage} < prevailing {prevailing}",
    "wage_below_minimum": "wage {wage} < statutory minimum {minimum}",
    "wage_at_least_prevailing": "wage {wage} ≥ prevailing {prevailing}",
    "missing": "missing evidence: {fields}",
    "missing_advertising": "missing evidence: vacancy_advertised_days (occupation not on the shortage list)",
    "reported": "{field} reported",
    "none_reported": "no {field}",
    "count_above_zero": "{field} {value} > 0",
    "count_zero": "{field} 0",
    "on_shortage_list": "occupation {occupation} on the shortage list",
    "advertised_enough": "advertised {days} days ≥ {required}",
    "advertised_too_short": "advertised {days} days < {required}, occupation not on the shortage list",
    "share_floor_above_cap": "share at least {share} > cap {cap}",
    "share_above_cap": "foreign share {share} > cap {cap}",
    "share_within_cap": "foreign share {share} ≤ cap {cap}",
    "disabled": "disabled",
    "not_attested": "not yet attested",
    "attested": "attested by the board",
    "attestation_refused": "attestation refused",
}
# The request fields a yes/no or count gate reads, as its English reason names them.
_FIELD_WORDS = {
    "labour_dispute": "labour dispute",
    "layoffs_last_12m": "layoffs",
    "compliance_violations_3y": "violations",
    "fees_charged_to_workers": "fees charged to workers",
}


@dataclass(frozen=True)
class GateReason:
    """Why a gate stands as it does: a code of :data:`REASONS` and the facts it names.

    Attributes:
        code: the reason's code.
        facts: its figures and names (``wage``, ``prevailing``, ``fields``…), as data: numbers stay numbers,
            ``field`` and ``fields`` hold request column names.
    """

    code: str
    facts: Mapping[str, Any] = field(default_factory=dict)

    def shown(
        self,
        *,
        field: Callable[[str], str],
        fields: Callable[[Sequence[str]], str],
        share: Callable[[float], str],
        number: Callable[[float], str],
    ) -> dict[str, str]:
        """The facts as a face shows them, each kind through that face's words or format.

        Args:
            field: the words of the one request field a yes/no or count gate reads.
            fields: the words of the missing fields.
            share: a share or a cap (``0.10``).
            number: any other figure (a wage, days, a count).
        """
        out = {}
        for name, value in self.facts.items():
            if name == "field":
                out[name] = field(value)
            elif name == "fields":
                out[name] = fields(value)
            elif name in ("share", "cap"):
                out[name] = share(float(value))
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                out[name] = number(value)
            else:
                out[name] = str(value)
        return out

    def text(self) -> str:
        """The reason in English data terms (``wage 1,850 < prevailing 2,100``)."""
        shown = self.shown(field=lambda f: _FIELD_WORDS.get(f, f), fields=", ".join, share=_ratio, number=_num)
        return REASONS[self.code].format(**shown)


@dataclass(frozen=True)
class GateResult:
    """One gate's verdict, with its reason (``why``; in English data terms as ``reason``)."""

    code: str
    status: GateStatus
    why: GateReason
    on_fail: Outcome

    @property
    def reason(self) -> str:
        """The reason in English data terms (e.g. ``wage 1,850 < prevailing 2,100``)."""
        return self.why.text()


def _num(value: float) -> str:
    """A figure as people write it: 1,850 or 1,850.5 (reasons are data, not translated prose)."""
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"


def _ratio(value: float) -> str:
    return f"{value:.2f}"


def reliance(request: Request) -> float | None:
    """(firm_foreign + N) / (firm_employees + N): the firm's foreign share after admission (G9, I4)."""
    n, employees, foreign = request["workers_requested"], request["firm_employees"], request["firm_foreign_employees"]
    if employees is None or foreign is None:
        return None
    return float((foreign + n) / (employees + n))


def reliance_floor(request: Request) -> float | None:
    """The lowest possible share when only the workforce is known (no foreign employees at all)."""
    n, employees = request["workers_requested"], request["firm_employees"]
    return None if employees is None else n / (employees + n)


def _gate_g1(req: Request, cat: Catalogue, ctx: BoardContext) -> tuple[GateStatus, GateReason]:
    """G1 wage floor: wage_offered ≥ prevailing_wage, and ≥ the statutory minimum (DESIGN §3)."""
    wage, prevailing = req["wage_offered"], req["prevailing_wage"]
    if wage < prevailing:
        return GateStatus.FAILED, GateReason("wage_below_prevailing", {"wage": wage, "prevailing": prevailing})
    minimum = ctx.statutory_minimum_wage
    same_currency = ctx.currency is None or req.get("currency") in (None, ctx.currency)
    if minimum is not None and same_currency and wage < minimum:
        return GateStatus.FAILED, GateReason("wage_below_minimum", {"wage": wage, "minimum": minimum})
    return GateStatus.PASSED, GateReason("wage_at_least_prevailing", {"wage": wage, "prevailing": prevailing})


def _flag_gate(field_name: str) -> Callable[[Request, Catalogue, BoardContext], tuple[GateStatus, GateReason]]:
    def rule(req: Request, cat: Catalogue, ctx: BoardContext) -> tuple[GateStatus, GateReason]:
        value = req[field_name]
        if value is None:
            return GateStatus.UNKNOWN, GateReason("missing", {"fields": (field_name,)})
        if value:
            return GateStatus.FAILED, GateReason("reported", {"field": field_name})
        return GateStatus.PASSED, GateReason("none_reported", {"field": field_name})

    rule.__doc__ = f"A yes/no gate on {field_name}: yes fails, no passes, empty is missing evidence (DESIGN §3)."
    return rule


def _zero_gate(field_name: str) -> Callable[[Request, Catalogue, BoardContext], tuple[GateStatus, GateReason]]:
    def rule(req: Request, cat: Catalogue, ctx: BoardContext) -> tuple[GateStatus, GateReason]:
        value = req[field_name]
        if value is None:
            return GateStatus.UNKNOWN, GateReason("missing", {"fields": (field_name,)})
        if value > 0:
            return GateStatus.FAILED, GateReason("count_above_zero", {"field": field_name, "value": value})
        return GateStatus.PASSED, GateReason("count_zero", {"field": field_name})

    rule.__doc__ = f"A count gate: {field_name} must be 0; empty is missing evidence (DESIGN §3)."
    return rule


def _gate_g3(req: Request, cat: Catalogue, ctx: BoardContext) -> tuple[GateStatus, GateReason]:
    """G3 labour-market test: on the shortage list, or advertised ≥ the required days (DESIGN §3, §8.4)."""
    if req["occupation_isco"] in ctx.shortage_list:
        return GateStatus.PASSED, GateReason("on_shortage_list", {"occupation": req["occupation_isco"]})
    days = req["vacancy_advertised_days"]
    if days is None:
        return GateStatus.UNKNOWN, GateReason("missing_advertising", {"fields": ("vacancy_advertised_days",)})
    if days >= cat.advertised_days:
        return GateStatus.PASSED, GateReason("advertised_enough", {"days": days, "required": cat.advertised_days})
    return GateStatus.FAILED, GateReason("advertised_too_short", {"days": days, "required": cat.advertised_days})


def _gate_g9(req: Request, cat: Catalogue, ctx: BoardContext) -> tuple[GateStatus, GateReason]:
    """G9 reliance cap: (firm_foreign + N) / (firm_employees + N) ≤ cap (DESIGN §3).

    With the workforce known but not its foreign share, the gate still fails when even a firm with no
    foreign employee would exceed the cap (DESIGN §8.4: decided when the known fields decide it).
    """
    cap = ctx.reliance_cap if ctx.reliance_cap is not None else cat.gate("G9").cap or 0.10
    share = reliance(req)
    if share is None:
        floor = reliance_floor(req)
        if floor is not None and floor > cap:
            return GateStatus.FAILED, GateReason("share_floor_above_cap", {"share": floor, "cap": cap})
        return GateStatus.UNKNOWN, GateReason("missing", {"fields": ("firm_employees", "firm_foreign_employees")})
    if share > cap:
        return GateStatus.FAILED, GateReason("share_above_cap", {"share": share, "cap": cap})
    return GateStatus.PASSED, GateReason("share_within_cap", {"share": share, "cap": cap})


_GATE_RULES: dict[str, Callable[[Request, Catalogue, BoardContext], tuple[GateStatus, GateReason]]] = {
    "G1": _gate_g1,
    "G2": _flag_gate("labour_dispute"),
    "G3": _gate_g3,
    "G4": _zero_gate("layoffs_last_12m"),
    "G5": _zero_gate("compliance_violations_3y"),
    "G8": _zero_gate("fees_charged_to_workers"),
    "G9": _gate_g9,
}


def _gate_enabled(code: str, cat: Catalogue, ctx: BoardContext) -> bool:
    """G9 is on when the board sets a reliance cap; otherwise the catalogue's flag decides (DESIGN §8.3)."""
    if code == "G9" and ctx.reliance_cap is not None:
        return True
    return cat.gate(code).enabled


def evaluate_gates(
    request: Request, catalogue: Catalogue, ctx: BoardContext, attestations: Mapping[str, bool] | None = None
) -> list[GateResult]:
    """Every gate of the catalogue for one request (DESIGN §3 "Gates").

    Attestation gates (G6, G7) count only once answered: until then they are *not assessed*, which
    neither passes nor blocks. A disabled gate is also *not assessed*.
    """
    attestations = attestations or {}
    results = []
    for gate in catalogue.gates:
        if not _gate_enabled(gate.code, catalogue, ctx):
            results.append(GateResult(gate.code, GateStatus.NOT_ASSESSED, GateReason("disabled"), gate.on_fail))
        elif gate.kind == "attestation":
            answer = attestations.get(gate.code)
            if answer is None:
                results.append(GateResult(gate.code, GateStatus.NOT_ASSESSED, GateReason("not_attested"), gate.on_fail))
            elif answer:
                results.append(GateResult(gate.code, GateStatus.PASSED, GateReason("attested"), gate.on_fail))
            else:
                refused = GateReason("attestation_refused")
                results.append(GateResult(gate.code, GateStatus.FAILED, refused, gate.on_fail))
        else:
            status, reason = _GATE_RULES[gate.code](request, catalogue, ctx)
            results.append(GateResult(gate.code, status, reason, gate.on_fail))
    return results
