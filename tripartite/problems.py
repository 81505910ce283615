"""English templates for the problem codes that importers and file loaders report.

The core identifies a problem by a stable code with parameters; these templates turn it into a
sentence for the command line. The desktop app looks the same template up in its translator.
"""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    # files
    "file_not_found": "file not found",
    "file_unreadable": "cannot read the file: {reason}",
    "unsupported_type": "unsupported file type; use .csv or .xlsx",
    "not_utf8": "the file is not UTF-8: line {line} cannot be decoded; save it as 'CSV UTF-8'",
    "empty_file": "the file is empty",
    "header_only": "the file has a header but no requests",
    "bad_csv": "the CSV cannot be read: {reason}",
    "bad_xlsx": "the spreadsheet cannot be read: {reason}",
    "bad_toml": "the TOML cannot be read: {reason}",
    # columns
    "missing_column": "required column is missing",
    "duplicate_column": "column appears twice in the header",
    "unknown_column": "unknown column, ignored",
    "field_count": "the row has {found} fields but the header has {expected}",
    # values
    "required": "a value is required",
    "not_integer": "not a whole number",
    "not_decimal": "not a number (use a dot as the decimal point, no thousands separator)",
    "not_boolean": "not a yes/no value (true/false, yes/no, 1/0, sí/no, oui/non)",
    "not_date": "not a date in ISO 8601 form (YYYY-MM-DD)",
    "too_small": "must be at least {min}",
    "too_large": "must be at most {max}",
    "not_positive": "must be greater than 0",
    "bad_isco": "not an ISCO-08 unit group (a 4-digit code that exists)",
    "bad_isic": "not an ISIC Rev.4 section letter (A-U) or 2-digit division",
    "bad_currency": "not an ISO 4217 currency code",
    "bad_country": "not an ISO 3166-1 alpha-2 country code",
    "bad_integration_item": "unknown integration support item; use {allowed}",
    "control_character": "holds the control character {char}: {rule}",
    "bad_number": "not a usable number (NaN, infinity, an empty number cell, or out of range)",
    "cell_error": "the cell holds a spreadsheet error, not a value",
    "foreign_exceeds_employees": "foreign employees ({foreign}) exceed employees ({employees})",
    "duplicate_in_file": "reference already used on row {first_row}",
    "duplicate_in_database": "reference already in the database",
    # board and meeting files
    "unknown_key": "unknown key",
    "missing_key": "required key is missing",
    "wrong_type": "must be {expected}",
    "bad_choice": "must be one of: {allowed}",
    "duplicate_id": "id already used by another member",
    "unknown_member": "no member with this id",
    "bad_fraction": 'not a fraction between 0 and 1 (e.g. "2/3")',
    "no_chair": "the board needs exactly one active chair (found {found})",
    "rule_conflict": "{reason}",
    # meeting files
    "unknown_request": "no request with this reference in the database",
    "request_state": "the request is {status}, not pending",
    "not_entitled": "this member may not vote, score or dissent on the item: {why}",
    "after_adopted": "a motion after an adopted one (motion {adopted} already decided the item)",
    "duplicate_item": "this request is already an item of the meeting",
    "workers_range": "workers must be a whole number from {low} to the {max} requested",
    "unknown_criterion": "no criterion with this code in the catalogue",
    "bad_points": "points must be 0, 10 or 20",
}


def render(code: str, params: dict[str, object] | None = None) -> str:
    """The English sentence for a problem code.

    Args:
        code: a key of :data:`TEMPLATES`.
        params: values for the template's placeholders.

    Returns:
        The sentence; an unknown code renders as itself so nothing is ever hidden.
    """
    template = TEMPLATES.get(code, code)
    try:
        return template.format(**(params or {}))
    except (KeyError, IndexError):
        return template
