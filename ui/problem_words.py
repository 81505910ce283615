"""The app's words for the problems importers and file loaders report: one template per code.

The core names a problem by a code with parameters (:mod:`tripartite.problems`, whose English templates the
command line prints). The app words the same codes here, marked for lupdate (style.md D16), so they are
translated; a test keeps the two tables' codes and placeholders the same. A parameter that is a code is
worded too; the few that are English phrases from a file's parser (``expected``, ``reason``) are not.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tripartite.errors import Problem
from tripartite.ui import labels

PROBLEMS: dict[str, str] = {
    "file_not_found": QT_TRANSLATE_NOOP("Problems", "file not found"),
    "file_unreadable": QT_TRANSLATE_NOOP("Problems", "cannot read the file: {reason}"),
    "unsupported_type": QT_TRANSLATE_NOOP("Problems", "unsupported file type; use .csv or .xlsx"),
    "not_utf8": QT_TRANSLATE_NOOP(
        "Problems", "the file is not UTF-8: line {line} cannot be decoded; save it as 'CSV UTF-8'"
    ),
    "empty_file": QT_TRANSLATE_NOOP("Problems", "the file is empty"),
    "header_only": QT_TRANSLATE_NOOP("Problems", "the file has a header but no requests"),
    "bad_csv": QT_TRANSLATE_NOOP("Problems", "the CSV cannot be read: {reason}"),
    "bad_xlsx": QT_TRANSLATE_NOOP("Problems", "the spreadsheet cannot be read: {reason}"),
    "bad_toml": QT_TRANSLATE_NOOP("Problems", "the TOML cannot be read: {reason}"),
    "missing_column": QT_TRANSLATE_NOOP("Problems", "required column is missing"),
    "duplicate_column": QT_TRANSLATE_NOOP("Problems", "column appears twice in the header"),
    "unknown_column": QT_TRANSLATE_NOOP("Problems", "unknown column, ignored"),
    "field_count": QT_TRANSLATE_NOOP("Problems", "the row has {found} fields but the header has {expected}"),
    "required": QT_TRANSLATE_NOOP("Problems", "a value is required"),
    "not_integer": QT_TRANSLATE_NOOP("Problems", "not a whole number"),
    "not_decimal": QT_TRANSLATE_NOOP(
        "Problems", "not a number (use a dot as the decimal point, no thousands separator)"
    ),
    "not_boolean": QT_TRANSLATE_NOOP("Problems", "not a yes/no value (true/false, yes/no, 1/0, sí/no, oui/non)"),
    "not_date": QT_TRANSLATE_NOOP("Problems", "not a date in ISO 8601 form (YYYY-MM-DD)"),
    "too_small": QT_TRANSLATE_NOOP("Problems", "must be at least {min}"),
    "too_large": QT_TRANSLATE_NOOP("Problems", "must be at most {max}"),
    "not_positive": QT_TRANSLATE_NOOP("Problems", "must be greater than 0"),
    "bad_isco": QT_TRANSLATE_NOOP("Problems", "not an ISCO-08 unit group (a 4-digit code that exists)"),
    "bad_isic": QT_TRANSLATE_NOOP("Problems", "not an ISIC Rev.4 section letter (A-U) or 2-digit division"),
    "bad_currency": QT_TRANSLATE_NOOP("Problems", "not an ISO 4217 currency code"),
    "bad_country": QT_TRANSLATE_NOOP("Problems", "not an ISO 3166-1 alpha-2 country code"),
    "bad_integration_item": QT_TRANSLATE_NOOP("Problems", "unknown integration support item; use {allowed}"),
    "control_character": QT_TRANSLATE_NOOP("Problems", "holds the control character {char}: {rule}"),
    "bad_number": QT_TRANSLATE_NOOP(
        "Problems", "not a usable number (NaN, infinity, an empty number cell, or out of range)"
    ),
    "cell_error": QT_TRANSLATE_NOOP("Problems", "the cell holds a spreadsheet error, not a value"),
    "foreign_exceeds_employees": QT_TRANSLATE_NOOP(
        "Problems", "foreign employees ({foreign}) exceed employees ({employees})"
    ),
    "duplicate_in_file": QT_TRANSLATE_NOOP("Problems", "reference already used on row {first_row}"),
    "duplicate_in_database": QT_TRANSLATE_NOOP("Problems", "reference already in the database"),
    "unknown_key": QT_TRANSLATE_NOOP("Problems", "unknown key"),
    "missing_key": QT_TRANSLATE_NOOP("Problems", "required key is missing"),
    "wrong_type": QT_TRANSLATE_NOOP("Problems", "must be {expected}"),
    "bad_choice": QT_TRANSLATE_NOOP("Problems", "must be one of: {allowed}"),
    "duplicate_id": QT_TRANSLATE_NOOP("Problems", "id already used by another member"),
    "unknown_member": QT_TRANSLATE_NOOP("Problems", "no member with this id"),
    "bad_fraction": QT_TRANSLATE_NOOP("Problems", 'not a fraction between 0 and 1 (e.g. "2/3")'),
    "no_chair": QT_TRANSLATE_NOOP("Problems", "the board needs exactly one active chair (found {found})"),
    "rule_conflict": QT_TRANSLATE_NOOP("Problems", "{reason}"),
    "unknown_request": QT_TRANSLATE_NOOP("Problems", "no request with this reference in the database"),
    "request_state": QT_TRANSLATE_NOOP("Problems", "the request is {status}, not pending"),
    "not_entitled": QT_TRANSLATE_NOOP("Problems", "this member may not vote, score or dissent on the item: {why}"),
    "after_adopted": QT_TRANSLATE_NOOP(
        "Problems", "a motion after an adopted one (motion {adopted} already decided the item)"
    ),
    "duplicate_item": QT_TRANSLATE_NOOP("Problems", "this request is already an item of the meeting"),
    "workers_range": QT_TRANSLATE_NOOP("Problems", "workers must be a whole number from {low} to the {max} requested"),
    "unknown_criterion": QT_TRANSLATE_NOOP("Problems", "no criterion with this code in the catalogue"),
    "bad_points": QT_TRANSLATE_NOOP("Problems", "points must be 0, 10 or 20"),
}


def problem_message(problem: Problem) -> str:
    """The problem's sentence in the app's language (a code without words shows the core's English)."""
    template = PROBLEMS.get(problem.code)
    if template is None:
        return problem.message()
    params = dict(problem.params)
    if isinstance(params.get("status"), str):  # a request's status code, worded like the register's column
        params["status"] = labels.request_status(params["status"])
    try:
        return QCoreApplication.translate("Problems", template).format(**params)
    except (KeyError, IndexError, ValueError):
        return problem.message()
