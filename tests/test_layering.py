"""Layering is law (DESIGN §1): parse every import and fail on a breach."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The command line is a face: __main__ runs cli.py (the parser and main), which dispatches to the command
# modules; cli_common holds what they share. A face may import reports and ui; who may import a face is
# FACE_IMPORTERS: each face module -> the only files allowed to import it.
CLI_COMMANDS = ("cli_assess", "cli_board", "cli_followup", "cli_meeting", "cli_minutes")
FACE_IMPORTERS: dict[str, set[str]] = {
    "tripartite.__main__": set(),
    "tripartite.cli": {"tripartite/__main__.py"},
    **{f"tripartite.{name}": {"tripartite/cli.py"} for name in CLI_COMMANDS},
    "tripartite.cli_common": {"tripartite/cli.py", *(f"tripartite/{name}.py" for name in CLI_COMMANDS)},
}
FACES = {module.replace(".", "/") + ".py" for module in FACE_IMPORTERS}
QT = ("PySide6", "shiboken6")
HEAVY = ("pandas", "reportlab", "pyhanko", "openpyxl")


def _imports(path: Path) -> list[tuple[str, int, bool]]:
    """(module, line, at_top_level) for every import in a file; relative imports resolved to the package."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _package_of(path)
    found: list[tuple[str, int, bool]] = []

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            nested = top and not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            if isinstance(child, ast.Import):
                found.extend((alias.name, child.lineno, top) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")[: len(package.split(".")) - child.level + 1]
                    found.append((".".join([*base, child.module or ""]).rstrip("."), child.lineno, top))
                else:
                    found.append((child.module or "", child.lineno, top))
            visit(child, nested)

    visit(tree, True)
    return found


def _package_of(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    mapping = {
        "tripartite": "tripartite",
        "ui": "tripartite.ui",
        "reports": "tripartite.reports",
        "data": "tripartite.data",
    }
    parts = list(rel.parts)
    parts[0] = mapping[parts[0]]
    return ".".join(parts[:-1])  # a module's package; for __init__.py, the package itself


def _files(folder: str, *, faces: bool = True) -> list[Path]:
    paths = sorted((ROOT / folder).rglob("*.py"))
    return paths if faces else [p for p in paths if str(p.relative_to(ROOT)) not in FACES]


def _starts(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


@pytest.mark.parametrize("path", _files("tripartite", faces=False), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_never_imports_qt_ui_or_reports(path: Path) -> None:
    """The command line (cli.py, __main__.py) is a face and exempt by design (DESIGN §1)."""
    rel = str(path.relative_to(ROOT))
    bad = [
        (m, line)
        for m, line, _ in _imports(path)
        if _starts(m, QT) or _starts(m, ("tripartite.ui", "tripartite.reports", "ui", "reports"))
    ]
    assert not bad, f"{rel} imports {bad}"


@pytest.mark.parametrize("path", _files("tripartite"), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_imports_heavy_modules_lazily(path: Path) -> None:
    """pandas, reportlab, pyHanko and openpyxl load inside the actions that use them, not at start-up."""
    rel = str(path.relative_to(ROOT))
    eager = [(m, line) for m, line, top in _imports(path) if top and _starts(m, HEAVY)]
    assert not eager, f"{rel} imports {eager} at module level"


@pytest.mark.parametrize("path", _files("reports"), ids=lambda p: str(p.relative_to(ROOT)))
def test_reports_never_import_qt_or_ui(path: Path) -> None:
    bad = [(m, line) for m, line, _ in _imports(path) if _starts(m, QT) or _starts(m, ("tripartite.ui", "ui"))]
    assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def _face_imports(paths: list[Path]) -> list[tuple[str, int, str]]:
    """(file, line, face) for every import of a face by a file that :data:`FACE_IMPORTERS` does not allow.

    ``from tripartite import cli_board`` imports the face ``tripartite.cli_board``, so each imported name
    counts as a module too.
    """
    offenders = []
    for path in paths:
        rel = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                modules = [node.module or "", *(f"{node.module}.{alias.name}" for alias in node.names)]
            else:
                continue
            for module in modules:
                face = next((f for f in FACE_IMPORTERS if module == f or module.startswith(f + ".")), None)
                if face is not None and rel not in FACE_IMPORTERS[face]:
                    offenders.append((rel, node.lineno, face))
    return offenders


def test_nothing_imports_a_face() -> None:
    """Only the command line's own modules import its modules, in one direction: __main__ → cli → commands."""
    assert all((ROOT / face).is_file() for face in FACES), "a face named here no longer exists"
    assert _face_imports([p for folder in ("tripartite", "ui", "reports") for p in _files(folder)]) == []


def test_the_face_check_sees_a_core_module_importing_a_command(tmp_path: Path) -> None:
    """The check itself must be able to fail: a core module importing a command module, or cli.py, is found."""
    planted = ROOT / "tripartite" / "_planted_face.py"
    planted.write_text("from tripartite import cli_minutes\n\n\ndef f():\n    import tripartite.cli\n", "utf-8")
    try:
        found = _face_imports([planted])
        assert found == [
            ("tripartite/_planted_face.py", 1, "tripartite.cli_minutes"),
            ("tripartite/_planted_face.py", 5, "tripartite.cli"),
        ]
    finally:
        planted.unlink()


def test_the_checker_sees_a_breach(tmp_path: Path) -> None:
    """The checker itself must be able to fail: a planted Qt import is found."""
    planted = ROOT / "tripartite" / "_planted_for_test.py"
    planted.write_text("def f():\n    from PySide6 import QtCore\n", encoding="utf-8")
    try:
        assert ("PySide6", 2, False) in _imports(planted)
    finally:
        planted.unlink()


def _module_name(path: Path) -> str:
    package = _package_of(path)
    return package if path.name == "__init__.py" else f"{package}.{path.stem}"


def _import_graph(paths: list[Path]) -> dict[str, set[str]]:
    """Module -> our modules it imports, at any depth of the code (in functions too).

    ``from pkg import name`` counts as importing ``pkg.name`` when that is a module, else ``pkg``; a literal
    ``importlib.import_module("…")`` counts as an import. Imports under ``if TYPE_CHECKING:`` never run and are
    left out, and so is the edge every submodule has to its own parent packages (Python runs those first).
    """
    modules = {_module_name(p): p for p in paths}
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        package = _package_of(path)
        typing_only = {
            id(n)
            for block in ast.walk(tree)
            if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
            for n in ast.walk(block)
        }
        targets: list[str] = []
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.Import):
                targets.extend(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")
                    base = ".".join([*parts[: len(parts) - node.level + 1], *([base] if base else [])])
                targets.extend(f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names)
            elif (
                isinstance(node, ast.Call)
                and ast.unparse(node.func) in ("importlib.import_module", "import_module")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                targets.append(node.args[0].value)
        ancestors = {module.rsplit(".", k)[0] for k in range(1, module.count(".") + 1)}
        graph[module] = {t for t in targets if t in modules and t != module and t not in ancestors}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycles() -> None:
    """No two of our modules import each other, directly or round a loop, even from inside a function."""
    paths = [p for folder in ("tripartite", "ui", "reports", "data") for p in _files(folder)]
    assert _cycles(_import_graph(paths)) == []


def test_the_cycle_check_sees_a_cycle_hidden_in_a_function(tmp_path: Path) -> None:
    planted_a = ROOT / "tripartite" / "_planted_a.py"
    planted_b = ROOT / "tripartite" / "_planted_b.py"
    planted_a.write_text("from tripartite import _planted_b\n", encoding="utf-8")
    planted_b.write_text("def f():\n    import importlib\n    importlib.import_module('tripartite._planted_a')\n")
    try:
        assert _cycles(_import_graph([planted_a, planted_b])) == [["tripartite._planted_a", "tripartite._planted_b"]]
        assert _cycles(_import_graph([planted_a])) == []
    finally:
        planted_a.unlink()
        planted_b.unlink()


def test_core_import_loads_no_qt_and_no_pandas() -> None:
    code = (
        "import sys, tripartite.cli, tripartite.importer, tripartite.store, tripartite.register;"
        "bad=[m for m in ('PySide6','pandas','reportlab','pyhanko') if m in sys.modules];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def _names_used(path: Path) -> set[str]:
    """Every attribute and imported name a module uses (``authority.operator``, ``from … import _issue``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.ImportFrom):
            names.update(alias.name for alias in node.names)
    return names


def test_the_app_never_takes_the_command_lines_authority_and_only_pins_mint_proofs() -> None:
    """An Auth comes from a PIN in the app: the operator's authority (the CLI's) and the minting function stay out."""
    app_offenders = sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py") if {"operator", "_issue"} & _names_used(p)
    )
    assert app_offenders == []
    minting = sorted(
        str(p.relative_to(ROOT))
        for folder in ("tripartite", "reports", "ui")
        for p in (ROOT / folder).rglob("*.py")
        if "_issue" in _names_used(p)
    )
    assert minting == ["tripartite/authority.py", "tripartite/pins.py"]


# The UI never writes SQL: every read and write goes through a core function (Anki's QueryOp pattern).
# A file named here may keep a query, with the reason; the register's paging query moved to the core too.
SQL_IN_UI_ALLOWED: dict[str, str] = {}
_SQL_CALLS = {"execute", "executemany", "executescript", "query", "rows_where", "count_where", "delete_where"}


def _sql_in(path: Path) -> list[tuple[int, str]]:
    """(line, what) for every piece of SQL in a file: SQL in a string, a query call, a table or raw connection."""
    import re  # only this check needs it; imported here to keep the module's head as it is

    keywords = re.compile(
        r"\b(SELECT\b.*\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|VIEW)"
        r"|DROP\s+(TABLE|INDEX)|ALTER\s+TABLE|PRAGMA|BEGIN(\s+IMMEDIATE)?$|ROLLBACK|COMMIT$)\b|json_extract\(",
        re.DOTALL,
    )
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and keywords.search(node.value.strip()):
            found.append((node.lineno, f"SQL text {node.value.strip()[:40]!r}"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _SQL_CALLS:
            found.append((node.lineno, f".{node.func.attr}()"))
        elif isinstance(node, ast.Subscript) and _is_db(node.value):
            found.append((node.lineno, "db[...] table access"))
        elif isinstance(node, ast.Attribute) and node.attr in ("conn", "table") and _is_db(node.value):
            found.append((node.lineno, f"db.{node.attr}"))
    return sorted(found)


def _is_db(node: ast.AST) -> bool:
    """A database handle by its name: ``db``, ``self._db``, ``room_db`` and the like."""
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
    return name.lstrip("_").lower().endswith("db")


def test_the_ui_writes_no_sql() -> None:
    offenders = [
        (str(path.relative_to(ROOT)), line, what)
        for path in _files("ui")
        if str(path.relative_to(ROOT)) not in SQL_IN_UI_ALLOWED
        for line, what in _sql_in(path)
    ]
    assert offenders == []
    assert all((ROOT / name).is_file() for name in SQL_IN_UI_ALLOWED), "an allowed file no longer exists"


def test_the_sql_check_sees_each_kind_of_breach(tmp_path: Path) -> None:
    """The check itself must be able to fail: each planted kind of SQL is found, and plain UI code is not."""
    planted = tmp_path / "planted.py"
    planted.write_text(
        "def f(self, db, ids):\n"
        "    db.execute('BEGIN')\n"
        "    rows = self._db.query(f'SELECT * FROM requests WHERE id IN ({ids})')\n"
        "    db['members'].insert({'id': 'x'})\n"
        "    n = db.conn.total_changes\n"
        "    t = db.table('events').rows_where('seq > ?', [1])\n"
        "    s = \"UPDATE minutes SET locked = 1\"\n"
        "    j = \"json_extract(payload, '$.item')\"\n"
        "    return self.tr('Select a meeting'), view.model().index(0, 0).data(), rows[0], n, t, s, j\n",
        encoding="utf-8",
    )
    lines = [line for line, _ in _sql_in(planted)]
    assert {2, 3, 4, 5, 6, 7, 8} <= set(lines)
    assert 9 not in lines  # English words and Qt calls are not SQL
