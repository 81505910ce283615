"""The catalogues are complete and current: what `scripts/translations.py check` finds fails the test.

Every message the code marks is in each language's catalogue (the app's ``.ts``, the documents' ``.po``), is
translated, keeps its placeholders, and no catalogue holds a message the code no longer has (DESIGN §14).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_message_is_extracted_translated_and_in_use() -> None:
    if not Path(sys.executable).with_name("pyside6-lupdate").exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    findings = _tool().check()
    assert findings == [], f"{len(findings)} findings; the first ones:\n" + "\n".join(findings[:40])


def test_the_check_sees_a_broken_placeholder(tmp_path: Path) -> None:
    tool = _tool()
    assert tool._placeholders("Signed by %1 on {date}") == ["%1", "{date}"]
    assert tool._placeholders("Firmado por %1") != tool._placeholders("Signed by %1 on {date}")
