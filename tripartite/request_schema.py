"""The request import schema (DESIGN §8.2): one place that the importer, the exporter and the UI read."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
    """

    name: str
    kind: Kind
    required: bool = False
    min: int | None = None
    max: int | None = None
    positive: bool = False


def _count(name: str) -> Column:
    return Column(name, Kind.INT, min=0)


COLUMNS: tuple[Column, ...] = (
    Column("reference", Kind.TEXT, required=True),
    Column("employer_name", Kind.TEXT, required=True),
    Column("employer_id", Kind.TEXT),
    Column("sector_isic", Kind.ISIC, required=True),
    Column("occupation_isco", Kind.ISCO, required=True),
    Column("job_title", Kind.TEXT),
    Column("region", Kind.TEXT, required=True),
    Column("workers_requested", Kind.INT, required=True, min=1),
    Column("duration_months", Kind.INT, required=True, min=1, max=60),
    Column("wage_offered", Kind.DECIMAL, required=True, positive=True),
    Column("prevailing_wage", Kind.DECIMAL, required=True, positive=True),
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
    Column("fees_charged_to_workers", Kind.DECIMAL, min=0),
    Column("integration_support", Kind.INTEGRATION),
    _count("firm_employees"),
    _count("firm_foreign_employees"),
    Column("submitted_on", Kind.DATE),
    Column("notes", Kind.TEXT),
)

BY_NAME: dict[str, Column] = {c.name: c for c in COLUMNS}
NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
