"""The criteria catalogue's model: its families, gates and weighted criteria, and a catalogue of them (DESIGN §3).

A catalogue comes from TOML, validated, and goes back to it (:mod:`tripartite.criteria_toml`); its version
is the SHA-256 of its validated content, so a meeting can record exactly which catalogue it used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from tripartite.models import ConditionKind, Constituency, Outcome


class Family(StrEnum):
    """The three families of criteria, one per question the board asks."""

    PRODUCTIVITY = "productivity"
    INCOME_DISTRIBUTION = "income_distribution"
    SOCIAL_INTEGRATION = "social_integration"


# Gates and criteria the engine can compute from a dossier (tripartite.assessment has one rule each).
AUTO_GATES = frozenset({"G1", "G2", "G3", "G4", "G5", "G8", "G9"})
AUTO_CRITERIA = frozenset({"P1", "P3", "P4", "I1", "I3", "I4", "S1", "S2"})
# Threshold keys each automatic criterion needs, and whether its bands go down (>=) or up (<=).
BANDS_DESCENDING = {"P3": True, "P4": True, "I1": True, "I4": False, "S1": True}


@dataclass(frozen=True)
class Gate:
    """A non-compensatory compliance gate.

    Attributes:
        code: ``G1``…``G9``.
        label: short name.
        description: what the gate checks, in plain words.
        kind: ``auto`` (from the dossier) or ``attestation`` (answered by members).
        fields: dossier fields it reads.
        on_fail: the recommended outcome when it fails (reject or defer).
        enabled: whether it applies (G9 is optional).
        cap: the reliance cap (G9 only).
    """

    code: str
    label: str
    description: str
    kind: str
    on_fail: Outcome
    fields: tuple[str, ...] = ()
    enabled: bool = True
    cap: float | None = None


@dataclass(frozen=True)
class Criterion:
    """A weighted criterion scored 0/10/20.

    Attributes:
        code: ``P1``…``S6``.
        family: the family it belongs to.
        weight: its weight (all weights sum to 100).
        label: short name.
        description: how points are earned.
        auto: whether the tool computes a technical score for it.
        fields: dossier fields it reads (auto criteria).
        bands: the two thresholds of a banded rule (upper band first).
        channels: recruitment channels needed for 20 points (I3).
        short_days: advertising days that earn 10 points (I3).
        suggests: the condition proposed when the criterion is weak.
    """

    code: str
    family: Family
    weight: float
    label: str
    description: str
    auto: bool = False
    fields: tuple[str, ...] = ()
    bands: tuple[float, float] | None = None
    channels: int | None = None
    short_days: int | None = None
    suggests: ConditionKind | None = None


@dataclass(frozen=True)
class Catalogue:
    """A validated catalogue.

    Attributes:
        name: its title.
        pass_mark: score at or above which the band is approve.
        conditional_mark: score at or above which (below the pass mark) the band is approve with conditions.
        advertised_days: the labour-market test's advertising period.
        gates: the gates, in order.
        criteria: the criteria, in order.
        profiles: optional family-weight profiles per constituency.
        version: SHA-256 of the validated content.
    """

    name: str
    pass_mark: float
    conditional_mark: float
    advertised_days: int
    gates: tuple[Gate, ...]
    criteria: tuple[Criterion, ...]
    profiles: dict[Constituency, dict[Family, float]] = field(default_factory=dict)
    version: str = ""

    @property
    def weights(self) -> dict[str, float]:
        """Criterion code → weight."""
        return {c.code: c.weight for c in self.criteria}

    def criterion(self, code: str) -> Criterion:
        """The criterion with this code (KeyError if none)."""
        for criterion in self.criteria:
            if criterion.code == code:
                return criterion
        raise KeyError(code)

    def gate(self, code: str) -> Gate:
        """The gate with this code (KeyError if none)."""
        for gate in self.gates:
            if gate.code == code:
                return gate
        raise KeyError(code)

    def family_weights(self) -> dict[Family, float]:
        """Each family's total weight."""
        totals = dict.fromkeys(Family, 0.0)
        for criterion in self.criteria:
            totals[criterion.family] += criterion.weight
        return totals
