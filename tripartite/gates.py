"""The gates of DESIGN §3: the board's context, each gate's rule and verdict, :func:`evaluate_gates`.

A gate passes, fails (with the outcome the catalogue gives it), lacks evidence, or is not assessed
(an unanswered attestation, a disabled gate). Each verdict carries its reason in data terms; the
faces word the status. :func:`reliance` is here because G9 is its first reader; the technical score
(I4, in :mod:`tripartite.assessment`) reads it too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
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


@dataclass(frozen=True)
class GateResult:
    """One gate's verdict, with its reason in data terms (e.g. ``wage 1,850 < prevailing 2,100``)."""

    code: str
    status: GateStatus
    reason: str
    on_fail: Outcome


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


def _gate_g1(req: Request, cat: Catalogue, ctx: BoardContext) -> tuple[GateStatus, str]:
    """G1 wage floor: wage_offered ≥ prevailing_wage, and ≥ the statutory minimum (DESIGN §3)."""
    wage, prevailing = req["wage_offered"], req["prevailing_wage"]
    if wage < prevailing:
        return GateStatus.FAILED, f"wage {_num(wage)} < prevailing {_num(prevailing)}"
    minimum = ctx.statutory_minimum_wage
    same_currency = ctx.currency is None or req.get("currency") in (None, ctx.currency)
    if minimum is not None and same_currency and wage < minimum:
        return GateStatus.FAILED, f"wage {_num(wage)} < statutory minimum {_num(minimum)}"
    return GateStatus.PASSED, f"wage {_num(wage)} ≥ prevailing {_num(prevailing)}"


def _flag_gate(field_name: str, label: str) -> Callable[[Request, Catalogue, BoardContext], tuple[GateStatus, str]]:
    def rule(req: Request, cat: Catalogue, ctx: BoardContext) -> tuple[GateStatus, str]:
        value = req[field_name]
        if value is None:
            return GateStatus.UNKNOWN, f"missing evidence: {field_name}"
        if value:
            return GateStatus.FAILED, f"{label} reported"
        return GateStatus.PASSED, f"no {label}"

    rule.__doc__ = f"A yes/no gate on {field_name}: yes fails, no passes, empty is missing evidence (DESIGN §3)."
    return rule


def _zero_gate(field_name: str, label: str) -> Callable[[Request, Catalogue, BoardContext], tuple[GateStatus, str]]:
    def rule(req: Request, cat: Catalogue, ctx: BoardContext) -> tuple[GateStatus, str]:
        value = req[field_name]
        if value is None:
            return GateStatus.UNKNOWN, f"missing evidence: {field_name}"
        if value > 0:
            return GateStatus.FAILED, f"{label} {_num(value)} > 0"
        return GateStatus.PASSED, f"{label} 0"

    rule.__doc__ = f"A count gate: {field_name} must be 0; empty is missing evidence (DESIGN §3)."
    return rule


def _gate_g3(req: Request, cat: Catalogue, ctx: BoardContext) -> tuple[GateStatus, str]:
    """G3 labour-market test: on the shortage list, or advertised ≥ the required days (DESIGN §3, §8.4)."""
    if req["occupation_isco"] in ctx.shortage_list:
        return GateStatus.PASSED, f"occupation {req['occupation_isco']} on the shortage list"
    days = req["vacancy_advertised_days"]
    if days is None:
        return GateStatus.UNKNOWN, "missing evidence: vacancy_advertised_days (occupation not on the shortage list)"
    if days >= cat.advertised_days:
        return GateStatus.PASSED, f"advertised {days} days ≥ {cat.advertised_days}"
    return GateStatus.FAILED, f"advertised {days} days < {cat.advertised_days}, occupation not on the shortage list"


def _gate_g9(req: Request, cat: Catalogue, ctx: BoardContext) -> tuple[GateStatus, str]:
    """G9 reliance cap: (firm_foreign + N) / (firm_employees + N) ≤ cap (DESIGN §3).

    With the workforce known but not its foreign share, the gate still fails when even a firm with no
    foreign employee would exceed the cap (DESIGN §8.4: decided when the known fields decide it).
    """
    cap = ctx.reliance_cap if ctx.reliance_cap is not None else cat.gate("G9").cap or 0.10
    share = reliance(req)
    if share is None:
        floor = reliance_floor(req)
        if floor is not None and floor > cap:
            return GateStatus.FAILED, f"share at least {_ratio(floor)} > cap {_ratio(cap)}"
        return GateStatus.UNKNOWN, "missing evidence: firm_employees, firm_foreign_employees"
    if share > cap:
        return GateStatus.FAILED, f"foreign share {_ratio(share)} > cap {_ratio(cap)}"
    return GateStatus.PASSED, f"foreign share {_ratio(share)} ≤ cap {_ratio(cap)}"


_GATE_RULES: dict[str, Callable[[Request, Catalogue, BoardContext], tuple[GateStatus, str]]] = {
    "G1": _gate_g1,
    "G2": _flag_gate("labour_dispute", "labour dispute"),
    "G3": _gate_g3,
    "G4": _zero_gate("layoffs_last_12m", "layoffs"),
    "G5": _zero_gate("compliance_violations_3y", "violations"),
    "G8": _zero_gate("fees_charged_to_workers", "fees charged to workers"),
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
            results.append(GateResult(gate.code, GateStatus.NOT_ASSESSED, "disabled", gate.on_fail))
        elif gate.kind == "attestation":
            answer = attestations.get(gate.code)
            if answer is None:
                results.append(GateResult(gate.code, GateStatus.NOT_ASSESSED, "not yet attested", gate.on_fail))
            elif answer:
                results.append(GateResult(gate.code, GateStatus.PASSED, "attested by the board", gate.on_fail))
            else:
                results.append(GateResult(gate.code, GateStatus.FAILED, "attestation refused", gate.on_fail))
        else:
            status, reason = _GATE_RULES[gate.code](request, catalogue, ctx)
            results.append(GateResult(gate.code, status, reason, gate.on_fail))
    return results
