"""The app's own settings: one INI file per user, split into ``persist/`` and ``setting/`` (after Picard).

``persist/`` keeps what the app remembers for the user (window geometry, header state); ``setting/``
will hold typed options. Anything that changes the *content* of minutes belongs in SQLite instead, so it
travels with the board's data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings

ORGANISATION = "Tripartite"
APPLICATION = "tripartite"
# Raise when a stored value changes meaning; older values are then ignored instead of misread.
VERSION = 1


class Settings(QObject):
    """Typed access to the user's settings file.

    Args:
        path: an INI file to use instead of the per-user one (tests pass a file under ``tmp_path``).
        parent: the owning QObject.
    """

    def __init__(self, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        if path is None:
            self._qsettings = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION, self
            )
        else:
            self._qsettings = QSettings(str(path), QSettings.Format.IniFormat, self)
        stored = self._qsettings.value("version")
        if stored is not None and str(stored) != str(VERSION):
            # No upgrade hooks exist yet: remembered state from another version is simply dropped.
            self._qsettings.remove("persist")
        self._qsettings.setValue("version", VERSION)

    def file_name(self) -> str:
        """The INI file the settings live in."""
        return self._qsettings.fileName()

    def persisted(self, key: str) -> QByteArray | None:
        """A remembered blob (geometry, header state), or None if nothing was saved."""
        value = self._qsettings.value(f"persist/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def persist(self, key: str, value: QByteArray) -> None:
        """Remember a blob under ``persist/<key>``."""
        self._qsettings.setValue(f"persist/{key}", value)

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._qsettings.sync()
