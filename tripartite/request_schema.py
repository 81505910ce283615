"""The request import schema (DESIGN §8.2): one place that the importer, the exporter and the UI read.

Two limits the design leaves implicit are set here, so an absurd value is refused with its place
instead of overflowing SQLite's 64-bit integers or being stored as infinity:

- every count is at most :data:`MAX_COUNT` (a thousand million; no firm, request or vacancy comes near);
- every amount (wages, fees) is at most :data:`MAX_AMOUNT` (a million million a month, above the
  nominal monthly wages of every current currency, the rial and the dong included).

Text columns hold no control characters. A one-line text holds none at all; ``notes`` may hold line
breaks and tabs (``multiline``). See :mod:`tripartite.importer`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MAX_COUNT = 1_000_000_000
MAX_AMOUNT = 1_000_000_000_000
# A text starting with one of these is a formula to a spreadsheet (OWASP "CSV injection"): export
# writes it behind an apostrophe, and import strips exactly that apostrophe again.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


class Kind(StrEnum):
    """How a column's text is checked and stored."""

    TEXT = "text"
    INT = "int"
    DECIMAL = "decimal"
    BOOL = "bool"
    DATE = "date"
    ISCO = "isco"
    ISIC = "isic"
    CURRENCY = "currency"
    COUNTRIES = "countries"
    INTEGRATION = "integration"


@dataclass(frozen=True)
class Column:
    """One column of the import schema.

    Attributes:
        name: the header name (matched case-insensitively, trimmed).
        kind: how the value is checked.
        required: whether the column and a value in every row are required.
        min: the smallest allowed value (numbers).
        max: the largest allowed value (numbers).
        positive: the value must be greater than 0 (decimals).
        multiline: a text that may hold line breaks and tabs (the only control characters any text holds).
    """

    name: str
    kind: Kind
    required: bool = False
    min: int | None = None
    max: int | None = None
    positive: bool = False
    multiline: bool = False


def _count(name: str) -> Column:
    return Column(name, Kind.INT, min=0, max=MAX_COUNT)


def _amount(name: str, *, required: bool = False, positive: bool = False, low: int | None = None) -> Column:
    return Column(name, Kind.DECIMAL, required=required, min=low, max=MAX_AMOUNT, positive=positive)


COLUMNS: tuple[Column, ...] = (
    Column("reference", Kind.TEXT, required=True),
    Column("employer_name", Kind.TEXT, required=True),
    Column("employer_id", Kind.TEXT),
    Column("sector_isic", Kind.ISIC, required=True),
    Column("occupation_isco", Kind.ISCO, required=True),
    Column("job_title", Kind.TEXT),
    Column("region", Kind.TEXT, required=True),
    Column("workers_requested", Kind.INT, required=True, min=1, max=MAX_COUNT),
    Column("duration_months", Kind.INT, required=True, min=1, max=60),
    _amount("wage_offered", required=True, positive=True),
    _amount("prevailing_wage", required=True, positive=True),
    Column("currency", Kind.CURRENCY, required=True),
    Column("origin_countries", Kind.COUNTRIES),
    _count("vacancy_advertised_days"),
    _count("recruitment_channels"),
    _count("local_applicants"),
    _count("local_hired"),
    _count("local_jobs_created"),
    _count("local_trainees"),
    _count("layoffs_last_12m"),
    _count("compliance_violations_3y"),
    Column("labour_dispute", Kind.BOOL),
    Column("housing_provided", Kind.BOOL),
    Column("housing_inspected", Kind.BOOL),
    _amount("fees_charged_to_workers", low=0),
    Column("integration_support", Kind.INTEGRATION),
    _count("firm_employees"),
    _count("firm_foreign_employees"),
    Column("submitted_on", Kind.DATE),
    Column("notes", Kind.TEXT, multiline=True),
)

BY_NAME: dict[str, Column] = {c.name: c for c in COLUMNS}
NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
