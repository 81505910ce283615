"""PIN checks: the production scrypt cost (DESIGN §4: at least 0.1 s per check on the target machine).

Times ``pins.verify`` with :data:`tripartite.pins.COST` on a real database, against the same check at the
first wave's cost (n = 2^14) in the same run, and says how long guessing a 6-digit PIN read from a stolen
file takes at that rate on one core (half the space on average).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tripartite import authority, pins, sample, store


def _time_check(cost: pins.Cost, repeats: int) -> float:
    saved = pins.COST
    pins.COST = cost
    try:
        with tempfile.TemporaryDirectory() as folder:
            db = store.open_db(Path(folder) / "pins.db")
            try:
                sample.load_sample(db)
                pins.set_pin(db, "gov1", "864209")  # the chair's first PIN: nobody yet to vouch
                times = []
                for _ in range(repeats):
                    start = time.perf_counter()
                    auth = pins.verify(db, "gov1", "864209")
                    times.append(time.perf_counter() - start)
                    assert isinstance(auth, authority.Auth)
                return statistics.median(times)
            finally:
                db.close()
    finally:
        pins.COST = saved


def run(workdir: Path, repeats: int = 7) -> dict[str, float | str]:
    """Median seconds per check at the production and at the first wave's cost."""
    del workdir
    production = _time_check(pins.COST, repeats)
    legacy = _time_check(pins.LEGACY_COST, repeats)
    days = 10**6 / 2 * production / 86400
    return {
        "cost": pins.COST.text,
        "check_s": round(production, 3),
        "first_wave_check_s": round(legacy, 3),
        "target_s": 0.1,
        "six_digit_guess_days_one_core": round(days, 1),
    }


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out")), indent=2))
