"""Every refusal the core, ``reports`` and the app raise carries a registered code with exactly its parameters.

An AST scan over ``tripartite/``, ``reports/`` and ``ui/`` finds each construction of a refusal class (a
subclass of :class:`~tripartite.errors.Refusal`, found by its bases) and checks it against
:data:`tripartite.refusals.REFUSALS`: a literal code, registered, with the registered parameter names
as keywords and nothing else (no sentence). A plain ``KnownError("…")`` is refused too: the core
does not speak English. The planted-breach tests prove the scan can fail.
"""

from __future__ import annotations

import ast
import pickle
from dataclasses import dataclass
from pathlib import Path

import pytest

from tripartite.errors import Refusal
from tripartite.refusals import REFUSALS

from .test_layering import FACES  # faces write their own English (the command line: cli.py and its modules)

ROOT = Path(__file__).resolve().parent.parent

# Known errors that are not refusals: the file's problems (InputError), a cancel, a broken installation, a bug.
NOT_REFUSALS = {"InputError", "Cancelled", "FontsMissing", "BugError"}
@dataclass(frozen=True)
class Breach:
    """One construction of a refusal that does not follow the registry."""

    where: str
    line: int
    what: str


def _sources() -> dict[str, str]:
    paths = [p for folder in ("tripartite", "reports", "ui") for p in sorted((ROOT / folder).rglob("*.py"))]
    return {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in paths}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def refusal_classes(sources: dict[str, str]) -> set[str]:
    """The names of every class that derives from ``Refusal``, through any chain of bases, in ``sources``."""
    bases: dict[str, set[str]] = {}
    for text in sources.values():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(n for b in node.bases if (n := _name(b)))
    found = {"Refusal"}
    while True:
        more = {name for name, of in bases.items() if of & found} - found
        if not more:
            return found
        found |= more


def _passes_on(node: ast.Call) -> bool:
    """``Kind(other.code, **other.params)``: a refusal caught and raised again as a sharper class, same code."""
    if len(node.args) != 1 or len(node.keywords) != 1 or node.keywords[0].arg is not None:
        return False
    code, params = node.args[0], node.keywords[0].value
    return (
        isinstance(code, ast.Attribute) and code.attr == "code" and isinstance(code.value, ast.Name)
        and isinstance(params, ast.Attribute) and params.attr == "params" and isinstance(params.value, ast.Name)
        and code.value.id == params.value.id
    )  # fmt: skip


def scan(where: str, text: str, classes: set[str]) -> list[Breach]:
    """Every construction of a refusal class in one module that breaks the registry, and every ``KnownError("…")``."""
    breaches = []
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name == "KnownError" and (node.args or node.keywords):
            breaches.append(Breach(where, node.lineno, "a KnownError with a message: raise a Refusal with a code"))
            continue
        if name not in classes:
            continue
        if _passes_on(node):
            continue
        if not node.args or not isinstance(node.args[0], ast.Constant) or not isinstance(node.args[0].value, str):
            breaches.append(Breach(where, node.lineno, f"{name}(…) without a literal code first"))
            continue
        code = node.args[0].value
        if code not in REFUSALS:
            breaches.append(Breach(where, node.lineno, f"{name}({code!r}): the code is not in tripartite.refusals"))
            continue
        if len(node.args) > 1:
            breaches.append(Breach(where, node.lineno, f"{name}({code!r}, …): a positional argument (a sentence?)"))
        if any(k.arg is None for k in node.keywords) or any(isinstance(a, ast.Starred) for a in node.args):
            breaches.append(Breach(where, node.lineno, f"{name}({code!r}): parameters must be named one by one"))
            continue
        given = {k.arg for k in node.keywords}
        if given != set(REFUSALS[code]):
            what = f"{name}({code!r}): parameters {sorted(given)}, registered {sorted(REFUSALS[code])}"
            breaches.append(Breach(where, node.lineno, what))
    return breaches


def test_every_refusal_raised_uses_a_registered_code_with_its_parameters() -> None:
    sources = _sources()
    classes = refusal_classes(sources)
    assert {"NotAuthorised", "PinError", "WrongPin", "LockedOut", "NoPin"} <= classes, "the scan finds the classes"
    assert not classes & NOT_REFUSALS
    breaches = [
        b for where, text in sources.items() if where not in FACES for b in scan(where, text, classes)
    ]
    assert breaches == []


def test_every_registered_code_is_raised_somewhere() -> None:
    """A code nobody raises is a dead word in every face's vocabulary."""
    sources = _sources()
    classes = refusal_classes(sources)
    raised = {
        node.args[0].value
        for text in sources.values()
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.Call) and _name(node.func) in classes and node.args
        and isinstance(node.args[0], ast.Constant)
    }  # fmt: skip
    assert sorted(set(REFUSALS) - raised) == []


def test_the_scan_finds_a_planted_breach() -> None:
    planted = '''
from tripartite.errors import KnownError, Refusal

class PlantedError(Refusal):
    pass

class DeeperError(PlantedError):
    pass

def bad(meeting_id, code):
    raise PlantedError("no_such_code")
    raise DeeperError("no_meeting", "there is no meeting {meeting_id}", meeting=meeting_id)
    raise DeeperError("no_meeting", id=meeting_id)
    raise DeeperError("no_meeting", **{"meeting": meeting_id})
    raise PlantedError(code)
    raise KnownError(f"no meeting with id {meeting_id}")

def good(meeting_id):
    raise DeeperError("no_meeting", meeting=meeting_id)
    try:
        pass
    except PlantedError as exc:
        raise DeeperError(exc.code, **exc.params) from exc
'''
    classes = refusal_classes({"planted.py": planted})
    assert {"PlantedError", "DeeperError"} <= classes
    lines = sorted(b.line for b in scan("planted.py", planted, classes))
    assert lines == [11, 12, 13, 14, 15, 16], "each bad raise is caught, the good one is not"


def test_the_scan_catches_a_breach_planted_in_a_real_module() -> None:
    sources = _sources()
    text = sources["tripartite/authority.py"].replace('NotAuthorised("stale")', 'NotAuthorised("stale", "too late")')
    assert text != sources["tripartite/authority.py"]
    (breach,) = scan("tripartite/authority.py", text, refusal_classes(sources))
    assert "positional" in breach.what


def test_a_refusal_is_a_code_and_params_and_logs_as_both() -> None:
    from tripartite.models import MeetingStatus

    refusal = Refusal("meeting_state", status=MeetingStatus.OPEN, allowed=(MeetingStatus.DRAFT,))
    assert refusal.code == "meeting_state"
    assert refusal.params == {"status": MeetingStatus.OPEN, "allowed": (MeetingStatus.DRAFT,)}
    assert str(refusal) == "meeting_state(status='open', allowed=('draft',))"
    again = pickle.loads(pickle.dumps(refusal))
    assert (type(again), again.code, again.params) == (Refusal, refusal.code, refusal.params)


@pytest.mark.parametrize("code", sorted(REFUSALS))
def test_every_registered_parameter_name_is_a_plain_identifier(code: str) -> None:
    assert code.isidentifier() and all(p.isidentifier() and p != "code" for p in REFUSALS[code])
