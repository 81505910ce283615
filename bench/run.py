"""Run every benchmark (`make bench`) and print the figures as the README's table.

Each benchmark measures against a baseline in the same run, because shared machines are noisy
(DESIGN §10). Results also go to bench/out/results.json.
"""

from __future__ import annotations

import json
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import b1_startup, b2_register, b3_import, b4_minutes, b6_record, b_audit, b_pins  # noqa: E402


def main() -> int:
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    results = {
        "machine": f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}",
        "B1": b1_startup.run(out),
        "B3": b3_import.run(out),
        "B2": b2_register.run(out),
        "B4": b4_minutes.run(out),
        "B6": b6_record.run(out),
        "PIN": b_pins.run(out),
        "AUDIT": b_audit.run(out),
    }
    (out / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
