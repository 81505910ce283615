"""Generate large, valid request files for the benchmarks (deterministic for a given seed)."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from tripartite import classifications
from tripartite.request_schema import NAMES

REGIONS = ["Andalucía", "Cataluña", "Comunidad de Madrid", "Región de Murcia", "Galicia", "País Vasco",
           "Illes Balears", "Canarias", "Comunitat Valenciana", "Aragón", "Castilla y León"]  # fmt: skip
WORDS = ["Agrícola", "Construcciones", "Hostelería", "Residència", "Transportes", "Conservas", "Talleres",
         "Servicios", "Clínica", "Pesquera", "Industrias", "Logística", "Núñez", "Ibáñez", "Peña", "Gómez",
         "Vidal", "Ortega", "Martín", "Olmo", "Hermanos", "del Sur", "Atlántica", "Mediterránea"]  # fmt: skip
TITLES = ["Peón agrícola", "Carpintero encofrador", "Cocinero", "Enfermera", "Conductor de camión",
          "Soldador", "Camarera de pisos", "Cuidadora", "Desarrollador de software", "Marinero"]  # fmt: skip


def rows(n: int, seed: int = 7) -> list[list[str]]:
    """N request rows, as text, in import-schema column order."""
    rng = random.Random(seed)
    isco = sorted(classifications.isco_titles())
    isic = sorted(classifications.isic_titles())
    out = []
    for i in range(n):
        prevailing = rng.randint(1300, 3500)
        employees = rng.randint(5, 2000)
        out.append([
            f"BENCH-{i:07d}", f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(WORDS)} S.L.",
            f"B{rng.randint(10000000, 99999999)}", rng.choice(isic), rng.choice(isco), rng.choice(TITLES),
            rng.choice(REGIONS), str(rng.randint(1, 60)), str(rng.randint(1, 60)),
            f"{prevailing * rng.uniform(0.9, 1.4):.2f}", f"{prevailing:.2f}", "EUR",
            rng.choice(["MA;SN", "PH", "CO;EC;PE", "UA", "IN", "VN"]), str(rng.randint(0, 60)),
            str(rng.randint(0, 4)), str(rng.randint(0, 40)), str(rng.randint(0, 5)), str(rng.randint(0, 10)),
            str(rng.randint(0, 10)), str(rng.randint(0, 2)), str(rng.randint(0, 1)),
            rng.choice(["true", "false"]), rng.choice(["true", "false"]), rng.choice(["true", "false", ""]),
            "0.00", rng.choice(["language_course;orientation", "health_info", ""]), str(employees),
            str(rng.randint(0, employees // 4)), f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
            "Generated for the benchmark, with a comma, and some words",
        ])  # fmt: skip
    return out


def write_csv(path: Path, n: int, seed: int = 7) -> Path:
    """Write N generated requests to a CSV file and return its path."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(NAMES)
        writer.writerows(rows(n, seed))
    return path
