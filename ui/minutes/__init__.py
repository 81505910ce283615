"""The minutes in the app (DESIGN §5, §7): build with progress, preview with QtPdf, sign, verify.

The meetings page opens :class:`MinutesDialog` from the chair's "Export minutes…"; the main window opens
:class:`VerifyDialog` from File › Verify minutes…. QtPdf and pyHanko load only when these open.
"""

from __future__ import annotations

from tripartite.ui.minutes.minutes_dialog import MinutesDialog
from tripartite.ui.minutes.sign_dialog import SignDialog
from tripartite.ui.minutes.verify_panel import VerifyDialog, VerifyPanel

__all__ = ["MinutesDialog", "SignDialog", "VerifyDialog", "VerifyPanel"]
