"""The assessment on the command line: ``assess`` (one request, as text or JSON) and ``criteria``.

:func:`assessment_json` is the ``assess --json`` object of DESIGN §8.4; ``criteria`` prints the
catalogue in force or writes an editable copy of it.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from tripartite.cli_common import EXIT_OK
from tripartite.errors import KnownError


def cmd_assess(args: argparse.Namespace) -> int:
    """``assess REF --db DB [--json]``: gates, technical score per criterion and recommendation."""
    from tripartite import store
    from tripartite.assessment import assess
    from tripartite.board import read_board
    from tripartite.criteria_toml import for_board
    from tripartite.gates import BoardContext

    if not args.db.is_file():
        raise KnownError(f"{args.db}: no such database")
    with store.opened(args.db) as db:
        rows = list(db.query("SELECT * FROM requests WHERE reference = ?", [args.reference]))
        if not rows:
            raise KnownError(f"{args.db}: no request with reference {args.reference}")
        config = read_board(db)
        catalogue = for_board(db)
    result = assess(rows[0], catalogue, BoardContext.of(config))
    if args.json:
        print(json.dumps(assessment_json(result), ensure_ascii=False, indent=2))
    else:
        from tripartite.cli_text import assessment_report

        print(assessment_report(rows[0], result, catalogue))
    return EXIT_OK


def assessment_json(result: Any) -> dict[str, Any]:
    """The ``assess --json`` object (DESIGN §8.4), plus the sensitivity figures."""
    from tripartite.assessment import rounded

    rec = result.recommendation
    out: dict[str, Any] = {
        "reference": result.reference,
        "gates": [{"code": g.code, "status": g.status.value, "reason": g.reason} for g in result.gates],
        "gates_failed": result.gates_failed,
        "gates_unknown": result.gates_unknown,
        "criteria": result.technical_points,
        "technical_score": rounded(result.technical_score),
        "recommendation": {
            "outcome": rec.outcome.value,
            "conditions": [c.value for c in rec.conditions],
            "reason": rec.reason,
        },
    }
    sens = result.sensitivity
    if sens is not None:
        out["sensitivity"] = {
            "robust": sens.robust,
            "fragile_on": sens.fragile_on,
            "family_moves": [
                {"family": m.family.value, "delta": m.delta, "score": rounded(m.score), "band": m.band.value}
                for m in sens.family_moves
            ],
            "critical_weight": None
            if sens.critical is None
            else {
                "criterion": sens.critical.criterion,
                "delta": sens.critical.delta,
                "score": rounded(sens.critical.score),
            },
        }
    return out


def cmd_criteria(args: argparse.Namespace) -> int:
    """``criteria [--db DB] [--json] [--out FILE.toml]``: print the catalogue in force, or write a copy."""
    from tripartite import criteria_toml, store

    if args.db is not None:
        if not args.db.is_file():
            raise KnownError(f"{args.db}: no such database")
        with store.opened(args.db) as db:
            catalogue = criteria_toml.for_board(db)
            stored = db.execute(
                "SELECT toml FROM criteria_catalogues WHERE version = ?", [catalogue.version]
            ).fetchone()
        text = stored[0] if stored else criteria_toml.default_text()
    else:
        catalogue, text = criteria_toml.load_catalogue(), criteria_toml.default_text()
    if args.out is not None:
        if args.out.exists():
            raise KnownError(f"{args.out}: already exists; choose another name")
        args.out.write_text(text, encoding="utf-8")
        print(f'wrote {args.out}; edit it, then set criteria = "{args.out.name}" in board.toml')
        return EXIT_OK
    if args.json:
        from dataclasses import asdict

        print(json.dumps(asdict(catalogue), ensure_ascii=False, indent=2))
    else:
        from tripartite.cli_text import catalogue_report

        print(catalogue_report(catalogue))
    return EXIT_OK
