"""The minutes in the app (DESIGN §5, §7): build with progress, preview with QtPdf, sign, verify.

The meetings page opens :class:`MinutesDialog` from the chair's "Export minutes…"; the main window opens
:class:`VerifyDialog` from File › Verify minutes…. QtPdf and pyHanko load only when these open.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["MinutesDialog", "SignDialog", "VerifyDialog", "VerifyPanel"]
_HOMES = {
    "MinutesDialog": "minutes_dialog",
    "SignDialog": "sign_dialog",
    "VerifyDialog": "verify_panel",
    "VerifyPanel": "verify_panel",
}


def __getattr__(name: str) -> Any:
    # Loaded on first use: a module of this package (work) imports without the dialogs, and the
    # dialogs import each other without going round through this file.
    if name in _HOMES:
        return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
