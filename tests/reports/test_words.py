"""The PDF face's vocabulary (reports/words.py): every enum value and every reason code has its words."""

from __future__ import annotations

from enum import StrEnum

import pytest

from tripartite.criteria import Family
from tripartite.gates import GateStatus
from tripartite.models import Authority, Constituency, DecisionRule, Outcome, Role, Vote
from tripartite.reports import keys, verify, words

TABLES: list[tuple[dict, type[StrEnum]]] = [
    (words.CONSTITUENCY, Constituency),
    (words.MEMBERS_OF, Constituency),
    (words.FAMILY, Family),
    (words.FAMILY_SHORT, Family),
    (words.RULE, DecisionRule),
    (words.PROPOSAL, Outcome),
    (words.RESOLVED[Authority.DECIDES], Outcome),
    (words.RESOLVED[Authority.ADVISES], Outcome),
    (words.RESOLVED, Authority),
    (words.RESOLUTION, Authority),
    (words.GATE_STATUS, GateStatus),
    (words.VOTE, Vote),
    (words.ROLE, Role),
]


@pytest.mark.parametrize(("table", "enum"), TABLES)
def test_every_enum_value_has_its_words(table: dict, enum: type[StrEnum]) -> None:
    assert {str(v) for v in enum} <= {str(k) for k in table}, enum
    assert all(isinstance(text, (str, dict)) and text for text in table.values())


def test_every_signatory_role_and_reason_code_has_its_words() -> None:
    assert set(words.ROLE_LABELS) == set(keys.SIGNATORY_ROLES)
    assert set(verify.FILE_REASONS) == set(words.FILE_REASON)
    assert set(verify.SIGNATURE_REASONS) == {code.split(".")[0] for code in words.SIGNATURE_REASON}
