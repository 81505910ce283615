"""B4: minutes of a 50-item meeting with charts; then 5 signatures; then verify (targets ≤ 2 s; ≤ 1 s; ≤ 0.3 s).

Baseline in the same run: a plain reportlab document with the same number of pages, one table per page.
Times are medians of a few runs after a warm-up (the first run pays for imports and font loading).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

from tripartite import languages, store
from tripartite.authority import operator
from tripartite.board import init_board, load_board
from tripartite.importer import import_requests
from tripartite.meetings import recording
from tripartite.meetings.minutes import build_minutes
from tripartite.reports import fonts, keys, signing, verify
from tripartite.reports.minutes_pdf import render_minutes

try:
    from bench.gen import write_csv
except ImportError:  # run as a script from bench/
    from gen import write_csv  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
ITEMS = 50
ROLES = ("chair", "secretary", "government", "employer", "union")
VOTERS = ("gov1", "gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2")
SCORERS = ("gov1", "emp1", "uni1", "uni2")
CRITERIA = ("P1", "P2", "P3", "I1", "I2", "S1", "S2", "S3")
PASSPHRASE = "benchmark passphrase"


def meeting_toml(references: list[str], seed: int = 4) -> str:
    """A held meeting with one item per request: scores, a motion with named votes, some conditions and dissents."""
    rng = random.Random(seed)
    lines = [
        "[meeting]",
        'title = "Benchmark session 50/2026"',
        'date = "2026-11-20"',
        'place = "Ministry of Labour, room 3"',
        'present = ["gov1", "gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2", "sec1"]',
        'apologies = ["uni3"]',
    ]
    for index, reference in enumerate(references):
        lines += ["", "[[item]]", f'request = "{reference}"', "attest = { G6 = true, G7 = true }"]
        for member in SCORERS:
            points = ", ".join(f"{c} = {rng.choice((0, 10, 20))}" for c in CRITERIA)
            lines.append(f"scores.{member} = {{ {points} }}")
        lines += ["", "[[item.motion]]"]
        if index % 3 == 0:
            lines += [
                'outcome = "approve_with_conditions"',
                "workers = 1",
                'conditions = [{ kind = "training", locals = 1, hours = 20, due = "2027-06-30" }, '
                '{ kind = "reporting", frequency = "quarterly" }]',
            ]
        else:
            lines.append(f'outcome = "{rng.choice(("approve", "reject", "defer"))}"')
        votes = ", ".join(f'{m} = "{rng.choice(("for", "for", "for", "against", "abstain"))}"' for m in VOTERS)
        lines.append(f"votes = {{ {votes} }}")
        lines.append('comments = { uni1 = "The conditions should be monitored every quarter by the inspectorate." }')
    return "\n".join(lines) + "\n"


def prepare(workdir: Path) -> tuple[Path, int]:
    """A database with the sample board, 50 generated requests and a recorded 50-item meeting."""
    db_path = workdir / "b4.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    csv_path = write_csv(workdir / "b4-requests.csv", ITEMS)
    references = [f"BENCH-{i:07d}" for i in range(ITEMS)]
    meeting_path = workdir / "b4-meeting.toml"
    meeting_path.write_text(meeting_toml(references), encoding="utf-8")
    db = store.open_db(db_path)
    init_board(db, load_board(ROOT / "data" / "sample" / "board.toml"))
    import_requests(db, csv_path, auth=operator(db))
    meeting_id = int(recording.record_meeting(db, meeting_path, auth=operator(db))["meeting_id"])
    db.close()
    return db_path, meeting_id


def baseline(pages: int) -> float:
    """A plain reportlab document: the same number of pages, one 30-row table per page, DejaVu Sans."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

    fonts.register_fonts()
    start = time.perf_counter()
    story = []
    for page in range(pages):
        rows = [["Item", "Request", "Employer", "Outcome", "Workers"]]
        rows += [
            [str(r), f"REQ-{page:03d}-{r:03d}", "Agrícola Hermanos Núñez S.L.", "approved", "3 / 4"] for r in range(30)
        ]
        table = Table(rows, colWidths=[15 * mm, 35 * mm, 70 * mm, 30 * mm, 20 * mm], repeatRows=1)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.BODY, 8), ("GRID", (0, 0), (-1, -1), 0.4, "grey")]))
        story += [table, PageBreak()]
    SimpleDocTemplate(io.BytesIO(), pagesize=A4, invariant=1).build(story[:-1])
    return time.perf_counter() - start


