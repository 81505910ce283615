"""The app's own settings: one INI file per user, split into ``persist/`` and ``setting/`` (after Picard).

``persist/`` keeps what the app remembers for the user (window geometry, header and splitter state, the
page shown); ``setting/`` holds typed options (e.g. whether the welcome panel was dismissed). Anything
that changes the *content* of minutes belongs in SQLite instead, so it travels with the board's data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings

from tripartite import languages

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

    def persisted_int(self, key: str, default: int) -> int:
        """A remembered whole number (the current page), or ``default`` if none or unreadable."""
        value = self._qsettings.value(f"persist/{key}")
        try:
            return int(value) if value is not None else default
        except (TypeError, ValueError):
            return default

    def persist_int(self, key: str, value: int) -> None:
        """Remember a whole number under ``persist/<key>``."""
        self._qsettings.setValue(f"persist/{key}", int(value))

    def flag(self, key: str, default: bool = False) -> bool:
        """A yes/no option under ``setting/<key>`` (INI files store it as text)."""
        value = self._qsettings.value(f"setting/{key}")
        if value is None:
            return default
        return str(value).lower() in ("true", "1", "yes")

    def set_flag(self, key: str, value: bool) -> None:
        """Set a yes/no option under ``setting/<key>``."""
        self._qsettings.setValue(f"setting/{key}", bool(value))

    def language(self) -> str:
        """The app's language (a code of :data:`tripartite.languages.LANGUAGES`), or "" if never chosen."""
        value = str(self._qsettings.value("setting/language") or "")
        return value if value in languages.LANGUAGES else ""

    def set_language(self, code: str) -> None:
        """Choose the app's language; it applies from the next start."""
        self._qsettings.setValue("setting/language", code)

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._qsettings.sync()
