"""The refusals of the meeting lifecycle: procedure (wrong state, member or authority), sealed ballots, minutes."""

from __future__ import annotations

from tripartite.errors import KnownError


class ProcedureError(KnownError):
    """An action the rules of procedure do not allow now (wrong state, wrong member, missing authority).

    Attributes:
        code: a stable machine-readable reason.
    """

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


class Sealed(ProcedureError):
    """A ballot's content was asked for before the reveal (or ever, in secret-ballot mode)."""

    def __init__(self, motion_id: int):
        super().__init__("sealed", f"the ballots of motion {motion_id} are sealed until the reveal")


class MinutesError(KnownError):
    """The minutes cannot be built or changed now (wrong meeting state, locked meeting, unknown meeting)."""
