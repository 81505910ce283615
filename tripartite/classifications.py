"""Reference classifications shipped in ``data/classifications`` (ISCO-08, ISIC Rev.4) and ISO codes.

Codes are read as text: ``0110`` must not become ``110``.
"""

from __future__ import annotations

import csv
import functools
from importlib.resources import files


def _rows(name: str) -> list[dict[str, str]]:
    text = files("tripartite.data").joinpath("classifications", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@functools.cache
def isco_titles() -> dict[str, str]:
    """ISCO-08 unit groups (4-digit codes, level 4) and their titles."""
    return {r["code"]: r["title"] for r in _rows("isco08.csv") if r["level"] == "4"}


@functools.cache
def isic_titles() -> dict[str, str]:
    """ISIC Rev.4 sections (letters) and divisions (2 digits), with their titles."""
    return {r["code"]: r["title"] for r in _rows("isic4.csv")}


_NOT_WAGE_CURRENCIES = frozenset(
    {"XXX", "XTS", "XAU", "XAG", "XPD", "XPT", "XDR", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA"}
)


@functools.cache
def currency_codes() -> frozenset[str]:
    """ISO 4217 alphabetic currency codes that can pay a wage (from pycountry).

    Precious metals, SDRs, bond units, the testing code and "no currency" (XXX) are ISO codes but
    never a wage's currency, so a file that uses them is wrong.
    """
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies) - _NOT_WAGE_CURRENCIES


@functools.cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 country codes (from pycountry)."""
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries)
