"""A gate's reason as a reader of the minutes or the terminal needs it, in words.

The core states a reason in data terms and names a missing column as the import file spells it
(``missing evidence: vacancy_advertised_days``); people read "not given: days the vacancy was advertised".
"""

from __future__ import annotations

import re

# The request fields and rule names a reason can name, in words (the column names are for files).
WORDS = {
    "vacancy_advertised_days": "days the vacancy was advertised",
    "firm_employees": "the firm's employees",
    "firm_foreign_employees": "the firm's foreign employees",
    "labour_dispute": "labour dispute",
    "layoffs_last_12m": "layoffs in the last 12 months",
    "compliance_violations_3y": "violations in the last 3 years",
    "fees_charged_to_workers": "fees charged to workers",
    "housing_provided": "housing provided",
    "housing_inspected": "housing inspected",
    "local_applicants": "local applicants",
    "qualified_majority": "qualified majority",
    "group_majority": "group majority",
    "group_weighted": "group-weighted vote",
}
_SNAKE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")


def gate_reason(reason: str) -> str:
    """A gate's reason with the names it holds in words; a name this table does not know loses its underscores.

    Args:
        reason: the reason as the core states it.

    Returns:
        The reason for a reader: "missing evidence: x_y" becomes "not given: x y" (the gate's result already
        says the evidence is missing).
    """
    if reason.startswith("missing evidence: "):
        reason = "not given: " + reason.removeprefix("missing evidence: ")
    return _SNAKE.sub(lambda m: WORDS.get(m[0], m[0].replace("_", " ")), reason)
