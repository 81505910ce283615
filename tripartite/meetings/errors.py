"""The refusals of the meeting lifecycle: procedure (wrong state, member or authority), sealed ballots, minutes.

Each is a :class:`~tripartite.errors.Refusal`: a code of :data:`tripartite.refusals.REFUSALS` and its
parameters, which the faces put in words.
"""

from __future__ import annotations

from tripartite.errors import Refusal


class ProcedureError(Refusal):
    """An action the rules of procedure do not allow now (wrong state, wrong member, missing authority)."""


class Sealed(ProcedureError):
    """A ballot's content was asked for before the reveal, or ever in secret-ballot mode (code ``sealed``)."""


class MinutesError(Refusal):
    """The minutes cannot be built or changed now (wrong meeting state, locked meeting, unknown meeting)."""