def _median(samples: list[float]) -> float:
    return round(statistics.median(samples), 3)


def _sign_and_verify(pdf: bytes, algorithm: str) -> tuple[float, float]:
    """Seconds for five signatures (keys made beforehand, untimed), then for verifying them."""
    identities = {role: keys.new_identity(f"Bench {role}", role, PASSPHRASE, algorithm=algorithm) for role in ROLES}
    start = time.perf_counter()
    signed = pdf
    for role in ROLES:
        signed = signing.sign_pdf(signed, role, identities[role].p12, PASSPHRASE)
    middle = time.perf_counter()
    report = verify.verify_pdf(signed, [i.cert_pem for i in identities.values()])
    end = time.perf_counter()
    assert report.ok, report
    return middle - start, end - middle


def run(workdir: Path, repeats: int = 3) -> dict[str, object]:
    """Median seconds of each stage (P-256 keys, the default; RSA-3072 alongside), the baseline, the targets."""
    workdir.mkdir(parents=True, exist_ok=True)
    db_path, meeting_id = prepare(workdir)
    db = store.open_db(db_path)
    at = dt.datetime.fromisoformat(db.execute("SELECT closed_at FROM meetings").fetchone()[0]) + dt.timedelta(hours=1)
    build: list[float] = []
    pdf = b""
    minutes = build_minutes(db, meeting_id, at=at)
    for attempt in range(repeats + 1):  # the first run is a warm-up (imports, fonts)
        start = time.perf_counter()
        pdf = render_minutes(build_minutes(db, meeting_id, at=at))
        if attempt:
            build.append(time.perf_counter() - start)
    db.close()
    # The same minutes rendered in each language (the sample board's is Spanish): Arabic shapes and reorders
    # every line, the others only look their words up.
    by_language: dict[str, float] = {}
    for code in languages.LANGUAGES:
        localized = replace(minutes, header=replace(minutes.header, language=code))
        render_minutes(localized)  # warm-up: the catalogue, the shaping tables
        samples = []
        for _ in range(repeats):
            start = time.perf_counter()
            render_minutes(localized)
            samples.append(time.perf_counter() - start)
        by_language[code] = _median(samples)
    timings: dict[str, list[tuple[float, float]]] = {algorithm: [] for algorithm in keys.ALGORITHMS}
    _sign_and_verify(pdf, "p-256")  # warm-up: pyHanko imports, the stamp font
    for _ in range(repeats):
        for algorithm in keys.ALGORITHMS:
            timings[algorithm].append(_sign_and_verify(pdf, algorithm))
    pages = signing.page_count(pdf)
    baseline(pages)  # warm-up
    base = _median([baseline(pages) for _ in range(repeats)])
    figures: dict[str, object] = {
        "items": ITEMS,
        "pages": pages,
        "pdf_kb": round(len(pdf) / 1024),
        "build_s": _median(build),
        "render_s_by_language": by_language,
        "sign5_s": _median([s for s, _ in timings["p-256"]]),
        "verify_s": _median([v for _, v in timings["p-256"]]),
        "sign5_rsa3072_s": _median([s for s, _ in timings["rsa-3072"]]),
        "verify_rsa3072_s": _median([v for _, v in timings["rsa-3072"]]),
        "baseline_reportlab_s": base,
        "build_vs_baseline": round(statistics.median(build) / base, 2),
    }
    figures["targets_met"] = {
        "build_le_2s": figures["build_s"] <= 2.0,  # type: ignore[operator]
        "sign5_le_1s": figures["sign5_s"] <= 1.0,  # type: ignore[operator]
        "verify_le_0.3s": figures["verify_s"] <= 0.3,  # type: ignore[operator]
    }
    return figures


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out")), indent=2))
