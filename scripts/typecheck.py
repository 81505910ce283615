"""Run mypy over the installed ``tripartite`` package, with each module under the name it imports as.

    .venv/bin/python scripts/typecheck.py [mypy options]

Why not plain ``mypy -p tripartite``: the repository's folders do not match the import names
(``reports/`` installs as ``tripartite.reports``, ``ui/`` as ``tripartite.ui``: ``[tool.setuptools.package-dir]``
in pyproject.toml), and the editable install maps them with an import hook, which mypy cannot follow. mypy names
a module after its folders, so it would see ``reports/fonts.py`` as ``reports.fonts`` and never find
``tripartite.reports.fonts``. This script gives mypy every source file with its installed module name, read from
that same table, so there is one mapping to keep; errors keep their real paths (``reports/fonts.py:12``).

Which folders are checked (``files``) and how strictly is configured in ``[tool.mypy]`` of pyproject.toml; paths
given on the command line replace ``files``, as with mypy itself. The mypy entry points used here are internal;
mypy is pinned in requirements.lock, so an upgrade that changes them shows up at once.
"""

from __future__ import annotations

import os
import sys
import time
import tomllib
from pathlib import Path

from mypy.fscache import FileSystemCache
from mypy.main import process_options, run_build
from mypy.util import FancyFormatter, count_stats

ROOT = Path(__file__).resolve().parent.parent


def package_dirs() -> dict[Path, str]:
    """Folder (relative to the repository) -> the package it installs as, from pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        mapping: dict[str, str] = tomllib.load(handle)["tool"]["setuptools"]["package-dir"]
    return {Path(folder): package for package, folder in mapping.items()}


def module_name(path: Path, dirs: dict[Path, str]) -> str:
    """The installed module name of a source file: its deepest mapped folder's package, then the rest of its path."""
    folder = max((d for d in dirs if path.is_relative_to(d)), key=lambda d: len(d.parts))
    rest = path.relative_to(folder).with_suffix("").parts
    if rest and rest[-1] == "__init__":
        rest = rest[:-1]
    return ".".join([dirs[folder], *rest])


def main(argv: list[str]) -> int:
    """Type-check the configured folders; the exit status is mypy's."""
    started = time.time()
    os.chdir(ROOT)  # the configured paths are relative to the repository
    dirs = package_dirs()
    fscache = FileSystemCache()
    sources, options = process_options(argv, fscache=fscache)
    for source in sources:
        # Found by walking folders, so named after them; rename to the installed name.
        assert source.path is not None
        source.module = module_name(Path(source.path), dirs)
        source.base_dir = str(ROOT)
    _, messages, blockers = run_build(sources, options, fscache, started, sys.stdout, sys.stderr)
    errors, _notes, files = count_stats(messages)
    formatter = FancyFormatter(sys.stdout, sys.stderr, options.hide_error_codes)
    if errors:
        print(formatter.format_error(errors, files, len(sources), blockers=blockers, use_color=options.color_output))
    else:
        print(formatter.format_success(len(sources), options.color_output))
    return (2 if blockers else 1) if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
